import type { PayloadRequest, TaskConfig } from 'payload'

import { loadDeadlineBoard, OPEN_RECORDS } from '../board/loadBoard.js'
import { toBeijingDate } from '../calendar/index.js'
import { getAppCalendar } from '../calendarStore.js'
import { deadlineState } from '../deadlines/state.js'
import { entrySlugs, OVERDUE_REMINDERS_TASK, type ResolvedDisclosureOptions } from '../options.js'
import { withJobLock } from '../services/jobLock.js'
import { composeReminder } from '../reminders/compose.js'
import { deliverReminder } from '../reminders/deliver.js'

export interface OverdueRemindersResult {
  day: string
  /** records whose stored deadline state changed as the days passed */
  refreshed: number
  /** policy documents whose term ended (已失效) */
  expired: number
  /** reminder rows written today (at most one per record and kind a day) */
  reminders: number
  sent: number
  failed: number
}

/** Re-stamps `deadlineState` where the passing days changed it (due soon → overdue, …). */
const refreshDeadlineStates = async (req: PayloadRequest, options: ResolvedDisclosureOptions, today: string): Promise<number> => {
  const calendar = await getAppCalendar(req.payload, options.slugs.calendarDays, req)
  const horizon = calendar.addWorkingDays(today, options.dueSoonWithin)
  let refreshed = 0
  for (const collection of entrySlugs(options)) {
    if (!req.payload.collections[collection]) continue
    const { docs } = await req.payload.find({
      collection,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { status: true, dueDate: true, daysLate: true, publishedAt: true, deadlineState: true },
      where: { and: [OPEN_RECORDS, { dueDate: { exists: true } }] },
    })
    for (const doc of docs as Record<string, any>[]) {
      if (deadlineState(doc, today, horizon) === doc.deadlineState) continue
      // An empty update: the entry's own hooks re-stamp the state; nothing else changes.
      await req.payload.update({ collection, id: doc.id, data: {}, depth: 0, overrideAccess: true, req })
      refreshed++
    }
  }
  return refreshed
}

/**
 * 已失效: published policy documents still marked in force whose `effectiveUntil` has passed (Beijing date)
 * are marked expired, dated the day after their last day in force.
 */
export const expirePolicyDocuments = async (req: PayloadRequest, options: ResolvedDisclosureOptions, today: string): Promise<number> => {
  const collection = options.slugs.policyDocuments
  if (!req.payload.collections[collection]) return 0
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { effectiveUntil: true },
    where: { and: [{ validity: { equals: 'valid' } }, { effectiveUntil: { less_than: today } }] },
  })
  for (const doc of docs as Record<string, any>[]) {
    await req.payload.update({ collection, id: doc.id, data: { validity: 'expired', validityChangedOn: doc.effectiveUntil }, depth: 0, overrideAccess: true, req })
  }
  return docs.length
}

/**
 * The daily deadline run: refresh each open entry's deadline state, mark expired policy documents, then write one reminder per record
 * overdue or due within `dueSoonWithin` working days and per Beijing day — mailed when the host has an
 * email adapter, otherwise kept in the outbox that the dashboard shows. Safe to run any number of times.
 */
export const runOverdueReminders = async (req: PayloadRequest, options: ResolvedDisclosureOptions): Promise<OverdueRemindersResult> => {
  const { payload } = req
  const day = toBeijingDate(new Date())
  const refreshed = await refreshDeadlineStates(req, options, day)
  const expired = await expirePolicyDocuments(req, options, day)
  const board = await loadDeadlineBoard(req, options, { department: null, within: options.dueSoonWithin, overrideAccess: true })
  const result: OverdueRemindersResult = { day, refreshed, expired, reminders: 0, sent: 0, failed: 0 }

  for (const group of board.departments) {
    for (const entry of group.entries) {
      const text = composeReminder({ ...entry, departmentName: group.department.name })
      const delivery = await deliverReminder(
        req,
        options,
        {
          day,
          kind: text.kind,
          entryCollection: entry.collection ?? options.slugs.disclosures,
          entryId: String(entry.id),
          department: group.department.id,
          dueDate: entry.dueDate,
          workingDaysLeft: entry.workingDaysLeft,
          subject: text.subject,
          message: text.message,
        },
        { withOffice: text.kind === 'overdue' },
      )
      if (delivery === null) continue
      result.reminders++
      if (delivery === 'sent') result.sent++
      if (delivery === 'failed') result.failed++
    }
  }
  if (result.failed > 0) payload.logger.warn(`disclosure reminders: ${result.failed} of ${result.reminders} email(s) failed on ${day}`)
  return result
}

/**
 * Scheduled hourly rather than at one clock time: cron runs in the server's time zone, and hourly runs
 * are harmless (at most one reminder per record, kind and Beijing day), so the first run of each
 * Beijing day sends that day's reminders wherever the server is.
 */
export const overdueRemindersTask = (options: ResolvedDisclosureOptions): TaskConfig => ({
  slug: OVERDUE_REMINDERS_TASK,
  label: '刷新超期状态并发送催办提醒 / Refresh overdue status and send reminders',
  schedule: [{ cron: '0 5 * * * *', queue: 'default' }],
  outputSchema: [
    { name: 'day', type: 'text' },
    { name: 'refreshed', type: 'number' },
    { name: 'expired', type: 'number' },
    { name: 'reminders', type: 'number' },
    { name: 'sent', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  retries: 1,
  // Under the job lock: a concurrent run (another instance's) waits, then finds today's reminders written.
  handler: async ({ req }) => ({ output: { ...(await withJobLock(req, OVERDUE_REMINDERS_TASK, (taskReq) => runOverdueReminders(taskReq, options))) } }),
})
