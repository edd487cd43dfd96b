import { departmentScope, isDepartmentStaff, seesEveryDepartment } from './departmentScope.js'
import { isOfficeUser } from './isOffice.js'
import { departmentOf, sameId, type DocId } from './user.js'

/** Who may read a department's reports (ledgers, annual report), and which departments a request covers. */
export type ReportScope =
  | { ok: true; department: DocId | null }
  | { ok: false; status: 401 | 403; field?: string; reason: string }

/**
 * Access to a department's reports (monthly ledgers, the annual report): the disclosure office and auditors
 * read any department's, or all of them (`department` omitted or `all`); a department's editors and
 * reviewers only their own (omitted means their own); everyone else nothing.
 */
export const reportScope = (user: unknown, requested: string | null): ReportScope => {
  if (!user) return { ok: false, status: 401, reason: '请先登录 / log in to read reports' }
  if (!seesEveryDepartment(user) && (departmentOf(user) === null || !isDepartmentStaff(user))) {
    return { ok: false, status: 403, reason: '只有部门编辑、审核人、政务公开办和审计人员可以查看 / only department staff, the office and auditors read these reports' }
  }
  const scope = departmentScope(user, requested)
  if (!scope.ok) return { ok: false, status: 403, field: 'department', reason: '只能查看本部门的报表 / you can only read your own department\'s reports' }
  return { ok: true, department: scope.department }
}

/** Who may submit a department's ledger: its editors and reviewers, and the office for any department. */
export const canSubmitLedger = (user: unknown, department: DocId): boolean => {
  if (isOfficeUser(user)) return true
  return isDepartmentStaff(user) && sameId(departmentOf(user), department)
}
