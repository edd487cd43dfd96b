/**
 * Benchmark: src/calendar against chinese-days on the same seeded random inputs (2007-2035).
 * Run with `npm run bench`. Not a test: it prints numbers (target: ≥ 30× faster).
 */
import { performance } from 'node:perf_hooks'
import { addWorkingDays, createCalendar, isWorkingDay, workingDaysBetween, type CalendarOverride } from '../src/calendar/index.js'

// chinese-days reads dates in local time; it must load under UTC+8 (dynamic import below, after this line)
process.env.TZ = 'Asia/Shanghai'

const SEED = 20250101
const INPUTS = 10_000
const TARGET_RATIO = 30

/** mulberry32: small, seeded, reproducible */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const DAY = 86_400_000
const FIRST = Date.UTC(2007, 0, 1)
const SPAN_DAYS = (Date.UTC(2035, 11, 31) - FIRST) / DAY - 120
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10)

const random = prng(SEED)
const inputs = Array.from({ length: INPUTS }, () => {
  const start = FIRST + Math.floor(random() * SPAN_DAYS) * DAY
  const n = 1 + Math.floor(random() * 40)
  const span = Math.floor(random() * 90)
  return { date: iso(start), n, to: iso(start + span * DAY), dayAfter: iso(start + DAY) }
})

/** ops/sec of fn over all inputs, repeated until at least `minMs` elapsed (after a warm-up pass). */
function measure(fn: (i: number) => unknown, minMs = 400): number {
  let sink = 0
  for (let i = 0; i < INPUTS; i++) if (fn(i)) sink++
  let ops = 0
  const t0 = performance.now()
  let elapsed = 0
  do {
    for (let i = 0; i < INPUTS; i++) if (fn(i)) sink++
    ops += INPUTS
    elapsed = performance.now() - t0
  } while (elapsed < minMs)
  if (sink < 0) console.log(sink) // keep the results alive
  return (ops / elapsed) * 1000
}

const fmt = (x: number): string => Math.round(x).toLocaleString('en-US').padStart(13)

async function main(): Promise<void> {
  const cd = await import('chinese-days')
  const timezoneOk = new Date(2025, 0, 1).getTimezoneOffset() === -480

  // sanity: both agree where both have official data (2011-2026)
  let compared = 0
  let agreed = 0
  for (const x of inputs) {
    if (x.date < '2011-01-01' || x.to > '2026-12-31') continue
    const due = addWorkingDays(x.date, x.n)
    if (due > '2026-12-31') continue
    compared++
    if (
      isWorkingDay(x.date) === cd.isWorkday(x.date) &&
      due === cd.findWorkday(x.n, x.date) &&
      workingDaysBetween(x.date, x.to) === (x.to < x.dayAfter ? 0 : cd.getWorkdaysInRange(x.dayAfter, x.to).length)
    )
      agreed++
  }

  const rows: [string, number, number][] = [
    ['isWorkingDay / isWorkday', measure((i) => isWorkingDay(inputs[i].date)), measure((i) => cd.isWorkday(inputs[i].date))],
    [
      'addWorkingDays / findWorkday',
      measure((i) => addWorkingDays(inputs[i].date, inputs[i].n)),
      measure((i) => cd.findWorkday(inputs[i].n, inputs[i].date)),
    ],
    [
      'workingDaysBetween / getWorkdaysInRange().length',
      measure((i) => workingDaysBetween(inputs[i].date, inputs[i].to)),
      measure((i) => (inputs[i].to < inputs[i].dayAfter ? 0 : cd.getWorkdaysInRange(inputs[i].dayAfter, inputs[i].to).length)),
    ],
  ]

  const overrides: CalendarOverride[] = Array.from({ length: 50 }, (_, i) => ({
    date: iso(Date.UTC(2027, 0, 4) + i * 5 * DAY),
    kind: i % 3 ? 'holiday' : 'workday',
    name: `调整${i}`,
    source: 'https://www.gov.cn/example-notice.htm',
  }))
  let t0 = performance.now()
  createCalendar({ overrides })
  const firstBuild = performance.now() - t0
  const builds = 100
  t0 = performance.now()
  for (let k = 0; k < builds; k++) createCalendar({ overrides })
  const rebuild = (performance.now() - t0) / builds

  console.log(`seed ${SEED}, ${INPUTS} random inputs in 2007-2035, n in 1..40, spans 0..89 days`)
  console.log(`chinese-days under TZ=Asia/Shanghai: ${timezoneOk ? 'yes' : 'NO (results not comparable)'}`)
  console.log(`agreement on inputs inside 2011-2026: ${agreed}/${compared}\n`)
  console.log(`${'operation'.padEnd(50)} ${'ours ops/s'.padStart(13)} ${'chinese-days'.padStart(13)} ${'ratio'.padStart(9)}`)
  let worst = Infinity
  for (const [name, ours, theirs] of rows) {
    const ratio = ours / theirs
    worst = Math.min(worst, ratio)
    console.log(`${name.padEnd(50)} ${fmt(ours)} ${fmt(theirs)} ${`${ratio.toFixed(0)}×`.padStart(9)}`)
  }
  console.log(`\nslowest ratio ${worst.toFixed(0)}× (target ≥ ${TARGET_RATIO}×): ${worst >= TARGET_RATIO ? 'met' : 'NOT MET'}`)
  console.log(`createCalendar with ${overrides.length} overrides: first (cold) ${firstBuild.toFixed(2)} ms, then ${rebuild.toFixed(2)} ms per rebuild (mean of ${builds})`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
