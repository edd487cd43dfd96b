/**
 * Property-based fuzzing (issue #16, Build 9): creates and updates of every plugin collection and users with
 * values generated from each collection's field config — wrong types, out-of-range numbers, bad dates, odd
 * strings — over REST and GraphQL, as the office and as an editor. Whatever is sent: never a 5xx, and after a
 * refusal nothing is stored (no document created, the updated one unchanged). FUZZ_SEED replays, FUZZ_RUNS sizes.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { useTestWorld, type TestContext } from '../helpers/context.js'
import { FUZZ_SEED, FUZZ_TIMEOUT, documentFor, fuzzParameters } from './arbitraries.js'
import { Tally, coveredSlugs, createTemplates, fingerprint, knownIds, serverErrorIn, stored, updateTargets } from './world.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

let ids: Record<string, unknown[]>
let targets: Record<string, unknown>
let templates: Record<string, Record<string, unknown>>
let mutations: Map<string, { create?: string; update?: string; createInput?: string; updateInput?: string }>

const actors = ['office', 'editorFinance'] as const

/** Payload names GraphQL mutations after the singular of the slug: find them by the schema, not a guess. */
const graphqlMutations = async () => {
  const result = await ctx.server.graphql('{ __schema { mutationType { fields { name args { name type { kind name ofType { kind name } } } } } } }', { token: ctx.tokens.office })
  const fields: any[] = result.body?.data?.__schema?.mutationType?.fields ?? []
  const byName = new Map(fields.map((field) => [field.name, field]))
  const inputOf = (field: any) => {
    const type = field?.args?.find((arg: any) => arg.name === 'data')?.type
    return type?.name ?? type?.ofType?.name
  }
  const map = new Map<string, { create?: string; update?: string; createInput?: string; updateInput?: string }>()
  for (const slug of coveredSlugs()) {
    const pascal = slug.split('-').map((word) => word[0]!.toUpperCase() + word.slice(1)).join('')
    const singular = [pascal.replace(/ies$/, 'y'), pascal.replace(/s$/, ''), pascal].find((name) => byName.has(`create${name}`) || byName.has(`update${name}`))
    if (!singular) continue
    const create = byName.get(`create${singular}`)
    const update = byName.get(`update${singular}`)
    map.set(slug, { create: create?.name, update: update?.name, createInput: inputOf(create), updateInput: inputOf(update) })
  }
  return map
}

beforeAll(async () => {
  console.log(`fuzz seed ${FUZZ_SEED} (replay with FUZZ_SEED=${FUZZ_SEED}; size with FUZZ_RUNS, 100 = default)`)
  targets = await updateTargets(ctx)
  ids = await knownIds(ctx.payload)
  templates = await createTemplates(ctx.payload)
  mutations = await graphqlMutations()
})

const fieldsOf = (slug: string) => ctx.payload.collections[slug as 'users']!.config.flattenedFields
const caseOf = (slugs: string[]) =>
  fc.constantFrom(...slugs).chain((slug) => fc.record({ slug: fc.constant(slug), actor: fc.constantFrom(...actors), data: documentFor(fieldsOf(slug), ids) }))
/** Creates: the generated fields alone, or merged onto a valid document so they reach the deeper checks. */
const createCaseOf = (slugs: string[]) =>
  fc.tuple(caseOf(slugs), fc.boolean()).map(([item, onTemplate]) => (onTemplate && templates[item.slug] ? { ...item, data: { ...templates[item.slug], ...item.data } } : item))

describe('REST', () => {
  it('create (POST) of every collection: never a 5xx; a refusal creates nothing', async () => {
    const tally = new Tally('REST create')
    await fc.assert(
      fc.asyncProperty(createCaseOf(coveredSlugs()), async ({ slug, actor, data }) => {
        const before = await fingerprint(ctx.payload)
        const result = await ctx.server.request('POST', `/api/${slug}?depth=0`, { token: ctx.tokens[actor], body: data })
        tally.add(result.status)
        expect(serverErrorIn(result.status, result.body)).toBeNull()
        if (result.status >= 400) expect(await fingerprint(ctx.payload)).toEqual(before)
      }),
      fuzzParameters(500),
    )
    tally.print()
  }, FUZZ_TIMEOUT)

  it('update (PATCH of an existing document) of every collection: never a 5xx; a refusal changes nothing', async () => {
    const slugs = coveredSlugs().filter((slug) => targets[slug] !== undefined)
    expect(slugs.length).toBeGreaterThan(10)
    const tally = new Tally('REST update')
    await fc.assert(
      fc.asyncProperty(caseOf(slugs), async ({ slug, actor, data }) => {
        const id = targets[slug]
        const before = await stored(ctx.payload, slug, id)
        const counts = await fingerprint(ctx.payload)
        const result = await ctx.server.request('PATCH', `/api/${slug}/${String(id)}?depth=0`, { token: ctx.tokens[actor], body: data })
        tally.add(result.status)
        expect(serverErrorIn(result.status, result.body)).toBeNull()
        if (result.status >= 400) {
          expect(await stored(ctx.payload, slug, id)).toEqual(before)
          expect(await fingerprint(ctx.payload)).toEqual(counts)
        }
      }),
      fuzzParameters(500),
    )
    tally.print()
  }, FUZZ_TIMEOUT)
})

describe('GraphQL', () => {
  it('create and update mutations of every collection: never a 5xx; a refusal stores nothing', async () => {
    const slugs = coveredSlugs().filter((slug) => mutations.get(slug)?.create || mutations.get(slug)?.update)
    expect(slugs.length).toBeGreaterThan(10)
    const tally = new Tally('GraphQL mutations')
    await fc.assert(
      fc.asyncProperty(createCaseOf(slugs), fc.boolean(), async ({ slug, actor, data }, update) => {
        const names = mutations.get(slug)!
        const id = targets[slug]
        const useUpdate = (update && names.update && id !== undefined) || !names.create
        if (useUpdate && (!names.update || id === undefined)) return
        const query = useUpdate
          ? `mutation ($id: ${typeof id === 'number' ? 'Int' : 'String'}!, $data: ${names.updateInput}!) { ${names.update}(id: $id, data: $data) { id } }`
          : `mutation ($data: ${names.createInput}!) { ${names.create}(data: $data) { id } }`
        const before = useUpdate ? await stored(ctx.payload, slug, id) : undefined
        const counts = await fingerprint(ctx.payload)
        const result = await ctx.server.graphql(query, { token: ctx.tokens[actor], variables: useUpdate ? { id, data } : { data } })
        expect(serverErrorIn(result.status, result.body)).toBeNull()
        const firstError = result.body?.errors?.[0]
        tally.add(firstError ? `error ${firstError.extensions?.statusCode ?? `(GraphQL, HTTP ${result.status})`}` : `ok ${result.status}`)
        const refused = result.status >= 400 || (Array.isArray(result.body?.errors) && result.body.errors.length > 0)
        if (refused) {
          if (useUpdate) expect(await stored(ctx.payload, slug, id)).toEqual(before)
          expect(await fingerprint(ctx.payload)).toEqual(counts)
        }
      }),
      fuzzParameters(500),
    )
    tally.print()
  }, FUZZ_TIMEOUT)
})
