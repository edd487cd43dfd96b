/** writeCatalogCsv: CatalogRows → CSV with a single header row and text values (UTF-8 with BOM). */
import { encodeCsv, guardFormula, stringifyCsv } from './csv.js'
import { exportColumns, exportRows } from './layout.js'
import type { CatalogRow, WriteCatalogCsvOptions } from './types.js'

/**
 * One header row (序号, 一级事项, 二级事项, [三级事项,] 公开内容(要素), 公开依据, 公开时限, 公开主体, 公开渠道和载体,
 * 公开对象, 公开方式, 公开层级, extra columns…) with text values: 全社会、特定群体 / 主动 / 县级、乡级, channels as
 * "■政府网站 ■两微一端". The title, when given, is a first record of its own. Cells that would start a formula are
 * guarded (`guardFormula`). readCatalogFile(…, 'csv') reads it back exactly.
 */
export const writeCatalogCsv = (rows: CatalogRow[], options: WriteCatalogCsvOptions = {}): Buffer => {
  const data = exportRows(rows)
  const columns = exportColumns(data, { checkboxes: false })
  const records: string[][] = []
  if (options.title) records.push([options.title])
  records.push(columns.map((column) => column.header))
  data.forEach((row, index) => records.push(columns.map((column) => column.value(row, index))))
  // The file is public and its cells come from editors and imported files: no cell may run as a formula.
  return encodeCsv(stringifyCsv(records.map((record) => record.map(guardFormula))))
}
