import type { WorkingDayCalendar } from '../calendar/types.js'
import { DEADLINE_RULES, type DeadlineRule, type DeadlineRuleKey } from './rules.js'

/** What a record stores about its deadline: the due date and how it was reached. */
export interface Deadline {
  dueDate: string
  /** the key of the DEADLINE_RULES entry, or 'catalog' for a rule read from a catalog item's 公开时限 */
  rule: DeadlineRuleKey | 'catalog'
  days: number
  unit: 'working' | 'calendar'
  /** the Beijing date the period runs from (not itself counted) */
  triggerDate: string
  basis: string
  /** one Chinese sentence from the calendar: why the due date is what it is */
  explanation: string
  /** true when the period touches a year without an official holiday notice yet */
  provisional: boolean
}

/**
 * The due date of `rule` counted from `trigger`. `rule` is a key of DEADLINE_RULES or a rule object,
 * such as `timeLimitRule(parseTimeLimit(catalogItem.limit))`.
 */
export const computeDeadline = (calendar: WorkingDayCalendar, rule: DeadlineRuleKey | DeadlineRule, trigger: string | Date): Deadline => {
  const { days, unit, basis } = typeof rule === 'string' ? DEADLINE_RULES[rule] : rule
  const explained = calendar.explain(trigger, days, { unit })
  return {
    dueDate: explained.dueDate,
    rule: typeof rule === 'string' ? rule : 'catalog',
    days,
    unit,
    triggerDate: explained.start,
    basis,
    explanation: explained.text,
    provisional: explained.provisional,
  }
}
