/**
 * Working-day (工作日) calendar of mainland China: State Council notices 2007-2026 vendored,
 * 国务院令第795号 rules for later years (flagged provisional). See README.md.
 */
import { createCalendar } from './calendar.js'
import type { CalendarDate } from './date.js'
import type { DayInfo, ExplainOptions, Explanation, WorkingDayCalendar, CalendarCoverage } from './types.js'

export { createCalendar } from './calendar.js'
export { toBeijingDate } from './date.js'
export { CalendarInputError, CalendarRangeError } from './errors.js'
export type {
  CalendarCoverage,
  CalendarDate,
  CalendarOptions,
  CalendarOverride,
  DayBasis,
  DayInfo,
  DayKind,
  ExplainOptions,
  Explanation,
  MakeUpDay,
  PeriodUnit,
  SkippedDay,
  WorkingDayCalendar,
} from './types.js'

let defaultCalendar: WorkingDayCalendar | undefined

/** The calendar of vendored data only, built on first use. */
export function getDefaultCalendar(): WorkingDayCalendar {
  defaultCalendar ??= createCalendar()
  return defaultCalendar
}

/** Is `date` (its Beijing date) a working day: a weekday that is not a holiday, or a 调休上班 weekend day? */
export const isWorkingDay = (date: CalendarDate): boolean => getDefaultCalendar().isWorkingDay(date)

/** The n-th working day after `start` (start itself never counts); n = 0 returns start's date. */
export const addWorkingDays = (start: CalendarDate, n: number): string => getDefaultCalendar().addWorkingDays(start, n)

/** Working days in (from, to]; negative when `to` is before `from`: f(a, b) = -f(b, a). */
export const workingDaysBetween = (from: CalendarDate, to: CalendarDate): number => getDefaultCalendar().workingDaysBetween(from, to)

/** start + n calendar days, moved to the next working day when that day is not one; n = 0 returns start. */
export const addCalendarDays = (start: CalendarDate, n: number): string => getDefaultCalendar().addCalendarDays(start, n)

/** Due date plus what was skipped, what was worked, the sources and a Chinese sentence. */
export const explain = (start: CalendarDate, n: number, options?: ExplainOptions): Explanation => getDefaultCalendar().explain(start, n, options)

export const dayInfo = (date: CalendarDate): DayInfo => getDefaultCalendar().dayInfo(date)

export const isProvisional = (from: CalendarDate, to?: CalendarDate): boolean => getDefaultCalendar().isProvisional(from, to)

export const coverage = (): CalendarCoverage => getDefaultCalendar().coverage()
