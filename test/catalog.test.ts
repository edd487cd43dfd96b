/** The standard catalogs: seed, parsed time limits, access from the outside, the tree endpoint. */
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { LOCAL_DOMAINS } from '../src/seed/demoCatalog.js'
import { REFERENCE_DOMAINS } from '../src/seed/reference/domains26.js'
import { REFERENCE_CATALOG } from '../src/seed/reference/catalogRows.js'
import { useTestWorld } from './helpers/context.js'
import { errorPaths, type TestServer } from './helpers/http.js'
import { graphqlTransport, type Transport } from './helpers/transports.js'
import type { ActorKey, World } from './helpers/world.js'

let payload: Payload
let server: TestServer
let world: World
let tokens: Partial<Record<ActorKey, string>>
let graphql: Transport

useTestWorld((context) => {
  ;({ payload, server, world, tokens } = context)
  graphql = graphqlTransport(server, tokens)
})

const items = async (where = {}) => (await payload.find({ collection: 'catalog-items', depth: 0, pagination: false, where })).docs as any[]
const domainNamed = async (name: string) => (await payload.find({ collection: 'catalog-domains', where: { name: { equals: name } } })).docs[0]!

describe('seed', () => {
  it('has the 26 national domains with their numbers, plus the two general catalogs as local domains', async () => {
    const domains = (await payload.find({ collection: 'catalog-domains', pagination: false, sort: 'number' })).docs as any[]
    const national = domains.filter((domain) => !domain.local)
    expect(national.map((domain) => [domain.number, domain.name])).toEqual(REFERENCE_DOMAINS.map((domain) => [domain.no, domain.name]))
    expect(domains.filter((domain) => domain.local).map((domain) => domain.name).sort()).toEqual(
      Object.values(LOCAL_DOMAINS).map((domain) => domain.name).sort(),
    )
    // Unverified facts stay out of the fields and are noted instead.
    const fiscal = domains.find((domain) => domain.name === '财政预决算')
    expect(fiscal.ministry).toBe('财政部')
    expect(fiscal.guidelineDoc).toBeNull()
    expect(fiscal.verification).toContain('NOT VERIFIED')
  })

  it('has all 100 real rows, with the counts per domain of the reference file', async () => {
    const all = await items()
    expect(all).toHaveLength(100)
    const expected = new Map<string, number>()
    for (const group of REFERENCE_CATALOG) {
      const name = LOCAL_DOMAINS[group.domain]?.name ?? group.domain
      expected.set(name, (expected.get(name) ?? 0) + group.rows.length)
    }
    for (const [name, count] of expected) {
      const domain = await domainNamed(name)
      expect({ name, count: (await items({ domain: { equals: domain.id } })).length }).toEqual({ name, count })
    }
  })

  it('parses every real 公开时限 into a rule or an explicit non-computable kind', async () => {
    for (const item of await items()) {
      const rule = item.timeLimitRule
      if (rule.computable) {
        expect({ text: item.timeLimit, ok: Boolean(rule.trigger && rule.amount > 0 && rule.unit) }).toEqual({ text: item.timeLimit, ok: true })
      } else {
        expect(rule.kind).not.toBe('unrecognised')
        expect(rule.kind).toBeTruthy()
        expect(rule.note).toBeTruthy()
      }
    }
    const tenDays = (await items({ timeLimit: { equals: '制定或获取信息之日起10个工作日内' } }))[0]
    expect(tenDays.timeLimitRule).toMatchObject({ computable: true, trigger: 'made-or-obtained', amount: 10, unit: 'working' })
    const budget = (await items({ timeLimit: { equals: '本级人民代表大会或其常务委员会批准后20日内' } }))[0]
    expect(budget.timeLimitRule).toMatchObject({ computable: true, trigger: 'approval', amount: 20, unit: 'calendar' })
  })

  it('resolves responsible departments by name and extracts legal references', async () => {
    const education = await items({ departments: { in: [world.departments.education] } })
    expect(education.length).toBeGreaterThanOrEqual(6)
    expect(education.every((item) => /教育局/.test(item.subject))).toBe(true)
    const withLaw = (await items()).find((item) => item.basis?.includes('《中华人民共和国政府信息公开条例》'))
    expect(withLaw.basisRefs.map((ref: any) => ref.law)).toContain('中华人民共和国政府信息公开条例')
  })
})

