/** createCalendar({ overrides }): entered notices, mid-year changes and regional holidays. */
import { describe, expect, it } from '@jest/globals'
import {
  CalendarInputError,
  CalendarRangeError,
  addWorkingDays,
  createCalendar,
  isWorkingDay,
  type CalendarOverride,
} from '../../src/calendar/index.js'

const NOTICE = 'https://www.gov.cn/example/2027-notice.htm'

describe('overrides', () => {
  it('a Sunday made a working day moves a later deadline earlier', () => {
    // default: 5 working days from Friday 2025-03-07 are 3/10-3/14
    expect(addWorkingDays('2025-03-07', 5)).toBe('2025-03-14')
    const cal = createCalendar({ overrides: [{ date: '2025-03-09', kind: 'workday', name: '临时调休上班', source: '某市政府通知' }] })
    expect(cal.addWorkingDays('2025-03-07', 5)).toBe('2025-03-13')
    expect(cal.dayInfo('2025-03-09')).toMatchObject({ working: true, kind: 'makeup', name: '临时调休上班', source: '某市政府通知', basis: 'override' })
    expect(cal.workingDaysBetween('2025-03-07', '2025-03-13')).toBe(5)
  })

  it('a weekday made a holiday moves a deadline later', () => {
    const cal = createCalendar({ overrides: [{ date: '2025-03-11', kind: 'holiday', name: '地方节日', source: '某自治区通知', region: '某自治区' }] })
    expect(cal.addWorkingDays('2025-03-07', 5)).toBe('2025-03-17')
    expect(cal.isWorkingDay('2025-03-11')).toBe(false)
    expect(cal.dayInfo('2025-03-11')).toMatchObject({ kind: 'holiday', name: '地方节日', region: '某自治区', basis: 'override' })
  })

  it('explain lists override names and sources', () => {
    const cal = createCalendar({
      overrides: [
        { date: '2025-03-09', kind: 'workday', name: '临时调休上班', source: '某市政府通知' },
        { date: '2025-03-11', kind: 'holiday', name: '地方节日', source: '某自治区通知' },
        { date: '2025-03-16', kind: 'workday' },
      ],
    })
    const e = cal.explain('2025-03-07', 5)
    expect(e.dueDate).toBe('2025-03-14')
    expect(e.skipped).toEqual([
      { date: '2025-03-08', reason: '周末', kind: 'weekend' },
      { date: '2025-03-11', reason: '地方节日', kind: 'holiday', source: '某自治区通知' },
    ])
    expect(e.makeUpDays).toEqual([{ date: '2025-03-09', name: '临时调休上班', source: '某市政府通知' }])
    expect(e.sources).toEqual(['https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm', '某市政府通知', '某自治区通知'])
    expect(e.text).toBe('自2025年3月7日起算5个工作日（起算日不计入），至2025年3月14日届满；其间周末1天、地方节日1天不计入，调休上班日3月9日计入。')
    expect(cal.explain('2025-03-14', 1).makeUpDays).toEqual([{ date: '2025-03-16', name: '调休上班' }])
  })

  it('can cancel an official holiday', () => {
    const cal = createCalendar({ overrides: [{ date: '2025-10-08', kind: 'workday', name: '恢复上班' }] })
    expect(cal.isWorkingDay('2025-10-08')).toBe(true)
    expect(cal.dayInfo('2025-10-08')).toMatchObject({ kind: 'workday', name: '恢复上班', basis: 'override' })
    expect(cal.addWorkingDays('2025-09-30', 1)).toBe('2025-10-08')
    expect(isWorkingDay('2025-10-08')).toBe(false) // the default calendar is untouched
  })

  it('a year with a sourced override counts as official: no longer provisional, 补假 guesses dropped', () => {
    // the 2027 notice entered by an administrator (hypothetical arrangement)
    const overrides: CalendarOverride[] = [
      ...['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-11', '2027-02-12'].map((date) => ({
        date,
        kind: 'holiday' as const,
        name: '春节',
        source: NOTICE,
      })),
      { date: '2027-02-20', kind: 'workday', name: '春节', source: NOTICE },
    ]
    const cal = createCalendar({ overrides })
    expect(cal.isProvisional('2027-03-01')).toBe(false)
    expect(cal.isProvisional('2026-12-28')).toBe(false) // late December: the 2027 notice is in
    expect(cal.isProvisional('2027-12-28')).toBe(true) // 2028 still missing
    expect(cal.dayInfo('2027-02-09')).toMatchObject({ working: true, kind: 'workday', provisional: false }) // guessed 补假 dropped
    expect(cal.dayInfo('2027-02-08')).toMatchObject({ working: false, basis: 'override', source: NOTICE })
    expect(cal.dayInfo('2027-10-01')).toMatchObject({ working: false, basis: 'statutory' }) // the law stays
    expect(cal.dayInfo('2027-02-20')).toMatchObject({ working: true, kind: 'makeup' })
    const c = cal.coverage()
    expect(c.official.at(-1)).toEqual({ year: 2027, sources: [NOTICE], origin: 'override' })
    expect(c.provisional).toEqual([{ from: '2027-12-20', to: '2100-12-31' }])
    // 2/9, 2/10 worked (no 补假 guess any more), 2/11-2/14 off → the 3rd working day is 2/15
    expect(cal.explain('2027-02-04', 3)).toMatchObject({ dueDate: '2027-02-15', provisional: false, sources: [NOTICE] })
  })

  it('a source on an override of an official year adds to its sources', () => {
    const cal = createCalendar({ overrides: [{ date: '2025-03-11', kind: 'holiday', source: '某通知' }] })
    expect(cal.coverage().official.find((y) => y.year === 2025)).toEqual({
      year: 2025,
      sources: ['https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm', '某通知'],
      origin: 'both',
    })
    expect(cal.dayInfo('2025-03-11').name).toBe('节假日')
  })

  it('validates overrides', () => {
    const make = (o: unknown): unknown => createCalendar({ overrides: [o as CalendarOverride] })
    expect(() => make({ date: '2025-02-30', kind: 'holiday' })).toThrow(CalendarInputError)
    expect(() => make({ date: '2025-02-30', kind: 'holiday' })).toThrow(/overrides\[0\]\.date: Invalid date "2025-02-30"/)
    expect(() => make({ date: '2025-03-01', kind: 'off' })).toThrow(/overrides\[0\]\.kind must be 'holiday' or 'workday', got "off"/)
    expect(() => make({ date: '2025-03-01', kind: 'holiday', name: 3 })).toThrow(/overrides\[0\]\.name must be a string/)
    expect(() => make({ date: '2101-01-01', kind: 'holiday' })).toThrow(CalendarRangeError)
    expect(() => make(null)).toThrow(/overrides\[0\] must be an object/)
    expect(() =>
      createCalendar({
        overrides: [
          { date: '2025-03-01', kind: 'holiday' },
          { date: '2025-03-01', kind: 'workday' },
        ],
      }),
    ).toThrow(/2025-03-01 is overridden both as a holiday and as a workday/)
    // the same kind twice: the later entry wins
    const cal = createCalendar({
      overrides: [
        { date: '2025-03-11', kind: 'holiday', name: 'A' },
        { date: new Date('2025-03-10T17:00:00Z'), kind: 'holiday', name: 'B' },
      ],
    })
    expect(cal.dayInfo('2025-03-11').name).toBe('B')
  })

  it('rebuilds with 50 overrides in well under 100 ms', () => {
    const overrides: CalendarOverride[] = Array.from({ length: 50 }, (_, i) => ({
      date: new Date(Date.UTC(2027, 0, 4) + i * 7 * 86400000).toISOString().slice(0, 10),
      kind: i % 2 ? 'holiday' : 'workday',
      name: `调整${i}`,
      source: NOTICE,
    }))
    createCalendar({ overrides }) // warm up
    const t0 = performance.now()
    for (let k = 0; k < 10; k++) createCalendar({ overrides })
    expect((performance.now() - t0) / 10).toBeLessThan(100)
  })
})
