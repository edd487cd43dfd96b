import type { Payload } from 'payload'

import type { TestServer } from './http.js'
import type { Actor, ActorKey } from './world.js'

/** What one operation came to, whichever way it was sent: the HTTP status (or its equivalent) and data. */
export interface Outcome {
  status: number
  doc?: any
  ids?: string[]
  body?: any
}

export type Id = number | string

/** One way into the API: the Local API with access enforced, REST over HTTP, or GraphQL over HTTP. */
export interface Transport {
  name: 'local' | 'rest' | 'graphql'
  find(collection: string, actor: Actor): Promise<Outcome>
  findByID(collection: string, id: Id, actor: Actor): Promise<Outcome>
  create(collection: string, data: Record<string, unknown>, actor: Actor): Promise<Outcome>
  update(collection: string, id: Id, data: Record<string, unknown>, actor: Actor): Promise<Outcome>
  remove(collection: string, id: Id, actor: Actor): Promise<Outcome>
}

const listIds = (docs: any[]): string[] => docs.map((doc) => String(doc.id)).sort()

export const localTransport = (payload: Payload): Transport => {
  const run = async (status: number, fn: () => Promise<any>): Promise<Outcome> => {
    try {
      const result = await fn()
      return result?.docs ? { status, ids: listIds(result.docs), body: result } : { status, doc: result }
    } catch (error: any) {
      return { status: typeof error?.status === 'number' ? error.status : 500, body: error }
    }
  }
  const as = (actor: Actor) => ({ overrideAccess: false, user: actor.user ?? undefined, depth: 0 })
  return {
    name: 'local',
    find: (collection, actor) => run(200, () => payload.find({ collection, ...as(actor), pagination: false })),
    findByID: (collection, id, actor) => run(200, () => payload.findByID({ collection, id, ...as(actor) })),
    create: (collection, data, actor) => run(201, () => payload.create({ collection, data, ...as(actor) })),
    update: (collection, id, data, actor) => run(200, () => payload.update({ collection, id, data, ...as(actor) })),
    remove: (collection, id, actor) => run(200, () => payload.delete({ collection, id, ...as(actor) })),
  }
}

/** Logs every actor in once through `/api/users/login`. */
export const tokensFor = async (server: TestServer, actors: Record<ActorKey, Actor>): Promise<Partial<Record<ActorKey, string>>> => {
  const tokens: Partial<Record<ActorKey, string>> = {}
  for (const actor of Object.values(actors)) {
    if (actor.email) tokens[actor.key] = await server.login(actor.email, actor.password)
  }
  return tokens
}

export const restTransport = (server: TestServer, tokens: Partial<Record<ActorKey, string>>): Transport => {
  const call = async (method: string, path: string, actor: Actor, body?: unknown): Promise<Outcome> => {
    const result = await server.request(method, path, { token: tokens[actor.key], body })
    return {
      status: result.status,
      body: result.body,
      doc: result.body?.doc ?? (result.body?.id !== undefined ? result.body : undefined),
      ids: Array.isArray(result.body?.docs) ? listIds(result.body.docs) : undefined,
    }
  }
  return {
    name: 'rest',
    find: (collection, actor) => call('GET', `/api/${collection}?depth=0&limit=0&pagination=false`, actor),
    findByID: (collection, id, actor) => call('GET', `/api/${collection}/${id}?depth=0`, actor),
    create: (collection, data, actor) => call('POST', `/api/${collection}?depth=0`, actor, data),
    update: (collection, id, data, actor) => call('PATCH', `/api/${collection}/${id}?depth=0`, actor, data),
    remove: (collection, id, actor) => call('DELETE', `/api/${collection}/${id}`, actor),
  }
}

/** GraphQL names of the collections under test. */
const GRAPHQL_NAMES: Record<string, { one: string; many: string }> = {
  disclosures: { one: 'Disclosure', many: 'Disclosures' },
  departments: { one: 'Department', many: 'Departments' },
  'catalog-items': { one: 'CatalogItem', many: 'CatalogItems' },
  'catalog-domains': { one: 'CatalogDomain', many: 'CatalogDomains' },
}

/** GraphQL answers 200 with errors; Payload puts the HTTP status it would have used in `extensions.statusCode`. */
const graphQLStatus = (body: any, okStatus: number): number => {
  const error = body?.errors?.[0]
  if (!error) return okStatus
  return typeof error.extensions?.statusCode === 'number' ? error.extensions.statusCode : 400
}

export const graphqlTransport = (server: TestServer, tokens: Partial<Record<ActorKey, string>>): Transport => {
  const run = async (query: string, actor: Actor, okStatus: number, pick: (data: any) => any, variables?: Record<string, unknown>): Promise<Outcome> => {
    const result = await server.graphql(query, { token: tokens[actor.key], variables })
    const status = result.status === 200 ? graphQLStatus(result.body, okStatus) : result.status
    const picked = result.body?.data ? pick(result.body.data) : undefined
    return {
      status,
      body: result.body,
      doc: picked && !Array.isArray(picked?.docs) ? picked : undefined,
      ids: Array.isArray(picked?.docs) ? listIds(picked.docs) : undefined,
    }
  }
  const names = (collection: string) => {
    const found = GRAPHQL_NAMES[collection]
    if (!found) throw new Error(`no GraphQL names for ${collection}`)
    return found
  }
  return {
    name: 'graphql',
    find: (collection, actor) => {
      const { many } = names(collection)
      return run(`{ ${many}(limit: 0, pagination: false) { docs { id } } }`, actor, 200, (data) => data[many])
    },
    findByID: (collection, id, actor) => {
      const { one } = names(collection)
      return run(`{ ${one}(id: ${JSON.stringify(id)}) { id } }`, actor, 200, (data) => data[one])
    },
    create: (collection, data, actor) => {
      const { one } = names(collection)
      return run(
        `mutation ($data: mutation${one}Input!) { create${one}(data: $data) { id } }`,
        actor,
        201,
        (result) => result[`create${one}`],
        { data },
      )
    },
    update: (collection, id, data, actor) => {
      const { one } = names(collection)
      return run(
        `mutation ($data: mutation${one}UpdateInput!) { update${one}(id: ${JSON.stringify(id)}, data: $data) { id } }`,
        actor,
        200,
        (result) => result[`update${one}`],
        { data },
      )
    },
    remove: (collection, id, actor) => {
      const { one } = names(collection)
      return run(`mutation { delete${one}(id: ${JSON.stringify(id)}) { id } }`, actor, 200, (result) => result[`delete${one}`])
    },
  }
}

/** The three ways in, for tests that run the same cases over each. */
export const allTransports = (payload: Payload, server: TestServer, tokens: Partial<Record<ActorKey, string>>): Record<Transport['name'], Transport> => ({
  local: localTransport(payload),
  rest: restTransport(server, tokens),
  graphql: graphqlTransport(server, tokens),
})
