/** Years without a notice: statutory holidays per 国务院令第795号, flagged provisional. */
import { describe, expect, it } from '@jest/globals'
import { addWorkingDays, coverage, dayInfo, explain, isProvisional, isWorkingDay } from '../../src/calendar/index.js'
import { formatDay, isWeekend } from '../../src/calendar/date.js'
import { statutoryHolidays } from '../../src/calendar/statutory.js'
import { eachDate, isWeekendDate, readReference } from './helpers.js'

describe('provisional years', () => {
  it('2027 holidays follow the 2025 rules, with 补假 for holidays on weekends', () => {
    const holidays = eachDate('2027-01-01', '2027-12-31').filter((d) => dayInfo(d).kind === 'holiday')
    // worked out by hand from the festival dates (春节 2/6, 清明 4/5, 端午 6/9, 中秋 9/15):
    expect(holidays).toEqual([
      '2027-01-01', // 元旦, Friday
      '2027-02-05', // 除夕, Friday
      '2027-02-06', // 初一, Saturday → 补假 2/9
      '2027-02-07', // 初二, Sunday → 补假 2/10
      '2027-02-08', // 初三, Monday
      '2027-02-09',
      '2027-02-10',
      '2027-04-05', // 清明, Monday
      '2027-05-01', // Saturday → 补假 5/3
      '2027-05-02', // Sunday → 补假 5/4
      '2027-05-03',
      '2027-05-04',
      '2027-06-09', // 端午, Wednesday
      '2027-09-15', // 中秋, Wednesday
      '2027-10-01', // Friday
      '2027-10-02', // Saturday → 补假 10/4
      '2027-10-03', // Sunday → 补假 10/5
      '2027-10-04',
      '2027-10-05',
    ])
    expect(dayInfo('2027-02-09')).toMatchObject({ name: '春节补假', basis: 'statutory', provisional: true })
    expect(dayInfo('2027-05-04').name).toBe('劳动节补假')
    expect(dayInfo('2027-02-06')).toEqual({
      date: '2027-02-06',
      working: false,
      kind: 'holiday',
      name: '春节',
      source: '国务院令第795号《全国年节及纪念日放假办法》',
      basis: 'statutory',
      provisional: true,
    })
  })

  it('guesses no make-up working days', () => {
    for (const d of eachDate('2027-01-01', '2030-12-31')) {
      expect(dayInfo(d).kind === 'makeup').toBe(false)
      if (isWeekendDate(d)) expect(isWorkingDay(d)).toBe(false)
    }
  })

  it('gives 中秋 on a 国庆 day its own extra day (2028: 中秋 is 10-03)', () => {
    expect(dayInfo('2028-10-03')).toMatchObject({ kind: 'holiday', name: '中秋节、国庆节' })
    // 10/1 Sun, 10/2 Mon, 10/3 Tue: 补假 for 10/1 → 10/4, for the shared 10/3 → 10/5
    expect(eachDate('2028-09-30', '2028-10-09').map(isWorkingDay)).toEqual([false, false, false, false, false, false, true, false, false, true])
  })

  it('reproduces the net days off of the 2025 and 2026 notices (the years under the same rules)', () => {
    for (const year of [2025, 2026]) {
      const rule = statutoryHolidays(year)
      const ref = readReference().find((y) => y.year === year)!
      const off = new Set(ref.days.filter((d) => d.isOffDay).map((d) => d.date))
      // every statutory day and every 补假 is a day off in the notice
      for (const d of rule) expect([formatDay(d.day), off.has(formatDay(d.day))]).toEqual([formatDay(d.day), true])
      // weekdays off minus weekend days worked = the statutory weekdays off
      const net =
        ref.days.filter((d) => d.isOffDay && d.date.startsWith(`${year}`) && !isWeekendDate(d.date)).length -
        ref.days.filter((d) => !d.isOffDay && isWeekendDate(d.date)).length
      expect(net).toBe(rule.filter((d) => !isWeekend(d.day)).length)
      expect(net).toBe(13)
    }
  })

  it('flags results touching 2027 and not those within 2026', () => {
    expect(explain('2026-12-10', 20)).toMatchObject({ dueDate: '2027-01-08', provisional: true })
    expect(explain('2026-12-10', 20).text).toContain('（2027年放假安排尚未发布，按国务院令第795号《全国年节及纪念日放假办法》推算，结果为暂定）')
    expect(explain('2026-12-10', 20).sources).toEqual([
      'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
      '国务院令第795号《全国年节及纪念日放假办法》',
    ])
    expect(explain('2027-03-01', 5).provisional).toBe(true)
    expect(explain('2027-03-01', 5, { unit: 'calendar' }).provisional).toBe(true)
    expect(dayInfo('2027-03-01').provisional).toBe(true)
    expect(isProvisional('2027-01-04')).toBe(true)
    expect(isProvisional('2026-03-02', '2027-01-04')).toBe(true)

    expect(explain('2026-02-13', 3).provisional).toBe(false)
    expect(explain('2026-09-01', 30).provisional).toBe(false)
    expect(explain('2026-12-01', 10, { unit: 'calendar' }).provisional).toBe(false)
    expect(dayInfo('2026-06-19').provisional).toBe(false)
    expect(isProvisional('2026-01-01', '2026-12-19')).toBe(false)
    expect(isProvisional('2026-12-19', '2026-01-01')).toBe(false)
  })

  it('flags late December 2026: the 2027 notice may still move New Year days into it', () => {
    expect(isProvisional('2026-12-19')).toBe(false)
    expect(isProvisional('2026-12-20')).toBe(true)
    expect(explain('2026-12-10', 7).dueDate).toBe('2026-12-21')
    expect(explain('2026-12-10', 7).provisional).toBe(true)
    expect(addWorkingDays('2026-12-10', 7)).toBe('2026-12-21')
  })

  it('reports coverage', () => {
    const c = coverage()
    expect(c.range).toEqual({ from: '2007-01-01', to: '2100-12-31' })
    expect(c.official.map((y) => y.year)).toEqual(Array.from({ length: 20 }, (_, i) => 2007 + i))
    expect(c.official.find((y) => y.year === 2020)).toEqual({
      year: 2020,
      sources: ['http://www.gov.cn/zhengce/zhengceku/2019-11/21/content_5454164.htm', 'http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm'],
      origin: 'vendored',
    })
    expect(c.provisional).toEqual([{ from: '2026-12-20', to: '2100-12-31' }])
    expect(c.statutoryRules).toBe('国务院令第795号《全国年节及纪念日放假办法》')
  })
})
