/**
 * Fills the official tables from the counts and runs the national form's cross-checks: every 总计 equals the
 * sum of its parts, and per column 第一项 + 第二项 = 第三项（七）总计 + 第四项. A failed check is reported with the
 * cells involved, never corrected or hidden. Pure.
 */
import { APPLICANT_TYPES, OUTCOME_KEYS, REVIEW_KINDS, REVIEW_RESULTS, type ApplicantType } from '../requests/categories.js'
import type { AnnualReportInput, ByApplicant } from './input.js'
import { REQUEST_COLUMNS, reportTables, type ReportTable } from './tables.js'

export interface ReportCheck {
  code: 'balance' | 'total' | 'non-negative'
  ok: boolean
  message: string
  expected: number
  actual: number
  cells: string[]
}

export interface AnnualReport {
  year: number
  organisation: string
  title: string
  cells: Record<string, number | null>
  tables: ReportTable[]
  checks: ReportCheck[]
  ok: boolean
  text: { problems: string; other: string }
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0)

export const buildAnnualReport = (input: AnnualReportInput): AnnualReport => {
  const cells: Record<string, number | null> = {}
  const checks: ReportCheck[] = []
  const p = input.proactive
  for (const [name, counts] of [['regulations', p.regulations], ['normativeDocuments', p.normativeDocuments]] as const) {
    for (const key of ['issued', 'repealed', 'inForce'] as const) cells[`proactive.${name}.${key}`] = counts[key]
  }
  cells['proactive.licensing'] = p.licensing
  cells['proactive.penalty'] = p.penalty
  cells['proactive.coercion'] = p.coercion
  cells['proactive.fees'] = p.feesTenThousandYuan

  const row = (prefix: string, counts: ByApplicant): void => {
    for (const type of APPLICANT_TYPES) cells[`${prefix}.${type}`] = counts[type]
    cells[`${prefix}.total`] = sum(APPLICANT_TYPES.map((type) => counts[type]))
  }
  const r = input.requests
  row('requests.new', r.newThisYear)
  row('requests.carriedOver', r.carriedOver)
  for (const outcome of OUTCOME_KEYS) row(`requests.outcome.${outcome}`, r.outcomes[outcome])
  const outcomeTotal = Object.fromEntries(APPLICANT_TYPES.map((type) => [type, sum(OUTCOME_KEYS.map((outcome) => r.outcomes[outcome][type]))])) as ByApplicant
  row('requests.outcomeTotal', outcomeTotal)
  row('requests.carriedForward', r.carriedForward)

  for (const kind of REVIEW_KINDS) {
    for (const result of REVIEW_RESULTS) cells[`reviews.${kind}.${result}`] = input.reviews[kind][result]
    cells[`reviews.${kind}.total`] = sum(REVIEW_RESULTS.map((result) => input.reviews[kind][result]))
  }

  // Counts are whole numbers of at least zero; the fee amount any number of at least zero.
  for (const [key, value] of Object.entries(cells)) {
    if (value === null) continue
    const fine = key === 'proactive.fees' ? Number.isFinite(value) && value >= 0 : Number.isInteger(value) && value >= 0
    if (!fine) checks.push({ code: 'non-negative', ok: false, message: `${key} 应为非负${key === 'proactive.fees' ? '数' : '整数'}，实为 ${value} / must be a non-negative ${key === 'proactive.fees' ? 'number' : 'whole number'}`, expected: 0, actual: value, cells: [key] })
  }

  // 勾稽关系, per column (each applicant type and 总计): 第一项 + 第二项 = 第三项（七）总计 + 第四项.
  for (const column of REQUEST_COLUMNS) {
    const left = (cells[`requests.new.${column}`] ?? 0) + (cells[`requests.carriedOver.${column}`] ?? 0)
    const right = (cells[`requests.outcomeTotal.${column}`] ?? 0) + (cells[`requests.carriedForward.${column}`] ?? 0)
    const name = column === 'total' ? '总计' : column
    checks.push({
      code: 'balance',
      ok: left === right,
      message: `${name}列：本年新收 + 上年结转 = ${left}，办理结果总计 + 结转下年度 = ${right}${left === right ? '' : '，不相等'} / new + carried over must equal concluded + carried forward`,
      expected: left,
      actual: right,
      cells: [`requests.new.${column}`, `requests.carriedOver.${column}`, `requests.outcomeTotal.${column}`, `requests.carriedForward.${column}`],
    })
  }
  // Every 总计 is recomputed from its parts above; re-adding them here guards the tables against a missing part.
  const totalRows = ['requests.new', 'requests.carriedOver', 'requests.outcomeTotal', 'requests.carriedForward', ...OUTCOME_KEYS.map((o) => `requests.outcome.${o}`)]
  for (const prefix of totalRows) {
    const parts = sum(APPLICANT_TYPES.map((type: ApplicantType) => cells[`${prefix}.${type}`] ?? 0))
    const total = cells[`${prefix}.total`] ?? 0
    if (parts !== total) checks.push({ code: 'total', ok: false, message: `${prefix} 总计 ${total} ≠ 各类申请人之和 ${parts}`, expected: parts, actual: total, cells: [`${prefix}.total`] })
  }

  const tables = reportTables()
  return {
    year: input.year,
    organisation: input.organisation,
    title: `${input.organisation}${input.year}年政府信息公开工作年度报告`,
    cells,
    tables,
    checks,
    ok: checks.every((check) => check.ok),
    text: { problems: input.text?.problems ?? '', other: input.text?.other ?? '' },
  }
}
