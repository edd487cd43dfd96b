/** Reading through relationships over GraphQL: populated departments and joined records obey the reader's access. */
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { useTestWorld } from './helpers/context.js'
import type { TestServer } from './helpers/http.js'
import type { ActorKey, World } from './helpers/world.js'

let payload: Payload
let server: TestServer
let world: World
let tokens: Partial<Record<ActorKey, string>>

useTestWorld((context) => ({ payload, server, world, tokens } = context))

describe('reading through relationships (GraphQL)', () => {
  const titles = (docs: any[]) => docs.map((doc: any) => doc.title).sort()

  it('the public sees only published 主动公开 records, with their departments', async () => {
    const result = await server.graphql('{ Disclosures(limit: 0) { docs { title status publicAttribute department { name } } } }')
    expect(result.status).toBe(200)
    expect(result.body.errors).toBeUndefined()
    const docs = result.body.data.Disclosures.docs
    expect(titles(docs)).toEqual(['2025年义务教育招生政策', '2025年区级部门预算公开'])
    expect(docs.every((doc: any) => doc.status === 'published' && doc.publicAttribute === 'proactive')).toBe(true)
    expect(docs.map((doc: any) => doc.department?.name).sort()).toEqual(['示范区教育局', '示范区财政局'])
  })

  it('a department\'s joined records are filtered by the reader\'s access', async () => {
    const query = `{ Department(id: ${JSON.stringify(world.departments.finance)}) { name disclosures(limit: 0) { docs { title status } } } }`
    const joined = async (token?: string) => {
      const result = await server.graphql(query, { token })
      expect(result.body.errors).toBeUndefined()
      return titles(result.body.data.Department.disclosures.docs)
    }
    expect(await joined()).toEqual(['2025年区级部门预算公开'])
    expect(await joined(tokens.editorEducation)).toEqual(['2025年区级部门预算公开'])
    const financeView = await joined(tokens.editorFinance)
    expect(financeView).toHaveLength(3)
    expect(await joined(tokens.office)).toEqual(financeView)
  })

  it('a published record of an inactive department shows no department to the public', async () => {
    const record = await payload.create({
      collection: 'disclosures',
      data: { title: '撤并前发布的信息', department: world.departments.inactive, status: 'published', catalogItem: world.catalogItem },
    })
    const result = await server.graphql(`{ Disclosure(id: ${JSON.stringify(record.id)}) { title department { name } } }`)
    expect(result.body.errors).toBeUndefined()
    expect(result.body.data.Disclosure).toEqual({ title: '撤并前发布的信息', department: null })
    const staff = await server.graphql(`{ Disclosure(id: ${JSON.stringify(record.id)}) { department { name } } }`, { token: tokens.editorFinance })
    expect(staff.body.data.Disclosure.department).toEqual({ name: '示范区已撤并办公室' })
    await payload.delete({ collection: 'disclosures', id: record.id })
  })

  it('records in the trash are neither counted nor listed in a department\'s join (no null rows)', async () => {
    const trashed = await payload.create({ collection: 'disclosures', data: { title: '已移入回收站的信息', department: world.departments.finance, catalogItem: world.catalogItem } })
    await payload.update({ collection: 'disclosures', id: trashed.id, data: { deletedAt: new Date().toISOString() } })
    const query = `{ Department(id: ${JSON.stringify(world.departments.finance)}) { disclosures(limit: 50, count: true) { totalDocs docs { id title } } } }`
    for (const token of [tokens.editorFinance, tokens.office]) {
      const result = await server.graphql(query, { token })
      expect(result.body.errors).toBeUndefined()
      const { docs, totalDocs } = result.body.data.Department.disclosures
      expect(docs.every((doc: unknown) => doc !== null)).toBe(true)
      expect(docs.map((doc: any) => doc.title)).not.toContain('已移入回收站的信息')
      expect(totalDocs).toBe(docs.length)
    }
    const rest = await server.request('GET', `/api/departments/${world.departments.finance}?depth=1`, { token: tokens.editorFinance })
    expect(rest.body.disclosures.docs.every((doc: unknown) => doc !== null && typeof doc === 'object')).toBe(true)
    expect(rest.body.disclosures.docs.map((doc: any) => doc.id)).not.toContain(trashed.id)
    await payload.delete({ collection: 'disclosures', id: trashed.id, trash: true })
  })
})
