import type { Access, CollectionBeforeOperationHook, CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'

import { seesEveryDepartment } from '../access/departmentScope.js'
import { isOffice, isOfficeUser } from '../access/isOffice.js'
import { relationId, rolesOf, sameId } from '../access/user.js'
import { fieldError } from '../src/services/fieldError.js'
import { relationExists } from '../src/services/fieldValidators.js'
import { selectOptions } from '../src/labels.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'
import { ROLE_LABELS, ROLES } from '../src/roles.js'

const STAFF_FIELDS = ['roles', 'department'] as const

const staffFields = (options: ResolvedDisclosureOptions): Field[] => [
  {
    name: 'roles',
    type: 'select',
    hasMany: true,
    options: selectOptions(ROLE_LABELS),
    label: { zh: '角色', en: 'Roles' },
    saveToJWT: true,
    access: { create: isOfficeField, update: isOfficeField },
    admin: { position: 'sidebar' },
  },
  {
    name: 'department',
    type: 'relationship',
    relationTo: options.slugs.departments,
    label: { zh: '所属部门', en: 'Department' },
    saveToJWT: true,
    access: { create: isOfficeField, update: isOfficeField },
    admin: {
      position: 'sidebar',
      description: { zh: '除政务公开办人员外，每个用户必须属于一个部门。', en: 'Every user except disclosure-office staff belongs to exactly one department.' },
    },
    validate: relationExists((value, { siblingData }) => {
      const roles = rolesOf(siblingData)
      if (relationId(value) === null && roles.length > 0 && !roles.includes('office')) {
        return '非政务公开办用户必须选择所属部门 / users other than the disclosure office must belong to a department'
      }
      return true
    }),
  },
]

const isOfficeField = ({ req }: { req: { user?: unknown } }) => isOfficeUser(req.user)

/**
 * Only the office grants roles or moves a user between departments. Anyone else who sends a
 * different value gets 403 (field access alone would drop it silently).
 */
const refuseStaffFieldChanges: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = args.data as Record<string, unknown> | undefined
  const user = req.user
  if (!data || !user || isOfficeUser(user)) return args
  // A bulk update (`PATCH /api/users?where=…`) can reach only the user's own account (update access):
  // compare with that one.
  const id = (args as { id?: number | string }).id ?? (operation === 'update' ? (user.id as number | string) : undefined)
  const current =
    operation === 'update' && id !== undefined
      ? await req.payload.findByID({ collection: collection.slug, depth: 0, disableErrors: true, id, overrideAccess: true, req })
      : null
  for (const field of STAFF_FIELDS) {
    if (!(field in data)) continue
    const unchanged = field === 'roles'
      ? sameRoles(data.roles, (current as Record<string, unknown> | null)?.roles)
      : relationId(data.department) === null
        ? relationId((current as Record<string, unknown> | null)?.department) === null
        : sameId(data.department, (current as Record<string, unknown> | null)?.department)
    if (!unchanged) {
      throw fieldError(403, field, '只有政务公开办可以分配角色和部门 / only the disclosure office assigns roles and departments')
    }
  }
  return args
}

const roleSet = (value: unknown): string =>
  Array.isArray(value) ? [...new Set(value.map(String))].sort().join(',') : ''
const sameRoles = (a: unknown, b: unknown): boolean => roleSet(a) === roleSet(b)

/** The very first account, registered in the admin ("create first user"), becomes a disclosure-office user. */
const firstUserIsOffice: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  if (operation !== 'create' || req.user || rolesOf(data).length > 0) return data
  const { totalDocs } = await req.payload.count({ collection: collection.slug, overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, roles: ['office'] } : data
}

/** Office manages accounts; auditors read them; everyone else reads their own account only. */
const readUsers: Access = ({ req }) => {
  const user = req.user as { id?: unknown } | null
  if (!user) return false
  if (seesEveryDepartment(user)) return true
  return { id: { equals: user.id } }
}
const updateUsers: Access = ({ req }) => {
  const user = req.user as { id?: unknown } | null
  if (!user) return false
  return isOfficeUser(user) ? true : { id: { equals: user.id } }
}

/**
 * Adds `roles` and `department` to the host's auth collection (which the host keeps owning) and,
 * where the host has not set its own, access rules that keep staff accounts private.
 */
export const extendUsersCollection = (users: CollectionConfig, options: ResolvedDisclosureOptions): CollectionConfig => {
  const existing = new Set((users.fields ?? []).map((field) => ('name' in field ? field.name : undefined)))
  return {
    ...users,
    fields: [...(users.fields ?? []), ...staffFields(options).filter((field) => !existing.has((field as { name: string }).name))],
    access: {
      read: readUsers,
      create: isOffice,
      update: updateUsers,
      delete: isOffice,
      ...users.access,
    },
    hooks: {
      ...users.hooks,
      beforeOperation: [...(users.hooks?.beforeOperation ?? []), refuseStaffFieldChanges],
      beforeChange: [...(users.hooks?.beforeChange ?? []), firstUserIsOffice],
    },
  }
}
