/**
 * Where a record stands against its publication deadline, in one word the lists and the dashboard can
 * filter on. Pure: the caller passes today's Beijing date and the last day counted as "due soon".
 */
import { isOpen, wasReleased } from '../workflow/lifecycle.js'

export const DEADLINE_STATES = ['none', 'on-track', 'due-soon', 'overdue', 'published-on-time', 'published-late'] as const
export type DeadlineState = (typeof DEADLINE_STATES)[number]

export const DEADLINE_STATE_LABELS: Record<DeadlineState, { zh: string; en: string }> = {
  none: { zh: '无时限', en: 'No deadline' },
  'on-track': { zh: '未到期', en: 'On track' },
  'due-soon': { zh: '即将到期', en: 'Due soon' },
  overdue: { zh: '已超期', en: 'Overdue' },
  'published-on-time': { zh: '按时公开', en: 'Published on time' },
  'published-late': { zh: '超期公开', en: 'Published late' },
}

/** What the one timeliness rule reads of an entry. */
export interface TimelinessFacts {
  status?: string | null
  dueDate?: string | null
  daysLate?: number | null
  /** when it was published (an instant or a Beijing date), if ever */
  publishedAt?: unknown
  /** 主动公开 / 依申请公开 / 不予公开: only proactive entries have a publication deadline */
  publicAttribute?: string | null
  deletedAt?: unknown
}

/**
 * The one timeliness rule, used by the stored `deadlineState`, the overdue board, the reminders, the
 * monthly ledger, the annual report and the dashboard:
 * - an entry released at some time was on time or late by its `daysLate`, settled when it was published;
 * - an open entry has a publication deadline only when it is disclosed proactively (依申请公开 and 不予公开
 *   information is not published, 条例第二十六条 applies to 主动公开) and has a due date;
 * - it is then overdue after its due date, due soon up to `horizon`, else on track.
 * Entries in the trash, and withdrawn ones never published, have none.
 */
export const deadlineState = (record: TimelinessFacts, today: string, horizon: string): DeadlineState => {
  if (wasReleased(record) && record.publishedAt) return (record.daysLate ?? 0) > 0 ? 'published-late' : 'published-on-time'
  if (!isOpen(record) || !record.dueDate) return 'none'
  if (record.publicAttribute && record.publicAttribute !== 'proactive') return 'none'
  if (record.dueDate < today) return 'overdue'
  return record.dueDate <= horizon ? 'due-soon' : 'on-track'
}
