/**
 * Policy documents and interpretations through REST: 文号 validation and uniqueness, 谁起草、谁解读,
 * 三同步 (refused without an interpretation, proceeds with one, exemption path), the 3-working-day rule
 * on real calendars, amendment and repeal applied to the old document with its public notice — and
 * atomically — and what the public reads.
 */
import { beforeAll, describe, expect, it, jest } from '@jest/globals'

import { createLocalReq } from 'payload'

import { VALIDITY_CONTEXT_KEY } from '../hooks/policy.js'
import { runOverdueReminders } from '../src/jobs/overdueReminders.js'
import { resolveOptions } from '../src/options.js'

import { toBeijingDate } from '../src/calendar/index.js'
import { useTestWorld, type TestContext } from './helpers/context.js'
import { errorPaths } from './helpers/http.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

const tokens = () => ctx.tokens
const post = async (collection: string, body: Record<string, unknown>, token = tokens().editorFinance) =>
  ctx.server.request('POST', `/api/${collection}?depth=0`, { token, body })
const act = (collection: string, actor: keyof ReturnType<typeof tokens>, id: unknown, action: string, extra: Record<string, unknown> = {}) =>
  ctx.server.request('POST', `/api/${collection}/${String(id)}/transition?depth=0`, { token: tokens()[actor], body: { action, ...extra } })
const reload = async (collection: string, id: unknown) => (await ctx.payload.findByID({ collection, id: id as string, depth: 0 })) as Record<string, any>

const SECRECY = { secrecyReview: { conclusion: 'public', basis: '不涉密' } }
let serial = 100
const policy = async (extra: Record<string, unknown> = {}) => {
  const result = await post('policy-documents', { title: '关于促进就业的若干措施', documentNumber: `兴政发〔2025〕${serial++}号`, documentType: 'normative', writtenOn: toBeijingDate(new Date()), catalogItem: ctx.world.catalogItem, ...extra })
  expect(result.status).toBe(201)
  return result.body.doc as Record<string, any>
}
const interpretation = async (policyId: unknown, extra: Record<string, unknown> = {}, token = tokens().editorFinance) =>
  post('interpretations', { title: '《关于促进就业的若干措施》政策解读', policy: policyId, form: 'qa', catalogItem: ctx.world.catalogItem, ...extra }, token)

/** review steps after submit, for a finance entry */
const reviewToApproved = async (collection: string, id: unknown) => {
  for (const [actor, action, extra] of [
    ['reviewerFinance', 'reviewAttribute', {}],
    ['reviewerFinance', 'reviewSecrecy', SECRECY],
    ['reviewerFinance', 'approve', {}],
  ] as const) {
    const result = await act(collection, actor, id, action, extra)
    if (result.status !== 200) throw new Error(`${collection} ${action}: ${result.status} ${JSON.stringify(result.body)}`)
  }
}

describe('文号', () => {
  it('is normalised, required for normative documents, and unique per issuing department', async () => {
    const doc = await policy({ documentNumber: '兴政发[2025]7号' })
    expect(doc.documentNumber).toBe('兴政发〔2025〕7号')
    const duplicate = await post('policy-documents', { title: '重复文号', documentNumber: '兴政发〔2025〕7号', documentType: 'normative' })
    expect(duplicate.status).toBe(400)
    expect(errorPaths(duplicate.body)).toEqual(['documentNumber'])
    const elsewhere = await post('policy-documents', { title: '其他部门同号', documentNumber: '兴政发〔2025〕7号', documentType: 'normative' }, tokens().editorEducation)
    expect(elsewhere.status).toBe(201)
    const malformed = await post('policy-documents', { title: '错误文号', documentNumber: '2025年7号', documentType: 'normative' })
    expect(malformed.status).toBe(400)
    expect(errorPaths(malformed.body)).toEqual(['documentNumber'])
    const missing = await post('policy-documents', { title: '缺文号', documentType: 'rule' })
    expect(errorPaths(missing.body)).toEqual(['documentNumber'])
    expect((await post('policy-documents', { title: '其他政策文件可无文号', documentType: 'other' })).status).toBe(201)
  })
})

