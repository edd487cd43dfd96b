/**
 * The audit log's writer: `writeAuditEntry(req, entry)` for any server code (the collection hooks in
 * `hooks/audit.ts`, the export endpoints, jobs).
 *
 * Entries join the request's transaction (the request's Drizzle session on SQL adapters, `req` elsewhere),
 * so on PostgreSQL (and MongoDB with a replica set) an operation that fails leaves no entry, and an entry
 * that cannot be written fails the operation.
 */
import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { relationId, type DocId } from '../../access/user.js'
import { AUDIT_ACTION_LABELS, type AuditAction, type AuditChange } from '../audit/actions.js'
import { clientIpFromHeaders } from '../audit/ip.js'
import { DEPARTMENT_FACTS, findInRequest } from './requestDocs.js'
import { sqlAccess } from './sqlAccess.js'

/** Key in the audit-log collection's `custom`: `{ departments: <slug> }`, so the writer needs no options. */
export const AUDIT_LOG_MARKER = 'disclosureAuditLog'
export interface AuditLogMarker {
  departments: string
}

/** What a caller records. The actor, IP and time are taken from the request. */
export interface AuditEntryInput {
  action: AuditAction
  /** slug of the collection the entry is about */
  collection?: string | null
  documentId?: DocId | null
  documentTitle?: string | null
  changes?: AuditChange[] | null
  details?: Record<string, unknown> | null
  /** the acting user when it is not `req.user` (a login: the user logging in); `null` for the system */
  user?: unknown
}

const MAX_TITLE = 500

const isObject = (value: unknown): value is Record<string, any> => typeof value === 'object' && value !== null && !Array.isArray(value)

interface AuditTarget {
  slug: string
  departments: string
}
const targets = new WeakMap<object, AuditTarget | null>()

const auditTarget = (req: PayloadRequest): AuditTarget => {
  const config = req.payload.config
  let target = targets.get(config)
  if (target === undefined) {
    const collection = config.collections.find((item) => isObject(item.custom?.[AUDIT_LOG_MARKER]))
    target = collection ? { slug: collection.slug, departments: (collection.custom[AUDIT_LOG_MARKER] as AuditLogMarker).departments } : null
    targets.set(config, target)
  }
  if (!target) throw new Error('payload-plugin-disclosure: this Payload config has no audit-log collection (is the plugin installed?)')
  return target
}

/** The actor's department name, looked up once per request (a request that writes many entries shares it). */
const departmentName = async (req: PayloadRequest, departments: string, department: unknown): Promise<string | null> => {
  if (isObject(department) && typeof department.name === 'string') return department.name
  const id = relationId(department)
  if (id === null) return null
  const found = await findInRequest(req, departments, id, DEPARTMENT_FACTS)
  return typeof found?.name === 'string' ? found.name : null
}

const text = (value: unknown, max = MAX_TITLE): string | null => {
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string' || value === '') return null
  return value.length > max ? `${value.slice(0, max - 1)}…` : value
}

/** The value of the collection's `useAsTitle` field, as text. */
export const documentTitleOf = (collection: Pick<SanitizedCollectionConfig, 'admin'> | undefined, doc: unknown): string | null => {
  const key = collection?.admin?.useAsTitle
  if (!key || key === 'id' || !isObject(doc)) return null
  return text(key.split('.').reduce<unknown>((value, part) => (isObject(value) ? value[part] : undefined), doc))
}

const headerGetter = (req: PayloadRequest) => (name: string): string | null => {
  const headers = req.headers as Headers | Record<string, string | string[] | undefined> | undefined
  if (!headers) return null
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name)
  const value = (headers as Record<string, string | string[] | undefined>)[name]
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null)
}

/**
 * Appends one entry to the audit log: the actor (`entry.user`, else `req.user`; none → `system`) with their
 * roles and department (id and name, as they are now), the client IP, the time, and what the caller gives.
 * Written with `req`, so it joins the request's transaction. Never call it from a hook of the audit log.
 */
export const writeAuditEntry = async (req: PayloadRequest, entry: AuditEntryInput): Promise<void> => {
  const target = auditTarget(req)
  const user = entry.user !== undefined ? entry.user : req.user
  const at = new Date().toISOString()
  const actor = isObject(user)
    ? {
        userId: relationId(user.id) === null ? null : String(user.id),
        userEmail: text(user.email, 320) ?? text(user.username, 320),
        roles: Array.isArray(user.roles) ? user.roles.filter((role: unknown) => typeof role === 'string').join(',') || null : null,
        departmentId: relationId(user.department) === null ? null : String(relationId(user.department)),
        departmentName: await departmentName(req, target.departments, user.department),
      }
    : { userId: null, userEmail: 'system', roles: null, departmentId: null, departmentName: null }
  const documentId = relationId(entry.documentId) === null ? null : String(entry.documentId)
  const documentTitle = text(entry.documentTitle ?? null)
  const summary = [
    AUDIT_ACTION_LABELS[entry.action].zh,
    [entry.collection, documentId !== null ? `#${documentId}` : null].filter(Boolean).join(' '),
    documentTitle ? `《${documentTitle}》` : null,
    `· ${actor.userEmail ?? actor.userId ?? ''}`,
  ]
    .filter(Boolean)
    .join(' ')
  const row = {
    createdAt: at,
    updatedAt: at,
    summary: text(summary),
    action: entry.action,
    at,
    ...actor,
    ip: clientIpFromHeaders(headerGetter(req)),
    collection: entry.collection ?? null,
    documentId,
    documentTitle,
    changes: entry.changes ?? null,
    details: entry.details ?? null,
  }
  // Built here from server values only, and flat: the create operation's validation, hooks and read-back,
  // and even the adapter's row transform, would only cost time on every audited write. On SQL adapters one
  // plain insert through Drizzle; elsewhere (MongoDB) the adapter's create.
  const sql = await sqlAccess(req, target.slug)
  if (sql?.table) await sql.drizzle.insert(sql.table).values(row)
  else await req.payload.db.create({ collection: target.slug, data: row, req, returning: false })
}
