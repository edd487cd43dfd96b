import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { createClient } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from './migrations/postgres/index.js'
import { migrations as sqliteMigrations } from './migrations/sqlite/index.js'
import { withPrimedConnections } from './sqliteTransactions.js'

// The adapters are imported statically on purpose: dynamic import() under the config's module graph
// intermittently left Node with an unsettled top-level await (exit code 13) at start-up.

/** Which adapter a connection URL selects. */
export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const DEFAULT_SQLITE_URL = 'file:./data/disclosure.db'

export const databaseKindOf = (url: string | undefined): DatabaseKind => {
  if (!url || url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  throw new Error(
    `DATABASE_URL "${url.replace(/\/\/[^@]*@/, '//***@')}" is not supported: use file:… (SQLite), postgres://… or mongodb://…`,
  )
}

/** Creates the folder of a file-based SQLite database so a first start just works. */
const ensureSqliteFolder = (url: string): void => {
  const file = url.slice('file:'.length)
  if (file === '' || file.startsWith(':memory:')) return
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

/** How long a SQLite writer waits for the write lock before failing. */
const SQLITE_BUSY_TIMEOUT_MS = 5000

const migrationDir = (dialect: string) => path.resolve(process.cwd(), 'src/migrations', dialect)

/**
 * The database adapter for a connection URL: unset or `file:` → SQLite (embedded),
 * `postgres://` → PostgreSQL, `mongodb://` / `mongodb+srv://` → MongoDB.
 * Relational adapters run the committed migrations on start in production (no schema push there).
 */
export const databaseAdapter = (url = process.env.DATABASE_URL): DatabaseAdapterObj => {
  const kind = databaseKindOf(url)
  if (kind === 'sqlite') {
    const fileUrl = url ?? DEFAULT_SQLITE_URL
    ensureSqliteFolder(fileUrl)
    // A file database runs in WAL mode (synchronous FULL, so a committed save survives a power cut): one
    // fsync per commit instead of the rollback journal's several, and readers never wait for a writer.
    // A busy writer is waited for (5 s) rather than failing at once with SQLITE_BUSY.
    // Every operation runs in a transaction (a failed write leaves nothing behind), except on an in-memory
    // database, which libSQL cannot share with a transaction's connection (src/sqliteTransactions.ts).
    const onDisk = fileUrl.startsWith('file:') && !fileUrl.includes(':memory:')
    const adapter = sqliteAdapter({
      client: { url: fileUrl },
      wal: onDisk ? { synchronous: 'FULL' } : false,
      busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
      migrationDir: migrationDir('sqlite'),
      prodMigrations: sqliteMigrations,
      transactionOptions: onDisk ? {} : false,
    })
    return onDisk ? withPrimedConnections(adapter, { busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS, synchronous: 'FULL', wal: true }, createClient) : adapter
  }
  if (kind === 'postgres') {
    return postgresAdapter({ pool: { connectionString: url }, migrationDir: migrationDir('postgres'), prodMigrations: postgresMigrations })
  }
  return mongooseAdapter({ url: url! })
}