describe('access', () => {
  const educationItem = async () => (await items({ departments: { in: [world.departments.education] } }))[0]
  const otherItem = async () => (await items({ departments: { exists: false } }))[0] ?? (await items({ 'departments.name': { not_like: '教育' } }))[0]

  it('the public reads active items and domains but writes nothing (REST 403, GraphQL 403)', async () => {
    const list = await server.request('GET', '/api/catalog-items?limit=0&depth=0')
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(100)
    const item = await educationItem()
    expect((await server.request('PATCH', `/api/catalog-items/${item.id}`, { body: { l2: 'x' } })).status).toBe(403)
    expect((await server.request('POST', '/api/catalog-items', { body: { domain: item.domain, l1: 'a', l2: 'b', content: 'c' } })).status).toBe(403)
    expect((await server.request('DELETE', `/api/catalog-items/${item.id}`)).status).toBe(403)
    expect((await server.request('POST', '/api/catalog-domains', { body: { name: '乡村振兴' } })).status).toBe(403)
    const gql = await server.graphql('{ CatalogItems(limit: 1) { totalDocs docs { l1 l2 lastEditedBy { email } } } }')
    expect(gql.body.data.CatalogItems.totalDocs).toBe(100)
    expect(gql.body.data.CatalogItems.docs[0].lastEditedBy).toBeNull()
  })

  it('an inactive item disappears from the public view only', async () => {
    const item = await educationItem()
    await payload.update({ collection: 'catalog-items', id: item.id, data: { active: false } })
    expect((await server.request('GET', `/api/catalog-items/${item.id}`)).status).toBe(404)
    expect((await server.request('GET', `/api/catalog-items/${item.id}`, { token: tokens.editorFinance })).status).toBe(200)
    await payload.update({ collection: 'catalog-items', id: item.id, data: { active: true } })
  })

  it('an editor edits only items of its department (REST and GraphQL); the office edits all', async () => {
    const own = await educationItem()
    const other = await otherItem()
    expect((await server.request('PATCH', `/api/catalog-items/${own.id}`, { token: tokens.editorEducation, body: { content: `${own.content}（已更新）` } })).status).toBe(200)
    expect((await server.request('PATCH', `/api/catalog-items/${other.id}`, { token: tokens.editorEducation, body: { content: 'x' } })).status).toBe(403)
    expect((await graphql.update('catalog-items', other.id, { content: 'x' }, world.actors.editorEducation)).status).toBe(403)
    expect((await server.request('PATCH', `/api/catalog-items/${own.id}`, { token: tokens.editorFinance, body: { content: 'x' } })).status).toBe(403)
    expect((await server.request('PATCH', `/api/catalog-items/${own.id}`, { token: tokens.auditor, body: { content: 'x' } })).status).toBe(403)
    expect((await server.request('PATCH', `/api/catalog-items/${other.id}`, { token: tokens.office, body: { sortOrder: 5 } })).status).toBe(200)
    const stored = await payload.findByID({ collection: 'catalog-items', id: other.id, depth: 0 })
    expect(stored.content).toBe(other.content)
  })

  it('an editor cannot hand an item to another department, nor create one for it (403)', async () => {
    const own = await educationItem()
    const moved = await server.request('PATCH', `/api/catalog-items/${own.id}`, {
      token: tokens.editorEducation,
      body: { departments: [world.departments.education, world.departments.finance] },
    })
    expect(moved.status).toBe(403)
    expect(errorPaths(moved.body)).toEqual(['departments'])
    const created = await server.request('POST', '/api/catalog-items?depth=0', {
      token: tokens.editorEducation,
      body: { domain: own.domain, l1: '本局事项', l2: '新增事项', content: '内容', timeLimit: '信息形成之日起20个工作日内' },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.departments).toEqual([world.departments.education])
    expect(created.body.doc.timeLimitRule).toMatchObject({ computable: true, trigger: 'formed', amount: 20 })
    const spoof = await server.request('POST', '/api/catalog-items', {
      token: tokens.editorEducation,
      body: { domain: own.domain, l1: 'a', l2: 'b', content: 'c', departments: [world.departments.finance] },
    })
    expect(spoof.status).toBe(403)
  })

  it('keeps every version of an obligation with who changed it', async () => {
    const own = await educationItem()
    await server.request('PATCH', `/api/catalog-items/${own.id}`, { token: tokens.editorEducation, body: { basis: '《中华人民共和国义务教育法》第十二条' } })
    const versions = await payload.findVersions({ collection: 'catalog-items', where: { parent: { equals: own.id } }, sort: '-updatedAt' })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
    expect(String((versions.docs[0]!.version as any).lastEditedBy?.id ?? (versions.docs[0]!.version as any).lastEditedBy)).toBe(String(world.actors.editorEducation.user!.id))
    const latest = await payload.findByID({ collection: 'catalog-items', id: own.id, depth: 0 })
    expect(latest.basisRefs).toEqual([expect.objectContaining({ law: '中华人民共和国义务教育法', articles: ['第十二条'] })])
  })

  it('an editor may override the parsed rule, but only completely', async () => {
    const own = await educationItem()
    const incomplete = await server.request('PATCH', `/api/catalog-items/${own.id}`, {
      token: tokens.editorEducation,
      body: { timeLimitOverride: true, timeLimitRule: { computable: true, trigger: null, amount: 5 } },
    })
    expect(incomplete.status).toBe(400)
    expect(errorPaths(incomplete.body)).toEqual(['timeLimitRule.trigger'])
    const complete = await server.request('PATCH', `/api/catalog-items/${own.id}?depth=0`, {
      token: tokens.editorEducation,
      body: { timeLimitOverride: true, timeLimitRule: { computable: true, trigger: 'decision', amount: 5, unit: 'working' } },
    })
    expect(complete.status).toBe(200)
    expect(complete.body.doc.timeLimitRule).toMatchObject({ trigger: 'decision', amount: 5, unit: 'working' })
  })

  it('a domain with items cannot be deleted (409); the office may add a local domain', async () => {
    const domain = await domainNamed('义务教育')
    expect((await server.request('DELETE', `/api/catalog-domains/${domain.id}`, { token: tokens.office })).status).toBe(409)
    const local = await server.request('POST', '/api/catalog-domains', { token: tokens.office, body: { name: '乡村振兴', number: 29, local: true } })
    expect(local.status).toBe(201)
    expect((await server.request('POST', '/api/catalog-domains', { token: tokens.office, body: { name: '乡村振兴' } })).status).toBe(400)
    expect((await server.request('DELETE', `/api/catalog-domains/${local.body.doc.id}`, { token: tokens.office })).status).toBe(200)
  })
})

describe('GET /api/catalog-tree', () => {
  it('serves domain → 一级 → 二级 → items with counts to the public', async () => {
    const result = await server.request('GET', '/api/catalog-tree')
    expect(result.status).toBe(200)
    const tree = result.body
    expect(tree.totals.items).toBe((await items({ active: { equals: true } })).length)
    expect(tree.totals.items).toBeGreaterThanOrEqual(100)
    expect(tree.domains[0].number).toBe(1)
    for (const domain of tree.domains) {
      expect(domain.count).toBe(domain.groups.reduce((sum: number, group: any) => sum + group.count, 0))
      for (const group of domain.groups) {
        expect(group.count).toBe(group.children.reduce((sum: number, child: any) => sum + child.items.length, 0))
      }
    }
    const item = tree.domains[0].groups[0].children[0].items[0]
    expect(item).toHaveProperty('timeLimitRule')
    expect(item).not.toHaveProperty('lastEditedBy')
  })

  it('filters by domain and by department, and names a bad filter (400)', async () => {
    const domain = await domainNamed('义务教育')
    const byDomain = (await server.request('GET', `/api/catalog-tree?domain=${domain.id}`)).body
    expect(byDomain.domains.map((node: any) => node.name)).toEqual(['义务教育'])
    const byDepartment = (await server.request('GET', `/api/catalog-tree?department=${world.departments.education}`)).body
    expect(byDepartment.totals.items).toBe((await items({ departments: { in: [world.departments.education] } })).length)
    const bad = await server.request('GET', '/api/catalog-tree?domain=999999')
    expect(bad.status).toBe(400)
    expect(errorPaths(bad.body)).toEqual(['domain'])
  })
})
