/**
 * Concurrency over real HTTP (REST and GraphQL): many clients at once against one record. Concurrent saves of different
 * fields lose nothing and each leaves its audit entry; N identical review steps at once take the step
 * once (one 200, the rest 409 naming `status`); concurrent creates get distinct consecutive 索引号; a
 * save based on a stale `updatedAt` is refused with 409. Run on SQLite (default) and on PostgreSQL
 * (`DATABASE_URL=postgres://…`), where the row lock is what makes it hold.
 */
import { toBeijingDate } from '../../src/calendar/index.js'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import { SCHEDULED_PUBLISH_TASK } from '../../src/options.js'

import { useTestWorld, type TestContext } from '../helpers/context.js'
import { errorPaths, type HttpResult } from '../helpers/http.js'
import { approveThroughRest, REVIEW_PATH, transition } from '../helpers/workflow.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

/** Concurrent clients per burst. */
const N = 16
const ROUNDS = 3

// Fewer PostgreSQL connections than concurrent clients, as under real load: a save holding a row lock
// must never need a second connection (all of them are then held by saves waiting for that row).
beforeAll(() => {
  const pool = (ctx.payload.db as unknown as { pool?: { options: { max: number } } }).pool
  if (pool) pool.options.max = 5
})

const all = (requests: (() => Promise<HttpResult>)[]) => Promise.all(requests.map((request) => request()))
const statuses = (results: HttpResult[]) => results.map((result) => result.status).sort()

const auditEntries = async (collection: string, id: unknown, action?: string) =>
  (
    await ctx.payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: collection } }, { documentId: { equals: String(id) } }, ...(action ? [{ action: { equals: action } }] : [])] },
      limit: 0,
      pagination: false,
      depth: 0,
    })
  ).docs

const paragraph = (text: string) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }] },
})
const textOf = (value: any): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value))

/** Each field with the value a client writes to it in a round, and how to read it back as text. */
interface FieldCase {
  field: string
  value: (round: number) => unknown
  read?: (doc: Record<string, any>) => string
}

/**
 * `ROUNDS` bursts; in each, one concurrent PATCH per field, each changing only its own field. Afterwards
 * every field holds its value of the last round, and there is one audit `update` per PATCH.
 */
const patchFieldsConcurrently = async (collection: string, id: unknown, token: string, fields: FieldCase[], { bulk = false } = {}) => {
  const before = (await auditEntries(collection, id, 'update')).length
  for (let round = 1; round <= ROUNDS; round++) {
    const path = bulk ? `/api/${collection}?where[id][equals]=${String(id)}&depth=0` : `/api/${collection}/${String(id)}?depth=0`
    const results = await all(fields.map(({ field, value }) => () => ctx.server.request('PATCH', path, { token, body: { [field]: value(round) } })))
    expect(results.filter((result) => result.status !== 200).map((result) => JSON.stringify(result.body))).toEqual([])
    const doc = (await ctx.payload.findByID({ collection, id: id as string, depth: 0 })) as Record<string, any>
    const expected = Object.fromEntries(fields.map(({ field, value, read }) => [field, read ? read({ [field]: value(round) }) : textOf(value(round))]))
    const actual = Object.fromEntries(fields.map(({ field, read }) => [field, read ? read(doc) : textOf(doc[field])]))
    expect(actual).toEqual(expected)
  }
  expect((await auditEntries(collection, id, 'update')).length - before).toBe(ROUNDS * fields.length)
}

const bodyText = (doc: Record<string, any>) => textOf(doc.body?.root?.children?.[0]?.children?.[0]?.text ?? doc.body)

