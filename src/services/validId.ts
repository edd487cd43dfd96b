import type { Payload } from 'payload'

import { fieldError } from './fieldError.js'

const MONGO_ID = /^[0-9a-f]{24}$/i
/** PostgreSQL's serial ids are 32-bit integers: a larger id made the driver throw (HTTP 500). */
const POSTGRES_MAX_ID = 2_147_483_647

/** Why `text` cannot be an id on this adapter (numbers on SQL within the id column, ObjectIds on MongoDB), or null. */
export const wellFormedIdProblem = (payload: Payload, text: string, type: 'number' | 'text' | undefined = payload.db.defaultIDType as 'number' | 'text'): string | null => {
  if (type === 'number') {
    if (!/^\d{1,15}$/.test(text)) return `"${text.slice(0, 40)}" is not a valid id: a positive whole number`
    const max = payload.db.name === 'postgres' ? POSTGRES_MAX_ID : Number.MAX_SAFE_INTEGER
    return Number(text) > max ? `"${text.slice(0, 40)}" is not a valid id: at most ${max}` : null
  }
  if (payload.db.name === 'mongoose') return MONGO_ID.test(text) ? null : `"${text.slice(0, 40)}" is not a valid id: 24 hexadecimal characters`
  return text.trim() === '' || text.includes('\u0000') ? `"${text.slice(0, 40)}" is not a valid id` : null
}

/** Could `text` be an id on this adapter (numbers on SQL, ObjectIds on MongoDB)? */
export const isWellFormedId = (payload: Payload, text: string): boolean => wellFormedIdProblem(payload, text) === null

/** 400 naming `id` (or `name`) unless `text` could be an id on this adapter. */
export const assertWellFormedId = (payload: Payload, text: string, name = 'id'): void => {
  const problem = wellFormedIdProblem(payload, text)
  if (problem === null) return
  const type = payload.db.defaultIDType
  throw fieldError(400, name, `无效的编号“${text.slice(0, 40)}”${type === 'number' ? '：应为该数据库可存储的正整数' : ''} / ${problem}`)
}
