/**
 * SQLite with a transaction around every Payload operation, so that a write that fails part-way (a hook
 * throws, a constraint fails) leaves nothing behind, as on PostgreSQL.
 *
 * Payload's SQLite adapter can run transactions (`transactionOptions`) but does not by default, because of
 * how libSQL hands them out: `client.transaction()` gives the transaction the client's current connection
 * and opens a fresh one for everything else. Two consequences handled here:
 * - per-connection settings (`busy_timeout`, `synchronous`) are lost on the fresh connection, so the next
 *   writer fails at once with SQLITE_BUSY instead of waiting its turn: every fresh connection gets them
 *   before its first statement;
 * - an in-memory database is private to its connection, so it cannot run transactions at all (the
 *   adapter is then configured without them; see `databaseAdapter`).
 * - libSQL runs statements synchronously: a second transaction's `BEGIN IMMEDIATE` waiting in SQLite's
 *   busy handler blocks the whole process, so the first can never commit. Transactions of one process
 *   therefore take turns on an async lock (`serialiseTransactions`); the busy timeout only ever waits for
 *   another process.
 * A transaction begins with `BEGIN IMMEDIATE` (libSQL's "write" mode), so one that read first can never
 * fail to upgrade its lock. Reads outside transactions never wait (WAL).
 */
import type { DatabaseAdapterObj } from 'payload'

interface LibsqlClientLike {
  execute: (...args: any[]) => Promise<unknown>
  batch: (...args: any[]) => Promise<unknown>
  migrate?: (...args: any[]) => Promise<unknown>
  executeMultiple: (...args: any[]) => Promise<unknown>
  transaction: (...args: any[]) => Promise<unknown>
}

export interface ConnectionSettings {
  busyTimeoutMs: number
  /** `PRAGMA synchronous` for every connection, or null to leave SQLite's default */
  synchronous: string | null
  /** put the database file in WAL mode (a persistent setting of the file) on the first connection */
  wal: boolean
}

/**
 * Makes every connection the client opens carry the settings: the first one now, and each fresh one that
 * replaces a connection handed to a transaction, before its first statement. libSQL runs statements
 * synchronously inside its async methods, so the settings are applied before any other caller can reach
 * the fresh connection.
 */
export const primeConnections = (client: LibsqlClientLike, settings: ConnectionSettings): void => {
  const execute = client.execute.bind(client)
  const statements = [`PRAGMA busy_timeout = ${settings.busyTimeoutMs}`, ...(settings.synchronous ? [`PRAGMA synchronous = ${settings.synchronous}`] : [])]
  let fresh = true
  const prime = () => {
    if (!fresh) return
    fresh = false
    for (const statement of statements) void execute(statement).catch(() => undefined)
  }
  if (settings.wal) void execute('PRAGMA journal_mode = WAL').catch(() => undefined)
  prime()
  for (const method of ['execute', 'batch', 'migrate', 'executeMultiple'] as const) {
    const original = client[method]?.bind(client)
    if (!original) continue
    client[method] = (...args: any[]) => {
      prime()
      return original(...args)
    }
  }
  const transaction = client.transaction.bind(client)
  client.transaction = (...args: any[]) => {
    prime()
    // libSQL has handed the connection over by the time the call returns: the next use opens a new one.
    const handle = transaction(...args)
    fresh = true
    return handle
  }
}

/** A first-come, first-served async lock. */
export class TurnLock {
  private tail: Promise<void> = Promise.resolve()

  /** Resolves when it is the caller's turn, with the function that ends it. */
  acquire(): Promise<() => void> {
    let release!: () => void
    const turn = new Promise<void>((resolve) => {
      release = resolve
    })
    const ready = this.tail.then(() => release)
    this.tail = this.tail.then(() => turn)
    return ready
  }
}

/**
 * One transaction at a time in this process: `beginTransaction` waits for its turn, which ends when the
 * transaction is committed or rolled back.
 */
export const serialiseTransactions = (instance: any): void => {
  const lock = new TurnLock()
  const turns = new Map<string | number, () => void>()
  const begin = instance.beginTransaction
  const commit = instance.commitTransaction
  const rollback = instance.rollbackTransaction
  instance.beginTransaction = async function (this: any, ...args: unknown[]) {
    const release = await lock.acquire()
    try {
      const id = await begin.apply(this, args)
      if (id === null || id === undefined) release()
      else turns.set(id, release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  const ending = (end: (...args: unknown[]) => Promise<void>) =>
    async function (this: any, incoming: unknown, ...rest: unknown[]) {
      const id = (incoming instanceof Promise ? await incoming : incoming) as string | number
      try {
        return await end.call(this, id, ...rest)
      } finally {
        turns.get(id)?.()
        turns.delete(id)
      }
    }
  instance.commitTransaction = ending(commit)
  instance.rollbackTransaction = ending(rollback)
}

/**
 * Wraps the SQLite adapter so its client is created primed (`primeConnections`) before the adapter
 * connects; the adapter then finds the client and uses it as is.
 */
export const withPrimedConnections = (adapter: DatabaseAdapterObj, settings: ConnectionSettings, createClient: (config: any) => LibsqlClientLike): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args) as any
    const connect = instance.connect
    instance.connect = async function (this: any, options?: unknown) {
      if (!this.client) {
        const client = createClient(this.clientConfig)
        primeConnections(client, settings)
        this.client = client
      }
      return connect.call(this, options)
    }
    serialiseTransactions(instance)
    return instance
  },
})
