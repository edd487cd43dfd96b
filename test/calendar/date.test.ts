/** date.ts: parsing fast path and arithmetic agree with each other and with Date.UTC. */
import { describe, expect, it } from '@jest/globals'
import { civil, dayNumber, formatDay, parseBeijingDay, weekday } from '../../src/calendar/date.js'

describe('date arithmetic', () => {
  it('matches Date.UTC and round-trips every day 1970-2199', () => {
    for (let day = dayNumber(1970, 1, 1); day <= dayNumber(2199, 12, 31); day++) {
      const iso = formatDay(day)
      const { y, m, d } = civil(day)
      if (Date.UTC(y, m - 1, d) / 86_400_000 !== day) throw new Error(`dayNumber/civil disagree with Date.UTC at ${iso}`)
      if (parseBeijingDay(iso) !== day) throw new Error(`parse(format(${day})) = ${parseBeijingDay(iso)}`)
      if (weekday(day) !== new Date(Date.UTC(y, m - 1, d)).getUTCDay()) throw new Error(`weekday wrong at ${iso}`)
    }
    expect(formatDay(dayNumber(2100, 2, 28) + 1)).toBe('2100-03-01') // 2100 is not a leap year
    expect(formatDay(dayNumber(2000, 2, 28) + 1)).toBe('2000-02-29')
  })

  it('parses dates outside the fast path the same way', () => {
    expect(parseBeijingDay('1969-12-31')).toBe(-1)
    expect(parseBeijingDay('2200-01-01')).toBe(dayNumber(2200, 1, 1))
    expect(() => parseBeijingDay('2100-02-29')).toThrow('2100-02 has no day 29')
  })
})
