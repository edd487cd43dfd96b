/**
 * Property-based fuzzing (issue #16, Build 9) of parameters: the query of every covered collection's REST
 * reads over REST and GraphQL (`limit`, `page`, `depth`, `sort`, `where` with every field and operator), the `:id` of its routes,
 * and every plugin endpoint's query parameters and JSON body, as anonymous, office and editor. Never a 5xx;
 * after a refusal nothing is stored. FUZZ_SEED replays, FUZZ_RUNS sizes.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { useTestWorld, type TestContext } from '../helpers/context.js'
import { FUZZ_SEED, FUZZ_TIMEOUT, anyValue, fuzzParameters, oddScalar } from './arbitraries.js'
import { Tally, coveredSlugs, fingerprint, knownIds, serverErrorIn } from './world.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

let ids: Record<string, unknown[]>
beforeAll(async () => {
  console.log(`fuzz seed ${FUZZ_SEED} (replay with FUZZ_SEED=${FUZZ_SEED}; size with FUZZ_RUNS, 100 = default)`)
  ids = await knownIds(ctx.payload)
})

const actors = ['anonymous', 'office', 'editorFinance'] as const
const token = (actor: (typeof actors)[number]) => (actor === 'anonymous' ? undefined : ctx.tokens[actor])

const OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'not_like', 'contains', 'near', 'within', 'intersects', 'bogus']

/** A query-string value: odd text, numbers, a known id, or a plausible date or month. */
const queryText = fc.oneof(
  oddScalar.map((value) => (typeof value === 'string' ? value.slice(0, 200) : JSON.stringify(value))),
  fc.string({ maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('2025-01', '2025-13', '2024-12', '2025', '2008', 'xlsx', 'csv', 'json', 'html', 'docx', 'all', '1', '2', '3', '0'),
  fc.constant(null).map(() => String((Object.values(ids).flat()[0] as unknown) ?? 1)),
)

/** Percent-encodes text, a lone surrogate included (as the invalid UTF-8 a careless client would send). */
const enc = (text: string): string => {
  try {
    return encodeURIComponent(text)
  } catch {
    return [...text].map((char) => (/[\uD800-\uDFFF]/.test(char) ? '%ED%A0%80' : encodeURIComponent(char))).join('')
  }
}
const encodeKey = (key: string) => key.replace(/[^[\]]+/g, (part) => enc(part))
const encode = (params: [string, string][]) => params.map(([key, value]) => `${encodeKey(key)}=${enc(value)}`).join('&')

/** `where[...]` keys for a collection: its field names (and a dotted one into a group or relationship), `id`, nonsense. */
const wherePath = (slug: string) => {
  const names = ctx.payload.collections[slug as 'users']!.config.flattenedFields.filter((field) => 'name' in field).map((field) => field.name)
  return fc.oneof(fc.constantFrom('id', ...names), fc.constantFrom(...names).map((name) => `${name}.id`), fc.constantFrom('and', 'or', 'x.y', ''), fc.string({ maxLength: 8 }))
}

/** A top-level field name of the collection (GraphQL's where input knows no dotted paths). */
const fieldName = (slug: string) =>
  fc.constantFrom('id', ...ctx.payload.collections[slug as 'users']!.config.flattenedFields.filter((field) => 'name' in field && field.type !== 'join').map((field) => field.name))

const collectionQuery = fc.constantFrom(...coveredSlugs()).chain((slug) =>
  fc.record({
    slug: fc.constant(slug),
    actor: fc.constantFrom(...actors),
    params: fc.array(
      fc.oneof(
        fc.tuple(fc.constantFrom('limit', 'page', 'depth', 'sort', 'where', 'select[id]', 'populate', 'joins', 'draft', 'trash', 'pagination', 'locale'), queryText),
        fc.tuple(wherePath(slug), fc.constantFrom(...OPERATORS), queryText).map(([path, operator, value]): [string, string] => [`where[${path}][${operator}]`, value]),
        fc.tuple(wherePath(slug), fc.constantFrom(...OPERATORS), queryText).map(([path, operator, value]): [string, string] => [`where[or][0][${path}][${operator}]`, value]),
        fc.tuple(wherePath(slug), queryText).map(([path, value]): [string, string] => [`where[${path}]`, value]),
      ),
      { minLength: 1, maxLength: 4 },
    ),
    byId: fc.option(queryText, { nil: undefined }),
  }),
)

describe('collection reads', () => {
  it('GET /api/<collection>[/<id>] with generated query parameters: never a 5xx', async () => {
    const tally = new Tally('REST reads')
    await fc.assert(
      fc.asyncProperty(collectionQuery, async ({ slug, actor, params, byId }) => {
        const path = byId === undefined ? `/api/${slug}` : `/api/${slug}/${enc(byId)}`
        const result = await ctx.server.request('GET', `${path}?${encode(params)}`, { token: token(actor) })
        tally.add(result.status)
        expect(serverErrorIn(result.status, result.body)).toBeNull()
      }),
      fuzzParameters(600),
    )
    tally.print()
  }, FUZZ_TIMEOUT)
})

/** Each covered collection's GraphQL list query and its where input type, found by introspection. */
const graphqlLists = async (): Promise<{ slug: string; query: string; whereType: string }[]> => {
  const result = await ctx.server.graphql('{ __schema { queryType { fields { name args { name type { name } } } } } }', { token: ctx.tokens.office })
  const fields: any[] = result.body?.data?.__schema?.queryType?.fields ?? []
  const lists: { slug: string; query: string; whereType: string }[] = []
  for (const slug of coveredSlugs()) {
    const pascal = slug.split('-').map((word) => word[0]!.toUpperCase() + word.slice(1)).join('')
    const field = fields.find((candidate) => (candidate.name === pascal || candidate.name === `all${pascal}`) && candidate.args.some((arg: any) => arg.name === 'where'))
    if (field) lists.push({ slug, query: field.name, whereType: field.args.find((arg: any) => arg.name === 'where').type.name })
  }
  return lists
}

describe('GraphQL reads', () => {
  it('list queries with generated where, limit, page and sort: never a 5xx', async () => {
    const lists = await graphqlLists()
    expect(lists.length).toBeGreaterThan(10)
    const tally = new Tally('GraphQL reads')
    const variables = fc.constantFrom(...lists).chain((list) =>
      fc.record({
        list: fc.constant(list),
        actor: fc.constantFrom(...actors),
        where: fc.oneof(
          { weight: 4, arbitrary: fc.tuple(fieldName(list.slug), fc.constantFrom(...OPERATORS), fc.oneof(queryText, anyValue)).map(([path, operator, value]) => ({ [path]: { [operator]: value } })) },
          { weight: 2, arbitrary: fc.tuple(fieldName(list.slug), fc.constantFrom(...OPERATORS), fc.oneof(queryText, anyValue)).map(([path, operator, value]) => ({ OR: [{ [path]: { [operator]: value } }] })) },
          { weight: 1, arbitrary: anyValue },
          { weight: 3, arbitrary: fc.constant(undefined) },
        ),
        // Mostly well-typed variables, so most cases pass GraphQL's own coercion and reach Payload.
        limit: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -2, max: 50 }) }, { weight: 1, arbitrary: fc.constantFrom(2147483647, -2147483648, null) }),
        page: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -2, max: 5 }) }, { weight: 1, arbitrary: fc.constantFrom(2147483647, -2147483648, null) }),
        sort: fc.oneof(wherePath(list.slug), queryText),
      }),
    )
    await fc.assert(
      fc.asyncProperty(variables, async ({ list, actor, where, limit, page, sort }) => {
        const query = `query ($where: ${list.whereType}, $limit: Int, $page: Int, $sort: String) { ${list.query}(where: $where, limit: $limit, page: $page, sort: $sort) { docs { id } } }`
        const result = await ctx.server.graphql(query, { token: token(actor), variables: { where, limit, page, sort } })
        const firstError = result.body?.errors?.[0]
        tally.add(firstError ? `error ${firstError.extensions?.statusCode ?? `(GraphQL, HTTP ${result.status})`}` : `ok ${result.status}`)
        if (process.env.FUZZ_VERBOSE && firstError) console.log(firstError.message)
        expect(serverErrorIn(result.status, result.body)).toBeNull()
      }),
      fuzzParameters(400),
    )
    tally.print()
  }, FUZZ_TIMEOUT)
})

