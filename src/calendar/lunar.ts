/**
 * Dates of the lunar festivals and of 清明 for years without an official notice, read from the
 * generated table in generated/festivals.ts (no lunar arithmetic at run time: a table is exact and
 * reviewable; test/calendar/festivals.test.ts re-derives every row astronomically).
 */
import { FESTIVAL_FIRST_YEAR, FESTIVAL_LAST_YEAR, FESTIVAL_TABLE } from './generated/festivals.js'
import { dayNumber } from './date.js'

export interface FestivalDays {
  /** 春节: 正月初一 (days since 1970-01-01) */
  springFestival: number
  /** 清明: the day the Sun reaches 15° ecliptic longitude, Beijing time */
  qingming: number
  /** 端午: 五月初五 */
  dragonBoat: number
  /** 中秋: 八月十五 */
  midAutumn: number
}

let rows: FestivalDays[] | undefined

function load(): FestivalDays[] {
  const out: FestivalDays[] = []
  const lines = FESTIVAL_TABLE.trim().split('\n')
  lines.forEach((line, i) => {
    const [year, ...dates] = line.trim().split(/\s+/)
    const y = Number(year)
    if (y !== FESTIVAL_FIRST_YEAR + i || dates.length !== 4) throw new Error(`festival table: bad row "${line}"`)
    const [spring, qingming, dragon, autumn] = dates.map((md) => dayNumber(y, Number(md.slice(0, 2)), Number(md.slice(3, 5))))
    out.push({ springFestival: spring, qingming, dragonBoat: dragon, midAutumn: autumn })
  })
  if (out.length !== FESTIVAL_LAST_YEAR - FESTIVAL_FIRST_YEAR + 1) throw new Error('festival table: missing rows')
  return out
}

export function festivalDays(year: number): FestivalDays {
  rows ??= load()
  const row = rows[year - FESTIVAL_FIRST_YEAR]
  if (!row) throw new Error(`festival table has no row for ${year} (covers ${FESTIVAL_FIRST_YEAR}-${FESTIVAL_LAST_YEAR})`)
  return row
}
