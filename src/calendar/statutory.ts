/**
 * Statutory public holidays for a year that has no State Council notice yet (provisional years).
 *
 * Rules: 《全国年节及纪念日放假办法》 as revised by 国务院令第795号 (2024-11-10, in force 2025-01-01).
 * Only the law is applied: no bridging days and no weekend make-up days (调休上班) are guessed,
 * because those are fixed each year by the notice.
 */
import { dayNumber, isWeekend } from './date.js'
import { festivalDays } from './lunar.js'

/** Citation used as the source of provisional days. */
export const STATUTORY_SOURCE = '国务院令第795号《全国年节及纪念日放假办法》'

export interface StatutoryDay {
  day: number
  name: string
  /** a 补假 day: a weekday given in place of a holiday that fell on a weekend (or on another holiday) */
  compensatory: boolean
}

export function statutoryHolidays(year: number): StatutoryDay[] {
  const f = festivalDays(year)
  const d = (m: number, day: number): number => dayNumber(year, m, day)
  // 第二条 全体公民放假的节日
  const slots: [number, string][] = [
    [d(1, 1), '元旦'], // 新年，放假1天（1月1日）
    [f.springFestival - 1, '春节'], // 春节，放假4天（农历除夕、正月初一至初三）; 除夕 = the day before 初一
    [f.springFestival, '春节'],
    [f.springFestival + 1, '春节'],
    [f.springFestival + 2, '春节'],
    [f.qingming, '清明节'], // 清明节，放假1天（农历清明当日）
    [d(5, 1), '劳动节'], // 劳动节，放假2天（5月1日、2日）
    [d(5, 2), '劳动节'],
    [f.dragonBoat, '端午节'], // 端午节，放假1天（农历端午当日）
    [f.midAutumn, '中秋节'], // 中秋节，放假1天（农历中秋当日）
    [d(10, 1), '国庆节'], // 国庆节，放假3天（10月1日至3日）
    [d(10, 2), '国庆节'],
    [d(10, 3), '国庆节'],
  ]
  slots.sort((a, b) => a[0] - b[0])

  const names = new Map<number, string[]>()
  for (const [day, name] of slots) {
    const list = names.get(day) ?? []
    if (!list.includes(name)) list.push(name)
    names.set(day, list)
  }
  const days = new Map<number, StatutoryDay>()
  for (const [day, list] of names) days.set(day, { day, name: list.join('、'), compensatory: false })

  // 第六条 全体公民放假的假日，如果适逢周六、周日，应当在工作日补假。
  // A slot that shares its day with another holiday is owed a day too (as the 2020 notice gave for
  // 中秋 on 10-01). The 补假 goes to the first free weekday after it, where notices put it, and is
  // named so (e.g. '春节补假') to show it is placed by rule, not by a notice.
  const taken = new Set<number>()
  for (const [day, name] of slots) {
    if (!isWeekend(day) && !taken.has(day)) {
      taken.add(day)
      continue
    }
    let extra = day + 1
    while (isWeekend(extra) || days.has(extra)) extra++
    days.set(extra, { day: extra, name: `${name}补假`, compensatory: true })
  }
  return [...days.values()].sort((a, b) => a.day - b.day)
}
