/** Bad input gets 400 naming the field and the reason; nothing already stored changes. */
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { useTestWorld } from './helpers/context.js'
import { errorPaths, type TestServer } from './helpers/http.js'
import type { ActorKey, World } from './helpers/world.js'

let payload: Payload
let server: TestServer
let world: World
let tokens: Partial<Record<ActorKey, string>>

useTestWorld((context) => ({ payload, server, world, tokens } = context))

/** Everything stored in the two plugin collections, to prove a refused request changed nothing. */
const everything = async () => ({
  disclosures: (await payload.find({ collection: 'disclosures', pagination: false, depth: 0, sort: 'id' })).docs,
  departments: (await payload.find({ collection: 'departments', pagination: false, depth: 0, sort: 'id' })).docs,
})

interface Case {
  name: string
  method: 'POST' | 'PATCH'
  path: () => string
  body?: () => unknown
  raw?: string
  as?: ActorKey
  field: string
}

const cases: Case[] = [
  { name: 'unknown department id', method: 'POST', path: () => '/api/disclosures', body: () => ({ title: '未知部门', department: 987654 }), field: 'department' },
  { name: 'unknown department id on update', method: 'PATCH', path: () => `/api/disclosures/${world.disclosures.fPub}`, body: () => ({ department: 987654 }), field: 'department' },
  { name: 'malformed department id', method: 'POST', path: () => '/api/disclosures', body: () => ({ title: '畸形部门', department: 'abc' }), field: 'department' },
  { name: 'unknown catalog item id', method: 'POST', path: () => '/api/disclosures', body: () => ({ title: '未知事项', department: world.departments.finance, catalogItem: 987654 }), field: 'catalogItem' },
  { name: 'malformed catalog item id', method: 'POST', path: () => '/api/disclosures', body: () => ({ title: '畸形事项', department: world.departments.finance, catalogItem: 'abc' }), field: 'catalogItem' },
  { name: 'missing title', method: 'POST', path: () => '/api/disclosures', body: () => ({ department: world.departments.finance }), field: 'title' },
  { name: 'empty title on update', method: 'PATCH', path: () => `/api/disclosures/${world.disclosures.fPub}`, body: () => ({ title: '' }), field: 'title' },
  { name: 'title too long', method: 'POST', path: () => '/api/disclosures', body: () => ({ title: '长'.repeat(501), department: world.departments.finance }), field: 'title' },
  { name: 'unknown disclosure attribute', method: 'POST', path: () => '/api/disclosures', body: () => ({ title: 't', department: world.departments.finance, publicAttribute: 'secret' }), field: 'publicAttribute' },
  { name: 'emptied status', method: 'PATCH', path: () => `/api/disclosures/${world.disclosures.fPub}`, body: () => ({ status: null }), field: 'status' },
  { name: 'malformed JSON', method: 'POST', path: () => '/api/disclosures', raw: '{"title": "半截', field: 'body' },
  { name: 'oversized body', method: 'POST', path: () => '/api/disclosures', raw: JSON.stringify({ title: 'x', padding: 'x'.repeat(1024 * 1024 + 10) }), field: 'body' },
  { name: 'department without a name', method: 'POST', path: () => '/api/departments', body: () => ({ orgCode: '1121039900MB00019M' }), field: 'name' },
  { name: 'organisation code with a wrong check character', method: 'POST', path: () => '/api/departments', body: () => ({ name: 'n', orgCode: '1121039900MB00019A' }), field: 'orgCode' },
  { name: 'organisation code of the wrong length', method: 'POST', path: () => '/api/departments', body: () => ({ name: 'n', orgCode: '12345' }), field: 'orgCode' },
  { name: 'duplicate organisation code', method: 'POST', path: () => '/api/departments', body: () => ({ name: '重复', orgCode: '1121039900MB00027G' }), field: 'orgCode' },
  { name: 'duplicate organisation code on update', method: 'PATCH', path: () => `/api/departments/${world.departments.education}`, body: () => ({ orgCode: '1121039900MB00027G' }), field: 'orgCode' },
  { name: 'unknown parent department', method: 'PATCH', path: () => `/api/departments/${world.departments.education}`, body: () => ({ parent: 424242 }), field: 'parent' },
  { name: 'department as its own parent', method: 'PATCH', path: () => `/api/departments/${world.departments.education}`, body: () => ({ parent: world.departments.education }), field: 'parent' },
  { name: 'parent cycle', method: 'PATCH', path: () => `/api/departments/${world.departments.office}`, body: () => ({ parent: world.departments.finance }), field: 'parent' },
  { name: 'phone with letters', method: 'PATCH', path: () => `/api/departments/${world.departments.education}`, body: () => ({ phone: 'call me' }), field: 'phone' },
]

describe('REST', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s → 400 naming the field, nothing changed', async (_name, c) => {
    const before = await everything()
    const result = await server.request(c.method, c.path(), { token: tokens[c.as ?? 'office'], body: c.body?.(), raw: c.raw })
    expect(result.status).toBe(400)
    expect(errorPaths(result.body)).toContain(c.field)
    expect(await everything()).toEqual(before)
  })

  it('the same unknown department over GraphQL is a 400 naming the field', async () => {
    const result = await server.graphql('mutation ($data: mutationDisclosureInput!) { createDisclosure(data: $data) { id } }', {
      token: tokens.office,
      variables: { data: { title: 'g', department: 987654 } },
    })
    expect(result.body.errors[0].extensions.statusCode).toBe(400)
    expect(result.body.errors[0].extensions.data.errors[0].path).toBe('department')
  })

  it('an editor\'s bad input is also a 400, not a 403 or 500', async () => {
    const result = await server.request('POST', '/api/disclosures', { token: tokens.editorFinance, body: { title: '' } })
    expect(result.status).toBe(400)
    expect(errorPaths(result.body)).toEqual(['title'])
  })
})

describe('malformed ids', () => {
  // (Payload's REST layer itself reads a leading number, e.g. '12abc' as 12.)
  it.each(['abc', 'undefined', 'null', '..%2F'])('GET/PATCH/DELETE /api/disclosures/%s → 400 naming id, not a driver error', async (id) => {
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const result = await server.request(method, `/api/disclosures/${encodeURIComponent(id)}`, { token: tokens.office, body: method === 'PATCH' ? { title: 'x' } : undefined })
      expect({ method, status: result.status }).toEqual({ method, status: 400 })
      expect(errorPaths(result.body)).toEqual(['id'])
    }
  })
})
