import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook } from 'payload'

import { isOfficeUser } from '../access/isOffice.js'
import { relationId } from '../access/user.js'
import { CalendarInputError } from '../src/calendar/errors.js'
import { toBeijingDate, type WorkingDayCalendar } from '../src/calendar/index.js'
import { getAppCalendar } from '../src/calendarStore.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'
import { OUTCOMES, type Outcome } from '../src/requests/categories.js'
import { computeRequestClock, RequestClockError, type ClockEvent } from '../src/requests/clock.js'
import type { RequestStatus } from '../src/requests/labels.js'
import { GROUPS_NEEDING_REASON } from '../src/requests/reply-letter/templates.js'
import { fieldError } from '../src/services/fieldError.js'
import { nextSerial } from '../src/services/serialCounter.js'

/** Only the office assigns a request to a department (or moves it); departments handle what they are given. */
export const requestDepartmentGuard: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data || !req.user || isOfficeUser(req.user) || !('department' in data)) return data
  if (String(relationId(data.department)) !== String(relationId(originalDoc?.department))) {
    throw fieldError(403, 'department', '申请由政务公开办分派，部门不能更改承办部门 / only the office assigns a request to a department')
  }
  return data
}

/** 申请编号 `YSQ-2025-00012`: assigned once, from a counter per year, never reused. */
export const requestDefaultsHook =
  (options: ResolvedDisclosureOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation !== 'create') return { ...data, trackingNumber: originalDoc?.trackingNumber ?? data.trackingNumber }
    if (data.trackingNumber) return data
    const year = Number(toBeijingDate(new Date()).slice(0, 4))
    const serial = await nextSerial(req, options.slugs.indexCounters, `request:${year}`)
    return { ...data, trackingNumber: `YSQ-${year}-${String(serial).padStart(5, '0')}` }
  }


const toEvents = (rows: unknown): ClockEvent[] =>
  (Array.isArray(rows) ? rows : []).map((row: Record<string, any>) => ({
    type: row.type,
    on: row.on,
    days: row.days,
    approver: row.approver,
    party: row.party,
    consultation: row.consultation,
  })) as ClockEvent[]

/** Which receipt date or event date the calendar refuses (the first one), for the 400's path. */
const uncountableDateField = (merged: Record<string, any>, calendar: WorkingDayCalendar): string => {
  const refuses = (value: unknown) => {
    if (value === undefined || value === null || value === '') return false
    try {
      calendar.dayInfo(value as string)
      return false
    } catch {
      return true
    }
  }
  const field = (['submittedOn', 'signedForOn', 'confirmedOn'] as const).find((name) => refuses(merged[name]))
  if (field) return field
  const index = Array.isArray(merged.events) ? merged.events.findIndex((event: any) => refuses(event?.on)) : -1
  return index >= 0 ? `events.${index}.on` : 'submittedOn'
}

/**
 * Derives the clock fields from the receipt facts and the events on every save — the due date, days used,
 * paused days, the explanation and warnings, the status and the reply date — and checks the reply has an
 * outcome (and a reason where the letter must give one). Bad events → 400 naming the event's field.
 */
export const requestClockHook =
  (options: ResolvedDisclosureOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data }
    const calendar = await getAppCalendar(req.payload, options.slugs.calendarDays, req)
    let clock
    try {
      clock = computeRequestClock(
        { channel: merged.channel, submittedOn: merged.submittedOn, signedForOn: merged.signedForOn, confirmedOn: merged.confirmedOn },
        toEvents(merged.events),
        { calendar, today: toBeijingDate(new Date()) },
      )
    } catch (error) {
      if (error instanceof RequestClockError) throw fieldError(400, error.field, error.message)
      // A date the calendar cannot count from (no such day, or outside the calendar's years) is the client's.
      if (error instanceof CalendarInputError) throw fieldError(400, uncountableDateField(merged, calendar), `日期无法计算 / ${error.message}`)
      throw error
    }
    if (clock.repliedOn) {
      const outcome = merged.outcome as Outcome | null | undefined
      if (!outcome || !OUTCOMES[outcome]) throw fieldError(400, 'outcome', '作出答复时须选择办理结果 / a reply needs its outcome')
      if (GROUPS_NEEDING_REASON.has(OUTCOMES[outcome].group) && !String(merged.outcomeReason ?? '').trim()) {
        throw fieldError(400, 'outcomeReason', `“${OUTCOMES[outcome].zh}”须写明理由 / this outcome needs its reason`)
      }
    }
    const status: RequestStatus =
      clock.status === 'replied' ? 'replied' : clock.status === 'awaiting-clarification' ? 'awaiting-clarification' : clock.status === 'consulting' ? 'consulting' : merged.department ? 'in-progress' : 'unassigned'
    return {
      ...data,
      receivedOn: clock.receivedOn,
      dueDate: clock.dueDate,
      closedOn: clock.repliedOn,
      daysUsed: clock.daysUsed,
      pausedDays: clock.pausedDays,
      clockExplain: clock.explanation,
      clockWarnings: clock.warnings,
      status,
    }
  }
