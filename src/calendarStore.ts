/**
 * The calendar the app uses: the vendored official data plus the office's `calendar-days` overrides.
 * Cached per Payload instance and rebuilt (in a few ms) whenever the overrides change. A write in this
 * process drops the cache at once; another process's edit is detected by the overrides' count and latest
 * update, checked at most every `SIGNATURE_TTL_MS` — a save then costs no calendar query at all, and a
 * calendar edited elsewhere applies here within seconds (overrides change a few times a year).
 */
import { performance } from 'node:perf_hooks'

import type { Payload, PayloadRequest } from 'payload'

import { createCalendar } from './calendar/index.js'
import type { CalendarOverride, WorkingDayCalendar } from './calendar/types.js'
import { forgetRequestMemo, requestMemoKey, requestOnce } from './services/requestMemo.js'

interface Cached {
  signature: string
  calendar: WorkingDayCalendar
  /** when the signature was last compared with the database (`performance.now()`: monotonic, and untouched by faked clocks) */
  checkedAt: number
}

export const SIGNATURE_TTL_MS = 5_000

const cache = new WeakMap<Payload, Cached>()

export interface CalendarDayDoc {
  date: string
  kind: 'holiday' | 'workday'
  name?: string | null
  source?: string | null
  region?: string | null
}

export const toOverride = (doc: CalendarDayDoc): CalendarOverride => ({
  date: doc.date,
  kind: doc.kind,
  name: doc.name ?? undefined,
  source: doc.source ?? undefined,
  region: doc.region ?? undefined,
})

const signatureOf = async (payload: Payload, slug: string, req?: Partial<PayloadRequest>): Promise<string> => {
  const latest = await payload.find({ collection: slug, depth: 0, limit: 1, overrideAccess: true, req, sort: '-updatedAt' })
  const doc = latest.docs[0] as { updatedAt?: string } | undefined
  return `${latest.totalDocs}:${doc?.updatedAt ?? ''}`
}

/**
 * Within one request the calendar is looked up once: a save runs several hooks that need it, and each
 * lookup costs a query. A write to the overrides forgets the request's copy (`forgetRequestCalendar`).
 */
const REQUEST_CALENDAR = requestMemoKey<Promise<WorkingDayCalendar>>('app calendar')

export const forgetRequestCalendar = (req: object | undefined): void => {
  if (!req) return
  forgetRequestMemo(req, REQUEST_CALENDAR)
  const payload = (req as { payload?: Payload }).payload
  if (payload) cache.delete(payload)
}

/** The app's working-day calendar as of now (vendored data + overrides). */
export const getAppCalendar = (payload: Payload, slug: string, req?: Partial<PayloadRequest>): Promise<WorkingDayCalendar> => {
  if (!req) return loadAppCalendar(payload, slug)
  return requestOnce(req, REQUEST_CALENDAR, () => loadAppCalendar(payload, slug, req))
}

const loadAppCalendar = async (payload: Payload, slug: string, req?: Partial<PayloadRequest>): Promise<WorkingDayCalendar> => {
  const cached = cache.get(payload)
  if (cached && performance.now() - cached.checkedAt < SIGNATURE_TTL_MS) return cached.calendar
  const signature = await signatureOf(payload, slug, req)
  if (cached && cached.signature === signature) {
    cached.checkedAt = performance.now()
    return cached.calendar
  }
  const { docs } = await payload.find({ collection: slug, depth: 0, overrideAccess: true, pagination: false, req })
  const calendar = createCalendar({ overrides: (docs as unknown as CalendarDayDoc[]).map(toOverride) })
  cache.set(payload, { signature, calendar, checkedAt: performance.now() })
  return calendar
}
