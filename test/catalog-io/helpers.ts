/** Builds workbooks the way localities publish their catalogs, and loads the shared reference rows. */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import ExcelJS from 'exceljs'

import type { CatalogRow, ReferenceCatalogGroup } from '../../src/catalog-io/index.js'

export type CellSpec = ExcelJS.CellValue

export interface SheetSpec {
  name?: string
  /** rows[0] is sheet row 1; a null cell is left empty (e.g. the covered cells of a merge). */
  rows: CellSpec[][]
  /** Ranges like 'A1:P1', merged after the values are set. */
  merges?: string[]
  /** Cell address → font name, e.g. { K8: 'Wingdings 2' }. */
  fonts?: Record<string, string>
}

export const buildXlsx = async (sheets: SheetSpec[]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  sheets.forEach((spec, i) => {
    const sheet = workbook.addWorksheet(spec.name ?? `Sheet${i + 1}`)
    spec.rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value
      })
    })
    for (const [address, name] of Object.entries(spec.fonts ?? {})) sheet.getCell(address).font = { name }
    for (const range of spec.merges ?? []) sheet.mergeCells(range)
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export const referenceGroups = (): ReferenceCatalogGroup[] =>
  JSON.parse(readFileSync(path.resolve(process.cwd(), '../shared/reference/catalog_example_rows.json'), 'utf8')) as ReferenceCatalogGroup[]

/** A row without its rowNumber, for comparing imports with the rows that were exported. */
export const withoutRowNumber = ({ rowNumber: _rowNumber, ...rest }: CatalogRow): CatalogRow => rest

export const errorsOf = <T extends { severity: string }>(problems: T[]): T[] => problems.filter((p) => p.severity === 'error')
