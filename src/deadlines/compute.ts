import type { WorkingDayCalendar } from '../calendar/types.js'
import { DEADLINE_RULES, type DeadlineRuleKey } from './rules.js'

/** What a record stores about its deadline: the due date and how it was reached. */
export interface Deadline {
  dueDate: string
  rule: DeadlineRuleKey
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

export const computeDeadline = (calendar: WorkingDayCalendar, rule: DeadlineRuleKey, trigger: string | Date): Deadline => {
  const { days, unit, basis } = DEADLINE_RULES[rule]
  const explained = calendar.explain(trigger, days, { unit })
  return {
    dueDate: explained.dueDate,
    rule,
    days,
    unit,
    triggerDate: explained.start,
    basis,
    explanation: explained.text,
    provisional: explained.provisional,
  }
}
