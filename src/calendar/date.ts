/**
 * Date parsing and formatting. Everything is a whole-day number (days since 1970-01-01) computed
 * with integer arithmetic, so nothing depends on the server's time zone.
 */
import { CalendarInputError, CalendarRangeError } from './errors.js'

/** A `YYYY-MM-DD` string, an ISO 8601 date-time string or a `Date`. */
export type CalendarDate = string | Date

/** China Standard Time is UTC+8 all year (no DST since 1991). */
const BEIJING_OFFSET_MINUTES = 8 * 60
const MS_PER_MINUTE = 60_000
const MINUTES_PER_DAY = 1440

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
// date-time: seconds and fraction optional; offset optional (absent = Beijing time)
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/

const EXPECTED =
  'expected a date "YYYY-MM-DD" (e.g. "2025-01-20"), an ISO 8601 date-time (e.g. "2025-01-20T09:30:00+08:00"; without an offset it is read as Beijing time) or a valid Date'

export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (isDateObject(value)) return Number.isFinite(value.getTime()) ? value.toISOString() : 'Invalid Date'
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${String(value)} (${typeof value})`
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  return `a value of type ${typeof value}`
}

function invalid(value: unknown, why?: string): CalendarInputError {
  return new CalendarInputError(`Invalid date ${describeValue(value)}${why ? ` (${why})` : ''}: ${EXPECTED}`)
}

const MIN_DAY = dayNumber(0, 1, 1)
const MAX_DAY = dayNumber(9999, 12, 31)

function isDateObject(value: unknown): value is Date {
  // toString tag, not instanceof: Dates may come from another realm (vm, iframe)
  return Object.prototype.toString.call(value) === '[object Date]'
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** Inverse of dayNumber (civil_from_days). */
export function civil(day: number): { y: number; m: number; d: number } {
  const z = day + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d }
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n))

export function formatDay(day: number): string {
  const { y, m, d } = civil(day)
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

export function isWeekend(day: number): boolean {
  const w = weekday(day)
  return w === 0 || w === 6
}

function checkedDay(value: unknown, y: number, m: number, d: number): number {
  if (m < 1 || m > 12) throw invalid(value, `month ${m} does not exist`)
  if (d < 1 || d > daysInMonth(y, m)) throw invalid(value, `${y}-${pad2(m)} has no day ${d}`)
  return dayNumber(y, m, d)
}

const ZERO = 48 // '0'
// lookup tables for the hot path: day number of each Jan 1st, month offsets of a common year
const FAST_FIRST_YEAR = 1970
const FAST_LAST_YEAR = 2199
const MONTH_LENGTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const MONTH_START = MONTH_LENGTH.map((_, m) => MONTH_LENGTH.slice(1, m).reduce((a, b) => a + b, 0))
const YEAR_START = Int32Array.from({ length: FAST_LAST_YEAR - FAST_FIRST_YEAR + 1 }, (_, i) => dayNumber(FAST_FIRST_YEAR + i, 1, 1))
const LEAP = Uint8Array.from({ length: FAST_LAST_YEAR - FAST_FIRST_YEAR + 1 }, (_, i) => (isLeapYear(FAST_FIRST_YEAR + i) ? 1 : 0))

/**
 * Hot path for a valid `YYYY-MM-DD` (years 1970-2199): char codes instead of a regex, no allocation.
 * Returns -1 for anything else, which then takes the full (error-reporting) path.
 */
function plainDay(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1
  let y = 0
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - ZERO
    if (c < 0 || c > 9) return -1
    y = y * 10 + c
  }
  const m1 = s.charCodeAt(5) - ZERO
  const m2 = s.charCodeAt(6) - ZERO
  const d1 = s.charCodeAt(8) - ZERO
  const d2 = s.charCodeAt(9) - ZERO
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1
  const m = m1 * 10 + m2
  const d = d1 * 10 + d2
  if (y < FAST_FIRST_YEAR || y > FAST_LAST_YEAR || m < 1 || m > 12 || d < 1) return -1
  const leap = LEAP[y - FAST_FIRST_YEAR]
  if (d > (m === 2 ? 28 + leap : MONTH_LENGTH[m])) return -1
  return YEAR_START[y - FAST_FIRST_YEAR] + MONTH_START[m] + (m > 2 ? leap : 0) + d - 1
}

/**
 * The Beijing calendar day (days since 1970-01-01) of a date or instant.
 * `YYYY-MM-DD` is taken as is; a date-time with an offset (or `Z`) is converted to UTC+8;
 * a date-time without an offset is read as Beijing wall-clock time.
 */
export function parseBeijingDay(value: unknown): number {
  if (typeof value === 'string') {
    const fast = plainDay(value)
    if (fast >= 0) return fast
    let match = DATE_RE.exec(value)
    if (match) return checkedDay(value, Number(match[1]), Number(match[2]), Number(match[3]))
    match = DATE_TIME_RE.exec(value)
    if (!match) throw invalid(value)
    const day = checkedDay(value, Number(match[1]), Number(match[2]), Number(match[3]))
    const hour = Number(match[4])
    const minute = Number(match[5])
    const second = match[6] === undefined ? 0 : Number(match[6])
    if (hour > 23 || minute > 59 || second > 59) throw invalid(value, 'time of day out of range')
    const offset = match[7]
    if (offset === undefined) return day // Beijing wall-clock time
    let offsetMinutes = 0
    if (offset !== 'Z') {
      const digits = offset.slice(1).replace(':', '')
      const oh = Number(digits.slice(0, 2))
      const om = digits.length > 2 ? Number(digits.slice(2)) : 0
      if (oh > 23 || om > 59) throw invalid(value, 'UTC offset out of range')
      offsetMinutes = (offset[0] === '-' ? -1 : 1) * (oh * 60 + om)
    }
    // seconds never move an instant across a minute boundary, so minutes suffice for the day
    const beijingMinutes = day * MINUTES_PER_DAY + hour * 60 + minute - offsetMinutes + BEIJING_OFFSET_MINUTES
    return Math.floor(beijingMinutes / MINUTES_PER_DAY)
  }
  if (isDateObject(value)) {
    const ms = value.getTime()
    if (!Number.isFinite(ms)) throw invalid(value)
    return Math.floor((ms + BEIJING_OFFSET_MINUTES * MS_PER_MINUTE) / (MINUTES_PER_DAY * MS_PER_MINUTE))
  }
  throw invalid(value)
}

/** The Beijing (UTC+8) calendar date of a date or instant, as `YYYY-MM-DD`. */
export function toBeijingDate(input: CalendarDate): string {
  const day = parseBeijingDay(input)
  // only a Date can get here with a year outside 0000-9999, which YYYY-MM-DD cannot express
  if (day < MIN_DAY || day > MAX_DAY) throw new CalendarRangeError(`${describeValue(input)} is outside the years 0000-9999`)
  return formatDay(day)
}

/** `2025年1月20日` */
export function formatChinese(day: number): string {
  const { y, m, d } = civil(day)
  return `${y}年${m}月${d}日`
}
