/**
 * The audit log as CSV for Excel: UTF-8 with BOM (so Excel opens Chinese correctly), CRLF, Chinese
 * headers, Beijing times, and every cell that a spreadsheet would run as a formula neutralised. Pure.
 */
import { encodeCsv, guardFormula, stringifyCsv } from '../catalog-io/csv.js'
import { AUDIT_ACTION_LABELS, isAuditAction, type AuditChange } from './actions.js'

/** A cell that would start a formula gets a leading apostrophe, so it is shown as the text it is (one rule for every export). */
export const neutraliseCell = guardFormula

/** CSV bytes (UTF-8 with BOM, CRLF) of `records`, each cell neutralised. */
export const writeSafeCsv = (records: readonly (readonly string[])[]): Buffer =>
  encodeCsv(stringifyCsv(records.map((record) => record.map(neutraliseCell))))

/** The part of an audit entry the export prints. */
export interface AuditCsvEntry {
  at?: string | null
  action?: string | null
  userId?: string | null
  userEmail?: string | null
  roles?: string | null
  departmentId?: string | null
  departmentName?: string | null
  ip?: string | null
  collection?: string | null
  documentId?: string | null
  documentTitle?: string | null
  changes?: unknown
  details?: unknown
}

export const AUDIT_CSV_HEADERS = [
  '时间（北京时间）',
  '操作',
  '用户ID',
  '用户',
  '角色',
  '部门ID',
  '部门',
  'IP地址',
  '数据集合',
  '记录ID',
  '记录名称',
  '变更内容',
  '详情',
] as const

/** `2025-11-01 09:30:05` in Beijing time (UTC+8, no DST) from an ISO instant; the input when unreadable. */
export const beijingDateTime = (iso: string | null | undefined): string => {
  if (!iso) return ''
  const time = new Date(iso).getTime()
  if (Number.isNaN(time)) return iso
  return new Date(time + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')
}

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '（空）'
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.length === 0 ? '（空）' : value.map(show).join('、')
  if (typeof value === 'boolean') return value ? '是' : '否'
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/** `title: 旧 → 新; body（已修改）` — one readable line per update. */
export const describeChanges = (changes: unknown): string => {
  if (!Array.isArray(changes)) return ''
  return (changes as AuditChange[])
    .map((change) => {
      const values = change as { field: string; from?: unknown; to?: unknown }
      return 'from' in values || 'to' in values ? `${values.field}: ${show(values.from)} → ${show(values.to)}` : `${values.field}（已修改）`
    })
    .join('; ')
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value))

/** Header and one record per entry, in the order given. */
export const auditCsvRecords = (entries: readonly AuditCsvEntry[]): string[][] => [
  [...AUDIT_CSV_HEADERS],
  ...entries.map((entry) => [
    beijingDateTime(entry.at),
    isAuditAction(entry.action) ? AUDIT_ACTION_LABELS[entry.action].zh : text(entry.action),
    text(entry.userId),
    text(entry.userEmail),
    text(entry.roles),
    text(entry.departmentId),
    text(entry.departmentName),
    text(entry.ip),
    text(entry.collection),
    text(entry.documentId),
    text(entry.documentTitle),
    describeChanges(entry.changes),
    entry.details === null || entry.details === undefined ? '' : JSON.stringify(entry.details),
  ]),
]

/** The export file: header and rows, UTF-8 with BOM, formulas neutralised. */
export const writeAuditCsv = (entries: readonly AuditCsvEntry[]): Buffer => writeSafeCsv(auditCsvRecords(entries))
