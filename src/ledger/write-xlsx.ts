/**
 * The ledger as an Excel workbook, streamed with exceljs' streaming writer: rows are committed as they
 * arrive, so memory stays flat whatever the month holds. Sheets 主动公开 and 依申请及不予公开 (title row
 * with department and month, frozen Chinese header, column widths, dates as real Excel dates), then 汇总.
 * Every text cell that Excel would run as a formula is neutralised.
 */
import type { Writable } from 'node:stream'

import ExcelJS from 'exceljs'

import { wrappedLines } from '../printWidth.js'

import { neutraliseCell } from '../audit/csv.js'
import { LEDGER_COLUMNS, LEDGER_HEADERS, LEDGER_SECTIONS, SUMMARY_SHEET, type LedgerRow } from './columns.js'
import type { LedgerDocument } from './document.js'
import { SUMMARY_HEADERS } from './summary.js'

const TITLE_FONT: Partial<ExcelJS.Font> = { name: '黑体', size: 14, bold: true }
const HEADER_FONT: Partial<ExcelJS.Font> = { name: '黑体', size: 10, bold: true }
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } }
const DATE_FORMAT = 'yyyy-mm-dd'
const THIN = { style: 'thin' } as const
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN }
const WRAP: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true }
/**
 * One style object per kind of cell, shared by every cell: exceljs caches a style by object identity, so
 * shared objects are registered once instead of once per cell (a third of the writer's time otherwise).
 * Every cell has borders and wraps, so a printed ledger reads like the paper one.
 */
const BODY_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 10 }
const CELL_STYLES: Record<'number' | 'text' | 'date', Partial<ExcelJS.Style>> = {
  number: { font: BODY_FONT, border: BORDER, alignment: { vertical: 'top' } },
  text: { font: BODY_FONT, border: BORDER, alignment: WRAP },
  date: { font: BODY_FONT, numFmt: DATE_FORMAT, border: BORDER, alignment: { vertical: 'top' } },
}

/**
 * Print set-up (the ledger is filed on paper): A3 landscape, as wide as the page, as many pages down as it
 * takes, with the title and header rows repeated on every page and narrow margins. The summary fits one page.
 */
const LEDGER_PAGE: Partial<ExcelJS.PageSetup> = {
  orientation: 'landscape',
  // A3: OOXML paper size 8 (exceljs's enum lists only some sizes).
  paperSize: 8 as unknown as ExcelJS.PaperSize,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  printTitlesRow: '1:2',
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
}
const SUMMARY_PAGE: Partial<ExcelJS.PageSetup> = { ...LEDGER_PAGE, paperSize: 9 as ExcelJS.PaperSize, fitToHeight: 1 }

/** Column letter of a 1-based column number (A … Z, AA …). */
const columnLetter = (n: number): string => {
  let s = ''
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s
  return s
}

/** `YYYY-MM-DD` → the Date exceljs turns into that day's serial (it reads dates as UTC). */
const excelDate = (date: string): Date | string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : neutraliseCell(date)
}

const LINE_HEIGHT = 12.5

/**
 * The height of a row whose texts wrap in their columns: Excel and LibreOffice do not grow a row written
 * by a streaming writer, so a long 信息名称 would be cut on paper. Counted from the texts, one line minimum.
 */
const rowHeight = (values: readonly ExcelJS.CellValue[]): number => {
  let lines = 1
  values.forEach((value, index) => {
    if (typeof value !== 'string') return
    lines = Math.max(lines, wrappedLines(value, LEDGER_COLUMNS[index]!.width))
  })
  return lines * LINE_HEIGHT + 3
}

const cellValue = (kind: 'number' | 'text' | 'date', value: LedgerRow[keyof LedgerRow]): ExcelJS.CellValue => {
  if (value === null || value === undefined || value === '') return null
  if (kind === 'date') return excelDate(String(value))
  if (kind === 'number') return typeof value === 'number' ? value : neutraliseCell(String(value))
  return neutraliseCell(String(value))
}

const addTitleAndHeader = (sheet: ExcelJS.Worksheet, title: string, headers: readonly string[]): void => {
  const titleRow = sheet.addRow([neutraliseCell(title)])
  titleRow.height = 28
  titleRow.getCell(1).font = TITLE_FONT
  titleRow.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' }
  sheet.mergeCells(`A1:${columnLetter(headers.length)}1`)
  titleRow.commit()
  const headerRow = sheet.addRow([...headers])
  headerRow.height = 30
  headerRow.eachCell((cell) => {
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.border = BORDER
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  })
  headerRow.commit()
}

export const writeLedgerXlsx = async (document: LedgerDocument, output: Writable): Promise<void> => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false })
  workbook.creator = 'payload-plugin-disclosure'
  workbook.title = neutraliseCell(document.title)
  workbook.created = new Date()

  // One section at a time: the zip writes one sheet after another, so a sheet left open would buffer.
  for (const section of document.sections) {
    const name = LEDGER_SECTIONS[section.key].sheet
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }], pageSetup: LEDGER_PAGE, headerFooter: { oddFooter: `${name} 第 &P 页，共 &N 页` } })
    sheet.columns = LEDGER_COLUMNS.map((column) => ({ width: column.width, style: CELL_STYLES[column.kind] }))
    addTitleAndHeader(sheet, `${document.title}（${name}）`, LEDGER_HEADERS)
    let serial = 0
    for await (const row of section.rows) {
      serial++
      const values = LEDGER_COLUMNS.map((column) => (column.key === 'serial' ? serial : cellValue(column.kind, row[column.key])))
      const excelRow = sheet.addRow(values)
      excelRow.height = rowHeight(values)
      excelRow.eachCell((cell, number) => {
        cell.style = CELL_STYLES[LEDGER_COLUMNS[number - 1]!.kind]
      })
      excelRow.commit()
    }
    sheet.commit()
  }

  const summary = workbook.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', ySplit: 2 }], pageSetup: SUMMARY_PAGE })
  summary.columns = SUMMARY_HEADERS.map((header, i) => ({ width: i < 2 ? 24 : 14, style: CELL_STYLES.text }))
  addTitleAndHeader(summary, `${document.title}（${SUMMARY_SHEET}）`, SUMMARY_HEADERS)
  for (const row of document.summary()) {
    const summaryRow = summary.addRow(row.map((value) => (typeof value === 'string' ? neutraliseCell(value) : value)))
    summaryRow.eachCell((cell) => {
      cell.style = typeof cell.value === 'number' ? CELL_STYLES.number : CELL_STYLES.text
    })
    summaryRow.commit()
  }
  summary.commit()
  await workbook.commit()
}
