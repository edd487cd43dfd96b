/**
 * Header detection: finds the header row(s) of a catalog sheet by their texts and gives every column a role.
 * Supports the standard two-row header (公开事项 over 一级/二级[/三级]事项, 公开对象 over 全社会/特定群体,
 * 公开方式 over 主动/依申请, 公开层级 over the level columns, optionally 公开渠道和载体 over channel columns)
 * and the single-row header whose 公开对象/公开方式/公开层级 columns hold text values.
 */
import type { Grid } from './grid.js'
import {
  audienceFromLabel,
  channelFromLabel,
  headerField,
  levelsFromLabel,
  modeFromLabel,
} from './match.js'
import { messages } from './messages.js'
import { headerBase, headerDisplay } from './text.js'
import type { Audience, Channel, ImportProblem, Level, Mode } from './types.js'
import { COLUMN_HEADERS, type ColumnField } from './vocabulary.js'

export type TextField = 'l1' | 'l2' | 'l3' | 'content' | 'basis' | 'timeLimit' | 'subject' | 'channels'

export type ColumnRole =
  | { kind: 'seq' }
  | { kind: 'text'; field: TextField }
  | { kind: 'audience-text' }
  | { kind: 'mode-text' }
  | { kind: 'level-text' }
  | { kind: 'audience-check'; value: Audience }
  | { kind: 'mode-check'; value: Mode }
  | { kind: 'level-check'; levels: Level[] }
  | { kind: 'channel-check'; channel: Channel; otherText?: string }
  | { kind: 'extra'; key: string }
  | { kind: 'none' }

export interface LayoutColumn {
  /** 0-based column. */
  index: number
  /** The column's name in problems: 公开时限, 公开方式/主动, or an extra column's header. */
  name: string
  /** The column's own header text (the sub-header under a group), whitespace removed. */
  header: string
  role: ColumnRole
  /** Checkbox columns: the header label, which also counts as a "selected" mark. */
  ownLabel?: string
}

export interface HeaderLayout {
  /** 0-based index of the (first) header row. */
  headerRow: number
  /** 0-based index of the first data row. */
  dataStart: number
  /** The texts of the header row(s), to recognise the header repeated further down. */
  headerTexts: string[][]
  columns: LayoutColumn[]
  /** Text of the first non-empty row above the header (an attachment label such as 附件2 skipped). */
  title?: string
  /** All text above the header, where the domain is looked for. */
  domainText: string
  problems: ImportProblem[]
  /** A required column is missing: no row can be read. */
  fatal: boolean
}

/** How many rows from the top are searched for the header. */
const HEADER_SEARCH_ROWS = 30
/** A row is the header when it names at least this many different catalog columns (序号 not counted). */
const HEADER_MIN_FIELDS = 3

/** 附件2, 附表 1, 附件三: a label above the title, not the title. */
const ATTACHMENT_LABEL = /^(附件|附表)\s*[0-9一二三四五六七八九十]*\s*[:：]?$/

const GROUP_FIELDS: readonly ColumnField[] = ['item', 'audience', 'mode', 'level', 'channels']
const REQUIRED: readonly TextField[] = ['l1', 'l2', 'content', 'timeLimit']
const EXPECTED: readonly ('basis' | 'subject' | 'channels' | 'audience' | 'mode' | 'level')[] = [
  'basis',
  'subject',
  'channels',
  'audience',
  'mode',
  'level',
]

const label = (field: ColumnField): string => COLUMN_HEADERS[field].label

const headerFields = (texts: readonly string[]): Set<ColumnField> => {
  const fields = new Set<ColumnField>()
  for (const text of texts) {
    const field = text === '' ? undefined : headerField(text)
    if (field && field !== 'seq') fields.add(field)
  }
  return fields
}

/** The 0-based header row: the first row (of the top 30) naming at least three catalog columns. */
export const findHeaderRow = (grid: Grid): number | undefined => {
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS)
  for (let r = 0; r < limit; r++) {
    if (headerFields(grid.rows[r].map((cell) => cell.text)).size >= HEADER_MIN_FIELDS) return r
  }
  return undefined
}

/** The role of a sub-header `sub` under the group header `group`, if the pair is understood. */
const pairRole = (group: string, sub: string): ColumnRole | undefined => {
  const groupField = headerField(group)
  const subField = headerField(sub)
  switch (groupField) {
    case 'item':
      return subField === 'l1' || subField === 'l2' || subField === 'l3' ? { kind: 'text', field: subField } : undefined
    case 'audience': {
      const value = audienceFromLabel(sub)
      return value ? { kind: 'audience-check', value } : undefined
    }
    case 'mode': {
      const value = modeFromLabel(sub)
      return value ? { kind: 'mode-check', value } : undefined
    }
    case 'level': {
      const levels = levelsFromLabel(sub)
      return levels ? { kind: 'level-check', levels } : undefined
    }
    case 'channels': {
      if (/^(其他|其它)/u.test(sub.trim())) {
        const otherText = sub.trim().replace(/^(其他|其它)[\s:\uFF1A(\uFF08]*/u, '').replace(/[)\uFF09]$/u, '')
        return otherText ? { kind: 'channel-check', channel: 'other', otherText } : { kind: 'channel-check', channel: 'other' }
      }
      const channel = channelFromLabel(sub)
      return channel ? { kind: 'channel-check', channel } : undefined
    }
    default:
      return subField === 'l1' || subField === 'l2' || subField === 'l3' ? { kind: 'text', field: subField } : undefined
  }
}

