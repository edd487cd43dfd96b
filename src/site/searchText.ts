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
