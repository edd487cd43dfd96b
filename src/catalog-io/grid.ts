/** Sheets as grids of cell texts: from an XLSX worksheet (merged cells filled in) or from CSV records. */
import type ExcelJS from 'exceljs'

import { cleanCellText } from './text.js'
import { SYMBOL_FONT_CHARACTERS } from './vocabulary.js'

export interface GridCell {
  text: string
  /**
   * The text comes from a merged cell whose top-left cell is on an earlier row (a vertical merge, e.g. an
   * 一级事项 spanning several rows): it fills the row, but does not by itself make the row non-empty.
   */
  inherited: boolean
}

export interface Grid {
  /** Worksheet name (XLSX). */
  name?: string
  /** rows[i] is sheet row i + 1; every row has `width` cells. */
  rows: GridCell[][]
  width: number
}

const symbolFont = (fontName: string | undefined): Readonly<Record<string, string>> | undefined =>
  fontName ? SYMBOL_FONT_CHARACTERS[fontName.trim().toLowerCase()] : undefined

/** Text in a symbol font (Wingdings, Wingdings 2) translated to the characters it shows. */
export const translateSymbolFont = (text: string, fontName: string | undefined): string => {
  const table = symbolFont(fontName)
  return table ? [...text].map((c) => table[c] ?? c).join('') : text
}

const pad = (n: number): string => String(n).padStart(2, '0')

const richText = (runs: ExcelJS.RichText[], cellFont: string | undefined): string =>
  runs.map((run) => translateSymbolFont(run.text ?? '', run.font?.name ?? cellFont)).join('')

/** The displayed text of an exceljs cell value. */
export const cellValueText = (value: ExcelJS.CellValue, fontName?: string): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return translateSymbolFont(value, fontName)
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
  }
  if ('richText' in value && Array.isArray(value.richText)) return richText(value.richText, fontName)
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result
    if (result === undefined || result === null) return ''
    if (typeof result === 'object' && !(result instanceof Date)) return 'error' in result ? String(result.error) : ''
    return cellValueText(result, fontName)
  }
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text
    if (typeof text === 'string') return translateSymbolFont(text, fontName)
    if (text && typeof text === 'object' && 'richText' in text) return richText((text as ExcelJS.CellRichTextValue).richText, fontName)
    return String(value.hyperlink ?? '')
  }
  if ('error' in value) return String(value.error)
  return ''
}

/** A worksheet as a grid; a cell in a merged range reads the range's top-left text. */
export const worksheetGrid = (worksheet: ExcelJS.Worksheet): Grid => {
  // The extent of the cells holding values (a sheet formatted down to row 1048576 or column XFD stays small).
  let height = 0
  let width = 0
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.value === null || cell.value === undefined || cell.value === '') return
      height = Math.max(height, rowNumber)
      width = Math.max(width, colNumber)
    })
  })
  const rows: GridCell[][] = []
  for (let r = 1; r <= height; r++) {
    const row = worksheet.getRow(r)
    const cells: GridCell[] = []
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c)
      const master = cell.master ?? cell
      const text = cleanCellText(cellValueText(master.value, master.font?.name))
      const masterRow = Number(master.row)
      cells.push({ text, inherited: master !== cell && masterRow !== r })
    }
    rows.push(cells)
  }
  return { name: worksheet.name, rows, width }
}

/** CSV records as a grid (no merges). */
export const recordsGrid = (records: readonly (readonly string[])[]): Grid => {
  const width = records.reduce((max, record) => Math.max(max, record.length), 0)
  const rows = records.map((record) =>
    Array.from({ length: width }, (_, c) => ({ text: cleanCellText(record[c] ?? ''), inherited: false })),
  )
  return { rows, width }
}
