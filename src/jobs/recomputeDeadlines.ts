import type { PayloadRequest, TaskConfig, Where } from 'payload'

import { RECOMPUTE_CONTEXT_KEY } from '../../hooks/computeDeadline.js'
import { RECOMPUTE_DEADLINES_TASK, type ResolvedDisclosureOptions } from '../options.js'
import { OPEN_WHERE } from '../workflow/lifecycle.js'

export interface RecomputeInput {
  /** the calendar days that changed */
  dates: string[]
  reason: string
}

/**
 * Open deadlines a change of `dates` can move: unpublished records whose period (start, due] contains
 * one of the days. (A day after the due date or on/before the start cannot move it.)
 */
export const affectedWhere = (dates: string[]): Where => ({
  and: [
    // Open entries only: a withdrawn entry's timeliness was settled when it was published.
    OPEN_WHERE,
    { dueDate: { exists: true } },
    { or: dates.map((date): Where => ({ and: [{ dueDate: { greater_than_equal: date } }, { 'deadlineRule.triggerDate': { less_than: date } }] })) },
  ],
})

/** Re-computes every affected open deadline and records each due date that moved. */
export const recomputeDeadlines = async (
  req: PayloadRequest,
  options: ResolvedDisclosureOptions,
  input: RecomputeInput,
): Promise<{ checked: number; moved: number }> => {
  const { payload } = req
  const { docs } = await payload.find({
    collection: options.slugs.disclosures,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: affectedWhere(input.dates),
  })
  let moved = 0
  for (const doc of docs as Record<string, any>[]) {
    const updated = (await payload.update({
      collection: options.slugs.disclosures,
      id: doc.id,
      data: {},
      context: { [RECOMPUTE_CONTEXT_KEY]: true },
      depth: 0,
      overrideAccess: true,
      req,
    })) as Record<string, any>
    if (updated.dueDate === doc.dueDate) continue
    moved++
    await payload.create({
      collection: options.slugs.deadlineChanges,
      data: {
        collectionSlug: options.slugs.disclosures,
        documentId: String(doc.id),
        title: doc.title,
        department: doc.department,
        oldDueDate: doc.dueDate,
        newDueDate: updated.dueDate,
        reason: input.reason,
        explanation: updated.deadlineExplain,
      },
      overrideAccess: true,
      req,
    })
  }
  return { checked: docs.length, moved }
}

export const recomputeDeadlinesTask = (options: ResolvedDisclosureOptions): TaskConfig => ({
  slug: RECOMPUTE_DEADLINES_TASK,
  label: '重新计算公开时限 / Re-compute deadlines',
  inputSchema: [
    { name: 'dates', type: 'text', hasMany: true, required: true },
    { name: 'reason', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'moved', type: 'number' },
  ],
  retries: 2,
  handler: async ({ input, req }) => {
    const output = await recomputeDeadlines(req, options, input as unknown as RecomputeInput)
    return { output }
  },
})
