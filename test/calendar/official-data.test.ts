/** Every special day of every reference notice 2007-2026 is classified as the notice says. */
import { describe, expect, it } from '@jest/globals'
import { CalendarRangeError, dayInfo, isWorkingDay } from '../../src/calendar/index.js'
import { eachDate, isWeekendDate, readReference, type ReferenceDay } from './helpers.js'

const reference = readReference()

describe('vendored official data', () => {
  it('reads the reference files 2007-2027', () => {
    expect(reference.map((y) => y.year)).toEqual(Array.from({ length: 21 }, (_, i) => 2007 + i))
  })

  const special = new Map<string, { day: ReferenceDay; papers: string[] }>()
  for (const year of reference) for (const day of year.days) special.set(day.date, { day, papers: year.papers })

  it('classifies every listed day 2007-2026 as its notice says', () => {
    let checked = 0
    for (const [date, { day, papers }] of special) {
      if (date < '2007-01-01') {
        // the 2007 notice also moves 2006-12-30/31, before the supported range
        expect(() => dayInfo(date)).toThrow(CalendarRangeError)
        continue
      }
      const info = dayInfo(date)
      const expectedKind = day.isOffDay ? 'holiday' : isWeekendDate(date) ? 'makeup' : 'workday'
      expect({ date, working: info.working, kind: info.kind, name: info.name, basis: info.basis }).toEqual({
        date,
        working: !day.isOffDay,
        kind: expectedKind,
        name: day.name,
        basis: 'official',
      })
      expect(isWorkingDay(date)).toBe(!day.isOffDay)
      expect(info.source?.split(' ')).toEqual(papers)
      expect(info.provisional).toBe(false)
      checked++
    }
    expect(checked).toBe(special.size - 2)
    expect(checked).toBeGreaterThan(600)
  })

  it('treats every other day 2007-2026 as a plain weekday or weekend', () => {
    for (const date of eachDate('2007-01-01', '2026-12-31')) {
      if (special.has(date)) continue
      const weekend = isWeekendDate(date)
      const info = dayInfo(date)
      expect([date, info.working, info.kind, info.name, info.basis]).toEqual([date, !weekend, weekend ? 'weekend' : 'workday', undefined, undefined])
    }
  })

  it('keeps the mid-year changes of 2015, 2019 and 2020 with both notices as sources', () => {
    // 2015-05-13 notice: 9/3-9/5 off for the 70th anniversary, Sunday 9/6 worked
    expect(dayInfo('2015-09-03')).toMatchObject({ working: false, name: '抗日战争暨世界反法西斯战争胜利70周年纪念日' })
    expect(dayInfo('2015-09-06')).toMatchObject({ working: true, kind: 'makeup' })
    // 2019-03-22 notice: 劳动节 5/1-5/4, with 4/28 and 5/5 worked
    expect(['2019-05-03', '2019-05-04'].map(isWorkingDay)).toEqual([false, false])
    expect(['2019-04-28', '2019-05-05'].map(isWorkingDay)).toEqual([true, true])
    // 2020-01-27 notice: 春节 extended to 2/2; Saturday 2/1 no longer a make-up day
    expect(['2020-01-31', '2020-02-01', '2020-02-02'].map(isWorkingDay)).toEqual([false, false, false])
    expect(dayInfo('2020-02-03')).toMatchObject({ working: true, kind: 'workday' })
    expect(dayInfo('2020-01-31').source).toBe(
      'http://www.gov.cn/zhengce/zhengceku/2019-11/21/content_5454164.htm http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm',
    )
  })

  it('applies notices to the previous December', () => {
    // 2019 notice: Saturday 2018-12-29 worked, 12-30/31 off
    expect(dayInfo('2018-12-29')).toMatchObject({ kind: 'makeup', name: '元旦' })
    expect(['2018-12-30', '2018-12-31'].map(isWorkingDay)).toEqual([false, false])
    // 2012 notice: Saturday 2011-12-31 worked
    expect(dayInfo('2011-12-31')).toMatchObject({
      working: true,
      kind: 'makeup',
      source: 'http://www.gov.cn/zhengce/zhengceku/2011-12/06/content_1411.htm',
    })
  })
})
