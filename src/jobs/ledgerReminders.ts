import type { PayloadRequest, TaskConfig } from 'payload'

import { toBeijingDate } from '../calendar/index.js'
import { ledgerDueDate, monthOfDate, previousLedgerMonth } from '../ledger/month.js'
import { LEDGER_REMINDERS_TASK, type ResolvedDisclosureOptions } from '../options.js'
import { withJobLock } from '../services/jobLock.js'
import { deliverReminder } from '../reminders/deliver.js'
import { activeDepartments } from '../ledger-runtime/board.js'

export interface LedgerRemindersResult {
  day: string
  month: string
  /** departments still owing last month's ledger */
  missing: number
  reminders: number
}

/**
 * From the 1st to the due day of each month (Beijing dates), every active department that has not yet
 * submitted last month's ledger gets one reminder a day; the due day's reminder also goes to the office.
 */
export const runLedgerReminders = async (req: PayloadRequest, options: ResolvedDisclosureOptions): Promise<LedgerRemindersResult> => {
  const day = toBeijingDate(new Date())
  const month = previousLedgerMonth(monthOfDate(day))
  const dueDate = ledgerDueDate(month, options.ledger.dueDay)
  const result: LedgerRemindersResult = { day, month: month.month, missing: 0, reminders: 0 }
  if (day > dueDate) return result
  const { payload } = req
  const departments = await activeDepartments(req, options)
  const submitted = (await payload.db.find({ collection: options.slugs.ledgerSubmissions, where: { month: { equals: month.month } }, select: { department: true }, pagination: false, req })).docs as unknown as { department: unknown }[]
  const done = new Set(submitted.map((doc) => String(typeof doc.department === 'object' && doc.department ? (doc.department as { id: unknown }).id : doc.department)))
  const lastDay = day === dueDate
  for (const department of departments) {
    if (done.has(String(department.id))) continue
    result.missing++
    const delivery = await deliverReminder(
      req,
      options,
      {
        day,
        kind: 'ledger-due',
        entryCollection: options.slugs.ledgerSubmissions,
        entryId: `${String(department.id)}:${month.month}`,
        department: department.id,
        dueDate,
        subject: `【台账${lastDay ? '今日截止' : '待报送'}】${department.name}${month.label}政务信息公开台账`,
        message:
          `${department.name}：${month.label}《政务信息公开台账》应于${dueDate}前报送${lastDay ? '，今天截止' : ''}。无应登记信息的，请以零报告报送。\n` +
          `The ledger for ${month.month} is due on ${dueDate}${lastDay ? ' (today)' : ''}. Submit a nil return if there is nothing to report.`,
      },
      { withOffice: lastDay },
    )
    if (delivery !== null) result.reminders++
  }
  return result
}

/** Hourly like the deadline run (cron runs in the server's zone); at most one reminder per department a day. */
export const ledgerRemindersTask = (options: ResolvedDisclosureOptions): TaskConfig => ({
  slug: LEDGER_REMINDERS_TASK,
  label: '台账报送提醒 / Ledger submission reminders',
  schedule: [{ cron: '0 10 * * * *', queue: 'default' }],
  outputSchema: [
    { name: 'day', type: 'text' },
    { name: 'month', type: 'text' },
    { name: 'missing', type: 'number' },
    { name: 'reminders', type: 'number' },
  ],
  retries: 1,
  // Under the job lock: a concurrent run (another instance's) waits, then finds today's reminders written.
  handler: async ({ req }) => ({ output: { ...(await withJobLock(req, LEDGER_REMINDERS_TASK, (taskReq) => runLedgerReminders(taskReq, options))) } }),
})