/** The role of a header that stands alone (a single-row header, or a column spanning both header rows). */
const standaloneRole = (text: string): ColumnRole | undefined => {
  const field = headerField(text)
  switch (field) {
    case undefined:
      return undefined
    case 'seq':
      return { kind: 'seq' }
    case 'item':
      // A single 公开事项 column without 一级/二级 sub-columns is read as 一级事项 (二级事项 is then reported missing).
      return { kind: 'text', field: 'l1' }
    case 'audience':
      return { kind: 'audience-text' }
    case 'mode':
      return { kind: 'mode-text' }
    case 'level':
      return { kind: 'level-text' }
    default:
      return { kind: 'text', field }
  }
}

const roleName = (role: ColumnRole, group: string, sub: string, own: string): string => {
  switch (role.kind) {
    case 'seq':
      return label('seq')
    case 'text':
      return label(role.field)
    case 'audience-text':
      return label('audience')
    case 'mode-text':
      return label('mode')
    case 'level-text':
      return label('level')
    case 'audience-check':
      return `${label('audience')}/${sub}`
    case 'mode-check':
      return `${label('mode')}/${sub}`
    case 'level-check':
      return `${label('level')}/${sub}`
    case 'channel-check':
      return `${label('channels')}/${sub}`
    case 'extra':
      return role.key
    case 'none':
      return own || group
  }
}

/** Finds the header and the column roles of a grid. Undefined when no header row is found. */
export const detectHeader = (grid: Grid): HeaderLayout | undefined => {
  const headerRow = findHeaderRow(grid)
  if (headerRow === undefined) return undefined
  const problems: ImportProblem[] = []
  const headerRowNumber = headerRow + 1
  const top = grid.rows[headerRow].map((cell) => cell.text)
  const next = grid.rows[headerRow + 1]?.map((cell) => cell.text) ?? []

  // A group header merged across columns reads the same in each; in CSV it stands in its first column only.
  const topFilled: string[] = []
  for (let c = 0; c < grid.width; c++) {
    topFilled[c] = top[c] !== '' ? top[c] : c > 0 && (next[c] ?? '') !== '' ? topFilled[c - 1] : ''
  }

  // Two header rows when a group header spans two or more columns and the row below names its sub-columns.
  let twoRows = false
  for (let c = 0; c < grid.width && !twoRows; c++) {
    const group = topFilled[c]
    const field = group === '' ? undefined : headerField(group)
    if (!field || !GROUP_FIELDS.includes(field)) continue
    let end = c
    while (end + 1 < grid.width && topFilled[end + 1] === group) end++
    if (end > c) {
      // At least two different sub-headers recognised under the group (一级事项 + 二级事项, 全社会 + 特定群体 …):
      // a data row below a single-row header cannot pass for a sub-header row.
      const recognised = new Set<string>()
      for (let k = c; k <= end; k++) {
        const sub = next[k] ?? ''
        const role = sub !== '' && sub !== group ? pairRole(group, sub) : undefined
        if (role) recognised.add(JSON.stringify(role))
      }
      if (recognised.size >= 2) twoRows = true
    }
    c = end
  }

  const columns: LayoutColumn[] = []
  for (let c = 0; c < grid.width; c++) {
    // Filling a group header to the right only makes sense when the row below holds sub-headers.
    const group = twoRows ? topFilled[c] : top[c]
    const sub = twoRows ? (next[c] ?? '') : ''
    let role: ColumnRole
    let subDisplay = headerDisplay(sub)
    const underGroup = twoRows && sub !== '' && sub !== group
    if (underGroup) {
      const known = pairRole(group, sub)
      const groupField = group === '' ? undefined : headerField(group)
      if (known) role = known
      else if (groupField === 'channels') {
        // A channel column outside the standard set: selected means 其他 with its label.
        role = { kind: 'channel-check', channel: 'other', otherText: subDisplay }
        problems.push({
          row: headerRowNumber + 1,
          column: `${label('channels')}/${subDisplay}`,
          problem: messages.unknownChannelColumn(subDisplay),
          severity: 'warning',
        })
      } else if (groupField && groupField !== 'item' && GROUP_FIELDS.includes(groupField)) {
        role = { kind: 'extra', key: `${headerDisplay(group)}/${subDisplay}` }
        problems.push({
          row: headerRowNumber + 1,
          column: role.key,
          problem: messages.unknownSubColumn(label(groupField), subDisplay),
          severity: 'warning',
        })
      } else {
        role = standaloneRole(sub) ?? { kind: 'extra', key: group === '' ? subDisplay : `${headerDisplay(group)}/${subDisplay}` }
      }
    } else {
      const text = group !== '' ? group : sub
      subDisplay = headerDisplay(text)
      role = text === '' ? { kind: 'none' } : (standaloneRole(text) ?? { kind: 'extra', key: headerDisplay(text) })
    }
    const column: LayoutColumn = {
      index: c,
      name: roleName(role, headerDisplay(group), subDisplay, headerDisplay(top[c])),
      header: underGroup ? subDisplay : headerDisplay(group !== '' ? group : sub),
      role,
    }
    if (role.kind.endsWith('-check')) column.ownLabel = sub
    columns.push(column)
  }

  resolveDuplicates(columns, top)
  applyCountyLevelCityRule(columns)

  let fatal = false
  for (const field of REQUIRED) {
    if (!columns.some((column) => column.role.kind === 'text' && column.role.field === field)) {
      fatal = true
      problems.push({
        row: headerRowNumber,
        column: label(field),
        problem: messages.requiredMissing(label(field)),
        severity: 'error',
      })
    }
  }
  for (const field of EXPECTED) {
    const present = columns.some((column) => {
      const { role } = column
      if (field === 'channels') return (role.kind === 'text' && role.field === 'channels') || role.kind === 'channel-check'
      if (field === 'audience') return role.kind === 'audience-text' || role.kind === 'audience-check'
      if (field === 'mode') return role.kind === 'mode-text' || role.kind === 'mode-check'
      if (field === 'level') return role.kind === 'level-text' || role.kind === 'level-check'
      return role.kind === 'text' && role.field === field
    })
    if (!present) {
      problems.push({
        row: headerRowNumber,
        column: label(field),
        problem: messages.optionalMissing(label(field)),
        severity: 'warning',
      })
    }
  }

  // The title: the first row above the header that is not just an attachment label (附件2).
  const above = grid.rows
    .slice(0, headerRow)
    .map((row) => [...new Set(row.map((cell) => cell.text).filter((text) => text !== ''))].join(' '))
    .filter((text) => text !== '')
  const title = above.find((text) => !ATTACHMENT_LABEL.test(text.normalize('NFKC')))
  const domainText = above.join(' ')

  const headerTexts = twoRows ? [top, next] : [top]
  return { headerRow, dataStart: headerRow + (twoRows ? 2 : 1), headerTexts, columns, title, domainText, problems, fatal }
}

