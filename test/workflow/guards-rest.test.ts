/**
 * Every requirement of an action is a guard in the workflow table (#17 item 2): GET …/transitions lists
 * what an action still misses, and taking it is refused for exactly that reason — never offered, then
 * refused later by a hook.
 */
import { describe, expect, it } from '@jest/globals'

import { toBeijingDate } from '../../src/calendar/index.js'
import { buildWorkflow } from '../../src/workflow/definition.js'
import { failingGuards } from '../../src/workflow/guards.js'
import { useTestWorld, type TestContext } from '../helpers/context.js'
import { errorPaths } from '../helpers/http.js'
import { approveThroughRest } from '../helpers/workflow.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

const today = () => toBeijingDate(new Date())
const create = async (collection: string, body: Record<string, unknown>) => {
  const result = await ctx.server.request('POST', `/api/${collection}?depth=0`, { token: ctx.tokens.editorFinance, body })
  expect(result.status).toBe(201)
  return result.body.doc as Record<string, any>
}
const actions = async (collection: string, id: unknown, token = ctx.tokens.editorFinance) =>
  (await ctx.server.request('GET', `/api/${collection}/${String(id)}/transitions`, { token })).body.actions as { action: string; missing: { guard: string; field: string }[] }[]
const act = (collection: string, id: unknown, action: string, extra: Record<string, unknown> = {}, token = ctx.tokens.editorFinance) =>
  ctx.server.request('POST', `/api/${collection}/${String(id)}/transition?depth=0`, { token, body: { action, ...extra } })
const missingOf = async (collection: string, id: unknown, action: string, token?: string) =>
  ((await actions(collection, id, token)).find((item) => item.action === action)?.missing ?? []).map((item) => item.guard)

describe('the workflow table names every guard', () => {
  it('each action row lists its guards', () => {
    const workflow = buildWorkflow()
    const guards = Object.fromEntries(workflow.transitions.map((transition) => [transition.action, transition.guards]))
    expect(guards).toMatchObject({
      submit: ['formedAtPresent', 'threeSync'],
      approve: ['threeSync'],
      publish: ['catalogItemForProactive', 'lateReasonWhenLate', 'policyPublished'],
    })
  })

  it('a guard whose fact the entry lacks does not apply', () => {
    expect(failingGuards(['policyPublished', 'threeSync', 'formedAtPresent'], { publishOn: today(), formedAt: undefined }, { action: 'publish', to: 'published' })).toEqual([])
  })
})

describe('over REST', () => {
  it('submit without a 形成日期: listed as missing, then refused naming formedAt; with it, it proceeds', async () => {
    const doc = await create('disclosures', { title: '缺形成日期', catalogItem: ctx.world.catalogItem })
    expect(await missingOf('disclosures', doc.id, 'submit')).toEqual(['formedAtPresent'])
    const refused = await act('disclosures', doc.id, 'submit')
    expect(refused.status).toBe(400)
    expect(errorPaths(refused.body)).toEqual(['formedAt'])
    await ctx.server.request('PATCH', `/api/disclosures/${doc.id}`, { token: ctx.tokens.editorFinance, body: { formedAt: today() } })
    expect(await missingOf('disclosures', doc.id, 'submit')).toEqual([])
    expect((await act('disclosures', doc.id, 'submit')).status).toBe(200)
  })

  it('publish of a proactive record without a catalog item, and of a late one without a reason, is shown as missing and refused by the table', async () => {
    const bare = await create('disclosures', { title: '无目录事项', formedAt: today() })
    await approveThroughRest(ctx.server, ctx.tokens, bare.id)
    expect(await missingOf('disclosures', bare.id, 'publish')).toEqual(['catalogItemForProactive'])
    const refused = await act('disclosures', bare.id, 'publish')
    expect(refused.status).toBe(400)
    expect(errorPaths(refused.body)).toEqual(['catalogItem'])

    const late = await create('disclosures', { title: '超期待发布', catalogItem: ctx.world.catalogItem, formedAt: '2025-01-20' })
    await approveThroughRest(ctx.server, ctx.tokens, late.id)
    expect(await missingOf('disclosures', late.id, 'publish')).toEqual(['lateReasonWhenLate'])
    expect(errorPaths((await act('disclosures', late.id, 'publish')).body)).toEqual(['lateReason'])
    const published = await act('disclosures', late.id, 'publish', { lateReason: '系统故障' })
    expect(published.status).toBe(200)
    expect(published.body.doc.daysLate).toBeGreaterThan(0)
  })

  it('an interpretation whose policy is unpublished: publish listed as missing policyPublished and refused with 409', async () => {
    const policy = await create('policy-documents', { title: '待解读的政策', documentType: 'other', writtenOn: today(), catalogItem: ctx.world.catalogItem })
    const interpretation = await create('interpretations', { title: '政策解读', policy: policy.id, form: 'qa', catalogItem: ctx.world.catalogItem })
    await approveThroughRest(ctx.server, ctx.tokens, interpretation.id, 'interpretations')
    expect(await missingOf('interpretations', interpretation.id, 'publish')).toEqual(['policyPublished'])
    const refused = await act('interpretations', interpretation.id, 'publish')
    expect(refused.status).toBe(409)
    expect(errorPaths(refused.body)).toEqual(['policy'])
  })

  it('a normative document without an interpretation: submit listed as missing 三同步 and refused', async () => {
    const policy = await create('policy-documents', { title: '规范性文件', documentType: 'normative', documentNumber: '兴政发〔2026〕901号', writtenOn: today(), catalogItem: ctx.world.catalogItem })
    expect(await missingOf('policy-documents', policy.id, 'submit')).toEqual(['threeSync'])
    const refused = await act('policy-documents', policy.id, 'submit')
    expect(refused.status).toBe(400)
    expect(errorPaths(refused.body)).toEqual(['interpretations'])
  })
})
