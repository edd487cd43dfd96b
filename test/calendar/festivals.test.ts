/**
 * The festival table used for provisional years (generated/festivals.ts) against two independent
 * derivations: astronomy (./astro.ts, Meeus) and chinese-days (its lunar table and solar-term formula).
 * (A third, lunar-javascript's 寿星万年历 algorithm, agreed with the astronomy for every year when checked by hand.)
 */
import { describe, expect, it } from '@jest/globals'
import { festivalDays } from '../../src/calendar/lunar.js'
import { formatDay } from '../../src/calendar/date.js'
import { lunarFestivals } from './astro.js'
import { runChineseDays } from './helpers.js'

const YEARS = Array.from({ length: 2100 - 2007 + 1 }, (_, i) => 2007 + i)

function row(year: number): { spring: string; qingming: string; dragon: string; autumn: string } {
  const f = festivalDays(year)
  return { spring: formatDay(f.springFestival), qingming: formatDay(f.qingming), dragon: formatDay(f.dragonBoat), autumn: formatDay(f.midAutumn) }
}

describe('festival table 2007-2100', () => {
  it('has the known dates', () => {
    expect(row(2027)).toEqual({ spring: '2027-02-06', qingming: '2027-04-05', dragon: '2027-06-09', autumn: '2027-09-15' })
    expect(row(2028).spring).toBe('2028-01-26')
    // 2033: the "2033 problem" year (leap 11th month); 中秋 stays in September
    expect(row(2033)).toEqual({ spring: '2033-01-31', qingming: '2033-04-04', dragon: '2033-06-01', autumn: '2033-09-08' })
  })

  it('matches the astronomical computation for every year', () => {
    const diffs: string[] = []
    for (const year of YEARS) {
      const a = lunarFestivals(year)
      const expected = { spring: a.springFestival, qingming: a.qingming, dragon: a.dragonBoat, autumn: a.midAutumn }
      if (JSON.stringify(row(year)) !== JSON.stringify(expected)) diffs.push(`${year}: table ${JSON.stringify(row(year))} astro ${JSON.stringify(expected)}`)
    }
    expect(diffs).toEqual([])
  })

  it('matches chinese-days (run under TZ=Asia/Shanghai) except the documented 2100 清明 correction', () => {
    const { value: theirs } = runChineseDays<Record<string, ReturnType<typeof row>>>(`
      const out = {}
      for (let year = ${YEARS[0]}; year <= ${YEARS[YEARS.length - 1]}; year++) out[year] = {
        spring: cd.getSolarDateFromLunar(year + '-01-01').date,
        qingming: cd.getSolarTermDate(year, 4, 'pure_brightness'),
        dragon: cd.getSolarDateFromLunar(year + '-05-05').date,
        autumn: cd.getSolarDateFromLunar(year + '-08-15').date,
      }
      done(out)
    `)
    const diffs: string[] = []
    for (const year of YEARS) {
      const ours = row(year)
      for (const key of Object.keys(ours) as (keyof typeof ours)[])
        if (ours[key] !== theirs[year][key]) diffs.push(`${year} ${key}: ours ${ours[key]}, chinese-days ${theirs[year][key]}`)
    }
    // the Sun reaches 15° at about 00:43 Beijing time on 2100-04-05 (see scripts/calendar-update.ts)
    expect(diffs).toEqual(['2100 qingming: ours 2100-04-05, chinese-days 2100-04-04'])
  })
})