interface EndpointSpec {
  method: 'GET' | 'POST'
  path: (id: string) => string
  query?: string[]
  body?: string[]
}

const idOf = (slug: string) => fc.oneof(queryText, fc.constantFrom(...((ids[slug]?.length ? ids[slug]! : [1]).map(String) as [string, ...string[]])))

const ENDPOINTS: (EndpointSpec & { idFrom?: string })[] = [
  { method: 'GET', path: () => '/api/catalog-tree', query: ['domain', 'department'] },
  { method: 'GET', path: () => '/api/disclosures/deadlines', query: ['department', 'within'] },
  { method: 'GET', path: () => '/api/annual-report', query: ['year', 'format', 'department'] },
  { method: 'GET', path: () => '/api/ledgers/monthly', query: ['month', 'format', 'department'] },
  { method: 'GET', path: () => '/api/catalog-items/export', query: ['domain', 'department', 'format'] },
  { method: 'GET', path: () => '/api/audit-log/export.csv', query: ['user', 'department', 'collection', 'action', 'from', 'to'] },
  { method: 'GET', path: () => '/api/ledger-submissions/board', query: ['department', 'from', 'to'] },
  { method: 'GET', path: (id) => `/api/ledger-submissions/${id}/verify`, idFrom: 'ledger-submissions' },
  { method: 'POST', path: () => '/api/ledger-submissions/verify', body: ['id', 'month', 'department', 'signature', 'file'] },
  { method: 'POST', path: () => '/api/ledger-submissions/submit', body: ['month', 'department', 'nil', 'nilStatement', 'correctionReason'] },
  { method: 'POST', path: () => '/api/disclosure-requests/submit', body: ['applicantType', 'applicantName', 'description', 'purpose', 'phone', 'email', 'address', 'idType', 'idNumber', 'department', 'status'] },
  { method: 'POST', path: () => '/api/disclosure-requests/status', body: ['trackingNumber', 'contact'] },
  { method: 'POST', path: (id) => `/api/disclosure-requests/${id}/reply-letter`, idFrom: 'disclosure-requests' },
  ...['disclosures', 'policy-documents', 'interpretations'].flatMap((slug): (EndpointSpec & { idFrom?: string })[] => [
    { method: 'POST', path: (id) => `/api/${slug}/${id}/transition`, body: ['action', 'note', 'conclusion', 'basis', 'reason', 'scheduledPublishAt'], idFrom: slug },
    { method: 'GET', path: (id) => `/api/${slug}/${id}/transitions`, idFrom: slug },
    { method: 'GET', path: () => `/api/${slug}/review-queue`, query: ['department', 'status'] },
  ]),
]

