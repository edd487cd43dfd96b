/**
 * Disclosure records: deadlines end to end through REST, publication timeliness, disclosure attributes,
 * co-departments, catalog time limits, and what the public never sees.
 */
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { toBeijingDate, workingDaysBetween } from '../src/calendar/index.js'
import { useTestWorld } from './helpers/context.js'
import { errorPaths, type TestServer } from './helpers/http.js'
import type { ActorKey, World } from './helpers/world.js'
import { approveThroughRest, transition } from './helpers/workflow.js'

let payload: Payload
let server: TestServer
let world: World
let tokens: Partial<Record<ActorKey, string>>

useTestWorld((context) => ({ payload, server, world, tokens } = context))

const post = async (body: Record<string, unknown>, token = tokens.editorFinance) =>
  server.request('POST', '/api/disclosures?depth=0', { token, body: { title: '记录测试', catalogItem: world.catalogItem, formedAt: toBeijingDate(new Date()), ...body } })
const patch = (id: unknown, body: Record<string, unknown>, token = tokens.editorFinance) =>
  server.request('PATCH', `/api/disclosures/${id}?depth=0`, { token, body })
/** Reviews and signs off a finance record, then publishes it through REST as its editor. */
const publish = async (id: unknown, extra: Record<string, unknown> = {}) => {
  await approveThroughRest(server, tokens, id)
  return transition(server, tokens.editorFinance, id, 'publish', extra)
}
const itemWithLimit = async (timeLimit: string) =>
  (await payload.find({ collection: 'catalog-items', depth: 0, limit: 1, where: { timeLimit: { equals: timeLimit } } })).docs[0]!

describe('deadlines through REST', () => {
  it('formed Mon 2025-01-20, 20 working days → 2025-02-21 (Spring Festival off, 1/26 and 2/8 worked)', async () => {
    // 1/21-1/24 (4), 1/26 Sun worked (5), 1/27 (6); 1/28-2/4 off; 2/5-2/7 (9), 2/8 Sat worked (10),
    // 2/10-2/14 (15), 2/17-2/21 (20).
    const created = await post({ formedAt: '2025-01-20' })
    expect(created.status).toBe(201)
    expect(created.body.doc.dueDate).toBe('2025-02-21')
    expect(created.body.doc.deadlineExplain).toContain('春节')
  })

  it('a penalty decision is due in 7 working days; a later change restarts the clock', async () => {
    // 1/21-1/24 (4), 1/26 (5), 1/27 (6), 2/5 (7)
    const created = await post({ formedAt: '2025-01-20', infoType: 'penalty' })
    expect(created.body.doc.dueDate).toBe('2025-02-05')
    expect(created.body.doc.deadlineRule).toMatchObject({ rule: 'penalty', days: 7 })
    const changed = await patch(created.body.doc.id, { changedAt: '2025-03-03' })
    // 3/4-3/7 (4), 3/10-3/12 (7)
    expect(changed.body.doc.dueDate).toBe('2025-03-12')
    expect(changed.body.doc.deadlineRule).toMatchObject({ trigger: 'changedAt', triggerDate: '2025-03-03' })
  })

  it('the catalog item comes first: its computable 公开时限 is the rule by default, a statutory type or the office overrides it', async () => {
    const tenDays = await itemWithLimit('制定或获取信息之日起10个工作日内')
    // Default information type, an item with a computable limit: the item's rule, and the explanation says so.
    const byDefault = await post({ formedAt: '2025-09-26', catalogItem: tenDays.id })
    expect(byDefault.status).toBe(201)
    expect(byDefault.body.doc.infoType).toBe('general')
    expect(byDefault.body.doc.dueDate).toBe('2025-10-16')
    expect(byDefault.body.doc.deadlineRule).toMatchObject({ rule: 'catalog', days: 10 })
    expect(byDefault.body.doc.deadlineExplain).toContain('按所选目录事项规定的公开时限“制定或获取信息之日起10个工作日内”')
    // A statutory type wins over the item: a penalty decision is due in 7 working days.
    const penalty = await post({ formedAt: '2025-09-26', catalogItem: tenDays.id, infoType: 'penalty' })
    expect(penalty.body.doc.deadlineRule).toMatchObject({ rule: 'penalty', days: 7 })
    expect(penalty.body.doc.deadlineExplain).toContain('法定时限')
    // An editor cannot order the general rule (the field is the office's); the office can.
    const byEditor = await patch(byDefault.body.doc.id, { generalRuleByOffice: true })
    expect(byEditor.body.doc.deadlineRule).toMatchObject({ rule: 'catalog' })
    const byOffice = await patch(byDefault.body.doc.id, { generalRuleByOffice: true }, tokens.office)
    expect(byOffice.status).toBe(200)
    expect(byOffice.body.doc.deadlineRule).toMatchObject({ rule: 'general', days: 20 })
    expect(byOffice.body.doc.deadlineExplain).toContain('政务公开办指定按一般时限')
    // An item whose limit has no due date: the general rule, saying why.
    const realtime = await itemWithLimit('实时公开')
    const fallback = await post({ formedAt: '2025-09-26', catalogItem: realtime.id })
    expect(fallback.body.doc.deadlineRule).toMatchObject({ rule: 'general', days: 20 })
    expect(fallback.body.doc.deadlineExplain).toContain('没有截止日期，按一般时限')
  })

  it('"as the catalog item says" uses the item\'s parsed 公开时限, or explains why there is no due date', async () => {
    const tenDays = await itemWithLimit('制定或获取信息之日起10个工作日内')
    const computed = await post({ formedAt: '2025-09-26', infoType: 'catalog', catalogItem: tenDays.id })
    // 9/28 (1), 9/29, 9/30 (3); 10/1-10/8 off; 10/9, 10/10, 10/11 Sat worked (6), 10/13-10/16 (10)
    expect(computed.body.doc.dueDate).toBe('2025-10-16')
    expect(computed.body.doc.deadlineRule).toMatchObject({ rule: 'catalog', days: 10, unit: 'working' })
    expect(computed.body.doc.deadlineRule.basis).toBe('制定或获取信息之日起10个工作日内')

    const realtime = await itemWithLimit('实时公开')
    const none = await post({ formedAt: '2025-09-26', infoType: 'catalog', catalogItem: realtime.id })
    expect(none.status).toBe(201)
    expect(none.body.doc.dueDate ?? null).toBeNull()
    expect(none.body.doc.deadlineExplain).toContain('实时公开')

    const missing = await post({ formedAt: '2025-09-26', infoType: 'catalog', catalogItem: null })
    expect(missing.status).toBe(400)
    expect(errorPaths(missing.body)).toEqual(['catalogItem'])
  })
})

