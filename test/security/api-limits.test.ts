/**
 * Cost limits (#16 defect 2, build 4): one anonymous GraphQL query nested through the department ⇄ records
 * join used to resolve 10ⁿ documents (level 6 exhausted a 4 GB heap). Queries over the limits are refused with
 * 400 before anything runs; REST and GraphQL list and join limits are capped.
 */
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { useTestWorld } from '../helpers/context.js'
import { errorPaths, type TestServer } from '../helpers/http.js'
import type { ActorKey, World } from '../helpers/world.js'

let payload: Payload
let server: TestServer
let world: World
let tokens: Partial<Record<ActorKey, string>>

useTestWorld((context) => ({ payload, server, world, tokens } = context))

/** `Disclosures(limit:10){docs{department{disclosures(limit:10){docs{ … title }}}}}` with `joins` nested joins. */
const nestedThroughJoin = (joins: number, limit = 10): string => {
  let inner = 'title'
  for (let level = 0; level < joins; level += 1) inner = `department { name disclosures(limit: ${limit}) { docs { ${inner} } } }`
  return `{ Disclosures(limit: ${limit}) { docs { title ${inner} } } }`
}

const refusedBeforeRunning = (result: { status: number; body: any }) => {
  expect(result.status).toBe(400)
  expect(result.body.data).toBeUndefined()
  expect(result.body.errors?.length).toBeGreaterThan(0)
}

describe('GraphQL depth and cost limits', () => {
  it('one join below a list is answered', async () => {
    const result = await server.graphql(nestedThroughJoin(1))
    expect(result.status).toBe(200)
    expect(result.body.errors).toBeUndefined()
    expect(result.body.data.Disclosures.docs.length).toBeGreaterThan(0)
  })

  it.each([2, 3, 4, 6])('a query nesting %i joins through department ⇄ records is refused with 400, anonymous or staff', async (joins) => {
    refusedBeforeRunning(await server.graphql(nestedThroughJoin(joins)))
    refusedBeforeRunning(await server.graphql(nestedThroughJoin(joins), { token: tokens.office }))
  })

  it('the same through fragments and variables is refused too', async () => {
    const query = `query Q($n: Int) { Disclosures(limit: $n) { docs { ...D } } }
      fragment D on Disclosure { department { disclosures(limit: $n) { docs { department { disclosures(limit: $n) { docs { title } } } } } } }`
    refusedBeforeRunning(await server.request('POST', '/api/graphql', { body: { query, variables: { n: 10 } } }))
  })

  it('a join without a limit counts as the largest page, so wide joins under long lists are refused', async () => {
    refusedBeforeRunning(await server.graphql('{ Departments(limit: 500) { docs { name disclosures { docs { title } } } } }'))
    const one = await server.graphql(`{ Department(id: ${JSON.stringify(world.departments.finance)}) { disclosures { docs { title } } } }`, { token: tokens.office })
    expect(one.status).toBe(200)
    expect(one.body.data.Department.disclosures.docs).toHaveLength(3)
  })

  it('a limit above the maximum is refused, on lists and on joins', async () => {
    refusedBeforeRunning(await server.graphql('{ Disclosures(limit: 501) { docs { title } } }'))
    refusedBeforeRunning(await server.graphql(`{ Department(id: ${JSON.stringify(world.departments.finance)}) { disclosures(limit: 501) { docs { title } } } }`))
  })

  it('"everything" (limit 0, pagination false, a variable of 0) is served as a page of 500', async () => {
    for (const query of ['{ Disclosures(limit: 0) { limit docs { id } } }', 'query ($n: Int) { Disclosures(limit: $n) { limit docs { id } } }']) {
      const result = await server.request('POST', '/api/graphql', { token: tokens.office, body: { query, variables: { n: 0 } } })
      expect(result.body.errors).toBeUndefined()
      expect(result.status).toBe(200)
      expect(result.body.data.Disclosures.limit).toBe(500)
    }
    const unpaged = await server.graphql('{ Disclosures(pagination: false) { docs { id } } }', { token: tokens.office })
    expect(unpaged.status).toBe(200)
    expect(unpaged.body.data.Disclosures.docs).toHaveLength(5)
  })

  it('a selection deeper than 12 fields is refused', async () => {
    const nest = (levels: number) => {
      let selection = 'name'
      for (let level = 0; level < levels; level += 1) selection = `parent { ${selection} }`
      return `{ Disclosures(limit: 1) { docs { department { ${selection} } } } }`
    }
    // Disclosures, docs, department and 9 parents: 12 fields deep.
    expect((await server.graphql(nest(8), { token: tokens.office })).status).toBe(200)
    refusedBeforeRunning(await server.graphql(nest(10), { token: tokens.office }))
  })

  it.each([
    'fragment F on Query { ...F } { ...F }',
    'fragment A on Query { ...B } fragment B on Query { Disclosures { docs { id } } ...A } { ...A }',
    'fragment D on Disclosure { department { disclosures { docs { ...D } } } } { Disclosures { docs { ...D } } }',
  ])('cyclic fragments are refused with 400, never followed until the stack overflows: %s', async (query) => {
    refusedBeforeRunning(await server.request('POST', '/api/graphql', { body: { query } }))
    expect((await server.request('GET', '/healthz')).status).toBe(200)
  })

  it('ordinary queries of a full page still work', async () => {
    const result = await server.graphql('{ Disclosures(limit: 500) { docs { id title status publicAttribute department { name } } totalDocs } }', { token: tokens.office })
    expect(result.status).toBe(200)
    expect(result.body.errors).toBeUndefined()
    expect(result.body.data.Disclosures.totalDocs).toBe(result.body.data.Disclosures.docs.length)
  })
})

describe('REST list, join and depth limits', () => {
  it('limit above 500 is refused with 400 naming limit', async () => {
    const result = await server.request('GET', '/api/disclosures?limit=501')
    expect(result.status).toBe(400)
    expect(errorPaths(result.body)).toEqual(['limit'])
  })

  it('limit=0 and pagination=false are served as a page of 500 that says whether there is more', async () => {
    for (const query of ['limit=0', 'limit=0&pagination=false', 'pagination=false']) {
      const result = await server.request('GET', `/api/disclosures?depth=0&${query}`, { token: tokens.office })
      expect(result.status).toBe(200)
      expect(result.body).toMatchObject({ limit: 500, hasNextPage: false, totalDocs: result.body.docs.length })
    }
  })

  it('a join limit above 500 is refused with 400 naming it; 0 is served as 500', async () => {
    const path = `/api/departments/${world.departments.finance}?depth=0`
    const over = await server.request('GET', `${path}&joins[disclosures][limit]=501`, { token: tokens.office })
    expect(over.status).toBe(400)
    expect(errorPaths(over.body)).toEqual(['joins.disclosures.limit'])
    const all = await server.request('GET', `${path}&joins[disclosures][limit]=0`, { token: tokens.office })
    expect(all.status).toBe(200)
    expect(all.body.disclosures.docs).toHaveLength(3)
  })

  it('REST depth is capped at 3 and the Local API is not limited', async () => {
    expect(payload.config.maxDepth).toBe(3)
    const local = await payload.find({ collection: 'disclosures', limit: 0, depth: 0 })
    expect(local.limit).toBe(0)
  })
})
