/**
 * The app calendar's cache: a save costs no calendar query while the cache is fresh, a write in this
 * process drops it at once, and an edit made by another process (seen only in the database) is picked up
 * once the signature is checked again.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { performance } from 'node:perf_hooks'
import type { Payload } from 'payload'

import { forgetRequestCalendar, getAppCalendar, SIGNATURE_TTL_MS } from '../src/calendarStore.js'

/** A stand-in for Payload's `find` over `calendar-days`, holding the rows "in the database". */
const fakePayload = (rows: { date: string; kind: 'holiday' | 'workday'; updatedAt: string }[]) => {
  const find = jest.fn(async (args: { limit?: number; pagination?: boolean }) => {
    const sorted = [...rows].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    return { docs: args.pagination === false ? sorted : sorted.slice(0, args.limit ?? 10), totalDocs: rows.length }
  })
  return { payload: { find } as unknown as Payload, find, rows }
}

afterEach(() => {
  jest.restoreAllMocks()
})

describe('app calendar cache', () => {
  it('answers from the cache while fresh, re-checks after the TTL, and rebuilds when another process changed the overrides', async () => {
    let now = 1_000_000
    jest.spyOn(performance, 'now').mockImplementation(() => now)
    const { payload, find, rows } = fakePayload([])

    // 2030-10-08 (Tuesday) is a working day in the vendored data (no 2030 notice): nothing overrides it.
    expect((await getAppCalendar(payload, 'calendar-days')).isWorkingDay('2030-10-08')).toBe(true)
    const first = find.mock.calls.length
    expect(first).toBe(2) // the signature, then the rows

    // Fresh: no query at all.
    now += SIGNATURE_TTL_MS - 1
    await getAppCalendar(payload, 'calendar-days')
    expect(find.mock.calls.length).toBe(first)

    // Another process adds a holiday: seen only after the TTL, then the calendar is rebuilt.
    rows.push({ date: '2030-10-08', kind: 'holiday', updatedAt: '2030-01-01T00:00:00.000Z' })
    now += 2
    expect((await getAppCalendar(payload, 'calendar-days')).isWorkingDay('2030-10-08')).toBe(false)
    expect(find.mock.calls.length).toBe(first + 2)

    // Stale but unchanged: one signature query, no rebuild.
    now += SIGNATURE_TTL_MS + 1
    await getAppCalendar(payload, 'calendar-days')
    expect(find.mock.calls.length).toBe(first + 3)
  })

  it('a write in this process drops the cache at once, TTL or not', async () => {
    jest.spyOn(performance, 'now').mockImplementation(() => 5_000_000)
    const { payload, find, rows } = fakePayload([])
    expect((await getAppCalendar(payload, 'calendar-days')).isWorkingDay('2030-10-09')).toBe(true)
    rows.push({ date: '2030-10-09', kind: 'holiday', updatedAt: '2030-01-02T00:00:00.000Z' })
    forgetRequestCalendar({ payload })
    const before = find.mock.calls.length
    expect((await getAppCalendar(payload, 'calendar-days')).isWorkingDay('2030-10-09')).toBe(false)
    expect(find.mock.calls.length).toBe(before + 2)
  })
})
