/** payload-plugin-disclosure: the package's public face. */
export { disclosurePlugin } from './plugin.js'
export { DEFAULT_SLUGS, resolveOptions } from './options.js'
export type { DisclosurePluginOptions, DisclosureSlugs, ResolvedDisclosureOptions } from './options.js'
export { ROLES, ROLE_LABELS } from './roles.js'
export type { Role } from './roles.js'
export { PUBLIC_ATTRIBUTES, PUBLIC_ATTRIBUTE_LABELS, RECORD_STATUSES } from './public-attribute.js'
export type { PublicAttribute, RecordStatus } from './public-attribute.js'
export { DEPARTMENT_KIND_LABELS } from './department-kinds.js'
export type { DepartmentKind } from './department-kinds.js'
export { checkOrgCode, normalizeOrgCode } from './org-code.js'
export type { DepartmentDoc, DisclosureDoc, StaffUserDoc } from './types.js'
export * as access from '../access/index.js'

// The working-day calendar (pure, no Payload): see src/calendar/README.md.
export {
  addCalendarDays,
  addWorkingDays,
  CalendarInputError,
  CalendarRangeError,
  coverage,
  createCalendar,
  dayInfo,
  explain,
  getDefaultCalendar,
  isProvisional,
  isWorkingDay,
  toBeijingDate,
  workingDaysBetween,
} from './calendar/index.js'
export type {
  CalendarCoverage,
  CalendarDate,
  CalendarOverride,
  DayInfo,
  Explanation,
  WorkingDayCalendar,
} from './calendar/index.js'

// Publication deadlines: the one rule table and its computation on a calendar.
export { computeDeadline, DEADLINE_RULES, INFO_TYPES } from './deadlines/index.js'
export type { Deadline, DeadlineRule, DeadlineRuleKey, InfoType } from './deadlines/index.js'
export { RECOMPUTE_DEADLINES_TASK } from './options.js'

// The append-only audit log: the writer for server code, and its pure parts.
export { auditCollectionHooks } from '../hooks/audit.js'
export type { AuditContext } from '../hooks/audit.js'
export { writeAuditEntry } from './services/auditLog.js'
export type { AuditEntryInput } from './services/auditLog.js'
export { AUDIT_ACTIONS, AUDIT_ACTION_LABELS, CLIENT_IP_HEADER, diffScalarFields, writeAuditCsv } from './audit/index.js'
export type { AuditAction, AuditChange } from './audit/index.js'
