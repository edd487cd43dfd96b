/**
 * Where a record stands against its publication deadline, in one word the lists and the dashboard can
 * filter on. Pure: the caller passes today's Beijing date and the last day counted as "due soon".
 */
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

/** Records that have left the open states; their timeliness is settled by `daysLate`. */
const CLOSED = new Set(['published', 'withdrawn'])

export const deadlineState = (
  record: { status?: string | null; dueDate?: string | null; daysLate?: number | null; publishedAt?: unknown },
  today: string,
  horizon: string,
): DeadlineState => {
  if (CLOSED.has(record.status ?? '') && record.publishedAt) return (record.daysLate ?? 0) > 0 ? 'published-late' : 'published-on-time'
  if (!record.dueDate || CLOSED.has(record.status ?? '')) return 'none'
  if (record.dueDate < today) return 'overdue'
  return record.dueDate <= horizon ? 'due-soon' : 'on-track'
}
