/**
 * What an import of catalog rows would do to a domain's existing items: create, update or leave each row,
 * or refuse it with a reason. Pure: the endpoint feeds it the parsed file and the stored items.
 */
import type { CatalogRow, ImportProblem } from '../catalog-io/types.js'
import { CATALOG_TEXT_LIMITS } from './limits.js'

export interface ExistingItem {
  id: number | string
  l1: string
  l2: string
  l3?: string | null
  content: string
  /** responsible department ids, as strings */
  departments: string[]
  /** the comparable fields, as the row would write them */
  values: Record<string, unknown>
}

export type RowAction = 'create' | 'update' | 'unchanged' | 'error'

export interface PlannedRow {
  row: number
  action: RowAction
  l1: string
  l2: string
  l3?: string
  /** the item to update, for `update` and `unchanged` */
  itemId?: number | string
  /** the values to write, for `create` and `update` */
  values?: Record<string, unknown>
  problems: ImportProblem[]
}

export interface ImportPlan {
  rows: PlannedRow[]
  /** problems of the file as a whole or of rows the reader already refused */
  problems: ImportProblem[]
  summary: { rows: number; create: number; update: number; unchanged: number; errors: number; warnings: number }
  /** true when nothing refuses the import */
  ok: boolean
}

export interface PlanOptions {
  /** the importing user's department when they are not the office: only its items may be matched */
  ownDepartment?: string
  /** the values a row writes (mapping CatalogRow → item fields) */
  valuesOf: (row: CatalogRow) => Record<string, unknown>
}

const keyOf = (l1: string, l2: string, l3?: string | null) => [l1, l2, l3 ?? ''].map((part) => part.trim()).join('\u0000')

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * Matches rows to items by 一级/二级/三级事项 (and by 公开内容 when several items share them), so a
 * re-import updates what it imported before instead of duplicating it.
 */
export const planImport = (rows: CatalogRow[], fileProblems: ImportProblem[], existing: ExistingItem[], options: PlanOptions): ImportPlan => {
  const byKey = new Map<string, ExistingItem[]>()
  for (const item of existing) {
    const key = keyOf(item.l1, item.l2, item.l3)
    byKey.set(key, [...(byKey.get(key) ?? []), item])
  }
  const claimed = new Map<string, number>()
  const planned: PlannedRow[] = rows.map((row) => {
    const rowNumber = row.rowNumber ?? 0
    const base = { row: rowNumber, l1: row.l1, l2: row.l2, ...(row.l3 ? { l3: row.l3 } : {}) }
    const problems: ImportProblem[] = fileProblems.filter((problem) => problem.row === rowNumber && problem.severity === 'warning')
    const values = options.valuesOf(row)
    const tooLong: ImportProblem[] = (Object.keys(CATALOG_TEXT_LIMITS) as (keyof typeof CATALOG_TEXT_LIMITS)[])
      .filter((field) => String(row[field] ?? '').length > CATALOG_TEXT_LIMITS[field].max)
      .map((field) => ({
        row: rowNumber,
        column: CATALOG_TEXT_LIMITS[field].column,
        severity: 'error' as const,
        problem: `超过${CATALOG_TEXT_LIMITS[field].max}字 / longer than ${CATALOG_TEXT_LIMITS[field].max} characters`,
      }))
    if (tooLong.length > 0) return { ...base, action: 'error', problems: [...problems, ...tooLong] }
    const candidates = byKey.get(keyOf(row.l1, row.l2, row.l3)) ?? []
    const match = candidates.length <= 1 ? candidates[0] : candidates.find((item) => item.content.trim() === row.content.trim())
    if (candidates.length > 1 && !match) {
      return {
        ...base,
        action: 'error',
        problems: [...problems, { row: rowNumber, column: '公开事项', severity: 'error', problem: `已有${candidates.length}个同名事项且公开内容都不相同，无法判断更新哪一个 / ${candidates.length} existing items have these names and none has this content` }],
      }
    }
    if (match) {
      const key = String(match.id)
      if (claimed.has(key)) {
        return {
          ...base,
          action: 'error',
          problems: [...problems, { row: rowNumber, column: '公开事项', severity: 'error', problem: `与第${claimed.get(key)}行是同一事项 / the same item as row ${claimed.get(key)}` }],
        }
      }
      claimed.set(key, rowNumber)
      if (options.ownDepartment && !match.departments.includes(options.ownDepartment)) {
        return {
          ...base,
          action: 'error',
          itemId: match.id,
          problems: [...problems, { row: rowNumber, column: '公开主体', severity: 'error', problem: '该事项属于其他部门，只有其责任部门或政务公开办可以修改 / this item belongs to another department' }],
        }
      }
      const changed = Object.keys(values).some((field) => !same(values[field], match.values[field]))
      return changed ? { ...base, action: 'update', itemId: match.id, values, problems } : { ...base, action: 'unchanged', itemId: match.id, problems }
    }
    return { ...base, action: 'create', values, problems }
  })
  const errors = fileProblems.filter((problem) => problem.severity === 'error').length + planned.filter((row) => row.action === 'error').length
  const count = (action: RowAction) => planned.filter((row) => row.action === action).length
  return {
    rows: planned,
    problems: fileProblems.filter((problem) => problem.severity === 'error' || !rows.some((row) => row.rowNumber === problem.row)),
    summary: {
      rows: planned.length,
      create: count('create'),
      update: count('update'),
      unchanged: count('unchanged'),
      errors,
      warnings: fileProblems.filter((problem) => problem.severity === 'warning').length,
    },
    ok: errors === 0,
  }
}
