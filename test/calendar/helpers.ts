/** Shared test helpers: the reference data directory and its files. */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** shared/ sits beside the repository (in CI too). */
export const REFERENCE_DIR = path.resolve(process.cwd(), '../shared/reference/holiday-cn')

export interface ReferenceDay {
  name: string
  date: string
  isOffDay: boolean
}

export interface ReferenceYear {
  year: number
  papers: string[]
  days: ReferenceDay[]
}

export function readReference(): ReferenceYear[] {
  return readdirSync(REFERENCE_DIR)
    .filter((n) => /^\d{4}\.json$/.test(n))
    .sort()
    .map((n) => JSON.parse(readFileSync(path.join(REFERENCE_DIR, n), 'utf8')) as ReferenceYear)
}

/** Every `YYYY-MM-DD` from `from` to `to` inclusive (UTC arithmetic). */
export function eachDate(from: string, to: string): string[] {
  const out: string[] = []
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10))
  }
  return out
}

export function isWeekendDate(date: string): boolean {
  const w = new Date(`${date}T00:00:00Z`).getUTCDay()
  return w === 0 || w === 6
}

/**
 * Runs `body` (CommonJS, with `cd` = the chinese-days module) in a child Node process with
 * TZ=Asia/Shanghai and returns what it passes to `done(value)`. chinese-days reads dates in local
 * time, and inside Jest assigning process.env.TZ has no effect (each test file gets a copy of
 * process.env), so a child process is the reliable way to give it the time zone it needs.
 */
export function runChineseDays<T>(body: string): { value: T; offset: number } {
  const modulePath = createRequire(import.meta.url).resolve('chinese-days')
  const script = `
    const cd = require(${JSON.stringify(modulePath)})
    const done = (value) => process.stdout.write(JSON.stringify({ value, offset: new Date(2025, 0, 1).getTimezoneOffset() }))
    ${body}
  `
  const child = spawnSync(process.execPath, ['-e', script], {
    env: { ...process.env, TZ: 'Asia/Shanghai', NODE_OPTIONS: '' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (child.status !== 0) throw new Error(`chinese-days child failed: ${child.stderr}`)
  return JSON.parse(child.stdout) as { value: T; offset: number }
}
