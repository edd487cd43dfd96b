/** Known arrangements and deadlines, each checked by hand against the notices. */
import { describe, expect, it } from '@jest/globals'
import { addCalendarDays, addWorkingDays, dayInfo, explain, isWorkingDay, workingDaysBetween } from '../../src/calendar/index.js'
import { eachDate } from './helpers.js'

const offDays = (from: string, to: string): boolean[] => eachDate(from, to).map(isWorkingDay)

describe('2025 and 2026 arrangements', () => {
  it('2025 春节: 1/28-2/4 off, Sunday 1/26 and Saturday 2/8 worked', () => {
    expect(offDays('2025-01-28', '2025-02-04')).toEqual(Array(8).fill(false))
    expect(isWorkingDay('2025-01-27')).toBe(true)
    expect(isWorkingDay('2025-02-05')).toBe(true)
    expect(dayInfo('2025-01-26')).toMatchObject({ working: true, kind: 'makeup', name: '春节' })
    expect(dayInfo('2025-02-08')).toMatchObject({ working: true, kind: 'makeup', name: '春节' })
    expect(isWorkingDay('2025-02-09')).toBe(false) // plain Sunday
  })

  it('2025 国庆节、中秋节: 10/1-10/8 off, Sunday 9/28 and Saturday 10/11 worked', () => {
    expect(offDays('2025-10-01', '2025-10-08')).toEqual(Array(8).fill(false))
    expect(dayInfo('2025-09-28')).toMatchObject({ working: true, kind: 'makeup' })
    expect(dayInfo('2025-10-11')).toMatchObject({ working: true, kind: 'makeup' })
    expect(isWorkingDay('2025-10-09')).toBe(true)
  })

  it('2026 春节: 2/15-2/23 off, Saturdays 2/14 and 2/28 worked', () => {
    expect(offDays('2026-02-15', '2026-02-23')).toEqual(Array(9).fill(false))
    expect(dayInfo('2026-02-14')).toMatchObject({ working: true, kind: 'makeup' })
    expect(dayInfo('2026-02-28')).toMatchObject({ working: true, kind: 'makeup' })
    expect(dayInfo('2026-02-24')).toMatchObject({ working: true, kind: 'workday' })
  })
})

describe('deadlines counted by hand', () => {
  it('20 working days from Monday 2025-01-20 end on 2025-02-21', () => {
    // 1/21-1/24 = 1-4; 1/25 Sat no; 1/26 Sun 调休 = 5; 1/27 = 6; 1/28-2/4 春节 no;
    // 2/5-2/7 = 7-9; 2/8 Sat 调休 = 10; 2/9 Sun no; 2/10-2/14 = 11-15; 2/17-2/21 = 16-20
    expect(addWorkingDays('2025-01-20', 20)).toBe('2025-02-21')
    expect(workingDaysBetween('2025-01-20', '2025-02-21')).toBe(20)
  })

  it('7 working days from Friday 2025-09-26 end on 2025-10-13', () => {
    // 9/27 Sat no; 9/28 Sun 调休 = 1; 9/29, 9/30 = 2, 3; 10/1-10/8 no; 10/9, 10/10 = 4, 5;
    // 10/11 Sat 调休 = 6; 10/12 Sun no; 10/13 Mon = 7
    expect(addWorkingDays('2025-09-26', 7)).toBe('2025-10-13')
  })

  it('3 working days from Friday 2026-02-13 end on 2026-02-25', () => {
    // 2/14 Sat 调休 = 1; 2/15-2/23 春节 no; 2/24 = 2; 2/25 = 3
    expect(addWorkingDays('2026-02-13', 3)).toBe('2026-02-25')
  })

  it('15 working days from Thursday 2024-09-26 end on 2024-10-22', () => {
    // 9/27 = 1; 9/28 Sat no; 9/29 Sun 调休 = 2; 9/30 = 3; 10/1-10/7 国庆 no; 10/8-10/11 = 4-7;
    // 10/12 Sat 调休 = 8; 10/13 Sun no; 10/14-10/18 = 9-13; 10/21, 10/22 = 14, 15
    expect(addWorkingDays('2024-09-26', 15)).toBe('2024-10-22')
  })

  it('calendar-day periods move to the next working day', () => {
    // 9/26 + 7 days = 10/3, inside 国庆 → 10/9 (Thursday)
    expect(addCalendarDays('2025-09-26', 7)).toBe('2025-10-09')
    // 2025-01-20 + 15 days = 2/4, last day of 春节 → 2/5
    expect(addCalendarDays('2025-01-20', 15)).toBe('2025-02-05')
    // 2025-02-01 + 7 days = Saturday 2/8, a 调休 working day: the period ends there
    expect(addCalendarDays('2025-02-01', 7)).toBe('2025-02-08')
    // a plain weekday
    expect(addCalendarDays('2025-03-03', 10)).toBe('2025-03-13')
    // Saturday → Monday
    expect(addCalendarDays('2025-03-03', 12)).toBe('2025-03-17')
  })
})

describe('explain', () => {
  it('lists skipped days, make-up days, sources and a Chinese sentence', () => {
    const e = explain('2025-01-20', 20)
    expect(e).toMatchObject({ start: '2025-01-20', n: 20, unit: 'working', dueDate: '2025-02-21', provisional: false })
    expect(e.skipped.filter((s) => s.kind === 'holiday').map((s) => s.date)).toEqual(eachDate('2025-01-28', '2025-02-04'))
    expect(e.skipped.filter((s) => s.kind === 'weekend').map((s) => s.date)).toEqual(['2025-01-25', '2025-02-09', '2025-02-15', '2025-02-16'])
    expect(e.skipped[0]).toEqual({ date: '2025-01-25', reason: '周末', kind: 'weekend' })
    expect(e.skipped[1]).toEqual({
      date: '2025-01-28',
      reason: '春节',
      kind: 'holiday',
      source: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
    })
    expect(e.makeUpDays).toEqual([
      { date: '2025-01-26', name: '春节调休', source: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm' },
      { date: '2025-02-08', name: '春节调休', source: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm' },
    ])
    expect(e.sources).toEqual(['https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm'])
    expect(e.text).toBe(
      '自2025年1月20日起算20个工作日（起算日不计入），至2025年2月21日届满；其间周末4天、春节8天不计入，调休上班日1月26日、2月8日计入。',
    )
  })

  it('explains a calendar-day period that was extended', () => {
    const e = explain('2025-09-26', 7, { unit: 'calendar' })
    expect(e.dueDate).toBe('2025-10-09')
    expect(e.skipped.map((s) => s.date)).toEqual(eachDate('2025-10-03', '2025-10-08'))
    expect(e.skipped.every((s) => s.kind === 'holiday' && s.reason === '国庆节、中秋节')).toBe(true)
    expect(e.text).toBe('自2025年9月26日起算7日（起算日不计入），第7日2025年10月3日为国庆节、中秋节假日，顺延至2025年10月9日届满。')
  })

  it('cites every year a period crosses', () => {
    const e = explain('2024-12-20', 20)
    expect(e.dueDate).toBe('2025-01-20')
    expect(e.sources).toEqual([
      'https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm',
      'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
    ])
  })
})