const endpointCase = fc.constantFrom(...ENDPOINTS.map((_, index) => index)).chain((index) => {
  const spec = ENDPOINTS[index]!
  return fc.record({
    index: fc.constant(index),
    actor: fc.constantFrom(...actors),
    id: spec.idFrom ? idOf(spec.idFrom) : fc.constant(''),
    query: fc.array(fc.tuple(fc.constantFrom(...(spec.query ?? ['x'])), queryText), { maxLength: 3 }),
    body: fc.oneof(
      { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...(spec.body ?? ['x'])), anyValue, { maxKeys: 4 }) },
      { weight: 1, arbitrary: anyValue },
    ),
  })
})

describe('plugin endpoints', () => {
  it('every endpoint with generated parameters and bodies: never a 5xx; a refusal stores nothing', async () => {
    const tally = new Tally('endpoints')
    await fc.assert(
      fc.asyncProperty(endpointCase, async ({ index, actor, id, query, body }) => {
        const spec = ENDPOINTS[index]!
        const url = `${spec.path(enc(id))}${query.length ? `?${encode(query)}` : ''}`
        const before = spec.method === 'POST' ? await fingerprint(ctx.payload) : undefined
        const result = await ctx.server.request(spec.method, url, { token: token(actor), body: spec.method === 'POST' ? body : undefined })
        tally.add(result.status)
        expect(serverErrorIn(result.status, result.body)).toBeNull()
        if (before && result.status >= 400) expect(await fingerprint(ctx.payload)).toEqual(before)
      }),
      fuzzParameters(600),
    )
    tally.print()
  }, FUZZ_TIMEOUT)
})
