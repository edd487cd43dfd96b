/**
 * Regenerates the vendored working-day data of src/calendar from official holiday files.
 *
 *   npm run calendar:update -- <dir>               rewrite src/calendar/generated/official.ts
 *   npm run calendar:update -- <dir> --check       exit 1 if official.ts is not up to date
 *   npm run calendar:update -- <dir> --festivals   also rewrite generated/festivals.ts (needs the dev dependency chinese-days)
 *
 * <dir> holds one `YYYY.json` per year in the NateScarlet/holiday-cn format
 * ({ year, papers: [notice URLs], days: [{ name, date, isOffDay }] }), e.g. ../shared/reference/holiday-cn.
 * A year whose file lists no days (no notice published yet) is left out: the calendar then
 * treats it as provisional.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { civil, dayNumber, daysInMonth, formatDay, isWeekend } from '../src/calendar/date.js'
import { encodeYear, type OfficialDay, type OfficialYear } from '../src/calendar/codec.js'

const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/calendar/generated')
const FESTIVAL_FIRST_YEAR = 2007
const FESTIVAL_LAST_YEAR = 2100

class DataError extends Error {}

function fail(file: string, message: string): never {
  throw new DataError(`${file}: ${message}`)
}

function parseDate(file: string, where: string, value: unknown): number {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null
  if (!match) fail(file, `${where}: date ${JSON.stringify(value)} is not "YYYY-MM-DD"`)
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) fail(file, `${where}: date "${value}" does not exist`)
  return dayNumber(y, m, d)
}

interface ParsedYear {
  year: number
  sources: string[]
  days: OfficialDay[]
}

/** Reads and validates one year file; returns null for a year without any day (no notice yet). */
function readYear(dir: string, fileName: string): ParsedYear | null {
  const file = path.join(dir, fileName)
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    fail(file, `not valid JSON (${(error as Error).message})`)
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail(file, 'expected a JSON object')
  const data = json as Record<string, unknown>
  const year = Number(fileName.slice(0, 4))
  if (data.year !== year) fail(file, `"year" is ${JSON.stringify(data.year)}, expected ${year} (from the file name)`)
  if (!Array.isArray(data.papers) || !data.papers.every((p) => typeof p === 'string' && /^https?:\/\/\S+$/.test(p)))
    fail(file, '"papers" must be an array of notice URLs')
  if (!Array.isArray(data.days)) fail(file, '"days" must be an array')
  const papers = data.papers as string[]
  if (data.days.length === 0) return null
  if (papers.length === 0) fail(file, 'lists days but no source notice in "papers"')

  const seen = new Map<number, OfficialDay>()
  data.days.forEach((raw: unknown, i: number) => {
    const where = `days[${i}]`
    if (typeof raw !== 'object' || raw === null) fail(file, `${where}: expected an object`)
    const entry = raw as Record<string, unknown>
    if (typeof entry.name !== 'string' || entry.name.trim() === '') fail(file, `${where}: "name" must be a non-empty string`)
    if (typeof entry.isOffDay !== 'boolean') fail(file, `${where}: "isOffDay" must be true or false`)
    const day = parseDate(file, where, entry.date)
    const { y, m } = civil(day)
    // a notice covers its own year and may move days of the previous December (元旦 make-up days)
    if (!(y === year || (y === year - 1 && m === 12)))
      fail(file, `${where}: date ${entry.date} is outside ${year} and the preceding December`)
    const previous = seen.get(day)
    if (previous) {
      if (previous.off !== entry.isOffDay || previous.name !== entry.name)
        fail(file, `${where}: ${entry.date} is listed twice with different values`)
      return
    }
    seen.set(day, { day, name: entry.name.trim(), off: entry.isOffDay })
  })
  return { year, sources: papers, days: [...seen.values()].sort((a, b) => a.day - b.day) }
}