describe('publication', () => {
  it('publishing after the due date needs a late reason (400), then keeps daysLate in working days', async () => {
    const record = (await post({ formedAt: '2025-01-20' })).body.doc
    const refused = await publish(record.id)
    expect(refused.status).toBe(400)
    expect(errorPaths(refused.body)).toEqual(['lateReason'])
    expect((await payload.findByID({ collection: 'disclosures', id: record.id, depth: 0 })).status).toBe('approved')

    const published = await transition(server, tokens.editorFinance, record.id, 'publish', { lateReason: '材料补充后发布' })
    expect(published.status).toBe(200)
    expect(published.body.doc.status).toBe('published')
    const today = toBeijingDate(published.body.doc.publishedAt)
    expect(published.body.doc.daysLate).toBe(workingDaysBetween('2025-02-21', today))
    expect(published.body.doc.daysLate).toBeGreaterThan(0)
  })

  it('publishing on time records 0 days late; clients cannot set timeliness', async () => {
    const today = toBeijingDate(new Date())
    const record = (await post({ formedAt: today, dueDate: '2000-01-01', daysLate: 99 })).body.doc
    expect(record.dueDate).not.toBe('2000-01-01')
    const published = await publish(record.id, { daysLate: 99, publishedAt: '2000-01-01T00:00:00Z', dueDate: '2000-01-01' })
    expect(published.status).toBe(200)
    expect(published.body.doc.daysLate).toBe(0)
    expect(published.body.doc.dueDate).toBe(record.dueDate)
    expect(new Date(published.body.doc.publishedAt).getFullYear()).toBeGreaterThanOrEqual(2026)
    const gql = await server.graphql(
      `mutation { updateDisclosure(id: ${JSON.stringify(record.id)}, data: { title: "改名" }) { daysLate dueDate } }`,
      { token: tokens.editorFinance },
    )
    expect(gql.body.data.updateDisclosure).toEqual({ daysLate: 0, dueDate: record.dueDate })
  })

  it('the state changes only through the review actions: PATCH status → 400 naming status', async () => {
    const record = (await post({})).body.doc
    for (const status of ['published', 'approved', 'submitted']) {
      const refused = await patch(record.id, { status })
      expect(refused.status).toBe(400)
      expect(errorPaths(refused.body)).toEqual(['status'])
    }
    const created = await post({ status: 'published' })
    expect(created.status).toBe(400)
    expect(errorPaths(created.body)).toEqual(['status'])
    expect((await payload.findByID({ collection: 'disclosures', id: record.id, depth: 0 })).status).toBe('draft')
  })

  it('a proactive record is published only under a catalog item', async () => {
    const record = (await post({ catalogItem: null })).body.doc
    const refused = await publish(record.id)
    expect(refused.status).toBe(400)
    expect(errorPaths(refused.body)).toEqual(['catalogItem'])
  })

  it('a withdrawn record leaves the public view', async () => {
    const record = (await post({})).body.doc
    expect((await publish(record.id)).status).toBe(200)
    expect((await server.request('GET', `/api/disclosures/${record.id}`)).status).toBe(200)
    expect((await transition(server, tokens.reviewerFinance, record.id, 'withdraw', { comment: '内容有误，撤回更正' })).status).toBe(200)
    expect((await server.request('GET', `/api/disclosures/${record.id}`)).status).toBe(404)
  })
})

