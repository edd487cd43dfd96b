import type { Where } from 'payload'

import { isAuditorUser } from './isAuditor.js'
import { isOfficeUser } from './isOffice.js'
import { ownDepartmentWhere } from './ownDepartment.js'
import { departmentOf, hasRole, sameId, type DocId } from './user.js'

/**
 * "Office and auditors see every department, others only their own": the one place this rule is
 * written. Collections use it as a read rule (`departmentScopeWhere`), views that show one department or
 * all of them (the deadline board and its dashboard widget, ledgers, the annual report) as
 * `departmentScope`.
 */

/** The word that asks office and auditors for every department at once. */
export const ALL_DEPARTMENTS = 'all'

/** 政务公开办 and auditors see every department. */
export const seesEveryDepartment = (user: unknown): boolean => isOfficeUser(user) || isAuditorUser(user)

/** A department's own staff: its editors and reviewers. */
export const isDepartmentStaff = (user: unknown): boolean => hasRole(user, 'editor') || hasRole(user, 'reviewer')

/**
 * The rule as a read rule's result: everything for office and auditors; otherwise rows whose `field`
 * names the user's own department, and nothing (`false`) for a user without one.
 */
export const departmentScopeWhere = (user: unknown, field = 'department'): true | Where | false =>
  seesEveryDepartment(user) ? true : ownDepartmentWhere(user, field)

/**
 * Read rule of department-run business records (ledger submissions, on-request applications): office and
 * auditors read every department's; a department's editors and reviewers their own; others nothing.
 */
export const readOwnDepartmentAsStaff = ({ req }: { req: { user?: unknown } }): boolean | Where => {
  const user = req.user
  if (!seesEveryDepartment(user) && !isDepartmentStaff(user)) return false
  return departmentScopeWhere(user)
}

/** Which department a view shows. */
export type DepartmentScope =
  /** `all`: the user sees every department; `department`: the one shown, null for every one (or, when not `all`, none: a user without a department) */
  | { ok: true; all: boolean; department: DocId | null }
  | { ok: false; status: 403; field: 'department'; reason: string }

/**
 * The department a view shows to `user` who asked for `requested` (null or '' when the request names none):
 * office and auditors the one they name, or every one (none named, or `all`); others their own (none
 * named, or their own named), and 403 naming `department` when they ask for another. A user without a
 * department gets `department: null` with `all: false`: show nothing, never everyone's.
 */
export const departmentScope = (user: unknown, requested: string | null): DepartmentScope => {
  const named = requested !== null && requested !== ''
  if (seesEveryDepartment(user)) return { ok: true, all: true, department: named && requested !== ALL_DEPARTMENTS ? requested : null }
  const own = departmentOf(user)
  if (named && !sameId(requested, own)) {
    return { ok: false, status: 403, field: 'department', reason: '只能查看本部门的信息 / you can only see your own department\'s' }
  }
  return { ok: true, all: false, department: own }
}
