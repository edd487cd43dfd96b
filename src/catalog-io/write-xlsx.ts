/** writeCatalogXlsx: CatalogRows → the standard catalog sheet (title row, two-row merged header, √ marks). */
import ExcelJS from 'exceljs'

import { type ExportColumn, exportColumns, exportRows } from './layout.js'
import { findDomain } from './match.js'
import type { CatalogRow, WriteCatalogXlsxOptions } from './types.js'

const TITLE_ROW = 1
const GROUP_ROW = 2
const SUB_ROW = 3
const FIRST_DATA_ROW = 4

const BODY_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 10 }
const HEADER_FONT: Partial<ExcelJS.Font> = { name: '黑体', size: 10, bold: true }
const TITLE_FONT: Partial<ExcelJS.Font> = { name: '黑体', size: 16, bold: true }
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } }
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN }
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } }

/** A valid worksheet name: no : \ / ? * [ ], not blank, at most 31 characters. */
export const safeSheetName = (name: string): string => {
  const cleaned = name.replace(/[:\\/?*[\]\uFF1A\uFF1F\uFF0A]/g, '_').replace(/^'+|'+$/g, '').trim().slice(0, 31)
  return cleaned === '' ? '标准目录' : cleaned
}

/** Display width of a text line: CJK and full-width characters count 2. */
const displayWidth = (line: string): number => {
  let width = 0
  for (const c of line) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(c) ? 2 : 1
  return width
}

/** Estimated height (points) of a data row whose texts wrap within their columns. */
const rowHeight = (texts: readonly string[], columns: readonly ExportColumn[]): number => {
  let lines = 1
  texts.forEach((text, c) => {
    const usable = Math.max(columns[c].width - 1, 2)
    const count = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0)
    lines = Math.max(lines, count)
  })
  return Math.min(409, Math.max(20, lines * 14 + 6))
}

/**
 * The standard layout: a title row merged across; a two-row header (公开事项 over 一级/二级[/三级]事项 — 三级 only
 * when a row has one —, 公开对象 over 全社会/特定群体, 公开方式 over 主动/依申请, 公开层级 over the level columns;
 * other headers merged down both rows); 序号 1..n; channels as "■政府网站 ■两微一端"; √ in checkbox columns;
 * extra columns after 公开层级; 一级事项 merged down over consecutive rows with the same value; frozen header,
 * column widths, wrapped text, thin borders, landscape A4 fitted to the page width with the header repeated.
 */
export const writeCatalogXlsx = async (rows: CatalogRow[], options: WriteCatalogXlsxOptions): Promise<Buffer> => {
  const data = exportRows(rows)
  const columns = exportColumns(data, { checkboxes: true, levels: options.levels })
  const width = columns.length
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'payload-plugin-disclosure'
  const sheet = workbook.addWorksheet(safeSheetName(options.sheetName ?? findDomain(options.title) ?? '标准目录'), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: SUB_ROW, topLeftCell: `A${FIRST_DATA_ROW}`, activeCell: `A${FIRST_DATA_ROW}` }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${GROUP_ROW}:${SUB_ROW}`,
      horizontalCentered: true,
    },
  })
  sheet.columns = columns.map((column) => ({ width: column.width }))

  // Title
  const titleCell = sheet.getCell(TITLE_ROW, 1)
  titleCell.value = options.title
  titleCell.font = TITLE_FONT
  titleCell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  if (width > 1) sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, width)
  sheet.getRow(TITLE_ROW).height = 36

  // Two-row header
  for (let c = 0; c < width; c++) {
    const column = columns[c]
    const top = sheet.getCell(GROUP_ROW, c + 1)
    const sub = sheet.getCell(SUB_ROW, c + 1)
    if (column.group) {
      top.value = column.group
      sub.value = column.header
    } else {
      top.value = column.header
    }
  }
  for (let c = 0; c < width; ) {
    const group = columns[c].group
    if (!group) {
      sheet.mergeCells(GROUP_ROW, c + 1, SUB_ROW, c + 1)
      c++
      continue
    }
    let end = c
    while (end + 1 < width && columns[end + 1].group === group) end++
    if (end > c) sheet.mergeCells(GROUP_ROW, c + 1, GROUP_ROW, end + 1)
    c = end + 1
  }
  sheet.getRow(GROUP_ROW).height = 24
  sheet.getRow(SUB_ROW).height = Math.max(24, rowHeight(columns.map((column) => (column.group ? column.header : '')), columns))
  for (const r of [GROUP_ROW, SUB_ROW]) {
    const row = sheet.getRow(r)
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c)
      cell.font = HEADER_FONT
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
      cell.border = BORDER
      cell.fill = HEADER_FILL
    }
  }

  // Data
  data.forEach((item, index) => {
    const texts = columns.map((column) => column.value(item, index))
    const row = sheet.getRow(FIRST_DATA_ROW + index)
    texts.forEach((text, c) => {
      const cell = row.getCell(c + 1)
      const column = columns[c]
      cell.value = c === 0 ? index + 1 : text === '' ? null : text
      cell.font = BODY_FONT
      cell.border = BORDER
      cell.alignment =
        column.checkbox || c === 0
          ? { horizontal: 'center', vertical: 'middle', wrapText: true }
          : { horizontal: 'left', vertical: 'middle', wrapText: true }
    })
    row.height = rowHeight(texts, columns)
  })

  // 一级事项 merged down over runs of the same value.
  const l1Column = columns.findIndex((column) => column.header === '一级事项') + 1
  let start = 0
  for (let i = 1; i <= data.length; i++) {
    if (i === data.length || data[i].l1 !== data[start].l1) {
      if (i - start > 1) sheet.mergeCells(FIRST_DATA_ROW + start, l1Column, FIRST_DATA_ROW + i - 1, l1Column)
      start = i
    }
  }

  return Buffer.from(await workbook.xlsx.writeBuffer())
}
