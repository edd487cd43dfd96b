/** Counting conventions, input validation and instants. */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import {
  CalendarInputError,
  CalendarRangeError,
  addCalendarDays,
  addWorkingDays,
  dayInfo,
  explain,
  isWorkingDay,
  toBeijingDate,
  workingDaysBetween,
} from '../../src/calendar/index.js'

describe('counting conventions', () => {
  it('never counts the start day, even a working day', () => {
    expect(addWorkingDays('2025-03-03', 1)).toBe('2025-03-04') // Monday → Tuesday
    expect(addWorkingDays('2025-03-07', 1)).toBe('2025-03-10') // Friday → Monday
  })

  it('starts on a holiday: the first working day after it is day 1', () => {
    expect(addWorkingDays('2025-10-01', 1)).toBe('2025-10-09')
    expect(addWorkingDays('2025-10-03', 2)).toBe('2025-10-10')
    expect(addWorkingDays('2025-02-09', 1)).toBe('2025-02-10') // from a Sunday
  })

  it('n = 0 returns the start date as is, even a holiday', () => {
    expect(addWorkingDays('2025-10-01', 0)).toBe('2025-10-01')
    expect(addCalendarDays('2025-10-01', 0)).toBe('2025-10-01')
    expect(addWorkingDays(new Date('2025-01-31T16:30:00Z'), 0)).toBe('2025-02-01')
    expect(explain('2025-10-01', 0).text).toBe('起算日为2025年10月1日，期限为0个工作日，即当日。')
  })

  it('workingDaysBetween counts (from, to] and is antisymmetric', () => {
    expect(workingDaysBetween('2025-03-03', '2025-03-03')).toBe(0)
    expect(workingDaysBetween('2025-03-03', '2025-03-04')).toBe(1)
    expect(workingDaysBetween('2025-03-07', '2025-03-09')).toBe(0) // Fri → Sun
    expect(workingDaysBetween('2025-09-30', '2025-10-09')).toBe(1)
    expect(workingDaysBetween('2025-10-09', '2025-09-30')).toBe(-1)
    expect(workingDaysBetween('2025-02-21', '2025-01-20')).toBe(-20)
    expect(workingDaysBetween('2007-01-01', '2100-12-31')).toBe(-workingDaysBetween('2100-12-31', '2007-01-01'))
  })

  it('addWorkingDays and workingDaysBetween agree on random inputs', () => {
    let seed = 42
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let k = 0; k < 2000; k++) {
      const start = new Date(Date.UTC(2007, 0, 1) + Math.floor(next() * 29 * 365) * 86400000).toISOString().slice(0, 10)
      const n = Math.floor(next() * 60)
      const due = addWorkingDays(start, n)
      expect(workingDaysBetween(start, due)).toBe(n)
      if (n > 0) expect(isWorkingDay(due)).toBe(true)
    }
  })

  it.each([
    [-1, 'n must be a non-negative integer number of days, got -1 (number)'],
    [1.5, 'n must be a non-negative integer number of days, got 1.5 (number)'],
    [Number.NaN, 'got NaN (number)'],
    [Number.POSITIVE_INFINITY, 'got Infinity (number)'],
    ['3', 'got "3"'],
  ])('rejects n = %p', (n, message) => {
    expect(() => addWorkingDays('2025-03-03', n as number)).toThrow(CalendarInputError)
    expect(() => addWorkingDays('2025-03-03', n as number)).toThrow(message)
    expect(() => addCalendarDays('2025-03-03', n as number)).toThrow(CalendarInputError)
    expect(() => explain('2025-03-03', n as number)).toThrow(CalendarInputError)
  })

  it('rejects an unknown unit', () => {
    expect(() => explain('2025-03-03', 1, { unit: 'weeks' as 'working' })).toThrow(/unit must be 'working' or 'calendar'/)
  })
})

