import type { PayloadRequest } from 'payload'

/**
 * Direct SQL access for the few writes that must be one cheap statement (the 索引号 counter, audit
 * entries): Payload's documented escape hatch on its Drizzle adapters (`payload.db.drizzle` and
 * `payload.db.tables`), joined to the request's transaction where there is one. `null` on other adapters
 * (MongoDB).
 */
export interface SqlAccess {
  /** Drizzle: the transaction's handle, else the adapter's */
  drizzle: any
  /** the table's name in the database */
  tableName: string
  /** the adapter's Drizzle table object (undefined if the adapter has none by that name) */
  table: any
}

interface DrizzleAdapter {
  drizzle?: unknown
  tables?: Record<string, unknown>
  tableNameMap?: Map<string, string>
  sessions?: Record<string, { db: unknown }>
}

export const sqlAccess = async (req: PayloadRequest, slug: string): Promise<SqlAccess | null> => {
  const db = req.payload.db as unknown as DrizzleAdapter
  if (!db.drizzle || !db.tables) return null
  const config = req.payload.collections[slug]?.config as { dbName?: string } | undefined
  const key = config?.dbName ?? slug.replace(/-/g, '_')
  const tableName = db.tableNameMap?.get(key) ?? key
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const session = transactionID !== undefined ? db.sessions?.[String(transactionID)]?.db : undefined
  return { drizzle: session ?? db.drizzle, tableName, table: db.tables[tableName] }
}
