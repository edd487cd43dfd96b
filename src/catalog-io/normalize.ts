/** The canonical form of a CatalogRow, as the importer returns it and the exporters write it. */
import { inVocabularyOrder } from './match.js'
import { cleanCellText } from './text.js'
import type { CatalogRow } from './types.js'
import { AUDIENCES, CHANNELS, LEVELS, MODES } from './vocabulary.js'

/**
 * Texts trimmed (line breaks unified), lists de-duplicated in vocabulary order, 'other' added to channels when
 * channelsOther has text, and l3 / channelsOther / extra (and empty extra values) left out when empty.
 * rowNumber is kept when present.
 */
export const normalizeCatalogRow = (row: CatalogRow): CatalogRow => {
  const channelsOther = cleanCellText(row.channelsOther ?? '')
  const channels = inVocabularyOrder([...row.channels, ...(channelsOther ? (['other'] as const) : [])], CHANNELS)
  const out: CatalogRow = {
    ...(row.rowNumber !== undefined ? { rowNumber: row.rowNumber } : {}),
    l1: cleanCellText(row.l1 ?? ''),
    l2: cleanCellText(row.l2 ?? ''),
    content: cleanCellText(row.content ?? ''),
    basis: cleanCellText(row.basis ?? ''),
    timeLimit: cleanCellText(row.timeLimit ?? ''),
    subject: cleanCellText(row.subject ?? ''),
    channels,
    audience: inVocabularyOrder(row.audience ?? [], AUDIENCES),
    mode: inVocabularyOrder(row.mode ?? [], MODES),
    levels: inVocabularyOrder(row.levels ?? [], LEVELS),
  }
  const l3 = cleanCellText(row.l3 ?? '')
  if (l3) out.l3 = l3
  if (channelsOther) out.channelsOther = channelsOther
  const extra: Record<string, string> = {}
  for (const [key, value] of Object.entries(row.extra ?? {})) {
    const text = cleanCellText(String(value ?? ''))
    const name = key.replace(/\s+/gu, '')
    if (name && text) extra[name] = text
  }
  if (Object.keys(extra).length > 0) out.extra = extra
  return out
}
