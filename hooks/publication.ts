import type { CollectionBeforeChangeHook } from 'payload'

import { getAppCalendar } from '../src/calendarStore.js'
import { toBeijingDate } from '../src/calendar/index.js'
import { fieldError } from '../src/services/fieldError.js'

/**
 * Publication, stamped by the server: the first publication stamps `publishedAt` and the record keeps
 * `daysLate` in working days. Whether it may be published (a catalog item for a proactive record, a late
 * reason when late) is the workflow table's decision (`src/workflow/guards.ts`), not this hook's.
 * Runs after the deadline hook, so it counts against the due date being saved.
 */
export const publicationHook =
  ({ calendarDays }: { calendarDays: string }): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data }
    const next: Record<string, unknown> = { ...data, publishedAt: originalDoc?.publishedAt ?? null, daysLate: originalDoc?.daysLate ?? null }
    const publishing = merged.status === 'published' && originalDoc?.status !== 'published'
    if (!publishing) return next

    const publishedAt = originalDoc?.publishedAt ?? new Date().toISOString()
    next.publishedAt = publishedAt
    const publishedOn = toBeijingDate(publishedAt)
    if (!merged.dueDate || publishedOn <= merged.dueDate) {
      next.daysLate = 0
      return next
    }
    const calendar = await getAppCalendar(req.payload, calendarDays, req)
    next.daysLate = calendar.workingDaysBetween(merged.dueDate, publishedOn)
    return next
  }

/** Non-proactive records say why and on what legal basis (条例第十四、十五、十六条…). */
export const attributeReasonHook: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  // Unknown values are left to the field's own validation, which names the attribute itself.
  if (merged.publicAttribute === 'on-request' || merged.publicAttribute === 'withheld') {
    if (!Array.isArray(merged.attributeBasis) || merged.attributeBasis.length === 0) {
      throw fieldError(400, 'attributeBasis', '依申请公开或不予公开须选择法律依据 / give the legal basis for not disclosing proactively')
    }
    if (!merged.attributeReason || String(merged.attributeReason).trim() === '') {
      throw fieldError(400, 'attributeReason', '依申请公开或不予公开须说明理由 / give the reason for not disclosing proactively')
    }
  }
  return data
}
