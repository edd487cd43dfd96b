import type { CollectionBeforeChangeHook } from 'payload'

import { toBeijingDate } from '../src/calendar/index.js'
import { getAppCalendar } from '../src/calendarStore.js'
import { deadlineState } from '../src/deadlines/state.js'

/**
 * Stamps `deadlineState` (on track / due soon / overdue / published on time or late) as of today.
 * Runs after the deadline and publication hooks; the daily reminder job refreshes it as days pass.
 */
export const deadlineStateHook =
  ({ calendarDays, dueSoonWithin }: { calendarDays: string; dueSoonWithin: number }): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data }
    const today = toBeijingDate(new Date())
    const calendar = await getAppCalendar(req.payload, calendarDays, req)
    return { ...data, deadlineState: deadlineState(merged, today, calendar.addWorkingDays(today, dueSoonWithin)) }
  }
