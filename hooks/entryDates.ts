import type { CollectionBeforeChangeHook } from 'payload'

import { toBeijingDate } from '../src/calendar/index.js'
import { entryDateProblems } from '../src/deadlines/dateOrder.js'
import { fieldError } from '../src/services/fieldError.js'

const DATE_FIELDS = ['formedAt', 'changedAt', 'effectiveFrom', 'effectiveUntil'] as const

/**
 * Refuses dates of an entry that cannot be true together (`entryDateProblems`), with 400 naming the
 * field the request set. Runs after field validation, so the dates are Beijing `YYYY-MM-DD` texts.
 */
export const entryDatesHook: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const touched = new Set(DATE_FIELDS.filter((field) => field in data && data[field] !== (originalDoc as Record<string, unknown> | undefined)?.[field]))
  if (touched.size === 0) return data
  const merged = { ...originalDoc, ...data }
  const [problem] = entryDateProblems(merged, toBeijingDate(new Date()), touched)
  if (problem) throw fieldError(400, problem.field, problem.message)
  return data
}
