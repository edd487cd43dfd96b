import type { CollectionBeforeChangeHook } from 'payload'

import { CalendarInputError } from '../src/calendar/errors.js'
import { getAppCalendar } from '../src/calendarStore.js'
import { computeDeadline } from '../src/deadlines/compute.js'
import { INFO_TYPES, type InfoType } from '../src/deadlines/rules.js'
import { fieldError } from './errors.js'

const NO_DEADLINE = {
  dueDate: null,
  deadlineRule: { rule: null, days: null, unit: null, trigger: null, triggerDate: null, basis: null },
  deadlineExplain: null,
  provisional: false,
}

const SERVER_FIELDS = ['dueDate', 'deadlineRule', 'deadlineExplain', 'provisional'] as const

/** Set by the re-computation job so a record's deadline is refreshed even though its dates did not change. */
export const RECOMPUTE_CONTEXT_KEY = 'disclosureRecomputeDeadline'

/**
 * The one place a record's publication deadline is computed: from `changedAt` (a change restarts the
 * clock) or else `formedAt`, with the rule of its information type, on the app's working-day calendar.
 * Runs on create and whenever the dates or the type change; the stored values are never taken from the request.
 */
export const computeDeadlineHook =
  (calendarDaysSlug: string): CollectionBeforeChangeHook =>
  async ({ context, data, operation, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data }
    const relevantChange =
      operation === 'create' ||
      context[RECOMPUTE_CONTEXT_KEY] === true ||
      ['formedAt', 'changedAt', 'infoType'].some((field) => field in data && data[field] !== originalDoc?.[field]) ||
      (merged.formedAt && !originalDoc?.dueDate)
    if (!relevantChange) {
      const kept = Object.fromEntries(SERVER_FIELDS.map((field) => [field, originalDoc?.[field] ?? NO_DEADLINE[field]]))
      return { ...data, ...kept }
    }
    const triggerField = merged.changedAt ? 'changedAt' : 'formedAt'
    const trigger: string | null | undefined = merged[triggerField]
    if (!trigger) return { ...data, ...NO_DEADLINE }

    const infoType: InfoType = INFO_TYPES.includes(merged.infoType) ? merged.infoType : 'general'
    try {
      const calendar = await getAppCalendar(req.payload, calendarDaysSlug, req)
      const deadline = computeDeadline(calendar, infoType, trigger)
      return {
        ...data,
        dueDate: deadline.dueDate,
        deadlineRule: {
          rule: deadline.rule,
          days: deadline.days,
          unit: deadline.unit,
          trigger: triggerField,
          triggerDate: deadline.triggerDate,
          basis: deadline.basis,
        },
        deadlineExplain: deadline.explanation,
        provisional: deadline.provisional,
      }
    } catch (error) {
      if (error instanceof CalendarInputError) throw fieldError(400, triggerField, error.message)
      throw error
    }
  }
