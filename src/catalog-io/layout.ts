/** The export layout shared by the XLSX and CSV writers: which columns, in which order, with which values. */
import { labelOf } from './match.js'
import { normalizeCatalogRow } from './normalize.js'
import type { CatalogRow, Level, LevelColumns } from './types.js'
import { AUDIENCES, CHANNELS, EXPORT_CHANNEL_MARK, EXPORT_HEADERS, EXPORT_MARK, LEVELS, MODES } from './vocabulary.js'

export interface ExportColumn {
  /** Group header over sub-columns (公开事项, 公开对象, 公开方式, 公开层级), if any. */
  group?: string
  /** The column's own header (a sub-column's label when grouped). */
  header: string
  /** Width in Excel character units. */
  width: number
  /** A √ checkbox column (XLSX); in CSV the group becomes one text column. */
  checkbox: boolean
  value: (row: CatalogRow, index: number) => string
}

/** Levels used by the rows, in order. */
const usedLevels = (rows: readonly CatalogRow[]): Set<Level> => new Set(rows.flatMap((row) => row.levels))

/**
 * The level columns of an XLSX export: the requested ones (default 县级, 乡级) plus every level a row uses,
 * plus 县级 whenever 市级 is shown, in order 市级 县级 乡级 村级.
 */
export const levelColumnsFor = (rows: readonly CatalogRow[], requested: LevelColumns | undefined): Level[] => {
  const levels = new Set<Level>([...(requested ?? ['county', 'township']), ...usedLevels(rows)])
  if (levels.has('city')) levels.add('county')
  return LEVELS.map((entry) => entry.value).filter((level) => levels.has(level))
}

/** 公开渠道和载体 as text: "■政府网站 ■两微一端 ■其他:…". */
export const formatChannels = (row: CatalogRow): string =>
  row.channels
    .map((channel) => {
      if (channel === 'other' && row.channelsOther) return `${EXPORT_CHANNEL_MARK}${labelOf('other', CHANNELS)}\uFF1A${row.channelsOther}`
      return `${EXPORT_CHANNEL_MARK}${labelOf(channel, CHANNELS)}`
    })
    .join(' ')

/** Extra-column keys in order of first appearance. */
export const extraKeysOf = (rows: readonly CatalogRow[]): string[] => {
  const keys: string[] = []
  for (const row of rows) {
    for (const key of Object.keys(row.extra ?? {})) if (!keys.includes(key)) keys.push(key)
  }
  return keys
}

const mark = (selected: boolean): string => (selected ? EXPORT_MARK : '')

/** Rows in canonical form, ready to export. */
export const exportRows = (rows: readonly CatalogRow[]): CatalogRow[] => rows.map(normalizeCatalogRow)

/**
 * The columns of an export. `checkboxes` gives the XLSX layout (√ sub-columns under 公开对象/公开方式/公开层级);
 * without it, 公开对象/公开方式/公开层级 are single text columns (全社会、特定群体).
 */
export const exportColumns = (
  rows: readonly CatalogRow[],
  options: { checkboxes: boolean; levels?: LevelColumns },
): ExportColumn[] => {
  const H = EXPORT_HEADERS
  const hasL3 = rows.some((row) => row.l3)
  const columns: ExportColumn[] = [
    { header: H.seq, width: 6, checkbox: false, value: (_row, index) => String(index + 1) },
    { group: H.item, header: H.l1, width: 14, checkbox: false, value: (row) => row.l1 },
    { group: H.item, header: H.l2, width: 18, checkbox: false, value: (row) => row.l2 },
  ]
  if (hasL3) columns.push({ group: H.item, header: H.l3, width: 18, checkbox: false, value: (row) => row.l3 ?? '' })
  columns.push(
    { header: H.content, width: 40, checkbox: false, value: (row) => row.content },
    { header: H.basis, width: 30, checkbox: false, value: (row) => row.basis },
    { header: H.timeLimit, width: 22, checkbox: false, value: (row) => row.timeLimit },
    { header: H.subject, width: 16, checkbox: false, value: (row) => row.subject },
    { header: H.channels, width: 24, checkbox: false, value: formatChannels },
  )
  if (options.checkboxes) {
    for (const entry of AUDIENCES) {
      columns.push({ group: H.audience, header: entry.label, width: 10, checkbox: true, value: (row) => mark(row.audience.includes(entry.value)) })
    }
    for (const entry of MODES) {
      columns.push({ group: H.mode, header: entry.label, width: 7, checkbox: true, value: (row) => mark(row.mode.includes(entry.value)) })
    }
    for (const level of levelColumnsFor(rows, options.levels)) {
      columns.push({ group: H.level, header: labelOf(level, LEVELS), width: 6, checkbox: true, value: (row) => mark(row.levels.includes(level)) })
    }
  } else {
    columns.push(
      { header: H.audience, width: 14, checkbox: false, value: (row) => row.audience.map((v) => labelOf(v, AUDIENCES)).join('、') },
      { header: H.mode, width: 12, checkbox: false, value: (row) => row.mode.map((v) => labelOf(v, MODES)).join('、') },
      { header: H.level, width: 14, checkbox: false, value: (row) => row.levels.map((v) => labelOf(v, LEVELS)).join('、') },
    )
  }
  for (const key of extraKeysOf(rows)) {
    columns.push({ header: key, width: 16, checkbox: false, value: (row) => row.extra?.[key] ?? '' })
  }
  return columns
}
