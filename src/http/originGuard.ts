/**
 * Refuses, with 403, a state-changing API request that carries the login cookie but comes from a page of
 * another origin (cross-site request forgery). Payload itself ignores the cookie on such requests when
 * `csrf` lists origins (the plugin always sets it); this makes the refusal explicit instead of treating the
 * request as anonymous. Token clients (`Authorization: JWT …`) and requests without the cookie pass.
 */
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

const hasCookie = (header: string | undefined, name: string): boolean =>
  (header ?? '').split(';').some((part) => part.trim().startsWith(`${name}=`))

export const originGuard = (payload: Payload): RequestHandler => {
  const cookieName = `${payload.config.cookiePrefix}-token`
  const allowed = new Set(payload.config.csrf)
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || !hasCookie(req.headers.cookie, cookieName)) return next()
    const origin = req.headers.origin
    const crossSite = origin ? !allowed.has(origin) : req.headers['sec-fetch-site'] === 'cross-site'
    if (!crossSite) return next()
    const message = `不接受来自其他网站的请求 / request from another site (${String(origin ?? 'cross-site').slice(0, 100)}) refused`
    res.status(403).json({ errors: [{ name: 'Forbidden', message, data: { errors: [{ path: 'origin', message }] } }] })
  }
}
