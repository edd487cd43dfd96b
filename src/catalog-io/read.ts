/** readCatalogFile: an XLSX or CSV standard catalog → CatalogRows and the problems found. */
import ExcelJS from 'exceljs'

import { decodeCsvBytes, parseCsv, unguardFormula } from './csv.js'
import { type Grid, recordsGrid, worksheetGrid } from './grid.js'
import { detectHeader } from './header.js'
import { findDomain } from './match.js'
import { messages } from './messages.js'
import { readDataRows } from './rows.js'
import type { CatalogFileFormat, CatalogImport, ImportProblem, ReadCatalogOptions } from './types.js'

const fileProblem = (problem: string, severity: ImportProblem['severity'] = 'error'): ImportProblem => ({ row: 0, problem, severity })

const asBuffer = (data: Buffer | Uint8Array): Buffer =>
  Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength)

/** Reads one grid: header, title, domain hint, rows. */
const readGrid = (grid: Grid, problems: ImportProblem[] = []): CatalogImport => {
  const layout = detectHeader(grid)
  if (!layout) {
    const domainHint = findDomain(grid.name)
    return { ...(domainHint ? { domainHint } : {}), rows: [], problems: [...problems, fileProblem(messages.noHeader())] }
  }
  const domainHint = findDomain(layout.domainText) ?? findDomain(grid.name)
  const base = { ...(layout.title ? { title: layout.title } : {}), ...(domainHint ? { domainHint } : {}) }
  if (layout.fatal) return { ...base, rows: [], problems: [...problems, ...layout.problems] }
  const read = readDataRows(grid, layout)
  return { ...base, rows: read.rows, problems: [...problems, ...layout.problems, ...read.problems] }
}

const readXlsx = async (data: Buffer | Uint8Array, options: ReadCatalogOptions): Promise<CatalogImport> => {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(asBuffer(data) as unknown as ArrayBuffer)
  } catch (error) {
    return { rows: [], problems: [fileProblem(messages.unreadable('xlsx', error instanceof Error ? error.message : String(error)))] }
  }
  const sheets = workbook.worksheets
  if (sheets.length === 0) return { rows: [], problems: [fileProblem(messages.noSheets())] }
  if (options.sheet !== undefined) {
    const sheet =
      typeof options.sheet === 'number' ? sheets[options.sheet] : sheets.find((ws) => ws.name.trim() === String(options.sheet).trim())
    if (!sheet) {
      return { rows: [], problems: [fileProblem(messages.sheetNotFound(options.sheet, sheets.map((ws) => ws.name)))] }
    }
    return readGrid(worksheetGrid(sheet))
  }
  const grids = sheets.map(worksheetGrid)
  return readGrid(grids.find((grid) => detectHeader(grid) !== undefined) ?? grids[0])
}

const readCsv = (data: Buffer | Uint8Array): CatalogImport => {
  const decoded = decodeCsvBytes(data)
  const problems = decoded.encoding === 'gbk' ? [fileProblem(messages.readAsGbk(), 'warning')] : []
  // Our own export guards formula-like cells with an apostrophe: read them as the text they were.
  const records = parseCsv(decoded.text).map((record) => record.map(unguardFormula))
  return readGrid(recordsGrid(records), problems)
}

/**
 * Reads a standard catalog. The header row(s) are found by their texts within the first 30 rows (two-row merged
 * header or single-row header with text values); rows below are read until the end of the sheet. Problems carry
 * the 1-based sheet row (CSV: record number; 0 for the file) and the column's header text. Rows with an error are
 * left out of `rows`; a missing required column (一级事项, 二级事项, 公开内容, 公开时限) leaves `rows` empty.
 * An unreadable file is reported as a problem, not thrown.
 */
export const readCatalogFile = async (
  data: Buffer | Uint8Array,
  format: CatalogFileFormat,
  options: ReadCatalogOptions = {},
): Promise<CatalogImport> => {
  if (format === 'xlsx') return readXlsx(data, options)
  if (format === 'csv') return readCsv(data)
  throw new TypeError(`Unsupported catalog file format: ${String(format)} (expected 'xlsx' or 'csv')`)
}