describe('date validation', () => {
  it.each([
    ['2025-02-30', /Invalid date "2025-02-30" \(2025-02 has no day 30\): expected a date "YYYY-MM-DD"/],
    ['2025-13-01', /month 13 does not exist/],
    ['2025/1/1', /Invalid date "2025\/1\/1": expected a date "YYYY-MM-DD"/],
    ['2025-1-1', /Invalid date "2025-1-1"/],
    ['', /Invalid date "": expected/],
    [' 2025-01-01', /Invalid date " 2025-01-01"/],
    ['2025-01-01T25:00', /time of day out of range/],
    ['2025-01-01T10:00+25:00', /UTC offset out of range/],
    ['tomorrow', /Invalid date "tomorrow"/],
    [new Date(Number.NaN), /Invalid date Invalid Date/],
    [20250101, /Invalid date 20250101 \(number\)/],
    [null, /Invalid date null/],
    [undefined, /Invalid date undefined/],
  ])('rejects %p with CalendarInputError', (value, message) => {
    for (const fn of [isWorkingDay, dayInfo, toBeijingDate, (d: unknown) => addWorkingDays(d as string, 1)]) {
      expect(() => fn(value as string)).toThrow(CalendarInputError)
      expect(() => fn(value as string)).toThrow(message)
    }
    expect(() => workingDaysBetween('2025-01-01', value as string)).toThrow(CalendarInputError)
  })

  it('accepts 2024-02-29 but not 2025-02-29', () => {
    expect(isWorkingDay('2024-02-29')).toBe(true)
    expect(() => isWorkingDay('2025-02-29')).toThrow(CalendarInputError)
  })

  it('throws CalendarRangeError (a CalendarInputError) outside 2007-01-01..2100-12-31', () => {
    expect(() => isWorkingDay('2006-12-31')).toThrow(CalendarRangeError)
    expect(() => isWorkingDay('2101-01-01')).toThrow(/outside the supported range 2007-01-01\.\.2100-12-31/)
    expect(() => addWorkingDays('2100-12-20', 30)).toThrow(CalendarRangeError)
    expect(() => addCalendarDays('2100-12-20', 30)).toThrow(CalendarRangeError)
    expect(new CalendarRangeError('x')).toBeInstanceOf(CalendarInputError)
    expect(isWorkingDay('2007-01-04')).toBe(true)
    expect(isWorkingDay('2100-12-31')).toBe(true) // a Friday
  })
})

describe('instants are read as Beijing dates', () => {
  it('a Date of 2025-01-31T16:30:00Z is Beijing 2025-02-01', () => {
    const d = new Date('2025-01-31T16:30:00Z')
    expect(toBeijingDate(d)).toBe('2025-02-01')
    expect(isWorkingDay(d)).toBe(false) // 2025-02-01 is inside 春节
    expect(addWorkingDays(d, 1)).toBe('2025-02-05')
    expect(toBeijingDate(new Date('2025-01-31T15:59:59.999Z'))).toBe('2025-01-31')
    expect(toBeijingDate(new Date('2025-01-31T16:00:00Z'))).toBe('2025-02-01')
  })

  it('reads ISO strings with an offset as instants and without one as Beijing time', () => {
    expect(toBeijingDate('2025-01-31T16:30:00Z')).toBe('2025-02-01')
    expect(toBeijingDate('2025-01-31T16:30:00.123Z')).toBe('2025-02-01')
    expect(toBeijingDate('2025-01-31T23:30:00+08:00')).toBe('2025-01-31')
    expect(toBeijingDate('2025-01-31T10:00:00-08:00')).toBe('2025-02-01') // 18:00Z = 02:00 Beijing
    expect(toBeijingDate('2025-01-31T10:00:00-0800')).toBe('2025-02-01')
    expect(toBeijingDate('2025-01-01T10:00:00')).toBe('2025-01-01') // no offset: Beijing time
    expect(toBeijingDate('2025-01-01T23:59')).toBe('2025-01-01')
    expect(toBeijingDate('2025-01-01 00:00:00')).toBe('2025-01-01')
    expect(toBeijingDate('2024-12-31T16:00:00Z')).toBe('2025-01-01') // across a year
    expect(toBeijingDate('2024-02-28T16:00:00Z')).toBe('2024-02-29') // leap day
  })

  it('gives the same results under any TZ (child processes)', () => {
    const script = path.resolve(process.cwd(), 'test/calendar/fixtures/tz-fingerprint.ts')
    const outputs = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'].map((tz) => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', script], {
        env: { ...process.env, TZ: tz, NODE_OPTIONS: '' },
        encoding: 'utf8',
      })
      expect(child.stderr).toBe('')
      return JSON.parse(child.stdout) as { offset: number; results: unknown }
    })
    expect(new Set(outputs.map((o) => o.offset)).size).toBe(5) // the zones really differ
    for (const o of outputs) expect(o.results).toEqual(outputs[0].results)
    expect((outputs[0].results as Record<string, unknown>).instant).toBe('2025-02-01')
  })
})