describe('disclosure attribute', () => {
  it.each([
    ['on-request', { attributeReason: '仅涉及特定申请人' }, 'attributeBasis'],
    ['withheld', { attributeBasis: ['art15-third-party'] }, 'attributeReason'],
  ])('%s without %s → 400 naming it', async (attribute, extra, field) => {
    const result = await post({ publicAttribute: attribute, ...extra })
    expect(result.status).toBe(400)
    expect(errorPaths(result.body)).toEqual([field])
  })

  it('with a reason and basis it is stored, and never reaches the public', async () => {
    const result = await post({ publicAttribute: 'withheld', attributeBasis: ['art15-third-party'], attributeReason: '涉及个人隐私' })
    expect(result.status).toBe(201)
    expect((await publish(result.body.doc.id)).status).toBe(200)
    expect((await server.request('GET', `/api/disclosures/${result.body.doc.id}`)).status).toBe(404)
  })
})

describe('internal fields and co-departments', () => {
  it('the public never sees late reasons or days late (REST and GraphQL)', async () => {
    const record = (await post({ formedAt: '2025-01-20' })).body.doc
    expect((await publish(record.id, { lateReason: '内部原因' })).status).toBe(200)
    const rest = await server.request('GET', `/api/disclosures/${record.id}`)
    expect(rest.status).toBe(200)
    expect(rest.body).not.toHaveProperty('lateReason')
    expect(rest.body).not.toHaveProperty('daysLate')
    const gql = await server.graphql(`{ Disclosure(id: ${JSON.stringify(record.id)}) { title lateReason daysLate } }`)
    expect(gql.body.data.Disclosure).toEqual({ title: '记录测试', lateReason: null, daysLate: null })
    const staff = await server.request('GET', `/api/disclosures/${record.id}`, { token: tokens.auditor })
    expect(staff.body.lateReason).toBe('内部原因')
  })

  it('a co-department reads a draft it helped produce but cannot edit it', async () => {
    const record = (await post({ coDepartments: [world.departments.education] })).body.doc
    expect((await server.request('GET', `/api/disclosures/${record.id}`, { token: tokens.editorEducation })).status).toBe(200)
    expect((await patch(record.id, { title: '协办改名' }, tokens.editorEducation)).status).toBe(403)
    const other = (await post({})).body.doc
    expect((await server.request('GET', `/api/disclosures/${other.id}`, { token: tokens.editorEducation })).status).toBe(404)
  })
})

describe('索引号 (index numbers)', () => {
  const FINANCE_CODE = '1121039900MB00027G'

  it('50 concurrent creates in one department get 50 distinct consecutive serials', async () => {
    const year = Number(toBeijingDate(new Date()).slice(0, 4))
    const counter = await payload.find({ collection: 'index-counters', where: { key: { equals: `${world.departments.finance}:${year}` } } })
    const before = Number((counter.docs[0] as { last?: number } | undefined)?.last ?? 0)
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => post({ title: `并发 ${i}` })))
    expect(results.map((result) => result.status)).toEqual(Array(50).fill(201))
    const numbers = results.map((result) => result.body.doc.indexNumber as string)
    expect(new Set(numbers).size).toBe(50)
    const serials = numbers.map((number) => {
      const match = new RegExp(`^${FINANCE_CODE}/${year}-(\\d{5})$`).exec(number)
      expect(match).not.toBeNull()
      return Number(match![1])
    })
    serials.sort((a, b) => a - b)
    expect(serials).toEqual(Array.from({ length: 50 }, (_, i) => serials[0]! + i))
    expect(serials[0]).toBe(before + 1)
  })

  it('follows the year the information was formed, and is never changed or reused', async () => {
    const record = (await post({ formedAt: '2025-06-01' })).body.doc
    expect(record.indexNumber).toMatch(new RegExp(`^${FINANCE_CODE}/2025-\\d{5}$`))
    const changed = await patch(record.id, { indexNumber: 'X/2025-00001' })
    expect(changed.status).toBe(400)
    expect(errorPaths(changed.body)).toEqual(['indexNumber'])
    const gql = await server.graphql(`mutation { updateDisclosure(id: ${JSON.stringify(record.id)}, data: { indexNumber: "X" }) { indexNumber } }`, { token: tokens.office })
    expect(gql.body.errors[0].extensions.statusCode).toBe(400)
    expect((await payload.findByID({ collection: 'disclosures', id: record.id, depth: 0 })).indexNumber).toBe(record.indexNumber)

    await payload.delete({ collection: 'disclosures', id: record.id })
    const next = (await post({ formedAt: '2025-07-01' })).body.doc
    expect(next.indexNumber).not.toBe(record.indexNumber)
    expect(Number(next.indexNumber.slice(-5))).toBe(Number(record.indexNumber.slice(-5)) + 1)
  })

  it('a user cannot choose the number on create (400)', async () => {
    const result = await post({ indexNumber: `${FINANCE_CODE}/2025-99999` })
    expect(result.status).toBe(400)
    expect(errorPaths(result.body)).toEqual(['indexNumber'])
  })
})
