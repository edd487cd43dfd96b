import type { CollectionBeforeOperationHook, Where } from 'payload'

import { checkEditLocks, idsMatching, lockRows } from '../src/services/rowLock.js'
import { fieldError } from '../src/services/fieldError.js'

/** 409 for a save based on a version of the document that is no longer the current one. */
const staleUpdateError = () =>
  fieldError(409, 'updatedAt', '该信息在您读取后已被修改，请刷新后重试 / the document was changed since you read it: reload it and try again')

const sameInstant = (sent: string, current: string | null): boolean => current !== null && new Date(sent).getTime() === new Date(current).getTime()

/**
 * Before Payload's update reads the document (beforeOperation runs inside the operation's transaction,
 * before the read): locks the row(s) for the rest of the transaction, so concurrent saves of one document
 * run one after another and none writes back a stale copy (`src/services/rowLock.ts`).
 *
 * Optimistic check: a client that sends the `updatedAt` it read (the admin's edit form does: timestamps
 * are hidden fields of the form) gets 409 naming `updatedAt` when the document changed since. Without
 * `updatedAt` the lock alone applies.
 */
export const lockForUpdate: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update') return args
  const { id, where, data, overrideLock } = args as { id?: number | string; where?: Where; data?: Record<string, unknown>; overrideLock?: boolean }
  // On PostgreSQL the edit-lock check must go through the transaction too (see checkEditLocks).
  const withEditLockCheck = async (ids: (number | string)[]) => {
    if (overrideLock !== false || req.payload.db.name !== 'postgres') return args
    await checkEditLocks(req, collection.slug, ids)
    return { ...args, overrideLock: true }
  }
  const given = data && typeof data === 'object' ? data.updatedAt : undefined
  // REST and GraphQL send text; Local API callers may pass a Date.
  const sent = given instanceof Date ? given.toISOString() : given
  if (id !== undefined && id !== null && typeof id !== 'object') {
    const checkStale = sent !== undefined && sent !== null && sent !== ''
    if (checkStale && (typeof sent !== 'string' || Number.isNaN(new Date(sent).getTime()))) {
      throw fieldError(400, 'updatedAt', '“updatedAt”应为读取文档时得到的日期时间 / updatedAt must be the date-time the document was read with')
    }
    const rows = await lockRows(req, collection.slug, [id], { read: checkStale })
    // A missing row is left to Payload's read (404).
    if (checkStale && rows.has(String(id)) && !sameInstant(sent as string, rows.get(String(id)) ?? null)) throw staleUpdateError()
    return withEditLockCheck([id])
  }
  // Bulk update: lock every row the `where` matches now (Payload reads them next).
  if (where && typeof where === 'object' && req.payload.db.name !== 'sqlite') {
    const ids = await idsMatching(req, collection.slug, where)
    await lockRows(req, collection.slug, ids, { read: false })
    return withEditLockCheck(ids)
  }
  return args
}