describe('concurrent saves of different fields of one record: nothing lost, an audit entry each', () => {
  it('disclosure record (editor)', async () => {
    const created = await ctx.server.request('POST', '/api/disclosures?depth=0', { token: ctx.tokens.editorFinance, body: { title: '并发编辑测试', catalogItem: ctx.world.catalogItem, formedAt: toBeijingDate(new Date()) } })
    expect(created.status).toBe(201)
    await patchFieldsConcurrently('disclosures', created.body.doc.id, ctx.tokens.editorFinance!, [
      { field: 'title', value: (round) => `并发编辑测试 第${round}轮` },
      { field: 'lateReason', value: (round) => `超期说明 第${round}轮` },
      { field: 'body', value: (round) => paragraph(`正文 第${round}轮`), read: bodyText },
    ])
  })

  it('department (office)', async () => {
    await patchFieldsConcurrently('departments', ctx.world.departments.education, ctx.tokens.office!, [
      { field: 'nameEn', value: (round) => `Education Bureau ${round}` },
      { field: 'shortName', value: (round) => `教育${round}` },
      { field: 'phone', value: (round) => `0571-8888000${round}` },
    ])
  })

  it('department through GraphQL mutations (office)', async () => {
    const id = ctx.world.departments.education
    const fields = { nameEn: (round: number) => `Education ${round} (GraphQL)`, shortName: (round: number) => `教育GQL${round}`, phone: (round: number) => `0571-8777000${round}` }
    const before = (await auditEntries('departments', id, 'update')).length
    for (let round = 1; round <= ROUNDS; round++) {
      const results = await all(
        Object.entries(fields).map(([field, value]) => () => ctx.server.graphql(`mutation ($data: mutationDepartmentUpdateInput!) { updateDepartment(id: ${String(id)}, data: $data) { id } }`, { token: ctx.tokens.office, variables: { data: { [field]: value(round) } } })),
      )
      expect(results.map((result) => [result.status, result.body?.errors ?? null])).toEqual(results.map(() => [200, null]))
      const doc = (await ctx.payload.findByID({ collection: 'departments', id, depth: 0 })) as Record<string, any>
      expect({ nameEn: doc.nameEn, shortName: doc.shortName, phone: doc.phone }).toEqual(Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, value(round)])))
    }
    expect((await auditEntries('departments', id, 'update')).length - before).toBe(ROUNDS * Object.keys(fields).length)
  })

  const catalogFields: FieldCase[] = [
    { field: 'basis', value: (round) => `公开依据 ${round}` },
    { field: 'timeLimit', value: (round) => `${round}个工作日内` },
    { field: 'subject', value: (round) => `公开主体 ${round}` },
    { field: 'channelsOther', value: (round) => `其他渠道 ${round}` },
    { field: 'source', value: (round) => `来源 ${round}` },
    { field: 'content', value: (round) => `公开内容 ${round}` },
    { field: 'sortOrder', value: (round) => 1000 + round },
    { field: 'l3', value: (round) => `三级事项 ${round}` },
  ]

  it('catalog item (office)', async () => {
    await patchFieldsConcurrently('catalog-items', ctx.world.catalogItem, ctx.tokens.office!, catalogFields)
  })

  it('catalog item through bulk updates (`where`)', async () => {
    await patchFieldsConcurrently('catalog-items', ctx.world.catalogItem, ctx.tokens.office!, catalogFields.map((item) => ({ ...item, value: (round: number) => (typeof item.value(round) === 'number' ? 2000 + round : `${String(item.value(round))} 批量`) })), { bulk: true })
  })
})

describe('N identical review steps at once: exactly one is taken', () => {
  let id: unknown
  const burst = async (action: string, token: string | undefined, extra: Record<string, unknown> = {}) => {
    const results = await all(Array.from({ length: N }, () => () => transition(ctx.server, token, id, action, extra)))
    expect(statuses(results)).toEqual([200, ...Array(N - 1).fill(409)])
    for (const refused of results.filter((result) => result.status === 409)) expect(errorPaths(refused.body)).toEqual(['status'])
    return results
  }
  const historyOf = async () => ((await ctx.payload.findByID({ collection: 'disclosures', id: id as string, depth: 0 })) as Record<string, any>).workflowHistory as { action: string }[]

  beforeAll(async () => {
    const created = await ctx.server.request('POST', '/api/disclosures?depth=0', { token: ctx.tokens.editorFinance, body: { title: '并发审核测试', catalogItem: ctx.world.catalogItem, formedAt: toBeijingDate(new Date()) } })
    expect(created.status).toBe(201)
    id = created.body.doc.id
  })

  it(`submit ×${N}: one 200, ${N - 1}× 409 naming status; one history step, one audit entry`, async () => {
    await burst('submit', ctx.tokens.editorFinance)
    expect((await historyOf()).filter((step) => step.action === 'submit')).toHaveLength(1)
    const audits = (await auditEntries('disclosures', id, 'transition')).filter((entry: any) => entry.details?.action === 'submit')
    expect(audits).toHaveLength(1)
  })

  it(`approve ×${N} after the reviews: one 200`, async () => {
    for (const step of REVIEW_PATH.slice(1, -1)) expect((await transition(ctx.server, ctx.tokens[step.actor], id, step.action, step.extra)).status).toBe(200)
    await burst('approve', ctx.tokens.reviewerFinance)
    expect((await historyOf()).filter((step) => step.action === 'approve')).toHaveLength(1)
  })

  it(`publish ×${N}: published once, one publish audit entry`, async () => {
    await burst('publish', ctx.tokens.reviewerFinance)
    expect((await historyOf()).filter((step) => step.action === 'publish')).toHaveLength(1)
    expect(await auditEntries('disclosures', id, 'publish')).toHaveLength(1)
    expect(((await ctx.payload.findByID({ collection: 'disclosures', id: id as string, depth: 0 })) as Record<string, any>).status).toBe('published')
  })
})

