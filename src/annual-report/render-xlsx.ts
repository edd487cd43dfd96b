/** The report as an Excel workbook: the three tables on one sheet with the official merges, numbers as numbers, and a 校验 sheet. */
import ExcelJS from 'exceljs'

import { printWidth, wrappedLines } from '../printWidth.js'

import { neutraliseCell } from '../audit/csv.js'
import type { AnnualReport } from './build.js'
import { placeCells, type PlacedCell } from './layout.js'

const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }

/** Column widths (characters): the label columns of the request table wide, the number columns narrow. */
const COLUMN_WIDTHS = [12, 14, 24, ...Array.from({ length: 12 }, () => 9)]
const LINE_HEIGHT = 13

/**
 * Row heights that hold every wrapped label: Excel and LibreOffice do not grow rows under merged cells,
 * so without them the labels of the request table print over each other. A merged cell's lines are
 * shared among the rows it spans.
 */
const rowHeights = (cells: readonly PlacedCell[], height: number): number[] => {
  const heights = Array.from({ length: height }, () => LINE_HEIGHT + 4)
  for (const cell of cells) {
    if (!cell.text) continue
    const lines = wrappedLines(cell.text, COLUMN_WIDTHS.slice(cell.col, cell.col + cell.cols).reduce((sum, w) => sum + w, 0))
    const perRow = (lines * LINE_HEIGHT + 4) / cell.rows
    for (let r = cell.row; r < cell.row + cell.rows; r++) heights[r] = Math.max(heights[r]!, perRow)
  }
  return heights
}

export const renderAnnualReportXlsx = async (report: AnnualReport): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'payload-plugin-disclosure'
  workbook.title = neutraliseCell(report.title)
  // Printed on A4 landscape, as wide as the page: the widest table (行政复议、行政诉讼) has 15 columns.
  const sheet = workbook.addWorksheet('年度报告', {
    pageSetup: { orientation: 'landscape', paperSize: 9 as ExcelJS.PaperSize, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  })
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }))
  sheet.getCell(1, 1).value = neutraliseCell(report.title)
  sheet.getCell(1, 1).font = { name: '黑体', size: 14, bold: true }
  sheet.mergeCells(1, 1, 1, 15)
  let top = 3
  for (const table of report.tables) {
    sheet.getCell(top, 1).value = table.title
    sheet.getCell(top, 1).font = { bold: true }
    top++
    const { cells, height } = placeCells(table)
    rowHeights(cells, height).forEach((rowHeight, index) => {
      sheet.getRow(top + index).height = rowHeight
    })
    for (const cell of cells) {
      const target = sheet.getCell(top + cell.row, 1 + cell.col)
      target.value = cell.key ? (report.cells[cell.key] ?? null) : (cell.text ?? '')
      target.alignment = { horizontal: cell.text && printWidth(cell.text) > 24 ? 'left' : 'center', vertical: 'middle', wrapText: true }
      target.font = { name: '宋体', size: 10 }
      target.border = BORDER
      if (cell.rows > 1 || cell.cols > 1) sheet.mergeCells(top + cell.row, 1 + cell.col, top + cell.row + cell.rows - 1, 1 + cell.col + cell.cols - 1)
    }
    top += height + 1
  }
  const checks = workbook.addWorksheet('校验')
  checks.columns = [{ header: '结果', width: 8 }, { header: '校验', width: 80 }, { header: '应为', width: 10 }, { header: '实为', width: 10 }]
  for (const check of report.checks) checks.addRow([check.ok ? '通过' : '未通过', neutraliseCell(check.message), check.expected, check.actual])
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
