/**
 * referenceRowToCatalogRow: a row of the shared reference file catalog_example_rows.json (real published rows:
 * l1, l2, l3, content, basis, limit, subject, channels, audience, mode, level, and a few extra fields) → CatalogRow.
 * Used by the seed and the tests.
 */
import { audienceFromLabel, levelsFromLabel, modeFromLabel, parseChannelText, parseLabelList } from './match.js'
import { normalizeCatalogRow } from './normalize.js'
import type { CatalogRow } from './types.js'
import { AUDIENCES, LEVELS, MODES } from './vocabulary.js'

/** A row as stored in catalog_example_rows.json; missing values are null or absent. */
export interface ReferenceCatalogRow {
  l1?: string | null
  l2?: string | null
  l3?: string | null
  content?: string | null
  basis?: string | null
  limit?: string | null
  subject?: string | null
  channels?: string | null
  audience?: string | null
  mode?: string | null
  level?: string | null
  code?: string | null
  clause?: string | null
  basis_rank?: string | null
  item_type?: string | null
  office?: string | null
  duty?: string | null
}

export interface ReferenceCatalogGroup {
  domain: string
  source?: string
  note?: string
  rows: ReferenceCatalogRow[]
}

/** Reference fields kept as extra columns, with the header they have in the published catalogs. */
export const REFERENCE_EXTRA_FIELDS = {
  code: '事项编码',
  clause: '条款内容',
  basis_rank: '依据效力(位阶)',
  item_type: '事项类别',
  office: '责任科室',
  duty: '对应职责',
} as const satisfies Partial<Record<keyof ReferenceCatalogRow, string>>

/** The editors' placeholder for "same as the row above": (same), (same 7 elements). */
const SAME_AS_ABOVE = /^\((same\b[^)]*)\)$/i

/**
 * Removes editors' annotations: [inferred], [row grouping unclear], and parenthesised notes written in English
 * ((source renders ■ as 't'; …), (玉环 also lists …), (夏县 wording)). Chinese parentheses in the text stay.
 */
export const stripReferenceAnnotations = (text: string): string =>
  text
    .replace(/\s*\[[^\]]*\]/g, '')
    .replace(/\s*\([^()]*[A-Za-z]{2,}[^()]*\)/g, '')
    .trim()

const field = (value: string | null | undefined, previous: string | undefined): string => {
  if (value === null || value === undefined) return ''
  const trimmed = value.trim()
  if (SAME_AS_ABOVE.test(trimmed)) return previous ?? ''
  return stripReferenceAnnotations(trimmed)
}

/**
 * Maps a reference row. Texts are kept verbatim except for the editors' annotations; "(same …)" takes the
 * previous row's value when `previous` is given (else empty); channels, audience, mode and level go through the
 * vocabulary (unrecognised channels → channelsOther; unrecognised audience/mode/level words are dropped);
 * code, clause, basis_rank, item_type, office and duty become extra columns. Missing values are empty strings.
 */
export const referenceRowToCatalogRow = (ref: ReferenceCatalogRow, previous?: CatalogRow): CatalogRow => {
  const channelText = field(ref.channels, undefined)
  const channelReading = parseChannelText(channelText)
  const extra: Record<string, string> = {}
  for (const [key, header] of Object.entries(REFERENCE_EXTRA_FIELDS) as [keyof typeof REFERENCE_EXTRA_FIELDS, string][]) {
    const text = field(ref[key], previous?.extra?.[header])
    if (text) extra[header] = text
  }
  return normalizeCatalogRow({
    l1: field(ref.l1, previous?.l1),
    l2: field(ref.l2, previous?.l2),
    l3: field(ref.l3, previous?.l3),
    content: field(ref.content, previous?.content),
    basis: field(ref.basis, previous?.basis),
    timeLimit: field(ref.limit, previous?.timeLimit),
    subject: field(ref.subject, previous?.subject),
    channels: channelReading.channels,
    channelsOther: channelReading.otherTexts.join('、'),
    audience: parseLabelList(field(ref.audience, undefined), audienceFromLabel, AUDIENCES).values,
    mode: parseLabelList(field(ref.mode, undefined), modeFromLabel, MODES).values,
    levels: parseLabelList(field(ref.level, undefined), levelsFromLabel, LEVELS).values,
    extra,
  })
}

/** Maps a group's rows in order, each "(same …)" taking the row above's value. */
export const referenceGroupToCatalogRows = (group: ReferenceCatalogGroup): CatalogRow[] => {
  const rows: CatalogRow[] = []
  for (const ref of group.rows) rows.push(referenceRowToCatalogRow(ref, rows[rows.length - 1]))
  return rows
}
