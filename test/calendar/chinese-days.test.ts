/**
 * Cross-check against the independent data set of the chinese-days package for every day
 * 2011-01-01..2026-12-31 (dev dependency, used here only).
 *
 * chinese-days parses `YYYY-MM-DD` as UTC midnight and then uses local-time getters, even when it
 * builds its own holiday table at import, so west of UTC it is a day off. It must run with
 * TZ=Asia/Shanghai. Jest hands each test file a copy of process.env, so assigning process.env.TZ
 * inside a test changes nothing (checked: getTimezoneOffset() stays put); the check therefore runs
 * chinese-days in a child Node process started with TZ=Asia/Shanghai (see helpers.ts), which works
 * whatever TZ the suite itself runs under.
 */
import { describe, expect, it } from '@jest/globals'
import { isWorkingDay } from '../../src/calendar/index.js'
import { eachDate, runChineseDays } from './helpers.js'

const FROM = '2011-01-01'
const TO = '2026-12-31'
const dates = eachDate(FROM, TO)


describe('cross-check with chinese-days, every day 2011-2026', () => {
  it(`agrees on ${dates.length} days with chinese-days run under TZ=Asia/Shanghai`, () => {
    const { value, offset } = runChineseDays<string>(`
      const out = []
      for (let t = Date.parse('${FROM}T00:00:00Z'); t <= Date.parse('${TO}T00:00:00Z'); t += 86400000)
        out.push(cd.isWorkday(new Date(t).toISOString().slice(0, 10)) ? '1' : '0')
      done(out.join(''))
    `)
    expect(offset).toBe(-480) // the child really ran at UTC+8
    expect(value).toHaveLength(dates.length)
    // zero differences: nothing to explain
    const diffs = dates.filter((date, i) => isWorkingDay(date) !== (value[i] === '1'))
    expect(diffs).toEqual([])
  })
})
