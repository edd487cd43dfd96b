import type { CollectionBeforeChangeHook } from 'payload'

import type { FieldLike } from '../src/audit/diff.js'
import { toBeijingDate } from '../src/calendar/index.js'
import { fieldError } from '../src/services/fieldError.js'
import { foldIntoRevision, revisionOf } from '../src/workflow/corrections.js'
import { REVIEWED_STATES, type WorkflowState } from '../src/workflow/states.js'
import { changedContentFields } from '../src/workflow-runtime/content.js'
import { CORRECTION_CONTEXT_KEY, correctionKey, WORKFLOW_CONTEXT_KEY } from '../src/workflow-runtime/context.js'
import { historyEntry } from '../src/workflow-runtime/historyEntry.js'

/**
 * The state machine's guard on every save: states change only through the workflow (a client that sends
 * `status` gets 400 and is told to use the review actions); the author is recorded on create; content
 * edited after a review step sends the entry back to `submitted` and cancels a scheduled publication, so
 * approved-then-changed content never goes out; and content edited on a published entry becomes its
 * pending correction (更正), checked as the revised whole by the hooks after this one and set aside by
 * `keepPublishedVersion`, so the public goes on reading the published version until the correction is
 * reviewed and published. Saves without a user (seeds, jobs, server code) may not change states either.
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
  if (from === 'published') {
    const changed = changedContentFields(collection.fields as unknown as FieldLike[], data, originalDoc)
    if (changed.length === 0) return data
    const folded = foldIntoRevision(revisionOf(originalDoc), data, changed)
    // 条例第二十六条: the clock of changed information runs from the change — today, unless the editor
    // says on which day the information changed.
    const dated = folded.fields.includes('changedAt') ? folded : { data: { ...folded.data, changedAt: toBeijingDate(new Date()) }, fields: [...folded.fields, 'changedAt'] }
    context[CORRECTION_CONTEXT_KEY] = { ...(context[CORRECTION_CONTEXT_KEY] as object), [correctionKey(collection.slug, originalDoc!.id)]: dated.fields }
    return dated.data
  }
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
