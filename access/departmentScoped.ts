import type { Access, Where } from 'payload'

import { departmentScopeWhere } from './departmentScope.js'
import { isOfficeUser } from './isOffice.js'
import { ownDepartmentWhere } from './ownDepartment.js'
import { readOnlyForAuditors } from './readOnlyForAuditors.js'
import { departmentOf, hasRole } from './user.js'
import type { Role } from '../src/roles.js'

/**
 * The read rule of department-owned content: office and auditors read everything; other staff
 * read their own department's entries (and, with `coField`, those naming it as a co-department) plus
 * what the public may read; the public reads `publicWhere`.
 */
export const readOwnDepartmentOrPublic =
  (publicWhere: Where, field = 'department', coField?: string): Access =>
  ({ req }) => {
    const user = req.user
    const own = departmentScopeWhere(user, field)
    if (own === true) return true
    if (!own) return publicWhere
    const department = departmentOf(user)
    return { or: [own, ...(coField ? [{ [coField]: { in: [department] } }] : []), publicWhere] }
  }

/** Create rule: office anywhere; a user holding one of `roles` and a department (the guard hook pins it). */
export const createInOwnDepartment = (roles: Role[]): Access =>
  readOnlyForAuditors(({ req }) => {
    const user = req.user
    if (isOfficeUser(user)) return true
    return roles.some((role) => hasRole(user, role)) && departmentOf(user) !== null
  })

/**
 * Update/delete rule: office anywhere; a user holding one of `roles` only rows of their own department,
 * optionally narrowed further (e.g. editors delete drafts only).
 */
export const writeOwnDepartment = (roles: Role[], narrow?: Where, field = 'department'): Access =>
  readOnlyForAuditors(({ req }) => {
    const user = req.user
    if (isOfficeUser(user)) return true
    if (!roles.some((role) => hasRole(user, role))) return false
    const own = ownDepartmentWhere(user, field)
    if (!own) return false
    return narrow ? { and: [own, narrow] } : own
  })

/**
 * Delete rule of trash-enabled collections: the office deletes permanently; a user holding one of
 * `roles` may only move own-department rows (optionally narrowed) to the trash — Payload asks the
 * delete rule with `data.deletedAt` set for that — and never deletes for good.
 */
export const trashOwnDepartment = (roles: Role[], narrow?: Where, field = 'department'): Access => {
  const own = writeOwnDepartment(roles, narrow, field)
  return (args) => {
    if (isOfficeUser(args.req.user)) return true
    const trashing = Boolean((args.data as { deletedAt?: unknown } | undefined)?.deletedAt)
    return trashing ? own(args) : false
  }
}
