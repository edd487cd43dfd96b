/**
 * The public list of records: filters by domain, catalog item, department and publication date, newest
 * first; only published, proactive, untrashed records, with internal fields left out — over REST and
 * GraphQL. The domain is the catalog item's, kept by the server.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'

import { useTestWorld, type TestContext } from './helpers/context.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
type Id = number | string

let domainA: Id
let domainB: Id
let itemA: Id
let itemB: Id
const records: Record<string, Id> = {}
let between = ''

const publish = async (title: string, department: Id, catalogItem: Id) => {
  const created = await ctx.payload.create({ collection: 'disclosures', data: { title, department, catalogItem } })
  await ctx.payload.update({ collection: 'disclosures', id: created.id, data: { status: 'published' } })
  await pause(15)
  return created.id
}

beforeAll(async () => {
  const items = (await ctx.payload.find({ collection: 'catalog-items', depth: 0, pagination: false, sort: 'sortOrder' })).docs as Record<string, any>[]
  // Two domains the demo world's own published records are not filed in.
  const worldDomain = String(items.find((item) => String(item.id) === String(ctx.world.catalogItem))!.domain)
  const first = items.find((item) => String(item.domain) !== worldDomain)!
  const other = items.find((item) => ![worldDomain, String(first.domain)].includes(String(item.domain)))!
  ;[itemA, domainA, itemB, domainB] = [first.id, first.domain, other.id, other.domain]
  const { finance, education } = ctx.world.departments
  records.a1 = await publish('A领域一', finance, itemA)
  records.a2 = await publish('A领域二', education, itemA)
  between = new Date().toISOString()
  await pause(15)
  records.b1 = await publish('B领域一', finance, itemB)
  records.a3 = await publish('A领域三', finance, itemA)
  records.aDraft = (await ctx.payload.create({ collection: 'disclosures', data: { title: 'A领域草稿', department: finance, catalogItem: itemA } })).id
  records.aOnRequest = (
    await ctx.payload.create({
      collection: 'disclosures',
      data: { title: 'A领域依申请', department: finance, catalogItem: itemA, status: 'published', publicAttribute: 'on-request', attributeBasis: ['art27-on-request'], attributeReason: '特定对象' },
    })
  ).id
  records.aTrashed = await publish('A领域已删除', finance, itemA)
  await ctx.payload.update({ collection: 'disclosures', id: records.aTrashed, data: { deletedAt: new Date().toISOString() } })
})

const publicTitles = async (query: string) => {
  const result = await ctx.server.request('GET', `/api/disclosures?depth=0&limit=100&${query}`)
  expect(result.status).toBe(200)
  return (result.body as any).docs.map((doc: any) => doc.title)
}

describe('public list of records', () => {
  it('copies the catalog item’s domain onto the record, whatever the client sends', async () => {
    const doc = await ctx.payload.findByID({ collection: 'disclosures', id: records.a1, depth: 0 })
    expect(String(doc.domain)).toBe(String(domainA))
    const created = await ctx.server.request('POST', '/api/disclosures', {
      token: ctx.tokens.editorFinance,
      body: { title: '伪造领域', catalogItem: itemA, domain: domainB },
    })
    expect(created.status).toBe(201)
    expect(String((created.body as any).doc.domain?.id ?? (created.body as any).doc.domain)).toBe(String(domainA))
  })

  it('filters by domain, newest publication first, showing only published proactive records', async () => {
    expect(await publicTitles(`where[domain][equals]=${domainA}`)).toEqual(['A领域三', 'A领域二', 'A领域一'])
    expect(await publicTitles(`where[domain][equals]=${domainB}`)).toEqual(['B领域一'])
  })

  it('filters by catalog item, department and publication date', async () => {
    expect(await publicTitles(`where[catalogItem][equals]=${itemB}`)).toEqual(['B领域一'])
    expect(await publicTitles(`where[department][equals]=${ctx.world.departments.education}&where[domain][equals]=${domainA}`)).toEqual(['A领域二'])
    expect(await publicTitles(`where[publishedAt][greater_than]=${encodeURIComponent(between)}&where[domain][in]=${domainA},${domainB}`)).toEqual(['A领域三', 'B领域一'])
  })

  it('never shows the trash to the public, even when asked for it', async () => {
    const titles = await publicTitles(`where[domain][equals]=${domainA}&trash=true`)
    expect(titles).not.toContain('A领域已删除')
    const byId = await ctx.server.request('GET', `/api/disclosures/${records.aTrashed}?trash=true`)
    expect(byId.status).toBe(404)
    // The office still finds it in the trash.
    const office = await ctx.server.request('GET', `/api/disclosures/${records.aTrashed}?trash=true&depth=0`, { token: ctx.tokens.office })
    expect(office.status).toBe(200)
  })

  it('GraphQL: the same filter, the same records, and no internal fields', async () => {
    const result = await ctx.server.graphql(
      `query ($domain: JSON) { Disclosures(where: { domain: { equals: $domain } }, limit: 50) { docs { title lateReason daysLate attributeReason deadlineState } } }`,
      { variables: { domain: domainA } },
    )
    expect(result.status).toBe(200)
    const docs = (result.body as any).data.Disclosures.docs
    expect(docs.map((doc: any) => doc.title)).toEqual(['A领域三', 'A领域二', 'A领域一'])
    for (const doc of docs) expect(doc).toMatchObject({ lateReason: null, daysLate: null, attributeReason: null, deadlineState: null })
  })

  it('REST leaves internal fields out for the public', async () => {
    const result = await ctx.server.request('GET', `/api/disclosures/${records.a1}?depth=0`)
    expect(result.status).toBe(200)
    for (const field of ['lateReason', 'daysLate', 'attributeReason', 'deadlineState']) expect(result.body).not.toHaveProperty(field)
  })

  it('records follow their catalog item to another domain', async () => {
    await ctx.payload.update({ collection: 'catalog-items', id: itemB, data: { domain: domainA } })
    const doc = await ctx.payload.findByID({ collection: 'disclosures', id: records.b1, depth: 0 })
    expect(String(doc.domain)).toBe(String(domainA))
    expect(await publicTitles(`where[domain][equals]=${domainA}`)).toEqual(['A领域三', 'B领域一', 'A领域二', 'A领域一'])
  })
})
