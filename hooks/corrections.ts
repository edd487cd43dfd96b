import type { CollectionBeforeChangeHook } from 'payload'

import { assertFieldsValid } from '../src/services/validateFields.js'
import { reviseEntry } from '../src/workflow/corrections.js'
import type { HistoryEntry } from '../src/workflow/history.js'
import { CORRECTION_CONTEXT_KEY, correctionKey } from '../src/workflow-runtime/context.js'
import { historyEntry } from '../src/workflow-runtime/historyEntry.js'

/**
 * Sets a correction aside (更正): a save of a published entry that changes its content keeps the
 * published version as it is and stores the revised content — checked by the hooks before this one as a
 * whole — as the entry's pending revision, recorded in the history. Runs after every hook that checks or
 * derives from the content, before the index number. The revised fields pass Payload's field validation
 * here, since they are not written where Payload would validate them.
 */
export const keepPublishedVersion: CollectionBeforeChangeHook = async ({ collection, context, data, originalDoc, req }) => {
  if (!originalDoc) return data
  const pending = context[CORRECTION_CONTEXT_KEY] as Record<string, string[]> | undefined
  const key = correctionKey(collection.slug, originalDoc.id)
  const fields = pending?.[key]
  if (!fields) return data
  delete pending[key]
  await assertFieldsValid({ collection, data, original: originalDoc, fields, req })
  const { data: kept, steps } = reviseEntry({ original: originalDoc, incoming: data, fields, actorId: req.user?.id ?? null, now: new Date().toISOString() })
  if (steps.length === 0) return kept
  const history: HistoryEntry[] = [...((originalDoc.workflowHistory as HistoryEntry[] | null | undefined) ?? [])]
  for (const step of steps) history.push({ ...historyEntry(req, step.action, step.from, step.to, step.comment), correction: true })
  return { ...kept, workflowHistory: history }
}
