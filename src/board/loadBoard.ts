import type { PayloadRequest, Where } from 'payload'

import { toBeijingDate } from '../calendar/index.js'
import { getAppCalendar } from '../calendarStore.js'
import { buildDeadlineBoard, type BoardRecord, type DeadlineBoard } from '../deadlines/board.js'
import { entrySlugs, type ResolvedDisclosureOptions } from '../options.js'

/** Records still to be published: every state before `published` (draft and the review states). */
export const OPEN_RECORDS: Where = { status: { not_in: ['published', 'withdrawn'] } }

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
  const where: Where = {
    and: [
      OPEN_RECORDS,
      // Only what can appear: due on or before the last "due soon" day.
      { dueDate: { less_than_equal: calendar.addWorkingDays(today, within) } },
      ...(department !== null ? [{ department: { equals: department } }] : []),
    ],
  }
  // Records, policy documents and interpretations all have publication deadlines.
  const collections = entrySlugs(options).filter((slug) => req.payload.collections[slug])
  const found = await Promise.all(
    collections.map(async (collection) => {
      const { docs } = await req.payload.find({
        collection,
        depth: 1,
        overrideAccess,
        pagination: false,
        req,
        select: { title: true, indexNumber: true, dueDate: true, department: true },
        sort: 'dueDate',
        ...(overrideAccess ? {} : { user: req.user }),
        where,
      })
      return (docs as Record<string, any>[]).map((doc): Record<string, any> => ({ ...doc, collection }))
    }),
  )
  // On-request applications still waiting for their reply (条例 第三十三条) sit on the same board.
  const requests = req.payload.collections[options.slugs.disclosureRequests]
    ? (
        await req.payload.find({
          collection: options.slugs.disclosureRequests,
          depth: 1,
          overrideAccess,
          pagination: false,
          req,
          select: { trackingNumber: true, dueDate: true, department: true, description: true },
          sort: 'dueDate',
          ...(overrideAccess ? {} : { user: req.user }),
          where: {
            and: [
              { status: { not_in: ['replied', 'awaiting-clarification'] } },
              { dueDate: { less_than_equal: calendar.addWorkingDays(today, within) } },
              ...(department !== null ? [{ department: { equals: department } }] : []),
            ],
          },
        })
      ).docs.map((doc: Record<string, any>): Record<string, any> => ({
        ...doc,
        collection: options.slugs.disclosureRequests,
        title: `依申请公开 ${doc.trackingNumber}：${String(doc.description ?? '').slice(0, 40)}`,
        indexNumber: doc.trackingNumber,
      }))
    : []
  const rows = [...found.flat(), ...requests]
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
