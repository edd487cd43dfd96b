/** Reads the data rows below a detected header into CatalogRows, with a problem for everything not understood. */
import type { Grid, GridCell } from './grid.js'
import type { HeaderLayout, LayoutColumn } from './header.js'
import { audienceFromLabel, headerField, levelsFromLabel, modeFromLabel, parseChannelText, parseLabelList, readMark } from './match.js'
import { messages } from './messages.js'
import { normalizeCatalogRow } from './normalize.js'
import type { Audience, CatalogRow, Channel, ImportProblem, Level, Mode } from './types.js'
import { AUDIENCES, COLUMN_HEADERS, FOOTNOTE_PATTERNS, LEVELS, MODES } from './vocabulary.js'

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export const columnLetter = (index: number): string => {
  let n = index + 1
  let letters = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    letters = String.fromCharCode(65 + rem) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

type RowKind = 'empty' | 'numbered-empty' | 'data' | 'footnote' | 'banner' | 'header'

const classifyRow = (
  cells: readonly GridCell[],
  inNotes: boolean,
  headerTexts: readonly (readonly string[])[],
  seqColumns: ReadonlySet<number>,
): { kind: RowKind; text: string } => {
  const own = cells.filter((cell) => cell.text !== '' && !cell.inherited)
  if (own.length === 0) return { kind: 'empty', text: '' }
  if (cells.every((cell, c) => cell.text === '' || cell.inherited || seqColumns.has(c))) return { kind: 'numbered-empty', text: own[0].text }
  const first = own[0].text
  if (FOOTNOTE_PATTERNS.some((pattern) => pattern.test(first.normalize('NFKC')))) return { kind: 'footnote', text: first }
  const distinct = new Set(own.map((cell) => cell.text))
  if (distinct.size === 1 && inNotes) return { kind: 'footnote', text: first }
  if (distinct.size === 1 && own.length >= 3) return { kind: 'banner', text: first }
  const fields = new Set(cells.map((cell) => (cell.text === '' ? undefined : headerField(cell.text))).filter((f) => f && f !== 'seq'))
  if (fields.size >= 3) return { kind: 'header', text: first }
  // The header repeated (e.g. on each printed page): every cell as in one of the header rows.
  const repeats = (texts: readonly string[]) => cells.every((cell, c) => cell.text === '' || cell.inherited || cell.text === texts[c])
  if (own.length >= 2 && headerTexts.some(repeats)) return { kind: 'header', text: first }
  return { kind: 'data', text: first }
}

const GROUP_ENGLISH = { audience: 'audience', mode: 'mode', level: 'level' } as const

/** Reads one data row; the row is undefined when it has an error. */
const readRow = (
  cells: readonly GridCell[],
  rowNumber: number,
  columns: readonly LayoutColumn[],
  problems: ImportProblem[],
): CatalogRow | undefined => {
  let hasError = false
  const report = (column: string | undefined, problem: string, severity: ImportProblem['severity']) => {
    problems.push({ row: rowNumber, ...(column !== undefined ? { column } : {}), problem, severity })
    if (severity === 'error') hasError = true
  }
  const row: CatalogRow = { l1: '', l2: '', content: '', basis: '', timeLimit: '', subject: '', channels: [], audience: [], mode: [], levels: [] }
  const channels: Channel[] = []
  const otherTexts: string[] = []
  const audience: Audience[] = []
  const mode: Mode[] = []
  const levels: Level[] = []
  const extra: Record<string, string> = {}
  // Per group: does the file have such a column, and did a cell in it have a problem already?
  const groups = {
    audience: { present: false, troubled: false },
    mode: { present: false, troubled: false },
    level: { present: false, troubled: false },
  }

  for (const column of columns) {
    const text = cells[column.index]?.text ?? ''
    const { role } = column
    switch (role.kind) {
      case 'seq':
        break
      case 'none':
        if (text !== '' && !cells[column.index].inherited) extra[`列${columnLetter(column.index)}`] = text
        break
      case 'extra':
        if (text !== '') extra[role.key] = text
        break
      case 'text': {
        if (role.field === 'channels') {
          const reading = parseChannelText(text)
          channels.push(...reading.channels)
          otherTexts.push(...reading.otherTexts)
          if (reading.unknown.length > 0) report(column.name, messages.unknownChannels(reading.unknown), 'warning')
          break
        }
        row[role.field] = text
        if (text === '' && (role.field === 'l1' || role.field === 'l2')) report(column.name, messages.emptyItem(column.name), 'error')
        if (text === '' && (role.field === 'content' || role.field === 'timeLimit')) report(column.name, messages.emptyField(column.name), 'warning')
        break
      }
      case 'audience-text':
      case 'mode-text':
      case 'level-text': {
        const group = role.kind === 'audience-text' ? 'audience' : role.kind === 'mode-text' ? 'mode' : 'level'
        groups[group].present = true
        if (text === '') break
        const reading =
          group === 'audience'
            ? parseLabelList(text, audienceFromLabel, AUDIENCES)
            : group === 'mode'
              ? parseLabelList(text, modeFromLabel, MODES)
              : parseLabelList(text, levelsFromLabel, LEVELS)
        if (group === 'audience') audience.push(...(reading.values as Audience[]))
        else if (group === 'mode') mode.push(...(reading.values as Mode[]))
        else levels.push(...(reading.values as Level[]))
        if (reading.unknown.length > 0) {
          groups[group].troubled = true
          report(column.name, messages.unknownValues(COLUMN_HEADERS[group].label, reading.unknown), 'warning')
        }
        break
      }
      case 'audience-check':
      case 'mode-check':
      case 'level-check':
      case 'channel-check': {
        const group =
          role.kind === 'audience-check' ? 'audience' : role.kind === 'mode-check' ? 'mode' : role.kind === 'level-check' ? 'level' : undefined
        if (group) groups[group].present = true
        const mark = readMark(text, column.ownLabel ? [column.ownLabel] : [])
        if (mark === 'unknown') {
          if (group) groups[group].troubled = true
          report(column.name, messages.badMark(text), 'error')
          break
        }
        if (mark === 'unselected') break
        if (role.kind === 'audience-check') audience.push(role.value)
        else if (role.kind === 'mode-check') mode.push(role.value)
        else if (role.kind === 'level-check') levels.push(...role.levels)
        else {
          channels.push(role.channel)
          if (role.otherText) otherTexts.push(role.otherText)
        }
        break
      }
    }
  }

  const selections = { audience, mode, level: levels }
  for (const group of ['audience', 'mode', 'level'] as const) {
    const state = groups[group]
    if (state.present && !state.troubled && selections[group].length === 0) {
      report(COLUMN_HEADERS[group].label, messages.noneSelected(COLUMN_HEADERS[group].label, GROUP_ENGLISH[group]), 'warning')
    }
  }
  if (hasError) return undefined

  return normalizeCatalogRow({
    ...row,
    rowNumber,
    channels,
    channelsOther: [...new Set(otherTexts)].join('、'),
    audience,
    mode,
    levels,
    extra,
  })
}

/** Reads the rows below the header: empty rows skipped, footnotes, banners and repeated headers ignored with a warning. */
export const readDataRows = (grid: Grid, layout: HeaderLayout): { rows: CatalogRow[]; problems: ImportProblem[] } => {
  const rows: CatalogRow[] = []
  const problems: ImportProblem[] = []
  let inNotes = false
  const seqColumns = new Set(layout.columns.filter((column) => column.role.kind === 'seq').map((column) => column.index))
  for (let r = layout.dataStart; r < grid.rows.length; r++) {
    const cells = grid.rows[r]
    const rowNumber = r + 1
    const { kind, text } = classifyRow(cells, inNotes, layout.headerTexts, seqColumns)
    if (kind === 'empty') continue
    if (kind === 'numbered-empty') {
      problems.push({ row: rowNumber, problem: messages.numberedEmpty(text), severity: 'warning' })
      continue
    }
    if (kind === 'footnote') {
      inNotes = true
      problems.push({ row: rowNumber, problem: messages.footnote(text), severity: 'warning' })
      continue
    }
    if (kind === 'banner') {
      problems.push({ row: rowNumber, problem: messages.banner(text), severity: 'warning' })
      continue
    }
    if (kind === 'header') {
      problems.push({ row: rowNumber, problem: messages.repeatedHeader(), severity: 'warning' })
      continue
    }
    inNotes = false
    const row = readRow(cells, rowNumber, layout.columns, problems)
    if (row) rows.push(row)
  }
  return { rows, problems }
}
