/**
 * Search across records, policy documents and interpretations: one interface (`searchSite`) over the
 * Local API, which works on every adapter: a public read (no user, `overrideAccess: false`) of each kind
 * where the title, 索引号, 文号 or body text (`searchText`) contains every word of the query, ranked by where
 * the words occur, newest first within a rank. What the public may not read is never a candidate.
 * PostgreSQL answers the `like` conditions from trigram indexes (searchText.ts); SQLite and MongoDB scan.
 */
import type { Payload, Where } from 'payload'

import { ENTRY_PATHS, beijingDate, publicFind, type EntryKind } from './data.js'
import { siteConfigOf } from './siteConfig.js'

type Doc = Record<string, any>

export interface SearchHit {
  kind: EntryKind
  kindLabel: string
  id: number | string
  title: string
  href: string
  documentNumber: string | null
  indexNumber: string | null
  publishedOn: string | null
  snippet: string | null
  score: number
}

export interface SearchResults {
  query: string
  terms: string[]
  hits: SearchHit[]
  total: number
  page: number
  totalPages: number
}

const KIND_LABELS: Record<EntryKind, string> = { record: '公开信息', policy: '政策文件', interpretation: '政策解读' }
/** Candidates read per kind: a search is for finding, the list pages are for browsing everything. */
const CANDIDATES_PER_KIND = 200
const PAGE_SIZE = 20

/** The query's words: split on spaces, at most 5, each at most 50 characters. */
export const searchTerms = (query: string): string[] =>
  [...new Set(query.trim().split(/[\s\u3000]+/).filter(Boolean).map((term) => term.slice(0, 50)))].slice(0, 5)

/** Higher is better: an exact number, the whole query in the title, each word in the title; a body match alone scores 0. */
export const scoreHit = (hit: Pick<SearchHit, 'title' | 'documentNumber' | 'indexNumber'>, query: string, terms: string[]): number => {
  const title = hit.title.toLowerCase()
  let score = 0
  if (title.includes(query.toLowerCase())) score += 10
  for (const term of terms) if (title.includes(term.toLowerCase())) score += 2
  if (hit.documentNumber === query || hit.indexNumber === query) score += 20
  return score
}

const fieldsOf = (kind: EntryKind): string[] => (kind === 'policy' ? ['title', 'indexNumber', 'documentNumber', 'searchText'] : ['title', 'indexNumber', 'searchText'])

/** About 100 characters of the body around the first word found, or null when no word is in the body. */
export const snippetOf = (text: string, terms: string[]): string | null => {
  const lower = text.toLowerCase()
  const at = Math.min(...terms.map((term) => lower.indexOf(term.toLowerCase())).filter((i) => i >= 0))
  if (!Number.isFinite(at)) return null
  const start = Math.max(0, at - 30)
  const end = Math.min(text.length, at + 70)
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
}

const termWhere = (kind: EntryKind, terms: string[]): Where => ({
  and: terms.map((term) => ({ or: fieldsOf(kind).map((field) => ({ [field]: { like: term } })) })),
})

export const searchSite = async (payload: Payload, query: string, pageParam?: unknown): Promise<SearchResults> => {
  const trimmed = query.trim().slice(0, 100)
  const terms = searchTerms(trimmed)
  const page = Math.max(1, Math.min(1000, Number.parseInt(String(pageParam ?? '1'), 10) || 1))
  if (terms.length === 0) return { query: trimmed, terms, hits: [], total: 0, page: 1, totalPages: 0 }
  const config = siteConfigOf(payload)
  const collections: Record<EntryKind, string> = { record: config.slugs.disclosures, policy: config.slugs.policyDocuments, interpretation: config.slugs.interpretations }
  const found = await Promise.all(
    (Object.keys(collections) as EntryKind[]).map(async (kind) => {
      const result = await publicFind(payload, {
        collection: collections[kind],
        depth: 0,
        limit: CANDIDATES_PER_KIND,
        sort: '-publishedAt',
        where: termWhere(kind, terms),
        select: { title: true, indexNumber: true, publishedAt: true, searchText: true, ...(kind === 'policy' ? { documentNumber: true } : {}) },
      })
      return (result.docs as Doc[]).map((doc): SearchHit => {
        const hit = {
          kind,
          kindLabel: KIND_LABELS[kind],
          id: doc.id,
          title: String(doc.title ?? ''),
          href: `${ENTRY_PATHS[kind]}/${doc.id}`,
          documentNumber: doc.documentNumber ?? null,
          indexNumber: doc.indexNumber ?? null,
          publishedOn: beijingDate(doc.publishedAt),
          snippet: snippetOf(String(doc.searchText ?? ''), terms),
          score: 0,
        }
        return { ...hit, score: scoreHit(hit, trimmed, terms) }
      })
    }),
  )
  const hits = found.flat().sort((a, b) => b.score - a.score || String(b.publishedOn ?? '').localeCompare(String(a.publishedOn ?? '')))
  return {
    query: trimmed,
    terms,
    hits: hits.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    total: hits.length,
    page,
    totalPages: Math.ceil(hits.length / PAGE_SIZE),
  }
}
