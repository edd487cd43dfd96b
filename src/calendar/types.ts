import type { CalendarDate } from './date.js'

export type { CalendarDate }

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup'

/** Where a day's special classification comes from. */
export type DayBasis = 'official' | 'statutory' | 'override'

export interface DayInfo {
  /** Beijing date, `YYYY-MM-DD` */
  date: string
  working: boolean
  /** `makeup` = a weekend day worked (调休上班) */
  kind: DayKind
  /** holiday name, e.g. '春节' (absent for plain weekdays and weekends) */
  name?: string
  /** notice URL(s) (space-separated when a year had a mid-year change), the law, or an override's source */
  source?: string
  /** absent for a plain weekday or weekend */
  basis?: DayBasis
  /** region of the override that classified this day, if any */
  region?: string
  /** true when the day's year (or, in late December, the next year) has no official notice */
  provisional: boolean
}

export type PeriodUnit = 'working' | 'calendar'

export interface SkippedDay {
  date: string
  /** holiday name, or '周末' */
  reason: string
  kind: 'holiday' | 'weekend'
  source?: string
}

export interface MakeUpDay {
  date: string
  /** e.g. '春节调休', or an override's own name */
  name: string
  source?: string
}

export interface Explanation {
  start: string
  n: number
  unit: PeriodUnit
  dueDate: string
  provisional: boolean
  /**
   * working: every non-working day after `start` up to `dueDate`;
   * calendar: the non-working days at the end of the period that pushed `dueDate` later.
   */
  skipped: SkippedDay[]
  /** working: weekend days worked (counted) in the period; calendar: `dueDate` if it is one */
  makeUpDays: MakeUpDay[]
  /** notices (or the law, for provisional years) of every year from `start` to `dueDate` */
  sources: string[]
  /** one Chinese sentence */
  text: string
}

export interface CalendarOverride {
  /** `YYYY-MM-DD` (a Date or date-time is turned into its Beijing date) */
  date: CalendarDate
  /** 'holiday' = a day off, 'workday' = a day worked (on a weekend: 调休上班) */
  kind: 'holiday' | 'workday'
  name?: string
  /** notice URL or document number; a source makes the override's year count as official */
  source?: string
  /** informational: the calendar applies every override it is given */
  region?: string
}

export interface CalendarCoverage {
  /** supported dates, inclusive */
  range: { from: string; to: string }
  /** years with an official notice, vendored and/or entered as overrides with a source */
  official: { year: number; sources: string[]; origin: 'vendored' | 'override' | 'both' }[]
  /** inclusive runs of provisional days */
  provisional: { from: string; to: string }[]
  /** the rules used for provisional years */
  statutoryRules: string
}

export interface ExplainOptions {
  unit?: PeriodUnit
}

export interface WorkingDayCalendar {
  isWorkingDay(date: CalendarDate): boolean
  addWorkingDays(start: CalendarDate, n: number): string
  workingDaysBetween(from: CalendarDate, to: CalendarDate): number
  addCalendarDays(start: CalendarDate, n: number): string
  explain(start: CalendarDate, n: number, options?: ExplainOptions): Explanation
  dayInfo(date: CalendarDate): DayInfo
  toBeijingDate(input: CalendarDate): string
  isProvisional(from: CalendarDate, to?: CalendarDate): boolean
  coverage(): CalendarCoverage
}

export interface CalendarOptions {
  overrides?: readonly CalendarOverride[]
}
