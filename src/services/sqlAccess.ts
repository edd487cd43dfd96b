import type { PayloadRequest } from 'payload'

/**
 * Direct SQL access for the few statements every save makes and that must stay cheap (the 索引号 counter,
 * audit entries, the facts a save reads of its department and catalog item): Payload's documented escape
 * hatch on its Drizzle adapters (`payload.db.drizzle` and `payload.db.tables`), joined to the request's
 * transaction where there is one. `null` on other adapters (MongoDB), whose callers use the adapter's API.
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

/**
 * Some plain fields of one row (top-level values, single relationships as ids, groups of those), read
 * with Drizzle's own query builder on the adapter's table: no Payload where-building or document
 * transform over every field of the collection. `undefined` when a field cannot be read this way (the
 * caller then asks the adapter); `null` when there is no such row.
 */
export const readFlatRow = async (sql: SqlAccess, id: string | number, fields: readonly string[]): Promise<Record<string, unknown> | null | undefined> => {
  const query = sql.drizzle?.query?.[sql.tableName]
  if (!sql.table || typeof query?.findFirst !== 'function') return undefined
  const columnKeys = Object.keys(sql.table)
  const columns: Record<string, true> = { id: true }
  const groups: string[] = []
  for (const field of fields) {
    if (columnKeys.includes(field)) {
      columns[field] = true
      continue
    }
    const nested = columnKeys.filter((key) => key.startsWith(`${field}_`))
    if (nested.length === 0) return undefined
    for (const key of nested) columns[key] = true
    groups.push(field)
  }
  const row = (await query.findFirst({ columns, where: (table: any, { eq }: any) => eq(table.id, id) })) as Record<string, unknown> | undefined
  if (!row) return null
  for (const group of groups) {
    const value: Record<string, unknown> = {}
    for (const key of Object.keys(row)) {
      if (!key.startsWith(`${group}_`)) continue
      value[key.slice(group.length + 1)] = row[key]
      delete row[key]
    }
    row[group] = value
  }
  return row
}
