/**
 * Spoofing: a department user who names another department is refused with 403 over every
 * transport, and nothing stored changes — never silently accepted or silently rewritten.
 */
import { toBeijingDate } from '../src/calendar/index.js'
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { useTestWorld } from './helpers/context.js'
import { approveThroughRest, transition } from './helpers/workflow.js'
import { errorPaths, type TestServer } from './helpers/http.js'
import { allTransports, type Transport } from './helpers/transports.js'
import type { ActorKey, World } from './helpers/world.js'

let payload: Payload
let server: TestServer
let world: World
let tokens: Partial<Record<ActorKey, string>>
const transports: Record<string, Transport> = {}

useTestWorld((context) => {
  ;({ payload, server, world, tokens } = context)
  Object.assign(transports, allTransports(payload, server, tokens))
})

const snapshot = async () => {
  const { docs } = await payload.find({ collection: 'disclosures', pagination: false, depth: 0, sort: 'id' })
  return docs.map(({ id, title, department, status, publicAttribute }) => ({ id, title, department, status, publicAttribute }))
}

describe.each(['local', 'rest', 'graphql'])('over %s', (name) => {
  const t = () => transports[name]!

  it('an editor creating a record for another department gets 403 and nothing is stored', async () => {
    const before = await snapshot()
    const outcome = await t().create('disclosures', { title: '冒名发布', department: world.departments.education }, world.actors.editorFinance)
    expect(outcome.status).toBe(403)
    expect(await snapshot()).toEqual(before)
  })

  it('an editor moving its own record to another department gets 403 and the record is unchanged', async () => {
    const before = await snapshot()
    const outcome = await t().update(
      'disclosures',
      world.disclosures.fDraft,
      { title: '改名并转移', department: world.departments.education },
      world.actors.editorFinance,
    )
    expect(outcome.status).toBe(403)
    expect(await snapshot()).toEqual(before)
  })

  it('a reviewer cannot move a record either', async () => {
    const before = await snapshot()
    const outcome = await t().update('disclosures', world.disclosures.fPub, { department: world.departments.education }, world.actors.reviewerFinance)
    expect(outcome.status).toBe(403)
    expect(await snapshot()).toEqual(before)
  })

  it('the office may move a record between departments', async () => {
    const record = await payload.create({ collection: 'disclosures', data: { title: '待转办', department: world.departments.finance } })
    const outcome = await t().update('disclosures', record.id, { department: world.departments.education }, world.actors.office)
    expect(outcome.status).toBe(200)
    const stored = await payload.findByID({ collection: 'disclosures', id: record.id, depth: 0 })
    expect(String(stored.department)).toBe(String(world.departments.education))
  })
})

describe('REST error names the field', () => {
  it('403 on a spoofed department says which field', async () => {
    const result = await server.request('POST', '/api/disclosures', {
      token: tokens.editorFinance,
      body: { title: '冒名发布', department: world.departments.education },
    })
    expect(result.status).toBe(403)
    expect(errorPaths(result.body)).toEqual(['department'])
  })

  it('server-set fields are not taken from the request: publishedAt is ignored', async () => {
    const result = await server.request('POST', '/api/disclosures', {
      token: tokens.editorFinance,
      body: { title: '伪造发布时间', publishedAt: '2000-01-01T00:00:00.000Z' },
    })
    expect(result.status).toBe(201)
    expect(result.body.doc.publishedAt ?? null).toBeNull()
    const id = result.body.doc.id
    // Publishing by editing the state is refused; the review actions publish, with the server's time.
    const patched = await server.request('PATCH', `/api/disclosures/${id}`, {
      token: tokens.editorFinance,
      body: { status: 'published', publishedAt: '2000-01-01T00:00:00.000Z', catalogItem: world.catalogItem },
    })
    expect(patched.status).toBe(400)
    expect(errorPaths(patched.body)).toEqual(['status'])
    await server.request('PATCH', `/api/disclosures/${id}`, { token: tokens.editorFinance, body: { catalogItem: world.catalogItem, formedAt: toBeijingDate(new Date()) } })
    await approveThroughRest(server, tokens, id)
    const published = await transition(server, tokens.editorFinance, id, 'publish', { publishedAt: '2000-01-01T00:00:00.000Z' })
    expect(published.status).toBe(200)
    expect(new Date(published.body.doc.publishedAt).getFullYear()).toBeGreaterThanOrEqual(2026)
  })
})

describe('staff accounts', () => {
  const userId = (key: ActorKey) => world.actors[key].user!.id

  it('an editor cannot grant itself roles or move itself to another department (403, unchanged)', async () => {
    for (const body of [{ roles: ['office'] }, { roles: ['editor', 'reviewer'] }, { department: world.departments.education }]) {
      const result = await server.request('PATCH', `/api/users/${userId('editorFinance')}`, { token: tokens.editorFinance, body })
      expect(result.status).toBe(403)
      expect(errorPaths(result.body)).toHaveLength(1)
    }
    const stored = await payload.findByID({ collection: 'users', id: userId('editorFinance'), depth: 0 })
    expect(stored.roles).toEqual(['editor'])
    expect(String(stored.department)).toBe(String(world.departments.finance))
  })

  it('a bulk update by an editor cannot change roles or department either (403, unchanged)', async () => {
    for (const body of [{ roles: [] }, { roles: ['office'] }, { department: world.departments.education }]) {
      const result = await server.request('PATCH', '/api/users?where[id][exists]=true', { token: tokens.editorFinance, body })
      expect(result.status).toBe(403)
    }
    const stored = await payload.findByID({ collection: 'users', id: userId('editorFinance'), depth: 0 })
    expect(stored.roles).toEqual(['editor'])
    expect(String(stored.department)).toBe(String(world.departments.finance))
  })

  it('an editor may edit its own name, sees only itself, and cannot touch other accounts', async () => {
    expect((await server.request('PATCH', `/api/users/${userId('editorFinance')}`, { token: tokens.editorFinance, body: { name: '李编辑' } })).status).toBe(200)
    const list = await server.request('GET', '/api/users?depth=0', { token: tokens.editorFinance })
    expect(list.body.docs.map((doc: any) => doc.id)).toEqual([userId('editorFinance')])
    expect((await server.request('PATCH', `/api/users/${userId('reviewerFinance')}`, { token: tokens.editorFinance, body: { name: 'x' } })).status).toBe(403)
    expect((await server.request('POST', '/api/users', { token: tokens.editorFinance, body: { email: 'new@demo.gov.cn', password: 'secret-123', roles: ['editor'] } })).status).toBe(403)
    expect((await server.request('GET', '/api/users')).status).toBe(403)
  })

  it('auditors read all accounts and change none; the office manages them', async () => {
    const list = await server.request('GET', '/api/users?depth=0&limit=0', { token: tokens.auditor })
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(5)
    expect((await server.request('PATCH', `/api/users/${userId('editorFinance')}`, { token: tokens.auditor, body: { name: 'x' } })).status).toBe(403)
    const grant = await server.request('PATCH', `/api/users/${userId('editorEducation')}`, { token: tokens.office, body: { roles: ['editor', 'reviewer'] } })
    expect(grant.status).toBe(200)
    expect(grant.body.doc.roles).toEqual(['editor', 'reviewer'])
  })

  it('a non-office user must belong to a department (400 naming the field)', async () => {
    const result = await server.request('POST', '/api/users', {
      token: tokens.office,
      body: { email: 'nodept@demo.gov.cn', password: 'secret-123', roles: ['editor'] },
    })
    expect(result.status).toBe(400)
    expect(errorPaths(result.body)).toEqual(['department'])
  })
})
