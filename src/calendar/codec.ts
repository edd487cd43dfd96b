/**
 * The compact text form of the vendored official data (generated/official.ts), shared by the
 * generator (scripts/calendar-update.ts) and the runtime decoder so the two cannot drift.
 *
 * One entry per notice year: `off` and `work` map a holiday name to a list of dates, where a
 * date is `MM-DD` (in that year) or `YYYY-MM-DD` (another year: the previous December), and
 * `A..B` is an inclusive run of consecutive days.
 */
import { civil, dayNumber, daysInMonth, formatDay } from './date.js'

export interface OfficialYear {
  /** The year of the notice (a notice may also move days of the previous December). */
  readonly year: number
  /** URLs of the State Council General Office notice(s) the year comes from. */
  readonly sources: readonly string[]
  /** Days off (放假), by holiday name. */
  readonly off: readonly (readonly [name: string, dates: string])[]
  /** Days worked (调休上班 on a weekend, or a weekday named in the notice), by holiday name. */
  readonly work: readonly (readonly [name: string, dates: string])[]
}

export interface OfficialDay {
  day: number // days since 1970-01-01
  name: string
  off: boolean
}

const TOKEN_RE = /^(?:(\d{4})-)?(\d{2})-(\d{2})$/

function parseToken(token: string, year: number): number {
  const match = TOKEN_RE.exec(token)
  if (!match) throw new Error(`official data: bad date token "${token}" in ${year}`)
  const y = match[1] === undefined ? year : Number(match[1])
  const m = Number(match[2])
  const d = Number(match[3])
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new Error(`official data: no such date "${token}" in ${year}`)
  return dayNumber(y, m, d)
}

/** Expand `01-28..02-04,02-08` into day numbers. */
export function decodeDates(spec: string, year: number): number[] {
  const days: number[] = []
  for (const part of spec.split(',')) {
    const [a, b] = part.split('..')
    const first = parseToken(a, year)
    const last = b === undefined ? first : parseToken(b, year)
    if (last < first) throw new Error(`official data: reversed range "${part}" in ${year}`)
    for (let day = first; day <= last; day++) days.push(day)
  }
  return days
}

function token(day: number, year: number): string {
  const iso = formatDay(day)
  return civil(day).y === year ? iso.slice(5) : iso
}

/** Compress sorted day numbers into `A..B` runs. */
export function encodeDates(days: readonly number[], year: number): string {
  const sorted = [...days].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++
    parts.push(j > i ? `${token(sorted[i], year)}..${token(sorted[j], year)}` : token(sorted[i], year))
    i = j + 1
  }
  return parts.join(',')
}

/** Group days by name (in order of each name's first date) into the `off` / `work` lists. */
export function encodeYear(year: number, sources: readonly string[], days: readonly OfficialDay[]): OfficialYear {
  const group = (off: boolean): [string, string][] => {
    const byName = new Map<string, number[]>()
    for (const d of [...days].filter((x) => x.off === off).sort((a, b) => a.day - b.day)) {
      const list = byName.get(d.name) ?? []
      list.push(d.day)
      byName.set(d.name, list)
    }
    return [...byName].map(([name, list]) => [name, encodeDates(list, year)])
  }
  return { year, sources: [...sources], off: group(true), work: group(false) }
}

export function decodeYear(entry: OfficialYear): OfficialDay[] {
  const out: OfficialDay[] = []
  for (const [list, off] of [
    [entry.off, true],
    [entry.work, false],
  ] as const) {
    for (const [name, spec] of list) for (const day of decodeDates(spec, entry.year)) out.push({ day, name, off })
  }
  return out.sort((a, b) => a.day - b.day)
}
