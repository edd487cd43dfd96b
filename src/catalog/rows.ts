/** Catalog items ↔ rows of the standard layout (the shape the XLSX/CSV reader and writers use). */
import type { CatalogRow } from '../catalog-io/types.js'

const emptyToNull = (value: string | undefined | null) => (value && value.trim() !== '' ? value : null)

/** The item fields an imported row writes (and which a re-import compares). */
export const rowToItemValues = (row: CatalogRow): Record<string, unknown> => ({
  l1: row.l1,
  l2: row.l2,
  l3: emptyToNull(row.l3),
  content: row.content,
  basis: emptyToNull(row.basis),
  timeLimit: emptyToNull(row.timeLimit),
  subject: emptyToNull(row.subject),
  channels: row.channels,
  channelsOther: emptyToNull(row.channelsOther),
  audience: row.audience,
  mode: row.mode,
  levels: row.levels,
  extra: row.extra && Object.keys(row.extra).length > 0 ? row.extra : null,
})

/** The row an item exports as. */
export const itemToRow = (item: Record<string, any>): CatalogRow => ({
  l1: item.l1 ?? '',
  l2: item.l2 ?? '',
  ...(item.l3 ? { l3: item.l3 } : {}),
  content: item.content ?? '',
  basis: item.basis ?? '',
  timeLimit: item.timeLimit ?? '',
  subject: item.subject ?? '',
  channels: item.channels ?? [],
  ...(item.channelsOther ? { channelsOther: item.channelsOther } : {}),
  audience: item.audience ?? [],
  mode: item.mode ?? [],
  levels: item.levels ?? [],
  ...(item.extra && Object.keys(item.extra).length > 0 ? { extra: item.extra } : {}),
})
