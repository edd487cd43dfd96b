/** The report as an Excel workbook: the three tables on one sheet with the official merges, numbers as numbers, and a 校验 sheet. */
import ExcelJS from 'exceljs'

import { neutraliseCell } from '../audit/csv.js'
import type { AnnualReport } from './build.js'
import { placeCells } from './layout.js'

const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }

export const renderAnnualReportXlsx = async (report: AnnualReport): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'payload-plugin-disclosure'
  workbook.title = neutraliseCell(report.title)
  const sheet = workbook.addWorksheet('年度报告')
  sheet.columns = Array.from({ length: 15 }, () => ({ width: 12 }))
  sheet.getCell(1, 1).value = neutraliseCell(report.title)
  sheet.getCell(1, 1).font = { name: '黑体', size: 14, bold: true }
  sheet.mergeCells(1, 1, 1, 15)
  let top = 3
  for (const table of report.tables) {
    sheet.getCell(top, 1).value = table.title
    sheet.getCell(top, 1).font = { bold: true }
    top++
    const { cells, height } = placeCells(table)
    for (const cell of cells) {
      const target = sheet.getCell(top + cell.row, 1 + cell.col)
      target.value = cell.key ? (report.cells[cell.key] ?? null) : (cell.text ?? '')
      target.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
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
