/**
 * Writes one reminder to the outbox (`disclosure-reminders`), mailing it first when the host has an email
 * adapter — so a reminder is always either sent, failed with the reason, or recorded; never silently lost.
 * At most one row per entry, kind and Beijing day.
 */
import type { PayloadRequest, Where } from 'payload'

import type { ResolvedDisclosureOptions } from '../options.js'
import type { ReminderDelivery } from './compose.js'

export interface ReminderRow {
  day: string
  kind: string
  entryCollection: string
  entryId: string
  department: number | string
  dueDate?: string | null
  workingDaysLeft?: number | null
  subject: string
  message: string
}

/** Staff who should hear about a department: its editors and reviewers, plus the office when `withOffice`. */
export const recipientsFor = async (req: PayloadRequest, options: ResolvedDisclosureOptions, department: number | string, withOffice: boolean): Promise<string[]> => {
  const where: Where = {
    or: [
      { and: [{ department: { equals: department } }, { roles: { in: ['editor', 'reviewer'] } }] },
      ...(withOffice ? [{ roles: { in: ['office'] } }] : []),
    ],
  }
  const { docs } = await req.payload.find({ collection: options.usersSlug, depth: 0, overrideAccess: true, pagination: false, req, where, select: { email: true } })
  return [...new Set((docs as Record<string, any>[]).map((user) => user.email).filter(Boolean))].sort()
}

/** Delivers `row` unless today's reminder of that kind exists; returns the delivery, or null when skipped. */
export const deliverReminder = async (
  req: PayloadRequest,
  options: ResolvedDisclosureOptions,
  row: ReminderRow,
  { withOffice }: { withOffice: boolean },
): Promise<ReminderDelivery | null> => {
  const { payload } = req
  const existing = await payload.count({
    collection: options.slugs.reminders,
    overrideAccess: true,
    req,
    where: { and: [{ entryCollection: { equals: row.entryCollection } }, { entryId: { equals: row.entryId } }, { kind: { equals: row.kind } }, { day: { equals: row.day } }] },
  })
  if (existing.totalDocs > 0) return null
  const recipients = await recipientsFor(req, options, row.department, withOffice)
  let delivery: ReminderDelivery = 'recorded'
  let error: string | null = null
  if (payload.config.email) {
    if (recipients.length === 0) {
      delivery = 'failed'
      error = '该部门没有编辑或审核人账号 / the department has no editors or reviewers'
    } else {
      try {
        await payload.sendEmail({ to: recipients, subject: row.subject, text: row.message })
        delivery = 'sent'
      } catch (sendError) {
        delivery = 'failed'
        error = sendError instanceof Error ? sendError.message.slice(0, 500) : String(sendError)
      }
    }
  }
  await payload.create({
    collection: options.slugs.reminders,
    overrideAccess: true,
    req,
    data: { ...row, recipients: recipients.join(', '), delivery, error },
  })
  return delivery
}
