/** Access matrix of departments through the Local API, REST and GraphQL. */
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { useTestWorld } from './helpers/context.js'
import type { TestServer } from './helpers/http.js'
import { allTransports, type Transport } from './helpers/transports.js'
import { ACTORS, type ActorKey, type World } from './helpers/world.js'

let payload: Payload
let server: TestServer
let world: World
let tokens: Partial<Record<ActorKey, string>>
const transports: Record<string, Transport> = {}

useTestWorld((context) => {
  ;({ payload, server, world, tokens } = context)
  Object.assign(transports, allTransports(payload, server, tokens))
})

const onlyOffice = (actor: ActorKey, allowed: number) => (actor === 'office' ? allowed : 403)
let serial = 0
/** A fresh, valid, unused unified social credit code for each department a test creates. */
const freshOrgCode = async () => {
  const { organizationCodeCheckChar, usccCheckChar } = await import('../src/org-code.js')
  const org = `T${String(++serial).padStart(7, '0')}`
  const first17 = `11210399${org}${organizationCodeCheckChar(org)}`
  return first17 + usccCheckChar(first17)
}

describe.each(['local', 'rest', 'graphql'])('departments over %s', (transportName) => {
  const t = () => transports[transportName]!

  it.each(ACTORS)('%s lists departments (the public: active ones only)', async (actor) => {
    const outcome = await t().find('departments', world.actors[actor])
    expect(outcome.status).toBe(200)
    const all = await payload.find({ collection: 'departments', pagination: false, depth: 0 })
    const expected = all.docs.filter((doc) => actor !== 'anonymous' || doc.active).map((doc) => String(doc.id)).sort()
    expect(outcome.ids).toEqual(expected)
    expect(outcome.ids!.includes(String(world.departments.inactive))).toBe(actor !== 'anonymous')
  })

  it.each(ACTORS)('%s reads an inactive department by id only when logged in', async (actor) => {
    const outcome = await t().findByID('departments', world.departments.inactive, world.actors[actor])
    expect(outcome.status).toBe(actor === 'anonymous' ? 404 : 200)
  })

  it.each(ACTORS)('%s creates departments only as the office', async (actor) => {
    const before = (await payload.count({ collection: 'departments' })).totalDocs
    const outcome = await t().create('departments', { name: `新部门 ${transportName} ${actor}`, orgCode: await freshOrgCode(), kind: 'department' }, world.actors[actor])
    expect(outcome.status).toBe(onlyOffice(actor, 201))
    expect((await payload.count({ collection: 'departments' })).totalDocs).toBe(before + (actor === 'office' ? 1 : 0))
  })

  it.each(ACTORS)('%s updates departments only as the office', async (actor) => {
    const id = world.departments.education
    const before = await payload.findByID({ collection: 'departments', id, depth: 0 })
    const outcome = await t().update('departments', id, { phone: `0427-${String(1000000 + ++serial)}` }, world.actors[actor])
    expect(outcome.status).toBe(onlyOffice(actor, 200))
    const after = await payload.findByID({ collection: 'departments', id, depth: 0 })
    if (actor !== 'office') expect(after.phone).toBe(before.phone)
    else expect(after.phone).not.toBe(before.phone)
  })

  it.each(ACTORS)('%s deletes an unused department only as the office', async (actor) => {
    const spare = await payload.create({ collection: 'departments', data: { name: '待删除部门', orgCode: await freshOrgCode() } })
    const outcome = await t().remove('departments', spare.id, world.actors[actor])
    expect(outcome.status).toBe(onlyOffice(actor, 200))
    expect((await payload.count({ collection: 'departments', where: { id: { equals: spare.id } } })).totalDocs).toBe(actor === 'office' ? 0 : 1)
  })

  it('refuses to delete a department that has records, users or sub-departments (409), keeping it', async () => {
    for (const id of [world.departments.finance, world.departments.office]) {
      const outcome = await t().remove('departments', id, world.actors.office)
      expect(outcome.status).toBe(409)
      expect((await payload.count({ collection: 'departments', where: { id: { equals: id } } })).totalDocs).toBe(1)
    }
  })
})

describe('deactivating instead of deleting', () => {
  it('an inactive department keeps its records and disappears from the public directory', async () => {
    const code = await freshOrgCode()
    const department = await payload.create({ collection: 'departments', data: { name: '将停用的部门', orgCode: code } })
    await payload.create({ collection: 'disclosures', data: { title: '停用部门的信息', department: department.id, status: 'published', catalogItem: world.catalogItem } })
    const patch = await server.request('PATCH', `/api/departments/${department.id}`, { token: tokens.office, body: { active: false } })
    expect(patch.status).toBe(200)
    const publicList = await server.request('GET', `/api/departments?where[orgCode][equals]=${code}`)
    expect(publicList.body.totalDocs).toBe(0)
    expect((await payload.count({ collection: 'disclosures', where: { department: { equals: department.id } } })).totalDocs).toBe(1)
  })
})