describe('谁起草、谁解读', () => {
  it('the drafting department interprets its policy; another department gets 403', async () => {
    const doc = await policy()
    const other = await interpretation(doc.id, {}, tokens().editorEducation)
    expect(other.status).toBe(403)
    expect(errorPaths(other.body)).toEqual(['policy'])
    const own = await interpretation(doc.id)
    expect(own.status).toBe(201)
    expect(String(own.body.doc.department)).toBe(String(ctx.world.departments.finance))
  })
})

describe('谁起草、谁解读: no silent rewrite', () => {
  it('naming another department on create or moving an interpretation is refused (editor 403, office 400), nothing changes', async () => {
    const doc = await policy()
    const education = ctx.world.departments.education
    const named = await interpretation(doc.id, { department: education })
    expect(named.status).toBe(403)
    expect(errorPaths(named.body)).toEqual(['department'])
    const own = await interpretation(doc.id, { department: ctx.world.departments.finance })
    expect(own.status).toBe(201)
    const id = own.body.doc.id
    const moved = await ctx.server.request('PATCH', `/api/interpretations/${id}`, { token: tokens().editorFinance, body: { department: education } })
    expect(moved.status).toBe(403)
    const byOffice = await ctx.server.request('PATCH', `/api/interpretations/${id}`, { token: tokens().office, body: { department: education } })
    expect(byOffice.status).toBe(400)
    expect(errorPaths(byOffice.body)).toEqual(['department'])
    expect(String((await reload('interpretations', id)).department)).toBe(String(ctx.world.departments.finance))
    // GraphQL says the same.
    const gql = await ctx.server.graphql(`mutation { updateInterpretation(id: ${JSON.stringify(id)}, data: { department: ${JSON.stringify(education)} }) { id } }`, { token: tokens().editorFinance })
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect(String((await reload('interpretations', id)).department)).toBe(String(ctx.world.departments.finance))
  })
})

describe('三同步', () => {
  it('submitting a normative document without an interpretation → 400 with a clear message; with one → proceeds', async () => {
    const doc = await policy()
    const refused = await act('policy-documents', 'editorFinance', doc.id, 'submit')
    expect(refused.status).toBe(400)
    expect(errorPaths(refused.body)).toEqual(['interpretations'])
    expect(JSON.stringify(refused.body)).toContain('三同步')
    expect((await reload('policy-documents', doc.id)).status).toBe('draft')

    const reading = (await interpretation(doc.id)).body.doc
    // A draft interpretation is not enough: it must be submitted with the document.
    expect((await act('policy-documents', 'editorFinance', doc.id, 'submit')).status).toBe(400)
    expect((await act('interpretations', 'editorFinance', reading.id, 'submit')).status).toBe(200)
    expect((await act('policy-documents', 'editorFinance', doc.id, 'submit')).status).toBe(200)

    // Sign-off needs the interpretation reviewed as far.
    await act('policy-documents', 'reviewerFinance', doc.id, 'reviewAttribute')
    await act('policy-documents', 'reviewerFinance', doc.id, 'reviewSecrecy', SECRECY)
    const early = await act('policy-documents', 'reviewerFinance', doc.id, 'approve')
    expect(early.status).toBe(400)
    expect(errorPaths(early.body)).toEqual(['interpretations'])
    await reviewToApproved('interpretations', reading.id)
    expect((await act('policy-documents', 'reviewerFinance', doc.id, 'approve')).status).toBe(200)
  })

  it('an exemption recorded by the office lets a document go alone; editors cannot record one', async () => {
    const doc = await policy()
    const byEditor = await ctx.server.request('PATCH', `/api/policy-documents/${doc.id}`, { token: tokens().editorFinance, body: { interpretationExemption: { reason: '自己豁免' } } })
    expect((await reload('policy-documents', doc.id)).interpretationExemption?.reason ?? null).toBeNull()
    expect([200, 403]).toContain(byEditor.status)
    const byOffice = await ctx.server.request('PATCH', `/api/policy-documents/${doc.id}`, { token: tokens().office, body: { interpretationExemption: { reason: '纯程序性文件，无需解读' } } })
    expect(byOffice.status).toBe(200)
    expect((await act('policy-documents', 'editorFinance', doc.id, 'submit')).status).toBe(200)
  })

  it('other policy documents need no interpretation', async () => {
    const doc = await policy({ documentType: 'other', documentNumber: null })
    expect((await act('policy-documents', 'editorFinance', doc.id, 'submit')).status).toBe(200)
  })
})

