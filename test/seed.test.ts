/** Demo seeding: complete, idempotent, and never with known passwords in production. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { DEMO_DEPARTMENTS, DEMO_USERS } from '../src/seed/demo-data.js'
import { getAppCalendar } from '../src/calendarStore.js'
import { toBeijingDate } from '../src/calendar/index.js'
import { DEMO_RECORDS, DEMO_REVIEW_CHAIN, seedDemoRecords } from '../src/seed/demoRecords.js'
import { DemoSeedRefusedError, seedDemoData } from '../src/seed/seedDemo.js'
import { bootPayload, closePayload } from './helpers/payload.js'

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

const counts = async () => ({
  departments: (await payload.count({ collection: 'departments' })).totalDocs,
  users: (await payload.count({ collection: 'users' })).totalDocs,
})

/** Runs `fn` with NODE_ENV=production, then puts NODE_ENV back. */
const inProduction = async (fn: () => Promise<void>) => {
  const env = process.env as Record<string, string | undefined>
  const previous = env.NODE_ENV
  env.NODE_ENV = 'production'
  try {
    await fn()
  } finally {
    env.NODE_ENV = previous
  }
}

it('refuses demo users in production and writes nothing', async () => {
  await inProduction(() => expect(seedDemoData(payload)).rejects.toBeInstanceOf(DemoSeedRefusedError))
  expect(await counts()).toEqual({ departments: 0, users: 0 })
})

it('seeds a district office, 5+ departments, 2 townships and one user per role', async () => {
  const first = await seedDemoData(payload)
  expect(first.departments).toEqual({ created: DEMO_DEPARTMENTS.length, existing: 0 })
  expect(first.users).toEqual({ created: DEMO_USERS.length, existing: 0 })
  const kinds = (await payload.find({ collection: 'departments', pagination: false, depth: 0 })).docs.map((doc) => doc.kind)
  expect(kinds.filter((kind) => kind === 'government')).toHaveLength(1)
  expect(kinds.filter((kind) => kind === 'department').length).toBeGreaterThanOrEqual(5)
  expect(kinds.filter((kind) => kind === 'township')).toHaveLength(2)
  const roles = (await payload.find({ collection: 'users', pagination: false, depth: 0 })).docs.flatMap((doc) => doc.roles)
  expect(new Set(roles)).toEqual(new Set(['office', 'editor', 'reviewer', 'auditor']))
})

it('is idempotent: a second start creates nothing', async () => {
  const before = await counts()
  const second = await seedDemoData(payload)
  expect(second.departments.created + second.users.created).toBe(0)
  expect(await counts()).toEqual(before)
})

it('fills in only what is missing', async () => {
  const township = await payload.find({ collection: 'departments', where: { orgCode: { equals: DEMO_DEPARTMENTS.at(-1)!.orgCode } } })
  await payload.delete({ collection: 'departments', id: township.docs[0]!.id })
  const again = await seedDemoData(payload)
  expect(again.departments.created).toBe(1)
  expect((await counts()).departments).toBe(DEMO_DEPARTMENTS.length)
})

describe('sample records', () => {
  it('are refused in production', async () => {
    await inProduction(() => expect(seedDemoRecords(payload)).rejects.toBeInstanceOf(DemoSeedRefusedError))
    expect((await payload.count({ collection: 'disclosures' })).totalDocs).toBe(0)
  })

  it('show the daily work: published through the review, waiting, due soon, overdue, on request', async () => {
    const result = await seedDemoRecords(payload)
    expect(result).toEqual({ created: DEMO_RECORDS.length, skipped: false })
    const docs = (await payload.find({ collection: 'disclosures', pagination: false, depth: 0, sort: 'id' })).docs as Record<string, any>[]
    const byTitle = new Map(docs.map((doc) => [doc.title as string, doc]))
    const today = toBeijingDate(new Date())
    const calendar = await getAppCalendar(payload, 'calendar-days')

    const published = docs.filter((doc) => doc.status === 'published')
    expect(published.map((doc) => doc.title).sort()).toEqual(DEMO_RECORDS.filter((record) => record.steps === DEMO_REVIEW_CHAIN.length).map((record) => record.title).sort())
    for (const doc of published) {
      expect((doc.workflowHistory as { action: string }[]).map((entry) => entry.action)).toEqual(DEMO_REVIEW_CHAIN.map((step) => step.action))
      expect(doc.daysLate ?? 0).toBe(0)
    }
    for (const doc of docs) expect(doc.indexNumber).toMatch(/^[0-9A-Z]{18}\/\d{4}-\d{5}$/)

    const licence = byTitle.get('民办学校办学许可决定')!
    expect(licence.deadlineRule).toMatchObject({ rule: 'licensing', days: 7 })
    expect(byTitle.get('区级政府采购意向公开（第四季度）')!.status).toBe('submitted')
    const overdue = byTitle.get('区级预算执行情况（上半年）')!
    expect(overdue.status).toBe('draft')
    expect(overdue.dueDate < today).toBe(true)
    const dueSoon = byTitle.get('惠民惠农财政补贴资金发放情况')!
    expect(dueSoon.dueDate >= today && calendar.workingDaysBetween(today, dueSoon.dueDate) <= 3).toBe(true)
    expect(byTitle.get('学生资助对象名单（含个人信息）')).toMatchObject({ publicAttribute: 'on-request', attributeBasis: ['art15-third-party'] })

    // The public sees exactly the published proactive samples.
    const visible = await payload.find({ collection: 'disclosures', overrideAccess: false, depth: 0 })
    expect(visible.docs.map((doc) => doc.title).sort()).toEqual(published.map((doc) => doc.title).sort())
  })

  it('are added only to a database without records', async () => {
    const before = (await payload.count({ collection: 'disclosures' })).totalDocs
    expect(await seedDemoRecords(payload)).toEqual({ created: 0, skipped: true })
    expect((await payload.count({ collection: 'disclosures' })).totalDocs).toBe(before)
  })
})
