/** Dates that cannot be true together are refused where they enter (#17 item 5), over REST and GraphQL. */
import { describe, expect, it } from '@jest/globals'

import { addWorkingDays, toBeijingDate } from '../src/calendar/index.js'
import { entryDateProblems } from '../src/deadlines/dateOrder.js'
import { useTestWorld, type TestContext } from './helpers/context.js'
import { errorPaths } from './helpers/http.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

const today = () => toBeijingDate(new Date())
const tomorrow = () => addWorkingDays(today(), 1)
const post = (collection: string, body: Record<string, unknown>) => ctx.server.request('POST', `/api/${collection}?depth=0`, { token: ctx.tokens.editorFinance, body })
const patch = (collection: string, id: unknown, body: Record<string, unknown>) =>
  ctx.server.request('PATCH', `/api/${collection}/${String(id)}?depth=0`, { token: ctx.tokens.editorFinance, body })
const record = (extra: Record<string, unknown>) => post('disclosures', { title: '日期校验', catalogItem: ctx.world.catalogItem, ...extra })

describe('dates of an entry', () => {
  it('a 形成日期 after today (Beijing) is refused with 400 naming formedAt; today is fine', async () => {
    const future = await record({ formedAt: tomorrow() })
    expect(future.status).toBe(400)
    expect(errorPaths(future.body)).toEqual(['formedAt'])
    expect(JSON.stringify(future.body)).toMatch(/晚于今天.*after today/)
    expect((await record({ formedAt: today() })).status).toBe(201)
  })

  it('a 变更日期 before the 形成日期 is refused (create and update), nothing stored', async () => {
    const early = await record({ formedAt: '2025-03-10', changedAt: '2025-03-01' })
    expect(early.status).toBe(400)
    expect(errorPaths(early.body)).toEqual(['changedAt'])
    const created = await record({ formedAt: '2025-03-10' })
    const moved = await patch('disclosures', created.body.doc.id, { changedAt: '2025-03-09' })
    expect(moved.status).toBe(400)
    expect(errorPaths(moved.body)).toEqual(['changedAt'])
    const stored = await ctx.payload.findByID({ collection: 'disclosures', id: created.body.doc.id, depth: 0 })
    expect(stored.changedAt ?? null).toBeNull()
    expect(stored.dueDate).toBe(created.body.doc.dueDate)
    // Moving the formation date after the change date is blamed on formedAt.
    const withChange = await patch('disclosures', created.body.doc.id, { changedAt: '2025-03-12' })
    expect(withChange.status).toBe(200)
    expect(errorPaths((await patch('disclosures', created.body.doc.id, { formedAt: '2025-03-13' })).body)).toEqual(['formedAt'])
  })

  it('a policy in force from a date after its end date is refused, naming the field set', async () => {
    const result = await post('policy-documents', { title: '期限颠倒的文件', documentType: 'other', effectiveFrom: '2026-03-01', effectiveUntil: '2025-12-31' })
    expect(result.status).toBe(400)
    expect(errorPaths(result.body)).toEqual(['effectiveUntil'])
    const ok = await post('policy-documents', { title: '期限正确的文件', documentType: 'other', effectiveFrom: '2025-01-01', effectiveUntil: '2025-12-31' })
    expect(ok.status).toBe(201)
    const flipped = await patch('policy-documents', ok.body.doc.id, { effectiveFrom: '2026-06-01' })
    expect(flipped.status).toBe(400)
    expect(errorPaths(flipped.body)).toEqual(['effectiveFrom'])
  })

  it('GraphQL refuses the same', async () => {
    const result = await ctx.server.graphql(
      `mutation { createDisclosure(data: { title: "GraphQL日期", catalogItem: ${JSON.stringify(ctx.world.catalogItem)}, formedAt: "${tomorrow()}" }) { id } }`,
      { token: ctx.tokens.editorFinance },
    )
    expect(result.status).toBeLessThan(500)
    expect(result.body.errors?.[0]?.extensions?.statusCode ?? result.body.errors?.[0]?.extensions?.code).toBeDefined()
    expect(result.body.data?.createDisclosure ?? null).toBeNull()
    expect((await ctx.payload.count({ collection: 'disclosures', where: { title: { equals: 'GraphQL日期' } } })).totalDocs).toBe(0)
  })
})

describe('entryDateProblems (pure)', () => {
  it('blames only the fields the request set', () => {
    const touched = new Set(['effectiveFrom'])
    expect(entryDateProblems({ formedAt: '2099-01-01', effectiveFrom: '2025-01-01', effectiveUntil: '2026-01-01' }, '2026-12-04', touched)).toEqual([])
    expect(entryDateProblems({ formedAt: '2026-12-05' }, '2026-12-04', new Set(['formedAt'])).map((problem) => problem.field)).toEqual(['formedAt'])
  })
})
