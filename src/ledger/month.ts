/**
 * The ledger month (台账月份): a calendar month of Beijing dates, the instants that bound it, and the day
 * its ledger is due (seed 004: 每月4日前报送上月台账). Pure.
 */

export interface LedgerMonth {
  /** `YYYY-MM` */
  month: string
  year: number
  monthNumber: number
  /** first and last Beijing dates, `YYYY-MM-DD` */
  first: string
  last: string
  /** the month as instants: from Beijing midnight on the 1st (inclusive) to the next month's (exclusive) */
  startInstant: string
  endInstant: string
  /** `2025年1月` */
  label: string
}

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** Beijing midnight (UTC+8, no daylight saving) of a date, as an ISO instant. */
const beijingMidnight = (year: number, month: number, day: number): string => new Date(Date.UTC(year, month - 1, day) - 8 * 3_600_000).toISOString()

export type MonthParse = { ok: true; value: LedgerMonth } | { ok: false; reason: string }

/** `2025-01` → the month; anything else → a reason in Chinese and English. */
export const parseLedgerMonth = (text: unknown): MonthParse => {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, reason: '请指定月份，格式 YYYY-MM / month is required, as YYYY-MM' }
  const match = MONTH_PATTERN.exec(text.trim())
  const year = match ? Number(match[1]) : NaN
  const monthNumber = match ? Number(match[2]) : NaN
  if (!match || monthNumber < 1 || monthNumber > 12 || year < 2000 || year > 2100) {
    return { ok: false, reason: `月份格式应为 YYYY-MM（2000–2100年）/ month must be YYYY-MM between 2000 and 2100, got "${text}"` }
  }
  return { ok: true, value: ledgerMonth(year, monthNumber) }
}

export const ledgerMonth = (year: number, monthNumber: number): LedgerMonth => {
  const last = daysInMonth(year, monthNumber)
  const next = monthNumber === 12 ? { year: year + 1, month: 1 } : { year, month: monthNumber + 1 }
  return {
    month: `${year}-${pad(monthNumber)}`,
    year,
    monthNumber,
    first: `${year}-${pad(monthNumber)}-01`,
    last: `${year}-${pad(monthNumber)}-${pad(last)}`,
    startInstant: beijingMidnight(year, monthNumber, 1),
    endInstant: beijingMidnight(next.year, next.month, 1),
    label: `${year}年${monthNumber}月`,
  }
}

/** The month after `month`. */
export const nextLedgerMonth = (month: LedgerMonth): LedgerMonth =>
  month.monthNumber === 12 ? ledgerMonth(month.year + 1, 1) : ledgerMonth(month.year, month.monthNumber + 1)

/** The month before `month`. */
export const previousLedgerMonth = (month: LedgerMonth): LedgerMonth =>
  month.monthNumber === 1 ? ledgerMonth(month.year - 1, 12) : ledgerMonth(month.year, month.monthNumber - 1)

/** The month a Beijing date `YYYY-MM-DD` falls in. */
export const monthOfDate = (date: string): LedgerMonth => ledgerMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))

/**
 * The day month M's ledger is due: day `dueDay` of month M+1 (a calendar day, as the seed says "4日前"),
 * clamped to the month's length.
 */
export const ledgerDueDate = (month: LedgerMonth, dueDay: number): string => {
  const next = nextLedgerMonth(month)
  const day = Math.min(Math.max(1, dueDay), daysInMonth(next.year, next.monthNumber))
  return `${next.month}-${pad(day)}`
}

/** Whole calendar days from date `a` to date `b` (`YYYY-MM-DD`), negative when b is before a. */
export const calendarDaysBetween = (a: string, b: string): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)

/** Every month from `from` to `to`, both included. */
export const monthsBetween = (from: LedgerMonth, to: LedgerMonth): LedgerMonth[] => {
  const months: LedgerMonth[] = []
  for (let m = from; m.month <= to.month; m = nextLedgerMonth(m)) months.push(m)
  return months
}
