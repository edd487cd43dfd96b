import type { CollectionBeforeValidateHook } from 'payload'

import { isOfficeUser } from '../access/isOffice.js'
import { departmentOf, relationIds, sameId } from '../access/user.js'
import { fieldError } from '../src/services/fieldError.js'

const idsOf = (value: unknown): string[] => relationIds(value).sort()

const sameSet = (a: unknown, b: unknown): boolean => idsOf(a).join('|') === idsOf(b).join('|')

/**
 * "谁制作、谁公开": a non-office user creates entries only for their own department and never
 * moves an entry to another one. A missing department on create is filled with the user's own;
 * naming another department is refused with 403 — never silently rewritten.
 * With `hasMany` (e.g. a catalog item's responsible departments) a non-office user's entry names
 * exactly their own department, and only the office changes the list.
 * Runs before validation so the filled-in department satisfies `required`.
 */
export const departmentGuard =
  (field = 'department', { hasMany = false }: { hasMany?: boolean } = {}): CollectionBeforeValidateHook =>
  ({ data, operation, originalDoc, req }) => {
    const user = req.user
    if (!user || isOfficeUser(user) || !data) return data
    const own = departmentOf(user)

    if (operation === 'create') {
      if (own === null) {
        throw fieldError(403, field, '您的账号未归属任何部门，不能创建部门信息。/ Your account has no department, so it cannot create department entries.')
      }
      const named = idsOf(data[field])
      if (named.length === 0) return { ...data, [field]: hasMany ? [own] : own }
      if (named.length > 1 || !sameId(named[0], own)) {
        throw fieldError(403, field, '只能为本部门创建信息（谁制作、谁公开）。/ You can only create entries for your own department.')
      }
      return data
    }

    const changed = hasMany ? !sameSet(data[field], originalDoc?.[field]) : !sameId(data[field], originalDoc?.[field])
    if (operation === 'update' && field in data && changed) {
      throw fieldError(403, field, '不能将信息转移到其他部门，请联系政务公开办。/ Only the disclosure office can move an entry to another department.')
    }
    return data
  }