describe('interpretation deadline: 3 working days after the policy is published', () => {
  /** Publishes a policy "on" `day` by back-dating its publication, then starts its interpretations' clocks. */
  const publishedOn = async (day: string) => {
    const doc = await policy({ interpretationExemption: undefined })
    const reading = (await interpretation(doc.id)).body.doc
    await ctx.payload.update({ collection: 'policy-documents', id: doc.id, data: { status: 'published' } })
    // Back-date the publication and restart the clocks as of that day.
    await ctx.payload.db.updateOne({ collection: 'policy-documents', id: doc.id, data: { publishedAt: `${day}T02:00:00.000Z` }, req: undefined as never })
    await ctx.payload.update({ collection: 'interpretations', id: reading.id, data: { form: 'text' } })
    // Read back as staff through REST.
    const result = await ctx.server.request('GET', `/api/interpretations/${reading.id}?depth=0`, { token: tokens().editorFinance })
    expect(result.status).toBe(200)
    return result.body as Record<string, any>
  }

  it('published Fri 2025-09-26 → due Tue 2025-09-30 (Sun 9/28 is a make-up working day)', async () => {
    expect((await publishedOn('2025-09-26')).dueDate).toBe('2025-09-30')
  })

  it('published Tue 2025-09-30 → due Sat 2025-10-11 (10/1-10/8 off, Sat 10/11 worked)', async () => {
    const reading = await publishedOn('2025-09-30')
    expect(reading.dueDate).toBe('2025-10-11')
    expect(reading.deadlineRule).toMatchObject({ rule: 'interpretation', days: 3 })
  })

  it('an interpretation cannot be published before its policy', async () => {
    const doc = await policy()
    const reading = (await interpretation(doc.id)).body.doc
    await act('interpretations', 'editorFinance', reading.id, 'submit')
    await reviewToApproved('interpretations', reading.id)
    const early = await act('interpretations', 'editorFinance', reading.id, 'publish')
    expect(early.status).toBe(409)
    expect(errorPaths(early.body)).toEqual(['policy'])
  })

  it('an interpretation published after its due date needs a late reason and is flagged late', async () => {
    const reading = await publishedOn('2025-09-26')
    await act('interpretations', 'editorFinance', reading.id, 'submit')
    await reviewToApproved('interpretations', reading.id)
    const refused = await act('interpretations', 'editorFinance', reading.id, 'publish')
    expect(refused.status).toBe(400)
    expect(errorPaths(refused.body)).toEqual(['lateReason'])
    const published = await act('interpretations', 'editorFinance', reading.id, 'publish', { lateReason: '解读材料补充' })
    expect(published.status).toBe(200)
    const stored = await reload('interpretations', reading.id)
    expect(stored.deadlineState).toBe('published-late')
    expect(stored.daysLate).toBeGreaterThan(0)
  })

  it('a late interpretation shows on the overdue board', async () => {
    const reading = await publishedOn('2025-09-26')
    const board = await ctx.server.request('GET', '/api/disclosures/deadlines?within=0', { token: tokens().office })
    const entries = board.body.departments.flatMap((group: any) => group.entries)
    expect(entries).toEqual(expect.arrayContaining([expect.objectContaining({ id: reading.id, collection: 'interpretations', overdue: true })]))
  })
})

