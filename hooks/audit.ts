/**
 * The audit log's Payload adapter: `writeAuditEntry(req, entry)` for any server code, and the collection
 * hooks that record creates, updates (with the changed fields), deletes and logins.
 *
 * Entries are written through the Local API with `req`, so on PostgreSQL (and MongoDB with a replica set)
 * they join the operation's transaction: an operation that fails leaves no entry, and an entry that cannot
 * be written fails the operation.
 *
 * Relabelling: an operation started with `context: { audit: { action, details } }` is recorded with that
 * action (`transition`, `publish`, `withdraw`, …) and those details instead of plain `update`/`create`.
 * Payload merges an operation's context into `req.context`, where it stays for the rest of the request, so
 * the label is bound to the first operation that sees it (its collection and id) and used once: other
 * writes made with the same `req` (hooks updating attachments, later saves) keep their own action.
 * Pass a fresh `audit` object per operation.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterLoginHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { relationId, type DocId } from '../access/user.js'
import { AUDIT_ACTION_LABELS, isAuditAction, type AuditAction, type AuditChange } from '../src/audit/actions.js'
import { diffScalarFields, type FieldLike } from '../src/audit/diff.js'
import { clientIpFromHeaders } from '../src/audit/ip.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'
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

/** The operation context a caller sets to relabel the entry of its create, update or delete. */
export interface AuditContext {
  action: AuditAction
  details?: Record<string, unknown>
}

const MAX_TITLE = 500

const isObject = (value: unknown): value is Record<string, any> => typeof value === 'object' && value !== null && !Array.isArray(value)

// ---------------------------------------------------------------------------------------------------------
// The writer

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

// ---------------------------------------------------------------------------------------------------------
// Relabelling through the operation context

interface Claim {
  collection: string
  id?: string
  used: boolean
}
/** Which operation a `context.audit` object belongs to: the first to see it. */
const claims = new WeakMap<object, Claim>()

const claimAuditContext: CollectionBeforeOperationHook = ({ args, collection, context, operation }) => {
  const audit = context?.audit
  if (!isObject(audit) || claims.has(audit)) return
  if (operation !== 'create' && operation !== 'update' && operation !== 'delete') return
  const id = (args as { id?: unknown } | undefined)?.id
  claims.set(audit, { collection: collection.slug, id: relationId(id) === null ? undefined : String(id), used: false })
}

const claimedAudit = (context: Record<string, unknown> | undefined, collection: string, id: unknown, single: boolean): AuditContext | null => {
  const audit = context?.audit
  if (!isObject(audit) || !isAuditAction(audit.action)) return null
  const claim = claims.get(audit)
  if (!claim || claim.used || claim.collection !== collection) return null
  if (claim.id !== undefined && claim.id !== String(id)) return null
  // One entry per operation on one document; a bulk operation labels each of its documents.
  if (single || claim.id !== undefined) claim.used = true
  return { action: audit.action, details: isObject(audit.details) ? audit.details : undefined }
}

// ---------------------------------------------------------------------------------------------------------
// Collection hooks

/** `data` objects of user saves that set a new password (Payload drops the password before afterChange). */
const passwordChanges = new WeakSet<object>()

const notePasswordChange: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'update' && isObject(data) && typeof data.password === 'string' && data.password !== '') passwordChanges.add(data)
  return data
}

const auditAfterChange: CollectionAfterChangeHook = async ({ collection, context, data, doc, operation, previousDoc, req }) => {
  const relabel = claimedAudit(context, collection.slug, doc?.id, operation === 'create')
  let action: AuditAction = operation === 'create' ? 'create' : 'update'
  let changes: AuditChange[] | null = null
  let details: Record<string, unknown> | null = null
  if (operation === 'update') {
    changes = diffScalarFields(collection.fields as unknown as FieldLike[], previousDoc, doc)
    // The password itself is never recorded, only that it was changed.
    if (isObject(data) && passwordChanges.has(data)) changes.push({ field: 'password' })
    const trash = changes.find((change): change is { field: string; from: unknown; to: unknown } => change.field === 'deletedAt' && 'to' in change)
    if (trash && !trash.from && trash.to) {
      action = 'delete'
      details = { trash: true }
    } else if (trash && trash.from && !trash.to) details = { restored: true }
  }
  if (relabel) {
    action = relabel.action
    details = { ...details, ...relabel.details }
  } else if (changes && changes.length === 0) {
    // Saved without changing anything (or only timestamps and login bookkeeping): nothing to record.
    return doc
  }
  await writeAuditEntry(req, {
    action,
    collection: collection.slug,
    documentId: doc?.id,
    documentTitle: documentTitleOf(collection, doc),
    changes,
    details,
  })
  return doc
}

const auditAfterDelete: CollectionAfterDeleteHook = async ({ collection, context, doc, id, req }) => {
  const relabel = claimedAudit(context, collection.slug, id ?? doc?.id, false)
  await writeAuditEntry(req, {
    action: relabel?.action ?? 'delete',
    collection: collection.slug,
    documentId: id ?? doc?.id,
    documentTitle: documentTitleOf(collection, doc),
    details: relabel?.details ?? null,
  })
  return doc
}

const auditLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  await writeAuditEntry(req, {
    action: 'login',
    collection: collection?.slug ?? (user as { collection?: string }).collection ?? null,
    documentId: (user as { id?: DocId }).id,
    documentTitle: documentTitleOf(collection, user),
    user,
  })
  return user
}

export interface AuditHooks {
  beforeOperation: CollectionBeforeOperationHook[]
  beforeChange: CollectionBeforeChangeHook[]
  afterChange: CollectionAfterChangeHook[]
  afterDelete: CollectionAfterDeleteHook[]
  afterLogin: CollectionAfterLoginHook[]
}

/**
 * The hooks that record a collection's creates, updates and deletes; with `auth: true` (an auth
 * collection) also logins and password changes (never the password).
 */
export const auditCollectionHooks = (_options: ResolvedDisclosureOptions, { auth = false }: { auth?: boolean } = {}): AuditHooks => ({
  beforeOperation: [claimAuditContext],
  beforeChange: auth ? [notePasswordChange] : [],
  afterChange: [auditAfterChange],
  afterDelete: [auditAfterDelete],
  afterLogin: auth ? [auditLogin] : [],
})

/**
 * Adds the audit hooks (after the collection's own) to every collection the plugin adds — except the audit
 * log itself and the index counters — and to the host's users collection.
 */
export const withAuditHooks = (collections: CollectionConfig[], options: ResolvedDisclosureOptions): CollectionConfig[] => {
  const excluded = new Set([options.slugs.auditLog, options.slugs.indexCounters])
  const audited = new Set([...Object.values(options.slugs).filter((slug) => !excluded.has(slug)), options.usersSlug])
  return collections.map((collection) => {
    if (!audited.has(collection.slug)) return collection
    const hooks = auditCollectionHooks(options, { auth: collection.slug === options.usersSlug })
    const own = collection.hooks ?? {}
    return {
      ...collection,
      hooks: {
        ...own,
        beforeOperation: [...(own.beforeOperation ?? []), ...hooks.beforeOperation],
        beforeChange: [...(own.beforeChange ?? []), ...hooks.beforeChange],
        afterChange: [...(own.afterChange ?? []), ...hooks.afterChange],
        afterDelete: [...(own.afterDelete ?? []), ...hooks.afterDelete],
        afterLogin: [...(own.afterLogin ?? []), ...hooks.afterLogin],
      },
    }
  })
}
