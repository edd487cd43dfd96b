import type { Role } from '../src/roles.js'
import { isRole } from '../src/roles.js'

/** Ids are numbers on SQL adapters and strings on MongoDB: never assume one. */
export type DocId = number | string

/** The part of the host's user document the plugin relies on. */
export interface StaffUser {
  id: DocId
  roles?: unknown
  department?: unknown
}

/** A relationship value as stored or populated: an id, or a document with an id. */
export const relationId = (value: unknown): DocId | null => {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return value
  if (value && typeof value === 'object' && 'id' in value) return relationId((value as { id: unknown }).id)
  if (value && typeof value === 'object' && 'value' in value) return relationId((value as { value: unknown }).value)
  return null
}

/** The ids of a to-many (or single) relationship value, as text: `[1, { id: 2 }]` → `['1', '2']`. */
export const relationIds = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value])
    .map(relationId)
    .filter((id): id is DocId => id !== null)
    .map(String)

export const sameId = (a: unknown, b: unknown): boolean => {
  const left = relationId(a)
  const right = relationId(b)
  return left !== null && right !== null && String(left) === String(right)
}

export const rolesOf = (user: unknown): Role[] => {
  const roles = (user as StaffUser | null | undefined)?.roles
  return Array.isArray(roles) ? roles.filter(isRole) : []
}

export const hasRole = (user: unknown, role: Role): boolean => rolesOf(user).includes(role)

export const departmentOf = (user: unknown): DocId | null =>
  relationId((user as StaffUser | null | undefined)?.department)
