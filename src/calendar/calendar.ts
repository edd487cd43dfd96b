/** The calendar object: validates inputs, answers from the precomputed tables. */
import { describeValue, formatDay, parseBeijingDay, toBeijingDate, type CalendarDate } from './date.js'
import { CalendarInputError, CalendarRangeError } from './errors.js'
import { buildExplanation } from './explain.js'
import { STATUTORY_SOURCE } from './statutory.js'
import {
  BASIS_NONE,
  BASIS_OFFICIAL,
  BASIS_OVERRIDE,
  BASIS_STATUTORY,
  DAY_COUNT,
  FIRST_DAY,
  buildTable,
  dayString,
  isWorkingKind,
  type DayTable,
  type ResolvedOverride,
} from './table.js'
import type {
  CalendarCoverage,
  CalendarOptions,
  CalendarOverride,
  DayBasis,
  DayInfo,
  DayKind,
  ExplainOptions,
  Explanation,
  WorkingDayCalendar,
} from './types.js'

const RANGE_TEXT = `${formatDay(FIRST_DAY)}..${formatDay(FIRST_DAY + DAY_COUNT - 1)}`

function toIndex(value: CalendarDate, what = 'date'): number {
  const i = parseBeijingDay(value) - FIRST_DAY
  if (i < 0 || i >= DAY_COUNT)
    throw new CalendarRangeError(`${what} ${describeValue(value)} is outside the supported range ${RANGE_TEXT}`)
  return i
}

function checkCount(n: unknown): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
    throw new CalendarInputError(`n must be a non-negative integer number of days, got ${describeValue(n)}`)
  return n
}

function resolveOverrides(overrides: readonly CalendarOverride[]): ResolvedOverride[] {
  if (!Array.isArray(overrides)) throw new CalendarInputError('overrides must be an array')
  const byIndex = new Map<number, ResolvedOverride>()
  overrides.forEach((o: CalendarOverride, k) => {
    const where = `overrides[${k}]`
    if (typeof o !== 'object' || o === null) throw new CalendarInputError(`${where} must be an object`)
    if (o.kind !== 'holiday' && o.kind !== 'workday')
      throw new CalendarInputError(`${where}.kind must be 'holiday' or 'workday', got ${describeValue(o.kind)}`)
    for (const field of ['name', 'source', 'region'] as const) {
      if (o[field] !== undefined && typeof o[field] !== 'string')
        throw new CalendarInputError(`${where}.${field} must be a string, got ${describeValue(o[field])}`)
    }
    let index: number
    try {
      index = toIndex(o.date, `${where}.date`)
    } catch (error) {
      if (error instanceof CalendarRangeError) throw error
      throw new CalendarInputError(`${where}.date: ${(error as Error).message}`)
    }
    const clean = (s?: string): string | undefined => (s === undefined || s.trim() === '' ? undefined : s.trim())
    const resolved: ResolvedOverride = { index, kind: o.kind, name: clean(o.name), source: clean(o.source), region: clean(o.region) }
    const previous = byIndex.get(index)
    if (previous && previous.kind !== resolved.kind)
      throw new CalendarInputError(`${where}: ${dayString(index)} is overridden both as a holiday and as a workday`)
    byIndex.set(index, resolved) // same kind twice: the later entry wins
  })
  return [...byIndex.values()]
}

const KIND_NAMES: DayKind[] = ['workday', 'weekend', 'holiday', 'makeup']
const BASIS_NAMES: (DayBasis | undefined)[] = []
BASIS_NAMES[BASIS_NONE] = undefined
BASIS_NAMES[BASIS_OFFICIAL] = 'official'
BASIS_NAMES[BASIS_STATUTORY] = 'statutory'
BASIS_NAMES[BASIS_OVERRIDE] = 'override'

