/**
 * Precomputed per-day tables over the supported range. Classification is one byte per day;
 * `cum` (working days up to each day) and `workIdx` (the day of the k-th working day) make
 * counting and adding working days O(1).
 */
import { decodeYear } from './codec.js'
import { OFFICIAL_YEARS } from './generated/official.js'
import { civil, dayNumber, formatDay, isWeekend } from './date.js'
import { STATUTORY_SOURCE, statutoryHolidays } from './statutory.js'

export const RANGE_FIRST_YEAR = 2007 // first year of the vendored notices
export const RANGE_LAST_YEAR = 2100 // last year of the festival table
export const FIRST_DAY = dayNumber(RANGE_FIRST_YEAR, 1, 1)
export const LAST_DAY = dayNumber(RANGE_LAST_YEAR, 12, 31)
export const DAY_COUNT = LAST_DAY - FIRST_DAY + 1

/**
 * From this day of December on, a day is provisional while next year's notice is missing:
 * notices move New Year days of the previous December (the 2008, 2012, 2019 and 2023 notices did).
 */
export const LATE_DECEMBER_FROM = 20

export const KIND_WORKDAY = 0
export const KIND_WEEKEND = 1
export const KIND_HOLIDAY = 2
export const KIND_MAKEUP = 3 // a weekend day worked (调休上班)

export const BASIS_NONE = 0 // plain weekday / weekend
export const BASIS_OFFICIAL = 1 // vendored State Council notice
export const BASIS_STATUTORY = 2 // computed from the law (provisional year)
export const BASIS_OVERRIDE = 3 // entered by an administrator

/** One override after validation, as a day index into the table. */
export interface ResolvedOverride {
  index: number
  kind: 'holiday' | 'workday'
  name?: string
  source?: string
  region?: string
}

export interface DayTable {
  kind: Uint8Array
  basis: Uint8Array
  name: Int32Array // index into names, -1 = none
  source: Int32Array // index into sources, -1 = none
  names: string[]
  sources: string[]
  regions: Map<number, string>
  provisional: Uint8Array
  /** provCum[i] = provisional days among indexes [0, i) */
  provCum: Int32Array
  /** cum[i] = working days among indexes [0, i] */
  cum: Int32Array
  /** workIdx[k] = index of the (k+1)-th working day */
  workIdx: Int32Array
  /** official years → notices (vendored and override sources) */
  yearSources: Map<number, string[]>
  vendoredYears: Set<number>
  overrideYears: Set<number>
}

interface BaseLayer {
  kind: Uint8Array
  basis: Uint8Array
  name: Int32Array
  source: Int32Array
  compensatory: Uint8Array // 1 = a 补假 guessed by statutory.ts
  names: string[]
  sources: string[]
  vendoredSources: Map<number, string[]>
}

let base: BaseLayer | undefined
let dayStrings: string[] | undefined

/** `YYYY-MM-DD` of a table index (cached: every result string is built once). */
export function dayString(index: number): string {
  dayStrings ??= Array.from({ length: DAY_COUNT }, (_, i) => formatDay(FIRST_DAY + i))
  return dayStrings[index]
}

function intern(list: string[], lookup: Map<string, number>, value: string): number {
  let i = lookup.get(value)
  if (i === undefined) {
    i = list.length
    list.push(value)
    lookup.set(value, i)
  }
  return i
}

function plainKind(index: number): number {
  return isWeekend(FIRST_DAY + index) ? KIND_WEEKEND : KIND_WORKDAY
}

/** Vendored notices for the years that have one, the 795号 rules for the others. */
function buildBase(): BaseLayer {
  const kind = new Uint8Array(DAY_COUNT)
  for (let i = 0; i < DAY_COUNT; i++) kind[i] = plainKind(i)
  const basis = new Uint8Array(DAY_COUNT)
  const name = new Int32Array(DAY_COUNT).fill(-1)
  const source = new Int32Array(DAY_COUNT).fill(-1)
  const compensatory = new Uint8Array(DAY_COUNT)
  const names: string[] = []
  const sources: string[] = []
  const nameLookup = new Map<string, number>()
  const sourceLookup = new Map<string, number>()
  const vendoredSources = new Map<number, string[]>()

  for (const entry of OFFICIAL_YEARS) {
    vendoredSources.set(entry.year, [...entry.sources])
    // a year with two notices (a mid-year change) cites both: the data does not say which day came from which
    const src = intern(sources, sourceLookup, entry.sources.join(' '))
    for (const day of decodeYear(entry)) {
      const i = day.day - FIRST_DAY
      if (i < 0 || i >= DAY_COUNT) continue // e.g. 2006-12-30 in the 2007 notice
      kind[i] = day.off ? KIND_HOLIDAY : isWeekend(day.day) ? KIND_MAKEUP : KIND_WORKDAY
      basis[i] = BASIS_OFFICIAL
      name[i] = intern(names, nameLookup, day.name)
      source[i] = src
    }
  }
  const statutorySrc = intern(sources, sourceLookup, STATUTORY_SOURCE)
  for (let year = RANGE_FIRST_YEAR; year <= RANGE_LAST_YEAR; year++) {
    if (vendoredSources.has(year)) continue
    for (const day of statutoryHolidays(year)) {
      const i = day.day - FIRST_DAY
      if (i < 0 || i >= DAY_COUNT || basis[i] === BASIS_OFFICIAL) continue
      kind[i] = KIND_HOLIDAY
      basis[i] = BASIS_STATUTORY
      name[i] = intern(names, nameLookup, day.name)
      source[i] = statutorySrc
      compensatory[i] = day.compensatory ? 1 : 0
    }
  }
  return { kind, basis, name, source, compensatory, names, sources, vendoredSources }
}

