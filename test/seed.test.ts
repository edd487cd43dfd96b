/** Demo seeding: complete, idempotent, and never with known passwords in production. */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { DEMO_DEPARTMENTS, DEMO_USERS } from '../src/seed/demo-data.js'
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

it('refuses demo users in production and writes nothing', async () => {
  const env = process.env as Record<string, string | undefined>
  const previous = env.NODE_ENV
  env.NODE_ENV = 'production'
  try {
    await expect(seedDemoData(payload)).rejects.toBeInstanceOf(DemoSeedRefusedError)
  } finally {
    env.NODE_ENV = previous
  }
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