function makeCalendar(t: DayTable): WorkingDayCalendar {
  const isProvisionalRange = (a: number, b: number): boolean => t.provCum[Math.max(a, b) + 1] - t.provCum[Math.min(a, b)] > 0

  const addWorkingIndex = (start: CalendarDate, n: number): [number, number] => {
    const i = toIndex(start, 'start')
    const count = checkCount(n)
    if (count === 0) return [i, i]
    const k = t.cum[i] + count - 1
    if (k >= t.workIdx.length)
      throw new CalendarRangeError(`${count} working days after ${dayString(i)} fall past ${dayString(DAY_COUNT - 1)}, the end of the supported range`)
    return [i, t.workIdx[k]]
  }

  const addCalendarIndex = (start: CalendarDate, n: number): [number, number] => {
    const i = toIndex(start, 'start')
    const count = checkCount(n)
    if (count === 0) return [i, i]
    const nominal = i + count
    if (nominal >= DAY_COUNT)
      throw new CalendarRangeError(`${count} days after ${dayString(i)} fall past ${dayString(DAY_COUNT - 1)}, the end of the supported range`)
    if (isWorkingKind(t.kind[nominal])) return [i, nominal]
    // the first working day after a non-working day is the (cum + 1)-th one
    const k = t.cum[nominal]
    if (k >= t.workIdx.length)
      throw new CalendarRangeError(`the period from ${dayString(i)} ends past ${dayString(DAY_COUNT - 1)}, the end of the supported range`)
    return [i, t.workIdx[k]]
  }

  const calendar: WorkingDayCalendar = {
    toBeijingDate,

    isWorkingDay: (date) => isWorkingKind(t.kind[toIndex(date)]),

    addWorkingDays: (start, n) => dayString(addWorkingIndex(start, n)[1]),

    // working days in (from, to]; negative (the same count) when `to` is before `from`
    workingDaysBetween: (from, to) => t.cum[toIndex(to, 'to')] - t.cum[toIndex(from, 'from')],

    addCalendarDays: (start, n) => dayString(addCalendarIndex(start, n)[1]),

    explain: (start, n, options?: ExplainOptions): Explanation => {
      const unit = options?.unit ?? 'working'
      if (unit !== 'working' && unit !== 'calendar')
        throw new CalendarInputError(`unit must be 'working' or 'calendar', got ${describeValue(unit)}`)
      const [i, due] = unit === 'working' ? addWorkingIndex(start, n) : addCalendarIndex(start, n)
      return buildExplanation(t, i, n, unit, due)
    },

    dayInfo: (date): DayInfo => {
      const i = toIndex(date)
      const basis = BASIS_NAMES[t.basis[i]]
      const region = t.regions.get(i)
      return {
        date: dayString(i),
        working: isWorkingKind(t.kind[i]),
        kind: KIND_NAMES[t.kind[i]],
        ...(t.name[i] >= 0 && { name: t.names[t.name[i]] }),
        ...(t.source[i] >= 0 && { source: t.sources[t.source[i]] }),
        ...(basis && { basis }),
        ...(region && { region }),
        provisional: t.provisional[i] === 1,
      }
    },

    isProvisional: (from, to) => {
      const a = toIndex(from, 'from')
      return isProvisionalRange(a, to === undefined ? a : toIndex(to, 'to'))
    },

    coverage: (): CalendarCoverage => {
      const official = [...t.yearSources]
        .sort(([a], [b]) => a - b)
        .map(([year, sources]) => {
          const vendored = t.vendoredYears.has(year)
          const override = t.overrideYears.has(year)
          return { year, sources: [...sources], origin: vendored && override ? ('both' as const) : vendored ? ('vendored' as const) : ('override' as const) }
        })
      const provisional: { from: string; to: string }[] = []
      for (let i = 0; i < DAY_COUNT; i++) {
        if (!t.provisional[i]) continue
        let j = i
        while (j + 1 < DAY_COUNT && t.provisional[j + 1]) j++
        provisional.push({ from: dayString(i), to: dayString(j) })
        i = j
      }
      return { range: { from: dayString(0), to: dayString(DAY_COUNT - 1) }, official, provisional, statutoryRules: STATUTORY_SOURCE }
    },
  }
  return calendar
}

/**
 * A calendar from the vendored notices plus `overrides`, which replace the classification of their
 * days (a new notice, a mid-year change, a regional holiday). Rebuilding takes a few milliseconds.
 */
export function createCalendar(options: CalendarOptions = {}): WorkingDayCalendar {
  return makeCalendar(buildTable(resolveOverrides(options.overrides ?? [])))
}
