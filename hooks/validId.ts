import type { CollectionBeforeOperationHook, Payload } from 'payload'

import { fieldError } from './errors.js'

const MONGO_ID = /^[0-9a-f]{24}$/i

/** Could `text` be an id on this adapter (numbers on SQL, ObjectIds on MongoDB)? */
export const isWellFormedId = (payload: Payload, text: string): boolean => {
  const type = payload.db.defaultIDType
  return type === 'number' ? /^\d{1,15}$/.test(text) : payload.db.name === 'mongoose' ? MONGO_ID.test(text) : text.trim() !== ''
}

/**
 * `/api/<collection>/abc` on a SQL database made the driver throw (HTTP 500). An id that cannot exist
 * for the adapter's id type is refused up front with 400 naming `id`.
 */
export const refuseMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null || typeof id === 'object') return args
  assertWellFormedId(req.payload, String(id))
  return args
}

/** 400 naming `id` unless `text` could be an id on this adapter. */
export const assertWellFormedId = (payload: Payload, text: string): void => {
  if (isWellFormedId(payload, text)) return
  const type = payload.db.defaultIDType
  throw fieldError(400, 'id', `无效的编号“${text.slice(0, 40)}”${type === 'number' ? '：应为正整数' : ''} / "${text.slice(0, 40)}" is not a valid id`)
}
