/**
 * Row locks for writes that read a document and then write it back (Payload's update, a review step):
 * without a lock two concurrent saves both read the same original and the later one writes the earlier
 * one's fields back (a lost update), or both take the same review step.
 *
 * - PostgreSQL: `SELECT … FOR UPDATE` through the request's transaction. The lock holds until that
 *   transaction commits or rolls back; a concurrent writer waits, then (READ COMMITTED) reads the
 *   committed row. Rows are locked in id order so two bulk updates cannot deadlock on each other.
 * - SQLite: nothing to lock. Writers are serialised by the database (one writer at a time, each
 *   operation in its own transaction), so the row is only read for the `updatedAt` check.
 * - MongoDB: an atomic conditional touch of `updatedAt` in the request's session (`updatedAt` unchanged
 *   since it was read): in a transaction a concurrent writer of the same document then fails with a
 *   write conflict instead of overwriting it. Without a replica set there is no transaction, and only
 *   the `updatedAt` check applies. Untested here (no MongoDB server on these machines).
 */
import { Locked, type PayloadRequest, type Where } from 'payload'

import { fieldError } from './fieldError.js'
import { sqlAccess } from './sqlAccess.js'

type Id = number | string

/** Each locked row's `updatedAt` as read under the lock (ISO text, or null), by id as text. */
export type LockedRows = Map<string, string | null>

const isoOrNull = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString()
}

/** An id as SQL text: ids were checked by `refuseMalformedId` (digits on numeric ids), text is quoted. */
const sqlLiteral = (id: Id): string => (typeof id === 'number' || /^\d{1,15}$/.test(String(id)) ? String(Number(id)) : `'${String(id).replace(/'/g, "''")}'`)

const transactionOf = async (req: PayloadRequest): Promise<string | number | undefined> =>
  req.transactionID ? ((await req.transactionID) ?? undefined) : undefined

const lockOnPostgres = async (req: PayloadRequest, slug: string, ids: Id[]): Promise<LockedRows | null> => {
  const db = req.payload.db as unknown as { execute?: (args: unknown) => Promise<any>; drizzle: unknown; schemaName?: string }
  const sql = await sqlAccess(req, slug)
  if (!sql || typeof db.execute !== 'function') return null
  // A serial id beyond PostgreSQL's integer range names no row (and would make the statement fail).
  ids = ids.filter((id) => !/^\d+$/.test(String(id)) || Number(id) <= 2147483647)
  if (ids.length === 0) return new Map()
  const table = `${db.schemaName ? `"${db.schemaName}".` : ''}"${sql.tableName}"`
  // Outside a transaction a lock would end with its statement: read only.
  const lock = (await transactionOf(req)) !== undefined ? ' FOR UPDATE' : ''
  const raw = `SELECT "id", "updated_at" FROM ${table} WHERE "id" IN (${ids.map(sqlLiteral).join(', ')}) ORDER BY "id"${lock}`
  const result = await db.execute({ db: sql.drizzle, drizzle: db.drizzle, raw })
  const rows = (result?.rows ?? result) as { id: Id; updated_at: unknown }[]
  return new Map(rows.map((row) => [String(row.id), isoOrNull(row.updated_at)]))
}

const lockOnMongo = async (req: PayloadRequest, slug: string, ids: Id[]): Promise<LockedRows | null> => {
  const db = req.payload.db as unknown as { collections?: Record<string, any>; sessions?: Record<string, unknown> }
  const model = db.collections?.[slug]
  if (!model) return null
  const transactionID = await transactionOf(req)
  const session = transactionID !== undefined ? db.sessions?.[String(transactionID)] : undefined
  const rows = new Map<string, string | null>()
  for (const id of ids) {
    const found = await model.findOne({ _id: id }, { updatedAt: 1 }, { session }).lean()
    if (!found) continue
    rows.set(String(id), isoOrNull(found.updatedAt))
    // Claims the document in this transaction: a concurrent transaction's write to it now conflicts.
    if (!session) continue
    try {
      await model.updateOne({ _id: id, updatedAt: found.updatedAt }, { $currentDate: { updatedAt: true } }, { session })
    } catch (error) {
      // WriteConflict: another transaction holds this document; its save wins, this one is refused.
      if ((error as { code?: number }).code === 112) {
        throw fieldError(409, 'id', '该信息正由他人保存，请稍后重试 / the document is being saved by someone else: try again')
      }
      throw error
    }
  }
  return rows
}

