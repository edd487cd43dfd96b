/** scripts/calendar-update.ts: the vendored file is up to date, and bad input files are rejected clearly. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readOfficialDir, renderOfficial } from '../../scripts/calendar-update.js'
import { decodeYear, encodeYear } from '../../src/calendar/codec.js'
import { dayNumber } from '../../src/calendar/date.js'
import { OFFICIAL_YEARS } from '../../src/calendar/generated/official.js'
import { REFERENCE_DIR } from './helpers.js'

const tmpDirs: string[] = []
afterAll(() => tmpDirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

function dirWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'holiday-cn-'))
  tmpDirs.push(dir)
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content))
  }
  return dir
}

const URL_2025 = 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm'
const year = (y: number, days: unknown[], papers: string[] = [URL_2025]): unknown => ({ year: y, papers, days })

describe('calendar:update generator', () => {
  it('regenerates exactly the vendored src/calendar/generated/official.ts', () => {
    const { years, empty } = readOfficialDir(REFERENCE_DIR)
    expect(empty).toEqual([2027])
    const vendored = readFileSync(path.resolve(process.cwd(), 'src/calendar/generated/official.ts'), 'utf8')
    expect(renderOfficial(years)).toBe(vendored)
    expect(vendored.startsWith('// GENERATED FILE')).toBe(true)
  })

  it('round-trips the compact encoding', () => {
    for (const entry of OFFICIAL_YEARS) {
      const again = encodeYear(entry.year, entry.sources, decodeYear(entry))
      expect(again).toEqual({ ...entry, sources: [...entry.sources] })
    }
    expect(decodeYear({ year: 2019, sources: [], off: [['元旦', '2018-12-30..01-01']], work: [] }).map((d) => d.day)).toEqual([
      dayNumber(2018, 12, 30),
      dayNumber(2018, 12, 31),
      dayNumber(2019, 1, 1),
    ])
  })

  it('leaves out a year without days (no notice yet)', () => {
    const dir = dirWith({ '2025.json': year(2025, [{ name: '元旦', date: '2025-01-01', isOffDay: true }]), '2026.json': year(2026, [], []) })
    const { years, empty } = readOfficialDir(dir)
    expect(years.map((y) => y.year)).toEqual([2025])
    expect(empty).toEqual([2026])
  })

  it.each([
    ['malformed JSON', { '2025.json': '{ "year": 2025, ' }, /2025\.json: not valid JSON/],
    ['a year that does not match the file name', { '2025.json': year(2024, []) }, /"year" is 2024, expected 2025/],
    ['a date that does not exist', { '2025.json': year(2025, [{ name: '春节', date: '2025-02-30', isOffDay: true }]) }, /days\[0\]: date "2025-02-30" does not exist/],
    ['a date in the wrong form', { '2025.json': year(2025, [{ name: '元旦', date: '2025/1/1', isOffDay: true }]) }, /days\[0\]: date "2025\/1\/1" is not "YYYY-MM-DD"/],
    ['a missing isOffDay', { '2025.json': year(2025, [{ name: '元旦', date: '2025-01-01' }]) }, /"isOffDay" must be true or false/],
    ['an empty name', { '2025.json': year(2025, [{ name: ' ', date: '2025-01-01', isOffDay: true }]) }, /"name" must be a non-empty string/],
    ['days without a notice', { '2025.json': year(2025, [{ name: '元旦', date: '2025-01-01', isOffDay: true }], []) }, /lists days but no source notice/],
    ['a date outside the notice year', { '2025.json': year(2025, [{ name: '元旦', date: '2024-11-30', isOffDay: false }]) }, /outside 2025 and the preceding December/],
    [
      'a date listed twice with different values',
      {
        '2025.json': year(2025, [
          { name: '春节', date: '2025-01-28', isOffDay: true },
          { name: '春节', date: '2025-01-28', isOffDay: false },
        ]),
      },
      /days\[1\]: 2025-01-28 is listed twice with different values/,
    ],
    [
      'a date that two files classify differently',
      {
        '2024.json': year(2024, [{ name: '元旦', date: '2024-12-28', isOffDay: true }]),
        '2025.json': year(2025, [{ name: '元旦', date: '2024-12-28', isOffDay: false }]),
      },
      /2024-12-28 is a working day in 2025\.json but not in 2024\.json/,
    ],
  ])('rejects %s', (_what, files, message) => {
    expect(() => readOfficialDir(dirWith(files as Record<string, unknown>))).toThrow(message)
  })

  it('rejects a directory without year files', () => {
    expect(() => readOfficialDir(dirWith({ 'notes.txt': 'x' }))).toThrow(/no YYYY\.json files found/)
  })
})
