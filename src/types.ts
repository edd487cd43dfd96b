import type { DepartmentKind } from './department-kinds.js'
import type { PublicAttribute, RecordStatus } from './public-attribute.js'
import type { Role } from './roles.js'

/** Ids are numbers on SQL adapters and strings on MongoDB. */
export type DocId = number | string

/** A relationship as returned at depth 0 (an id) or populated (the document). */
export type Relation<T> = DocId | T

export interface DepartmentDoc {
  id: DocId
  name: string
  nameEn?: string | null
  shortName?: string | null
  orgCode: string
  kind?: DepartmentKind | null
  parent?: Relation<DepartmentDoc> | null
  phone?: string | null
  active?: boolean | null
  createdAt: string
  updatedAt: string
}

export interface DisclosureDoc {
  id: DocId
  title: string
  department: Relation<DepartmentDoc>
  publicAttribute: PublicAttribute
  status: RecordStatus
  publishedAt?: string | null
  createdAt: string
  updatedAt: string
}

/** The fields the plugin adds to the host's users collection. */
export interface StaffUserDoc {
  id: DocId
  email: string
  roles?: Role[] | null
  department?: Relation<DepartmentDoc> | null
}
