import type { PayloadRequest } from 'payload'

import { sqlAccess } from './sqlAccess.js'

/**
 * The next value of a named counter, atomically, inside the request's transaction where there is one:
 * one upsert-and-increment statement on SQL adapters, `findOneAndUpdate` with `$inc` on MongoDB. Two
 * concurrent requests can never get the same value, and a value is never handed out again (counters only
 * grow). A rolled-back request's value goes to the next one: only committed records hold numbers.
 */
export const nextSerial = async (req: PayloadRequest, slug: string, key: string): Promise<number> => {
  const db = req.payload.db as unknown as Record<string, any>
  const transactionID = req.transactionID ? await req.transactionID : undefined

  if (db.name === 'mongoose') {
    const model = db.collections[slug]
    const session = transactionID ? db.sessions?.[transactionID] : undefined
    const doc = await model.findOneAndUpdate(
      { key },
      { $inc: { last: 1 }, $setOnInsert: { createdAt: new Date() }, $set: { updatedAt: new Date() } },
      { new: true, session, upsert: true },
    )
    return Number(doc.last)
  }

  const sql = await sqlAccess(req, slug)
  if (sql && typeof db.execute === 'function') {
    const table = sql.tableName
    const quotedKey = `'${key.replace(/'/g, "''")}'`
    // Valid in PostgreSQL and SQLite (3.35+): insert the counter at 1, or add 1 to it, and read it back.
    const raw = `INSERT INTO "${table}" ("key", "last") VALUES (${quotedKey}, 1) ON CONFLICT ("key") DO UPDATE SET "last" = "${table}"."last" + 1 RETURNING "last"`
    const result = await db.execute({ db: sql.drizzle, drizzle: db.drizzle, raw })
    const row = (result?.rows ?? result)[0]
    return Number(Array.isArray(row) ? row[0] : (row?.last ?? Object.values(row ?? {})[0]))
  }

  throw new Error(`Index numbers need an atomic counter: the "${db.name}" database adapter is not supported (SQLite, PostgreSQL and MongoDB are).`)
}
