import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { diffScalarFields, type FieldLike } from '../src/audit/diff.js'
import type { HistoryAction, HistoryEntry } from '../src/workflow/history.js'
import { REVIEWED_STATES, type WorkflowState } from '../src/workflow/states.js'
import { fieldError } from '../src/services/fieldError.js'

/** Set by the transition endpoint and the scheduler: only they move an entry between states. */
export const WORKFLOW_CONTEXT_KEY = 'disclosureWorkflowTransition'

/**
 * Fields the workflow or the server owns. Everything else is content: editing it after a review sends
 * the entry back to `submitted`.
 */
const NOT_CONTENT = new Set([
  'status',
  'author',
  'submittedBy',
  'scheduledPublishAt',
  'secrecyReview',
  'findings',
  'findingsSignature',
  'findingsAcknowledgement',
  'workflowHistory',
  'publishedAt',
  'daysLate',
  'lateReason',
  'dueDate',
  'deadlineRule',
  'deadlineExplain',
  'deadlineState',
  'provisional',
  'domain',
  'indexNumber',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'id',
])

/**
 * Content fields `data` changes compared with `original`, by the audit log's field-by-field diff (which
 * compares relationships by id, populated or not); fields the workflow or the server owns are not content.
 */
export const changedContentFields = (fields: readonly FieldLike[], data: Record<string, unknown>, original: Record<string, unknown> | undefined): string[] =>
  diffScalarFields(fields, original ?? {}, data)
    .map((change) => change.field)
    .filter((field) => !NOT_CONTENT.has(field.split('.')[0]!))

/** The history entry of a step taken now by the request's user (the system when there is none). */
export const historyEntry = (req: PayloadRequest, action: HistoryAction, from: WorkflowState, to: WorkflowState, comment: string | null): HistoryEntry => {
  const user = req.user as Record<string, any> | null | undefined
  return {
    action,
    from,
    to,
    by: user?.id ?? null,
    byName: user ? String(user.name || user.email || user.id) : '系统 / system',
    at: new Date().toISOString(),
    comment,
  }
}

/**
 * The state machine's guard on every save: states change only through the workflow (a client that sends
 * `status` gets 400 and is told to use the review actions); the author is recorded on create; and content
 * edited after a review step sends the entry back to `submitted` and cancels a scheduled publication, so
 * approved-then-changed content never goes out. Saves without a user (seeds, jobs, server code) are trusted.
 */
export const workflowGuard: CollectionBeforeChangeHook = ({ collection, context, data, operation, originalDoc, req }) => {
  const user = req.user
  if (context[WORKFLOW_CONTEXT_KEY]) return data
  if (operation === 'create') {
    if (user && data.status !== undefined && data.status !== null && data.status !== 'draft') {
      throw fieldError(400, 'status', '新建的信息为草稿，请通过“提交审核”等操作推进状态 / new entries start as drafts: use the review actions to move them on')
    }
    return { ...data, author: user?.id ?? data.author ?? null, ...(user ? { status: 'draft', submittedBy: null, workflowHistory: [] } : {}) }
  }
  if (user && 'status' in data && data.status !== originalDoc?.status) {
    throw fieldError(
      400,
      'status',
      `状态只能通过审核流程改变（POST /api/…/${String(originalDoc?.id ?? ':id')}/transition）/ the state changes only through the review actions`,
    )
  }
  const from = originalDoc?.status as WorkflowState | undefined
  if (!from || !REVIEWED_STATES.includes(from)) return data
  const changed = changedContentFields(collection.fields as unknown as FieldLike[], data, originalDoc)
  if (changed.length === 0) return data
  return {
    ...data,
    status: 'submitted',
    scheduledPublishAt: null,
    workflowHistory: [
      ...((originalDoc?.workflowHistory as unknown[]) ?? []),
      historyEntry(req, 'edited-after-review', from, 'submitted', `修改了：${changed.join('、')} / changed: ${changed.join(', ')}`),
    ],
  }
}
