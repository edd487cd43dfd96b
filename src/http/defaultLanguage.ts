import type { Request } from 'express'

/** Payload remembers a user's chosen admin language in this cookie. */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * Puts `language` first in Accept-Language unless the user has chosen a language in the admin:
 * the admin opens in Chinese for everyone, whatever the browser says, and English stays one click
 * away (account settings), after which the cookie wins.
 */
export const preferLanguage = (req: Request, language: string): void => {
  if ((req.headers.cookie ?? '').split(';').some((part) => part.trim().startsWith(`${LANGUAGE_COOKIE}=`))) return
  const current = req.headers['accept-language']
  req.headers['accept-language'] = current ? `${language},${current}` : language
}