describe('the scheduled publication racing itself and a reviewer', () => {
  it(`${N} runs of the job at once and a publish through REST: published once`, async () => {
    const created = await ctx.server.request('POST', '/api/disclosures?depth=0', { token: ctx.tokens.editorFinance, body: { title: '定时发布并发测试', catalogItem: ctx.world.catalogItem, formedAt: toBeijingDate(new Date()) } })
    const id = created.body.doc.id
    await approveThroughRest(ctx.server, ctx.tokens, id)
    const publishAt = new Date(Date.now() + 60 * 60 * 1000).toISOString()
    expect((await transition(ctx.server, ctx.tokens.reviewerFinance, id, 'publish', { publishAt })).status).toBe(200)
    const task = ctx.payload.config.jobs.tasks!.find((candidate) => candidate.slug === SCHEDULED_PUBLISH_TASK)!
    const handler = task.handler as (args: any) => Promise<{ output: { published: boolean } }>
    const [rest, ...runs] = await Promise.all([
      transition(ctx.server, ctx.tokens.reviewerFinance, id, 'publish'),
      ...Array.from({ length: N }, async () => handler({ input: { collection: 'disclosures', id: String(id), publishAt }, req: await createLocalReq({}, ctx.payload) })),
    ])
    const published = runs.filter((run) => run.output.published).length + (rest!.status === 200 ? 1 : 0)
    expect(published).toBe(1)
    if (rest!.status !== 200) expect(rest!.status).toBe(409)
    const doc = (await ctx.payload.findByID({ collection: 'disclosures', id, depth: 0 })) as Record<string, any>
    expect(doc.status).toBe('published')
    expect((doc.workflowHistory as { action: string }[]).filter((step) => step.action === 'publish')).toHaveLength(1)
    expect(await auditEntries('disclosures', id, 'publish')).toHaveLength(1)
  })
})

describe('concurrent creates', () => {
  it(`${N} records at once get ${N} distinct consecutive 索引号`, async () => {
    const results = await all(
      Array.from({ length: N }, (_, i) => () => ctx.server.request('POST', '/api/disclosures?depth=0', { token: ctx.tokens.editorFinance, body: { title: `并发创建 ${i}`, catalogItem: ctx.world.catalogItem, formedAt: toBeijingDate(new Date()) } })),
    )
    expect(statuses(results)).toEqual(Array(N).fill(201))
    const numbers = results.map((result) => String(result.body.doc.indexNumber))
    expect(new Set(numbers).size).toBe(N)
    const serials = numbers.map((number) => Number(/(\d+)$/.exec(number)![1])).sort((a, b) => a - b)
    expect(serials[N - 1]! - serials[0]!).toBe(N - 1)
  })
})