export function getBase(): BaseLayer {
  base ??= buildBase()
  return base
}

const yearOf = (index: number): number => civil(FIRST_DAY + index).y

/** The base layer with overrides applied, plus the counting indexes. */
export function buildTable(overrides: readonly ResolvedOverride[]): DayTable {
  const b = getBase()
  const kind = b.kind.slice()
  const basis = b.basis.slice()
  const name = b.name.slice()
  const source = b.source.slice()
  const names = b.names.slice()
  const sources = b.sources.slice()
  const nameLookup = new Map(names.map((n, i) => [n, i]))
  const sourceLookup = new Map(sources.map((s, i) => [s, i]))
  const regions = new Map<number, string>()

  // A year is official when vendored data or an override with a source notice covers it.
  const yearSources = new Map<number, string[]>()
  for (const [year, list] of b.vendoredSources) yearSources.set(year, [...list])
  const overrideYears = new Set<number>()
  for (const o of overrides) {
    if (!o.source) continue
    const year = yearOf(o.index)
    overrideYears.add(year)
    const list = yearSources.get(year) ?? []
    if (!list.includes(o.source)) list.push(o.source)
    yearSources.set(year, list)
  }

  // A year made official by overrides keeps the statutory days (the law) but drops the guessed
  // 补假 days: the notice fixes where they go, and the overrides carry it.
  for (const year of overrideYears) {
    if (b.vendoredSources.has(year)) continue
    const from = Math.max(0, dayNumber(year, 1, 1) - FIRST_DAY)
    const to = Math.min(DAY_COUNT - 1, dayNumber(year, 12, 31) - FIRST_DAY)
    for (let i = from; i <= to; i++) {
      if (b.compensatory[i]) {
        kind[i] = plainKind(i)
        basis[i] = BASIS_NONE
        name[i] = -1
        source[i] = -1
      }
    }
  }

  for (const o of overrides) {
    const i = o.index
    const weekend = isWeekend(FIRST_DAY + i)
    kind[i] = o.kind === 'holiday' ? KIND_HOLIDAY : weekend ? KIND_MAKEUP : KIND_WORKDAY
    basis[i] = BASIS_OVERRIDE
    const label = o.name ?? (o.kind === 'holiday' ? '节假日' : weekend ? '调休上班' : undefined)
    name[i] = label === undefined ? -1 : intern(names, nameLookup, label)
    source[i] = o.source ? intern(sources, sourceLookup, o.source) : -1
    if (o.region) regions.set(i, o.region)
    else regions.delete(i)
  }

  // provisional: the day's year has no notice, or it is late December and next year has none
  const provisional = new Uint8Array(DAY_COUNT)
  const provCum = new Int32Array(DAY_COUNT + 1)
  for (let year = RANGE_FIRST_YEAR; year <= RANGE_LAST_YEAR; year++) {
    const from = dayNumber(year, 1, 1) - FIRST_DAY
    const to = dayNumber(year, 12, 31) - FIRST_DAY
    if (!yearSources.has(year)) provisional.fill(1, from, to + 1)
    else if (!yearSources.has(year + 1)) provisional.fill(1, dayNumber(year, 12, LATE_DECEMBER_FROM) - FIRST_DAY, to + 1)
  }
  const cum = new Int32Array(DAY_COUNT)
  let working = 0
  for (let i = 0; i < DAY_COUNT; i++) {
    if (kind[i] === KIND_WORKDAY || kind[i] === KIND_MAKEUP) working++
    cum[i] = working
    provCum[i + 1] = provCum[i] + provisional[i]
  }
  const workIdx = new Int32Array(working)
  for (let i = 0, k = 0; i < DAY_COUNT; i++) if (kind[i] === KIND_WORKDAY || kind[i] === KIND_MAKEUP) workIdx[k++] = i

  const vendoredYears = new Set(b.vendoredSources.keys())
  return { kind, basis, name, source, names, sources, regions, provisional, provCum, cum, workIdx, yearSources, vendoredYears, overrideYears }
}

export function isWorkingKind(kind: number): boolean {
  return kind === KIND_WORKDAY || kind === KIND_MAKEUP
}
