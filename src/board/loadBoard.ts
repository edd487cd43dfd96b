import type { PayloadRequest, Where } from 'payload'

import { toBeijingDate } from '../calendar/index.js'
import { getAppCalendar } from '../calendarStore.js'
import { buildDeadlineBoard, type BoardRecord, type DeadlineBoard } from '../deadlines/board.js'
import { deadlineState } from '../deadlines/state.js'
import { REVISION_STATES, revisionOf, revisedView } from '../workflow/corrections.js'
import { OPEN_WHERE } from '../workflow/lifecycle.js'
import { entrySlugs, type ResolvedDisclosureOptions } from '../options.js'

/** Entries still to be published (the lifecycle's open phase). */
export const OPEN_RECORDS: Where = OPEN_WHERE
/** Requests whose reply clock runs: not replied, and not paused waiting for the applicant's clarification. */
const OPEN_REQUESTS: Where = { status: { not_in: ['replied', 'awaiting-clarification'] } }

/**
 * The overdue board as `req.user` may see it (access applies), for one department or all: the one
 * loader behind the REST endpoint, the dashboard widget and the daily reminders.
 */
export const loadDeadlineBoard = async (
  req: PayloadRequest,
  options: ResolvedDisclosureOptions,
  { department, within, overrideAccess = false }: { department: number | string | null; within: number; overrideAccess?: boolean },
): Promise<DeadlineBoard> => {
  const calendar = await getAppCalendar(req.payload, options.slugs.calendarDays, req)
  const today = toBeijingDate(new Date())
  // Only what can appear: due on or before the last "due soon" day, in the department asked for.
  const horizon = calendar.addWorkingDays(today, within)
  const inScope: Where[] = [
    { dueDate: { less_than_equal: horizon } },
    ...(department !== null ? [{ department: { equals: department } }] : []),
  ]
  /** Reads `collection` as the board's reader may (access applies unless `overrideAccess`), in due order. */
  const read = async (collection: string, where: Where, select: Record<string, true>): Promise<Record<string, any>[]> => {
    const { docs } = await req.payload.find({ collection, depth: 1, overrideAccess, pagination: false, req, select, sort: 'dueDate', ...(overrideAccess ? {} : { user: req.user }), where })
    return docs as Record<string, any>[]
  }
  const findOpen = async (collection: string, open: Where, select: Record<string, true>): Promise<Record<string, any>[]> =>
    (await read(collection, { and: [open, ...inScope] }, { dueDate: true, department: true, ...select })).map((doc) => ({ ...doc, collection }))
  // Records, policy documents and interpretations all have publication deadlines; on-request applications
  // still waiting for their reply (条例 第三十三条) sit on the same board.
  const entries = entrySlugs(options)
    .filter((slug) => req.payload.collections[slug])
    .map((collection) =>
      findOpen(collection, OPEN_RECORDS, { title: true, indexNumber: true, status: true, publicAttribute: true }).then((docs) =>
        // The one timeliness rule decides what has a deadline to keep (not 依申请公开 / 不予公开 entries).
        docs.filter((doc) => deadlineState(doc, today, horizon) !== 'none'),
      ),
    )
  // A pending correction of a published entry has a clock of its own (条例第二十六条: 20 working days from
  // the change); its due date lives in the correction, so the few pending ones are read and filtered here.
  const corrections = entrySlugs(options)
    .filter((slug) => req.payload.collections[slug])
    .map(async (collection) => {
      const docs = await read(
        collection,
        { and: [{ revisionState: { in: REVISION_STATES } }, ...(department !== null ? [{ department: { equals: department } }] : [])] },
        { department: true, title: true, indexNumber: true, status: true, publicAttribute: true, revision: true, revisionState: true },
      )
      return docs.flatMap((doc): Record<string, any>[] => {
        const revision = revisionOf(doc)
        if (!revision) return []
        const view: Record<string, any> = { ...revisedView(doc, revision), status: revision.state, department: doc.department }
        if (!view.dueDate || String(view.dueDate) > horizon || deadlineState(view, today, horizon) === 'none') return []
        return [{ ...view, collection, title: `更正：${String(revision.data.title ?? doc.title)}` }]
      })
    })
  const requests = req.payload.collections[options.slugs.disclosureRequests]
    ? findOpen(options.slugs.disclosureRequests, OPEN_REQUESTS, { trackingNumber: true, description: true }).then((docs) =>
        docs.map((doc): Record<string, any> => ({ ...doc, title: `依申请公开 ${doc.trackingNumber}：${String(doc.description ?? '').slice(0, 40)}`, indexNumber: doc.trackingNumber })),
      )
    : Promise.resolve<Record<string, any>[]>([])
  const found = await Promise.all([...entries, ...corrections, requests])
  const rows = found.flat()
    .filter((doc) => doc.dueDate && doc.department && typeof doc.department === 'object')
    .map(
      (doc): BoardRecord => ({
        id: doc.id,
        collection: doc.collection,
        title: doc.title,
        indexNumber: doc.indexNumber ?? null,
        dueDate: doc.dueDate,
        department: { id: doc.department.id, name: doc.department.name },
      }),
    )
  return buildDeadlineBoard(rows, today, within, calendar)
}