describe('validity', () => {
  let old: Record<string, any>
  beforeAll(async () => {
    old = await policy({ title: '关于印发旧办法的通知', documentType: 'other', documentNumber: '兴政发〔2017〕24号' })
    await ctx.payload.update({ collection: 'policy-documents', id: old.id, data: { status: 'published' } })
  })

  it('repealing through a new document updates the old one’s status, date, link and public notice', async () => {
    const repealer = await policy({ title: '关于废止部分规范性文件的决定', documentType: 'other', documentNumber: '兴政发〔2024〕3号', repeals: [old.id], effectiveFrom: '2024-03-01' })
    expect((await reload('policy-documents', old.id)).validity).toBe('valid')
    await ctx.payload.update({ collection: 'policy-documents', id: repealer.id, data: { status: 'published' } })
    const after = await reload('policy-documents', old.id)
    expect(after).toMatchObject({ validity: 'repealed', validityChangedOn: '2024-03-01' })
    expect(String(after.supersededBy)).toBe(String(repealer.id))
    const publicView = await ctx.server.request('GET', `/api/policy-documents/${old.id}`)
    expect(publicView.status).toBe(200)
    expect(publicView.body.validityNotice).toBe('本文件已于2024年3月1日废止，见《关于废止部分规范性文件的决定》（兴政发〔2024〕3号）。')
  })

  it('a failure in the middle leaves both documents unchanged', async () => {
    const first = await policy({ documentType: 'other', documentNumber: null, title: '甲' })
    await ctx.payload.update({ collection: 'policy-documents', id: first.id, data: { status: 'published' } })
    const broken = await policy({ documentType: 'other', documentNumber: null, title: '丙' })
    const amender = await policy({ documentType: 'other', documentNumber: null, title: '修改决定', amends: [first.id], repeals: [broken.id] })
    // The second target's save fails (as a lost connection or a failing hook would).
    const realUpdate = ctx.payload.update.bind(ctx.payload)
    const spy = jest.spyOn(ctx.payload, 'update').mockImplementation((async (args: any) => {
      if (args.context?.[VALIDITY_CONTEXT_KEY] && String(args.id) === String(broken.id)) throw new Error('simulated failure')
      return realUpdate(args)
    }) as any)
    try {
      await expect(ctx.payload.update({ collection: 'policy-documents', id: amender.id, data: { status: 'published' } })).rejects.toThrow('simulated failure')
    } finally {
      spy.mockRestore()
    }
    expect((await reload('policy-documents', first.id))).toMatchObject({ validity: 'valid', validityChangedOn: null, supersededBy: null })
    expect((await reload('policy-documents', broken.id)).validity).toBe('valid')
    const after = await reload('policy-documents', amender.id)
    expect(after.status).toBe('draft')
    expect(after.publishedAt ?? null).toBeNull()
  })
})

describe('scheduled expiry', () => {
  it('the daily run marks a document whose term has ended as expired, with its notice', async () => {
    const doc = await policy({ documentType: 'other', documentNumber: null, title: '有期限的文件', effectiveUntil: '2025-12-31' })
    await ctx.payload.update({ collection: 'policy-documents', id: doc.id, data: { status: 'published' } })
    const result = await runOverdueReminders(await createLocalReq({}, ctx.payload), resolveOptions())
    expect(result.expired).toBeGreaterThanOrEqual(1)
    expect(await reload('policy-documents', doc.id)).toMatchObject({ validity: 'expired', validityChangedOn: '2025-12-31' })
    expect((await ctx.server.request('GET', `/api/policy-documents/${doc.id}`)).body.validityNotice).toBe('本文件有效期至2025年12月31日，已失效。')
  })
})

describe('public read', () => {
  it('anonymous readers see published documents with their published interpretations, and nothing unpublished', async () => {
    const doc = await policy({ documentType: 'other', documentNumber: null, title: '公开的政策' })
    const published = (await interpretation(doc.id, { title: '已发布的解读' })).body.doc
    await interpretation(doc.id, { title: '草稿解读' })
    await ctx.payload.update({ collection: 'policy-documents', id: doc.id, data: { status: 'published' } })
    await ctx.payload.update({ collection: 'interpretations', id: published.id, data: { status: 'published' } })
    const view = await ctx.server.request('GET', `/api/policy-documents/${doc.id}?depth=1`)
    expect(view.status).toBe(200)
    expect(view.body.interpretations.docs.map((item: any) => item.title)).toEqual(['已发布的解读'])
    const reading = await ctx.server.request('GET', `/api/interpretations/${published.id}?depth=1`)
    expect(reading.body.policy.title).toBe('公开的政策')
    const drafts = await ctx.server.request('GET', '/api/policy-documents?where[status][equals]=draft')
    expect(drafts.body.docs).toEqual([])
    const gql = await ctx.server.graphql(`{ Interpretations(where: { policy: { equals: ${JSON.stringify(doc.id)} } }) { docs { title } } }`)
    expect(gql.body.data.Interpretations.docs.map((item: any) => item.title)).toEqual(['已发布的解读'])
  })
})
