/** Places a table's cells on a grid the way a browser does with rowspan and colspan (for the XLSX writer). */
import type { ReportCell, ReportTable } from './tables.js'

export interface PlacedCell extends ReportCell {
  row: number
  col: number
  rows: number
  cols: number
}

export const placeCells = (table: ReportTable): { cells: PlacedCell[]; width: number; height: number } => {
  const taken = new Set<string>()
  const placed: PlacedCell[] = []
  let width = 0
  table.rows.forEach((cells, row) => {
    let col = 0
    for (const cell of cells) {
      while (taken.has(`${row}:${col}`)) col++
      const rows = cell.rowspan ?? 1
      const cols = cell.colspan ?? 1
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) taken.add(`${row + r}:${col + c}`)
      placed.push({ ...cell, row, col, rows, cols })
      col += cols
      width = Math.max(width, col)
    }
  })
  return { cells: placed, width, height: table.rows.length }
}
