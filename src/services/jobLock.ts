/**
 * Runs a task's work alone: no other run of the same work, in this process or (on PostgreSQL) in any
 * other instance on the database, overlaps it, so a second run reads what the first wrote and finds
 * nothing left to do (one publication, one deadline-change row, one reminder).
 *
 * - In this process: runs with the same key wait in turn (a promise chain per key).
 * - On PostgreSQL: the work runs in one transaction that first takes `pg_advisory_xact_lock(key)`;
 *   another instance waits at that statement until the holder commits, then sees its rows.
 * - Other adapters (SQLite, MongoDB) get the in-process order only: run several instances on PostgreSQL.
 *
 * The work also gets a request of its own (`context` and `transactionID` isolated): jobs running together
 * share the runner's request, and a `context` shared between them let one publication's audit label
 * overwrite another's (issue #16: some scheduled publications were logged as a plain `update`).
 */
import { commitTransaction, initTransaction, isolateObjectProperty, killTransaction, type PayloadRequest } from 'payload'

const chains = new Map<string, Promise<unknown>>()

const inTurn = async <T>(key: string, work: () => Promise<T>): Promise<T> => {
  const before = chains.get(key) ?? Promise.resolve()
  const run = before.then(work, work)
  const settled = run.catch(() => undefined)
  chains.set(key, settled)
  try {
    return await run
  } finally {
    if (chains.get(key) === settled) chains.delete(key)
  }
}

/** A request for one task run: its own context (a copy) and no transaction yet. */
export const ownTaskRequest = (req: PayloadRequest): PayloadRequest => {
  const own = isolateObjectProperty(req, ['context', 'transactionID'])
  own.context = { ...req.context }
  own.transactionID = undefined
  return own
}

const takeAdvisoryLock = async (req: PayloadRequest, key: string): Promise<void> => {
  const db = req.payload.db as unknown as Record<string, any>
  if (db.name !== 'postgres' || typeof db.execute !== 'function') return
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const session = transactionID !== undefined ? db.sessions?.[String(transactionID)]?.db : undefined
  // Without a transaction the lock would end with the statement: refuse rather than run unguarded.
  if (!session) throw new Error('payload-plugin-disclosure: a job lock needs a transaction on PostgreSQL')
  await db.execute({ db: session, drizzle: db.drizzle, raw: `SELECT pg_advisory_xact_lock(hashtext('${key.replace(/'/g, "''")}'))` })
}

export const withJobLock = async <T>(req: PayloadRequest, key: string, work: (req: PayloadRequest) => Promise<T>): Promise<T> =>
  inTurn(key, async () => {
    const taskReq = ownTaskRequest(req)
    const shouldCommit = await initTransaction(taskReq)
    try {
      await takeAdvisoryLock(taskReq, `payload-plugin-disclosure:${key}`)
      const result = await work(taskReq)
      if (shouldCommit) await commitTransaction(taskReq)
      return result
    } catch (error) {
      await killTransaction(taskReq)
      throw error
    }
  })
