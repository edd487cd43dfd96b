/**
 * Each queued job is claimed by exactly one runner, even with several instances on one database.
 *
 * Payload 3.90.2 claims jobs in `db.updateJobs` by reading the runnable jobs and then setting
 * `processing: true` on each, with no condition on the row: two runners that read at the same time
 * both "claim" the same job and both run it. This wraps that one call (and only it) so that each
 * candidate is taken with a conditional write that succeeds for one runner only:
 * SQL adapters `UPDATE … WHERE id = ? AND processing = false` (PostgreSQL's row lock makes the second
 * writer re-check the condition and update nothing; SQLite has one writer), MongoDB a conditional
 * `findOneAndUpdate` through the adapter's `updateOne` with a `where`.
 * Every other job update (progress, completion, release) passes through unchanged.
 */
import type { Payload, Where } from 'payload'

const JOBS = 'payload-jobs'

interface UpdateJobsArgs {
  id?: number | string
  data: Record<string, unknown>
  limit?: number
  req?: Record<string, unknown>
  returning?: boolean
  sort?: unknown
  where?: Where
}
type UpdateJobs = (args: UpdateJobsArgs) => Promise<Record<string, unknown>[] | null>

/** A claim sets `processing: true` and nothing else (Payload adds `updatedAt`). */
const isClaim = (data: Record<string, unknown> | undefined): boolean =>
  !!data && data.processing === true && Object.keys(data).every((key) => key === 'processing' || key === 'updatedAt')

const sqlLiteral = (value: unknown): string => (typeof value === 'number' && Number.isFinite(value) ? String(value) : `'${String(value).replace(/'/g, "''")}'`)

/** Takes one job if no one else has: true when this runner won it. */
const claimOne = async (payload: Payload, id: number | string, updatedAt: string, transactionID: unknown): Promise<boolean> => {
  const db = payload.db as unknown as Record<string, any>
  if (db.name === 'mongoose') {
    const where: Where = { and: [{ id: { equals: id } }, { processing: { equals: false } }] }
    const won = await payload.db.updateOne({ collection: JOBS, where, data: { processing: true, updatedAt }, returning: true }).catch(() => null)
    return !!won
  }
  if (typeof db.execute !== 'function') throw new Error(`payload-plugin-disclosure: cannot claim jobs atomically on the "${String(db.name)}" adapter`)
  const config = payload.collections[JOBS]?.config as { dbName?: string } | undefined
  const key = config?.dbName ?? JOBS.replace(/-/g, '_')
  const table = (db.tableNameMap as Map<string, string> | undefined)?.get(key) ?? key
  const schema = typeof db.schemaName === 'string' && db.schemaName ? `"${db.schemaName}".` : ''
  // Valid in PostgreSQL and SQLite (3.35+). Through the transaction Payload opened for this claim (it
  // commits it right after): a second runner's UPDATE waits for the row, then finds it taken. On SQLite a
  // statement beside that transaction would wait for it and block the process.
  const session = transactionID !== undefined && transactionID !== null ? db.sessions?.[String(transactionID)]?.db : undefined
  const raw =
    `UPDATE ${schema}"${table}" SET "processing" = true, "updated_at" = ${sqlLiteral(updatedAt)} ` +
    `WHERE "id" = ${sqlLiteral(id)} AND COALESCE("processing", false) = false RETURNING "id"`
  const result = await db.execute({ db: session, drizzle: db.drizzle, raw })
  const rows = (result?.rows ?? result) as unknown[]
  return Array.isArray(rows) && rows.length > 0
}

export const atomicClaim =
  (payload: Payload, original: UpdateJobs): UpdateJobs =>
  async (args) => {
    if (!isClaim(args.data)) return original(args)
    const updatedAt = typeof args.data.updatedAt === 'string' ? args.data.updatedAt : new Date().toISOString()
    // The candidates, read as Payload would (same filter, order and limit), then taken one by one.
    const where: Where = args.id !== undefined ? { id: { equals: args.id } } : (args.where ?? {})
    const { docs } = await payload.db.find({
      collection: JOBS,
      where,
      sort: args.sort as string | undefined,
      limit: args.id !== undefined ? 1 : (args.limit ?? 0),
      pagination: false,
      req: { transactionID: undefined },
    })
    const claimed: Record<string, unknown>[] = []
    for (const doc of docs as Record<string, unknown>[]) {
      if (await claimOne(payload, doc.id as number | string, updatedAt, args.req?.transactionID)) claimed.push({ ...doc, processing: true, updatedAt })
    }
    return args.returning === false ? null : claimed
  }

const installed = new WeakSet<object>()

/** Replaces the adapter's job claim with the atomic one (once per adapter). */
export const installAtomicJobClaim = (payload: Payload): void => {
  const db = payload.db as unknown as { updateJobs?: UpdateJobs }
  if (!db.updateJobs || installed.has(db)) return
  db.updateJobs = atomicClaim(payload, db.updateJobs.bind(db))
  installed.add(db)
}
