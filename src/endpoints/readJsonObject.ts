import type { PayloadRequest } from 'payload'

import { fieldError } from '../services/fieldError.js'
import { isWellFormedId } from '../services/validId.js'
import { assertNoNul } from '../services/inputGuard.js'

/** The request's JSON body as an object; anything else → 400 naming `body`, with an example of what is expected. */
export const readJsonObject = async (req: PayloadRequest, example: string): Promise<Record<string, unknown>> => {
  let body: unknown
  try {
    body = req.json ? await req.json() : {}
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object')
  } catch {
    throw fieldError(400, 'body', `请求体应为JSON对象，如 ${example} / the body must be a JSON object such as ${example}`)
  }
  // A NUL in any value would reach a query or a column PostgreSQL refuses (500): 400 naming the field.
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) assertNoNul(key, value)
  return body as Record<string, unknown>
}

/** The `:id` route parameter, refused with 400 naming `id` when it cannot be an id on this adapter. */
export const requireRouteId = (req: PayloadRequest): string => {
  const id = String(req.routeParams?.id ?? '')
  if (!isWellFormedId(req.payload, id)) throw fieldError(400, 'id', `无效的编号“${id.slice(0, 40)}” / "${id.slice(0, 40)}" is not a valid id`)
  return id
}
