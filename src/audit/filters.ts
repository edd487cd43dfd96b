/**
 * Query parameters of the audit-log export (`user`, `department`, `collection`, `action`, `from`, `to`),
 * checked and turned into a Payload-style `where`. Pure.
 */
import { AUDIT_ACTIONS, isAuditAction, type AuditAction } from './actions.js'

export interface AuditFilters {
  /** a user id, an e-mail address, or `system` */
  user?: string
  department?: string
  collection?: string
  action?: AuditAction
  /** Beijing dates, inclusive */
  from?: string
  to?: string
}

export type ParsedFilters = { ok: true; filters: AuditFilters } | { ok: false; field: string; reason: string }

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MAX_LENGTH = 200

/** A real calendar date written `YYYY-MM-DD`. */
export const isIsoDate = (value: string): boolean => {
  const match = DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** The first instant of a Beijing date (00:00 UTC+8). */
export const beijingDayStart = (date: string): Date => new Date(`${date}T00:00:00+08:00`)

export const parseAuditFilters = (params: URLSearchParams, knownCollections: readonly string[]): ParsedFilters => {
  const filters: AuditFilters = {}
  for (const key of ['user', 'department', 'collection', 'action', 'from', 'to'] as const) {
    const values = params.getAll(key)
    if (values.length === 0) continue
    if (values.length > 1) return { ok: false, field: key, reason: `参数 ${key} 只能给一次 / give ${key} once` }
    const value = values[0]!.trim()
    if (value === '') return { ok: false, field: key, reason: `参数 ${key} 为空 / ${key} is empty` }
    if (value.length > MAX_LENGTH) return { ok: false, field: key, reason: `参数 ${key} 过长 / ${key} is too long` }
    if (key === 'action') {
      if (!isAuditAction(value)) return { ok: false, field: key, reason: `操作应为 ${AUDIT_ACTIONS.join('、')} 之一 / action must be one of ${AUDIT_ACTIONS.join(', ')}, got "${value}"` }
      filters.action = value
    } else if (key === 'collection') {
      if (!knownCollections.includes(value)) return { ok: false, field: key, reason: `没有名为 "${value}" 的数据集合 / no collection "${value}"` }
      filters.collection = value
    } else if (key === 'from' || key === 'to') {
      if (!isIsoDate(value)) return { ok: false, field: key, reason: `日期应为 YYYY-MM-DD（北京时间），如 2025-11-01 / ${key} must be a date YYYY-MM-DD (Beijing), got "${value}"` }
      filters[key] = value
    } else filters[key] = value
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    return { ok: false, field: 'to', reason: `结束日期 ${filters.to} 早于开始日期 ${filters.from} / to is before from` }
  }
  return { ok: true, filters }
}

type Condition = Record<string, Record<string, unknown>>

/** The `where` conditions of the filters (all must hold); `until` caps the range at the export's start. */
export const auditFilterConditions = (filters: AuditFilters, until?: Date): Condition[] => {
  const conditions: Condition[] = []
  if (filters.user) {
    conditions.push(filters.user.includes('@') || filters.user === 'system' ? { userEmail: { equals: filters.user } } : { userId: { equals: filters.user } })
  }
  if (filters.department) conditions.push({ departmentId: { equals: filters.department } })
  if (filters.collection) conditions.push({ collection: { equals: filters.collection } })
  if (filters.action) conditions.push({ action: { equals: filters.action } })
  if (filters.from) conditions.push({ at: { greater_than_equal: beijingDayStart(filters.from).toISOString() } })
  if (filters.to) conditions.push({ at: { less_than: new Date(beijingDayStart(filters.to).getTime() + 86_400_000).toISOString() } })
  if (until) conditions.push({ at: { less_than_equal: until.toISOString() } })
  return conditions
}

/** The Beijing date of an instant, `YYYY-MM-DD`. */
const beijingDate = (instant: Date): string => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)

/** `audit-log-20251101-20251130.csv`; an open start reads `start`, an open end today's Beijing date. */
export const auditExportFileName = (filters: AuditFilters, now: Date = new Date()): string => {
  const compact = (date: string) => date.replace(/-/g, '')
  return `audit-log-${filters.from ? compact(filters.from) : 'start'}-${compact(filters.to ?? beijingDate(now))}.csv`
}