export function readOfficialDir(dir: string): { years: ParsedYear[]; empty: number[]; warnings: string[] } {
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch (error) {
    throw new DataError(`${dir}: cannot read the directory (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
  const names = entries.filter((n) => /^\d{4}\.json$/.test(n)).sort()
  if (names.length === 0) throw new DataError(`${dir}: no YYYY.json files found`)
  const years: ParsedYear[] = []
  const empty: number[] = []
  const warnings: string[] = []
  const owner = new Map<number, { year: number; day: OfficialDay }>()
  for (const name of names) {
    const parsed = readYear(dir, name)
    if (!parsed) {
      empty.push(Number(name.slice(0, 4)))
      continue
    }
    for (const day of parsed.days) {
      const other = owner.get(day.day)
      if (other && other.day.off !== day.off)
        throw new DataError(`${formatDay(day.day)} is a ${day.off ? 'day off' : 'working day'} in ${parsed.year}.json but not in ${other.year}.json`)
      if (!other) owner.set(day.day, { year: parsed.year, day })
      if (!day.off && !isWeekend(day.day)) warnings.push(`${parsed.year}: ${formatDay(day.day)} (${day.name}) is a weekday listed as a working day; kept as a plain working day`)
    }
    years.push(parsed)
  }
  for (let i = 1; i < years.length; i++)
    if (years[i].year !== years[i - 1].year + 1 && !empty.includes(years[i - 1].year + 1))
      warnings.push(`no file for ${years[i - 1].year + 1}: that year will be provisional`)
  return { years, empty, warnings }
}

const HEADER = (what: string, how: string): string =>
  `// GENERATED FILE - do not edit by hand.\n// ${what}\n// Regenerate with: ${how}\n`

export function renderOfficial(years: readonly ParsedYear[]): string {
  const entries: OfficialYear[] = years.map((y) => encodeYear(y.year, y.sources, y.days))
  const list = (pairs: OfficialYear['off']): string =>
    pairs.length === 0 ? '[]' : `[\n${pairs.map(([n, d]) => `      [${JSON.stringify(n)}, ${JSON.stringify(d)}],`).join('\n')}\n    ]`
  const body = entries
    .map(
      (e) =>
        `  {\n    year: ${e.year},\n    sources: [${e.sources.map((s) => JSON.stringify(s)).join(', ')}],\n    off: ${list(e.off)},\n    work: ${list(e.work)},\n  },`,
    )
    .join('\n')
  return (
    HEADER(
      'Official holiday arrangements of mainland China (State Council General Office notices), from files in the NateScarlet/holiday-cn format.',
      'npm run calendar:update -- ../shared/reference/holiday-cn',
    ) +
    `// Format: see ../codec.ts. Dates are MM-DD in the notice's year (YYYY-MM-DD otherwise); A..B is an inclusive run.\n` +
    `import type { OfficialYear } from '../codec.js'\n\n` +
    `export const OFFICIAL_YEARS: readonly OfficialYear[] = [\n${body}\n]\n`
  )
}

/**
 * Festival dates computed by chinese-days (its lunar table and 寿星 solar-term formula), with the
 * corrections below. test/calendar/festivals.test.ts re-checks every row astronomically.
 */
const FESTIVAL_CORRECTIONS: Record<string, string> = {
  // chinese-days' formula gives 2100-04-04; the Sun reaches 15° at about 00:43 Beijing time on
  // 04-05 (Meeus ch. 25; lunar-javascript, 寿星万年历 algorithm, agrees).
  '2100 qingming': '04-05',
}

async function renderFestivals(): Promise<string> {
  process.env.TZ = 'Asia/Shanghai' // chinese-days reads dates in local time
  const cd = await import('chinese-days')
  const rows: string[] = []
  for (let year = FESTIVAL_FIRST_YEAR; year <= FESTIVAL_LAST_YEAR; year++) {
    const md = (iso: string, what: string): string => {
      if (!iso.startsWith(`${year}-`)) throw new DataError(`chinese-days gave ${iso} for ${what} ${year}`)
      return FESTIVAL_CORRECTIONS[`${year} ${what}`] ?? iso.slice(5)
    }
    const spring = md(cd.getSolarDateFromLunar(`${year}-01-01`).date, 'spring')
    const qingming = md(cd.getSolarTermDate(year, 4, 'pure_brightness'), 'qingming')
    const dragon = md(cd.getSolarDateFromLunar(`${year}-05-05`).date, 'dragon')
    const autumn = md(cd.getSolarDateFromLunar(`${year}-08-15`).date, 'autumn')
    rows.push(`${year} ${spring} ${qingming} ${dragon} ${autumn}`)
  }
  return (
    HEADER(
      'Beijing dates of 春节 (正月初一), 清明, 端午 (五月初五) and 中秋 (八月十五), from chinese-days with documented corrections.',
      'npm run calendar:update -- ../shared/reference/holiday-cn --festivals',
    ) +
    `// Columns: year 春节 清明 端午 中秋 (MM-DD). Used only for years without an official notice.\n\n` +
    `export const FESTIVAL_FIRST_YEAR = ${FESTIVAL_FIRST_YEAR}\n` +
    `export const FESTIVAL_LAST_YEAR = ${FESTIVAL_LAST_YEAR}\n\n` +
    `export const FESTIVAL_TABLE = \`\n${rows.join('\n')}\n\`\n`
  )
}

async function main(argv: string[]): Promise<void> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')))
  const dirs = argv.filter((a) => !a.startsWith('--'))
  const unknown = [...flags].filter((f) => f !== '--check' && f !== '--festivals')
  if (dirs.length !== 1 || unknown.length > 0) {
    throw new DataError('usage: npm run calendar:update -- <dir with YYYY.json files> [--check] [--festivals]')
  }
  const dir = path.resolve(dirs[0])
  const { years, empty, warnings } = readOfficialDir(dir)
  for (const w of warnings) console.warn(`warning: ${w}`)
  const outputs: [string, string][] = [[path.join(DATA_DIR, 'official.ts'), renderOfficial(years)]]
  if (flags.has('--festivals')) outputs.push([path.join(DATA_DIR, 'festivals.ts'), await renderFestivals()])
  for (const [file, text] of outputs) {
    if (flags.has('--check')) {
      let current = ''
      try {
        current = readFileSync(file, 'utf8')
      } catch {
        /* missing counts as stale */
      }
      if (current !== text) throw new DataError(`${path.relative(process.cwd(), file)} is out of date: run npm run calendar:update -- ${dirs[0]}`)
      console.log(`${path.relative(process.cwd(), file)} is up to date`)
    } else {
      writeFileSync(file, text)
      console.log(`wrote ${path.relative(process.cwd(), file)}`)
    }
  }
  const first = years[0]?.year
  const last = years[years.length - 1]?.year
  console.log(`official years: ${first}-${last} (${years.length})${empty.length ? `; no notice yet: ${empty.join(', ')}` : ''}`)
}

// run only when executed directly (tests import the functions above)
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof DataError ? `calendar:update: ${error.message}` : error)
    process.exit(1)
  })
}
