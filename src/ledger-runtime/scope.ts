/** Parses the month, department and format of a ledger request and checks who may have it. */
import type { PayloadRequest } from 'payload'

import { reportScope } from '../../access/reportScope.js'
import type { DocId } from '../../access/user.js'
import { fieldError } from '../services/fieldError.js'
import { isWellFormedId } from '../services/validId.js'
import { APIError } from 'payload'
import { parseLedgerMonth, type LedgerMonth } from '../ledger/month.js'
import type { ResolvedDisclosureOptions } from '../options.js'

/** The department a ledger covers, by id, with its name; 400 naming `field` when it does not exist. */
export const findDepartment = async (req: PayloadRequest, options: Pick<ResolvedDisclosureOptions, 'slugs'>, id: DocId, field = 'department'): Promise<{ id: DocId; name: string }> => {
  if (!isWellFormedId(req.payload, String(id))) throw fieldError(400, field, `无效的部门编号“${String(id).slice(0, 40)}” / "${String(id).slice(0, 40)}" is not a valid department id`)
  const { docs } = await req.payload.db.find({ collection: options.slugs.departments, where: { id: { equals: id } }, select: { name: true }, limit: 1, pagination: false, req })
  const doc = docs[0] as { id: DocId; name?: string } | undefined
  if (!doc) throw fieldError(400, field, `没有编号为 ${String(id)} 的部门 / no department with id ${String(id)}`)
  return { id: doc.id, name: String(doc.name ?? doc.id) }
}

export const requireMonth = (value: unknown, field = 'month'): LedgerMonth => {
  const parsed = parseLedgerMonth(value)
  if (!parsed.ok) throw fieldError(400, field, parsed.reason)
  return parsed.value
}

/** The department the user asked for, if they may have it (null: every department). */
export const resolveReportDepartment = async (
  req: PayloadRequest,
  options: ResolvedDisclosureOptions,
  requested: string | null,
): Promise<{ id: DocId; name: string } | null> => {
  const scope = reportScope(req.user, requested)
  if (!scope.ok) {
    if (scope.field) throw fieldError(403 as 403, scope.field, scope.reason)
    throw new APIError(scope.reason, scope.status, undefined, true)
  }
  return scope.department === null ? null : findDepartment(req, options, scope.department)
}