const readUpdatedAt = async (req: PayloadRequest, slug: string, ids: Id[]): Promise<LockedRows> => {
  const { docs } = await req.payload.db.find({
    collection: slug,
    req,
    where: { id: { in: ids } },
    select: { updatedAt: true },
    pagination: false,
    limit: 0,
  })
  return new Map(docs.map((doc: Record<string, any>) => [String(doc.id), isoOrNull(doc.updatedAt)]))
}

/**
 * Locks the rows `ids` of collection `slug` for the rest of the request's transaction (see above) and
 * returns their `updatedAt` as read under the lock (on SQLite only with `read`). Missing ids are simply
 * absent from the result.
 */
export const lockRows = async (req: PayloadRequest, slug: string, ids: Id[], { read = true }: { read?: boolean } = {}): Promise<LockedRows> => {
  if (ids.length === 0) return new Map()
  const name = req.payload.db.name
  const locked = name === 'postgres' ? await lockOnPostgres(req, slug, ids) : name === 'mongoose' ? await lockOnMongo(req, slug, ids) : null
  if (locked) return locked
  // SQLite: nothing to lock; read only when the caller needs `updatedAt` (this is every save's path).
  return read ? await readUpdatedAt(req, slug, ids) : new Map()
}

/**
 * The ids a bulk update (`where`) is about to change, to lock them before Payload reads them. A superset
 * is harmless (more rows wait); a `where` the adapter cannot run is left to Payload's own read to report.
 */
export const idsMatching = async (req: PayloadRequest, slug: string, where: Where): Promise<Id[]> => {
  // Not caught: this is the query Payload's own read runs next, and on PostgreSQL a failed statement
  // has already aborted the transaction, so its error is the one to report.
  const { docs } = await req.payload.db.find({ collection: slug, req, where, select: { id: true }, pagination: false, limit: 0 })
  return docs.map((doc: Record<string, any>) => doc.id as Id)
}

const LOCKED_DOCUMENTS = 'payload-locked-documents'

/**
 * Payload's edit-lock check ("being edited by someone else"), made through the request's transaction.
 * Payload's own check (`checkDocumentLockStatus`) reads `payload-locked-documents` outside the
 * transaction: with the row locked, that read needs a second pool connection, and when every connection
 * is held by saves waiting for the same row it never gets one (the pool starves and all of them hang).
 * Same rule as Payload's: a lock held by another user and younger than the collection's lock duration
 * refuses the save (423). The caller then passes `overrideLock: true` so Payload skips its read.
 */
export const checkEditLocks = async (req: PayloadRequest, slug: string, ids: Id[]): Promise<void> => {
  if (!req.payload.collections[LOCKED_DOCUMENTS] || ids.length === 0) return
  const setting = req.payload.collections[slug]?.config.lockDocuments
  if (setting === false) return
  const { docs } = await req.payload.db.find({
    collection: LOCKED_DOCUMENTS,
    req,
    pagination: false,
    limit: 0,
    where: { and: [{ 'document.relationTo': { equals: slug } }, { 'document.value': { in: ids } }] },
  })
  const duration = (typeof setting === 'object' && setting ? setting.duration : 300) * 1000
  const held = docs.find(
    (doc: Record<string, any>) => doc.user?.value !== req.user?.id && Date.now() - new Date(doc.updatedAt).getTime() <= duration,
  )
  if (held) throw new Locked(`Document with ID ${String((held as Record<string, any>).document?.value ?? ids[0])} is currently locked by another user and cannot be modified.`)
}
