/**
 * The plain text of an entry's body, kept by the server in the entry's own `searchText` field so the
 * column's search finds words of the body — through the entry's own access rules (the field is on the
 * entry; there is no separate index anyone could read past them). PostgreSQL indexes it with trigrams
 * (pg_trgm), which serves the `like` queries of the search; other databases scan it.
 */
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { CollectionBeforeChangeHook, CollectionConfig, Field, Payload } from 'payload'

import { serverWritten } from '../../access/serverWritten.js'

/** Longest stored text: the search looks for words, not whole books. */
export const SEARCH_TEXT_MAX = 20_000

export const SEARCH_TEXT_FIELD: Field = {
  name: 'searchText',
  type: 'textarea',
  access: serverWritten(),
  label: { zh: '检索用正文文字', en: 'Body text for search' },
  admin: { hidden: true },
}

export const plainTextOf = (body: unknown): string => {
  if (!body || typeof body !== 'object') return ''
  try {
    return convertLexicalToPlaintext({ data: body as never }).replace(/\s+/g, ' ').trim().slice(0, SEARCH_TEXT_MAX)
  } catch {
    return ''
  }
}

const keepSearchText: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'create' || (data && 'body' in data)) return { ...data, searchText: plainTextOf(data?.body) }
  return data
}

/** Adds the field and the hook that keeps it to an entry collection (records, policy documents, interpretations). */
export const withSearchText = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: [...collection.fields, SEARCH_TEXT_FIELD],
  hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), keepSearchText] },
})

/** The trigram indexes of PostgreSQL (also in the migration `public_search`), for databases pushed in development. */
export const postgresSearchIndexSql = (tables: string[]): string[] => [
  'CREATE EXTENSION IF NOT EXISTS pg_trgm',
  ...tables.flatMap((table) => [
    `CREATE INDEX IF NOT EXISTS "${table}_title_trgm_idx" ON "${table}" USING gin ("title" gin_trgm_ops)`,
    `CREATE INDEX IF NOT EXISTS "${table}_search_text_trgm_idx" ON "${table}" USING gin ("search_text" gin_trgm_ops)`,
  ]),
]

/** Creates the trigram indexes on PostgreSQL when missing; elsewhere (or without the right to) nothing. */
export const ensureSearchIndexes = async (payload: Payload, slugs: string[]): Promise<void> => {
  const db = payload.db as unknown as { name?: string; execute?: (args: { drizzle: unknown; raw: string }) => Promise<unknown>; drizzle?: unknown; tableNameMap?: Map<string, string> }
  if (db.name !== 'postgres' || !db.execute || process.env.NODE_ENV === 'production') return
  const tables = slugs.map((slug) => db.tableNameMap?.get(slug.replace(/-/g, '_')) ?? slug.replace(/-/g, '_'))
  try {
    for (const raw of postgresSearchIndexSql(tables)) await db.execute({ drizzle: db.drizzle, raw })
  } catch (error) {
    payload.logger.warn({ err: error }, 'payload-plugin-disclosure: no trigram indexes for the public search (pg_trgm not available); search scans instead')
  }
}
