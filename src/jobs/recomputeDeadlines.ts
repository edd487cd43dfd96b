import type { PayloadRequest, TaskConfig, Where } from 'payload'

import { RECOMPUTE_CONTEXT_KEY } from '../../hooks/computeDeadline.js'
import { forgetRequestCalendar } from '../calendarStore.js'
import { entrySlugs, RECOMPUTE_DEADLINES_TASK, type ResolvedDisclosureOptions } from '../options.js'
import { withJobLock } from '../services/jobLock.js'
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

/**
 * The collections that store a due date a calendar change can move, each with what is affected and what
 * to call an entry in `deadline-changes`: the published entries (records, policy documents,
 * interpretations: `entrySlugs`) and on-request applications still waiting for their reply. A collection
 * added later that stores a due date registers here.
 */
export const deadlineCollections = (options: ResolvedDisclosureOptions): { slug: string; affected: (dates: string[]) => Where; title: (doc: Record<string, any>) => string }[] => [
  ...entrySlugs(options).map((slug) => ({ slug, affected: affectedWhere, title: (doc: Record<string, any>) => String(doc.title ?? doc.id) })),
  {
    slug: options.slugs.disclosureRequests,
    // The reply clock runs from receipt; a day up to the due date can move it (the clock re-derives on save).
    affected: (dates: string[]): Where => ({
      and: [{ status: { not_equals: 'replied' } }, { dueDate: { exists: true } }, { dueDate: { greater_than_equal: [...dates].sort()[0] } }],
    }),
    title: (doc: Record<string, any>) => `依申请公开 ${String(doc.trackingNumber ?? doc.id)}`,
  },
]

/** How many entries are read and re-computed at a time: never all of a large table at once. */
const PAGE_SIZE = 100

/** Re-computes every affected open deadline in every collection that stores one, and records each due date that moved. */
export const recomputeDeadlines = async (
  req: PayloadRequest,
  options: ResolvedDisclosureOptions,
  input: RecomputeInput,
): Promise<{ checked: number; moved: number }> => {
  const { payload } = req
  // The change may have been saved by another instance, whose edit this one's cached calendar would
  // notice only seconds later: re-computing on that copy moved nothing. Read the calendar afresh.
  forgetRequestCalendar(req)
  let checked = 0
  let moved = 0
  for (const { slug, affected, title } of deadlineCollections(options)) {
    if (!payload.collections[slug]) continue
    // Pages by id: each page's entries are re-computed before the next is read (moving a due date can
    // take an entry out of the filter, so pages follow the last id seen rather than a page number).
    let after: number | string | null = null
    for (;;) {
      const where: Where = after === null ? affected(input.dates) : { and: [affected(input.dates), { id: { greater_than: after } }] }
      const { docs } = await payload.find({ collection: slug, depth: 0, overrideAccess: true, limit: PAGE_SIZE, pagination: false, sort: 'id', req, where })
      for (const doc of docs as Record<string, any>[]) {
        checked++
        const updated = (await payload.update({
          collection: slug,
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
            collectionSlug: slug,
            documentId: String(doc.id),
            title: title(doc),
            department: doc.department,
            oldDueDate: doc.dueDate,
            newDueDate: updated.dueDate,
            reason: input.reason,
            explanation: updated.deadlineExplain ?? updated.clockExplain ?? null,
          },
          overrideAccess: true,
          req,
        })
      }
      if (docs.length < PAGE_SIZE) break
      after = (docs[docs.length - 1] as Record<string, any>).id
    }
  }
  return { checked, moved }
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
  // Under the job lock: a second run (or another instance's) sees the moved due dates and records nothing.
  handler: async ({ input, req }) => {
    const output = await withJobLock(req, RECOMPUTE_DEADLINES_TASK, (taskReq) => recomputeDeadlines(taskReq, options, input as unknown as RecomputeInput))
    return { output }
  },
})