/**
 * A column kind that can appear once (a text field, a text-valued 公开对象/方式/层级, 序号): later duplicates are
 * kept as extra columns under their own header. Of several 公开方式-like text columns, 公开属性 (Sichuan: 主动公开)
 * is the mode and the others (公开方式 = 全文发布 there) are extras.
 */
const resolveDuplicates = (columns: LayoutColumn[], top: readonly string[]): void => {
  const modeTexts = columns.filter((column) => column.role.kind === 'mode-text')
  if (modeTexts.length > 1) {
    const preferred = modeTexts.find((column) => headerBase(top[column.index]) === '公开属性') ?? modeTexts[0]
    for (const column of modeTexts) {
      if (column !== preferred) toExtra(column)
    }
  }
  const seen = new Set<string>()
  for (const column of columns) {
    const { role } = column
    const key =
      role.kind === 'text' ? `text:${role.field}` : ['seq', 'audience-text', 'mode-text', 'level-text'].includes(role.kind) ? role.kind : undefined
    if (key === undefined) continue
    if (seen.has(key)) toExtra(column)
    else seen.add(key)
  }
}

const toExtra = (column: LayoutColumn): void => {
  const key = column.header || column.name
  column.role = { kind: 'extra', key }
  column.name = key
}

/**
 * 市级 as a level column means the prefecture-level city only when the header also has a county (县级/区级)
 * column; otherwise the catalog is a county-level city's own (东阳市级 | 镇街乡 | 村, 市级 | 镇级) and 市级 is
 * its county level.
 */
const applyCountyLevelCityRule = (columns: LayoutColumn[]): void => {
  const levelColumns = columns.filter((column) => column.role.kind === 'level-check')
  const hasCounty = levelColumns.some((column) => column.role.kind === 'level-check' && column.role.levels.includes('county'))
  if (hasCounty) return
  for (const column of levelColumns) {
    if (column.role.kind === 'level-check' && column.role.levels.includes('city')) {
      column.role = { kind: 'level-check', levels: column.role.levels.map((level) => (level === 'city' ? 'county' : level)) }
    }
  }
}
