import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { DatabaseAdapterObj } from 'payload'

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

/**
 * The database adapter for a connection URL: unset or `file:` → SQLite (embedded),
 * `postgres://` → PostgreSQL, `mongodb://` / `mongodb+srv://` → MongoDB.
 * Adapters are imported lazily so a deployment only loads the driver it uses.
 * Relational adapters run the committed migrations on start in production (no schema push there).
 */
export const databaseAdapter = async (url = process.env.DATABASE_URL): Promise<DatabaseAdapterObj> => {
  const kind = databaseKindOf(url)
  const migrationDir = (dialect: string) => path.resolve(process.cwd(), 'src/migrations', dialect)
  if (kind === 'sqlite') {
    const fileUrl = url ?? DEFAULT_SQLITE_URL
    ensureSqliteFolder(fileUrl)
    // One import at a time: Jest's ESM loader races on modules shared by concurrent dynamic imports.
    const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
    const { migrations } = await import('./migrations/sqlite/index.js')
    return sqliteAdapter({ client: { url: fileUrl }, migrationDir: migrationDir('sqlite'), prodMigrations: migrations })
  }
  if (kind === 'postgres') {
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    const { migrations } = await import('./migrations/postgres/index.js')
    return postgresAdapter({ pool: { connectionString: url }, migrationDir: migrationDir('postgres'), prodMigrations: migrations })
  }
  const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
  return mongooseAdapter({ url: url! })
}
