/**
 * The audit log's collection hooks: they record creates, updates (with the changed fields), deletes and
 * logins through the writer, `writeAuditEntry` (`src/services/auditLog.ts`), with the operation's `req`.
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
} from 'payload'

import { relationId, type DocId } from '../access/user.js'
import { isAuditAction, type AuditAction, type AuditChange } from '../src/audit/actions.js'
import { diffScalarFields, type FieldLike } from '../src/audit/diff.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'
import { documentTitleOf, writeAuditEntry } from '../src/services/auditLog.js'

/** The operation context a caller sets to relabel the entry of its create, update or delete. */
export interface AuditContext {
  action: AuditAction
  details?: Record<string, unknown>
}

const isObject = (value: unknown): value is Record<string, any> => typeof value === 'object' && value !== null && !Array.isArray(value)

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