describe('optimistic concurrency: the updatedAt a client read', () => {
  it('a save with the current updatedAt passes; one with a stale updatedAt is 409 naming updatedAt and changes nothing', async () => {
    const created = await ctx.server.request('POST', '/api/disclosures?depth=0', { token: ctx.tokens.editorFinance, body: { title: '乐观锁测试', catalogItem: ctx.world.catalogItem, formedAt: toBeijingDate(new Date()) } })
    const id = created.body.doc.id
    const read = (await ctx.server.request('GET', `/api/disclosures/${String(id)}?depth=0`, { token: ctx.tokens.editorFinance })).body
    const first = await ctx.server.request('PATCH', `/api/disclosures/${String(id)}?depth=0`, { token: ctx.tokens.editorFinance, body: { title: '第一位的修改', updatedAt: read.updatedAt } })
    expect(first.status).toBe(200)
    const stale = await ctx.server.request('PATCH', `/api/disclosures/${String(id)}?depth=0`, { token: ctx.tokens.reviewerFinance, body: { lateReason: '第二位的修改', updatedAt: read.updatedAt } })
    expect(stale.status).toBe(409)
    expect(errorPaths(stale.body)).toEqual(['updatedAt'])
    const now = (await ctx.payload.findByID({ collection: 'disclosures', id, depth: 0 })) as Record<string, any>
    expect(now.title).toBe('第一位的修改')
    expect(now.lateReason ?? null).toBeNull()
    expect((await ctx.server.request('PATCH', `/api/disclosures/${String(id)}?depth=0`, { token: ctx.tokens.editorFinance, body: { lateReason: '基于最新版本', updatedAt: now.updatedAt } })).status).toBe(200)
    expect((await ctx.server.request('PATCH', `/api/disclosures/${String(id)}?depth=0`, { token: ctx.tokens.editorFinance, body: { lateReason: '无版本' } })).status).toBe(200)
  })

  it(`${N} clients save from the same read: one 200, the rest 409`, async () => {
    const id = ctx.world.departments.finance
    const read = (await ctx.server.request('GET', `/api/departments/${String(id)}?depth=0`, { token: ctx.tokens.office })).body
    const results = await all(
      Array.from({ length: N }, (_, i) => () => ctx.server.request('PATCH', `/api/departments/${String(id)}?depth=0`, { token: ctx.tokens.office, body: { shortName: `财政${i}`, updatedAt: read.updatedAt } })),
    )
    expect(statuses(results)).toEqual([200, ...Array(N - 1).fill(409)])
  })

  it('an updatedAt that is not a date-time is 400 naming updatedAt', async () => {
    const result = await ctx.server.request('PATCH', `/api/departments/${String(ctx.world.departments.finance)}?depth=0`, { token: ctx.tokens.office, body: { shortName: '财政', updatedAt: 'yesterday' } })
    expect(result.status).toBe(400)
    expect(errorPaths(result.body)).toEqual(['updatedAt'])
  })
})

describe("Payload's edit lock still applies (checked inside the save's transaction on PostgreSQL)", () => {
  it('a document another user is editing cannot be saved by others through REST (423), one by one or in bulk; its holder can', async () => {
    const created = await ctx.server.request('POST', '/api/disclosures?depth=0', { token: ctx.tokens.editorFinance, body: { title: '编辑锁测试', catalogItem: ctx.world.catalogItem, formedAt: toBeijingDate(new Date()) } })
    const id = created.body.doc.id
    await ctx.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'disclosures', value: id }, user: { relationTo: 'users', value: ctx.world.actors.reviewerFinance.user!.id } },
    })
    const refused = await ctx.server.request('PATCH', `/api/disclosures/${String(id)}?depth=0`, { token: ctx.tokens.editorFinance, body: { title: '被锁时的修改' } })
    expect(refused.status).toBe(423)
    expect(((await ctx.payload.findByID({ collection: 'disclosures', id, depth: 0 })) as Record<string, any>).title).toBe('编辑锁测试')
    const bulk = await ctx.server.request('PATCH', `/api/disclosures?where[id][equals]=${String(id)}&depth=0`, { token: ctx.tokens.editorFinance, body: { title: '被锁时的批量修改' } })
    expect(bulk.body?.docs ?? []).toHaveLength(0)
    expect(((await ctx.payload.findByID({ collection: 'disclosures', id, depth: 0 })) as Record<string, any>).title).toBe('编辑锁测试')
    const byLockHolder = await ctx.server.request('PATCH', `/api/disclosures/${String(id)}?depth=0`, { token: ctx.tokens.reviewerFinance, body: { lateReason: '锁的持有人可以保存' } })
    expect(byLockHolder.status).toBe(200)
  })
})
