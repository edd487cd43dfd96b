/**
 * Review before release through REST: the full path for each role, separation of duties, edits after
 * review, withdrawal, the secrecy review form, automatic findings blocking publication until
 * acknowledged, scheduled publication, the review queue — and nothing of it visible to the public.
 */
import { toBeijingDate } from '../src/calendar/index.js'
import { beforeAll, describe, expect, it } from '@jest/globals'

import { DEMO_PASSWORD } from '../src/seed/demo-data.js'
import { SCHEDULED_PUBLISH_TASK } from '../src/options.js'
import { useTestWorld, type TestContext } from './helpers/context.js'
import { errorPaths } from './helpers/http.js'
import { pdf } from './helpers/pdf.js'
import { approveThroughRest, transition } from './helpers/workflow.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

/** A valid resident ID number (GB 11643 check character X) and a mobile number. */
const ID_NUMBER = '11010519491231002X'
const MOBILE = '13812345678'

const tokens: Record<string, string> = {}
const userIds: Record<string, number | string> = {}

beforeAll(async () => {
  const extra = [
    { key: 'reviewerEducation', email: 'reviewer.education@test.gov.cn', roles: ['reviewer'], department: ctx.world.departments.education },
    { key: 'editorReviewerFinance', email: 'editor.reviewer.finance@test.gov.cn', roles: ['editor', 'reviewer'], department: ctx.world.departments.finance },
  ]
  for (const user of extra) {
    const created = await ctx.payload.create({ collection: 'users', data: { email: user.email, password: DEMO_PASSWORD, roles: user.roles, department: user.department } })
    userIds[user.key] = created.id
    tokens[user.key] = await ctx.server.login(user.email, DEMO_PASSWORD)
  }
  Object.assign(tokens, ctx.tokens)
})

const body = (text: string) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }] },
})

const create = async (data: Record<string, unknown> = {}, token = tokens.editorFinance) => {
  const result = await ctx.server.request('POST', '/api/disclosures?depth=0', { token, body: { title: '审核流程测试', catalogItem: ctx.world.catalogItem, formedAt: toBeijingDate(new Date()), ...data } })
  expect(result.status).toBe(201)
  return result.body.doc as Record<string, any>
}
const act = (actor: string, id: unknown, action: string, extra: Record<string, unknown> = {}) => transition(ctx.server, tokens[actor], id, action, extra)
const reload = async (id: unknown) => (await ctx.payload.findByID({ collection: 'disclosures', id: id as string, depth: 0 })) as Record<string, any>
const SECRECY = { secrecyReview: { conclusion: 'public', basis: '不涉及国家秘密、商业秘密和个人隐私' } }

describe('the full path through REST', () => {
  let id: unknown

  it('editor creates a draft and submits it; the author is recorded', async () => {
    const doc = await create()
    id = doc.id
    expect(doc.status).toBe('draft')
    expect(String((await reload(id)).author)).toBe(String(ctx.world.actors.editorFinance.user!.id))
    const submitted = await act('editorFinance', id, 'submit')
    expect(submitted.status).toBe(200)
    expect(submitted.body.doc.status).toBe('submitted')
  })

  it('a reviewer of another department cannot act (403); nor can the auditor or the public', async () => {
    const other = await act('reviewerEducation', id, 'reviewAttribute')
    expect(other.status).toBe(403)
    expect(errorPaths(other.body)).toEqual(['action'])
    expect((await act('auditor', id, 'reviewAttribute')).status).toBe(403)
    expect((await ctx.server.request('POST', `/api/disclosures/${String(id)}/transition`, { body: { action: 'reviewAttribute' } })).status).toBe(401)
    expect((await reload(id)).status).toBe('submitted')
  })

  it('acting on a malformed id is 400 naming `id`; on an unknown or trashed entry 404', async () => {
    const malformed = await act('editorFinance', 'not-an-id', 'submit')
    expect(malformed.status).toBe(400)
    expect(errorPaths(malformed.body)).toEqual(['id'])
    const unknownId = ctx.payload.db.defaultIDType === 'number' ? 987654321 : '0123456789abcdef01234567'
    expect((await act('editorFinance', unknownId, 'submit')).status).toBe(404)
    const draft = await create({ title: '回收站中的草稿' })
    const trashed = await ctx.server.request('PATCH', `/api/disclosures/${String(draft.id)}`, { token: tokens.editorFinance, body: { deletedAt: new Date().toISOString() } })
    expect(trashed.status).toBe(200)
    expect((await act('editorFinance', draft.id, 'submit')).status).toBe(404)
    expect((await act('reviewerEducation', draft.id, 'submit')).status).toBe(404)
    expect((await reload(draft.id).catch(() => null))?.status ?? 'gone').toBe('gone')
  })

  it('an editor cannot review (403); an action out of order is 409; an unknown action is 400', async () => {
    expect((await act('editorFinance', id, 'reviewAttribute')).status).toBe(403)
    const early = await act('reviewerFinance', id, 'approve')
    expect(early.status).toBe(409)
    expect(errorPaths(early.body)).toEqual(['status'])
    const unknown = await act('reviewerFinance', id, 'teleport')
    expect(unknown.status).toBe(400)
    expect(errorPaths(unknown.body)).toEqual(['action'])
  })

  it('the same-department reviewer checks the attribute, then passes the secrecy review with the form', async () => {
    expect((await act('reviewerFinance', id, 'reviewAttribute', { comment: '主动公开，属性正确' })).body.doc.status).toBe('attribute-reviewed')
    const missing = await act('reviewerFinance', id, 'reviewSecrecy')
    expect(missing.status).toBe(400)
    expect(errorPaths(missing.body)).toEqual(['secrecyReview.conclusion'])
    const noBasis = await act('reviewerFinance', id, 'reviewSecrecy', { secrecyReview: { conclusion: 'public' } })
    expect(errorPaths(noBasis.body)).toEqual(['secrecyReview.basis'])
    const withhold = await act('reviewerFinance', id, 'reviewSecrecy', { secrecyReview: { conclusion: 'withhold', basis: '涉密' } })
    expect(withhold.status).toBe(400)
    const passed = await act('reviewerFinance', id, 'reviewSecrecy', { secrecyReview: { conclusion: 'partial', basis: '去标识化后公开', notes: '已删除申请人姓名' } })
    expect(passed.status).toBe(200)
    const doc = await reload(id)
    expect(doc.status).toBe('secrecy-reviewed')
    expect(doc.secrecyReview).toMatchObject({ conclusion: 'partial', basis: '去标识化后公开', notes: '已删除申请人姓名' })
    expect(String(doc.secrecyReview.reviewer)).toBe(String(ctx.world.actors.reviewerFinance.user!.id))
  })

  it('the office signs off; an edit after approval sends the entry back to submitted', async () => {
    const approved = await act('office', id, 'approve')
    expect(approved.status).toBe(200)
    expect(approved.body.doc.status).toBe('approved')
    const edited = await ctx.server.request('PATCH', `/api/disclosures/${String(id)}?depth=0`, { token: tokens.editorFinance, body: { title: '审核流程测试（修改）' } })
    expect(edited.status).toBe(200)
    expect(edited.body.doc.status).toBe('submitted')
    const history = (await reload(id)).workflowHistory as Record<string, any>[]
    expect(history.at(-1)).toMatchObject({ action: 'edited-after-review', from: 'approved', to: 'submitted' })
    expect(history.at(-1)!.comment).toContain('title')
    // Saving without changing content keeps the state.
    await approveThroughRest(ctx.server, tokens, id).catch(() => undefined)
  })

  it('after a fresh review the editor publishes; the history records every step', async () => {
    const doc = await reload(id)
    if (doc.status !== 'approved') {
      await act('reviewerFinance', id, 'reviewAttribute')
      await act('reviewerFinance', id, 'reviewSecrecy', SECRECY)
      await act('office', id, 'approve')
    }
    const unchanged = await ctx.server.request('PATCH', `/api/disclosures/${String(id)}?depth=0`, { token: tokens.editorFinance, body: { title: '审核流程测试（修改）' } })
    expect(unchanged.body.doc.status).toBe('approved')
    const published = await act('editorFinance', id, 'publish')
    expect(published.status).toBe(200)
    expect(published.body.doc.status).toBe('published')
    expect(published.body.doc.publishedAt).toBeTruthy()
    const actions = ((await reload(id)).workflowHistory as Record<string, any>[]).map((entry) => entry.action)
    expect(actions).toEqual(['submit', 'reviewAttribute', 'reviewSecrecy', 'approve', 'edited-after-review', 'reviewAttribute', 'reviewSecrecy', 'approve', 'publish'])
    // The review panel's view: every step with its labels, its actor's name and time.
    const view = await ctx.server.request('GET', `/api/disclosures/${String(id)}/transitions`, { token: tokens.editorFinance })
    expect(view.status).toBe(200)
    expect(view.body.history).toHaveLength(actions.length)
    expect(view.body.history.at(-1)).toMatchObject({
      action: 'publish',
      actionLabel: { zh: '发布', en: 'Published' },
      from: 'approved',
      fromLabel: { zh: '已签发' },
      to: 'published',
      toLabel: { zh: '已发布' },
      byName: expect.any(String),
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    })
    // Nobody writes the history but the workflow: a client's attempt is dropped, the history stays.
    const forged = await ctx.server.request('PATCH', `/api/disclosures/${String(id)}?depth=0`, { token: tokens.office, body: { workflowHistory: [] } })
    expect(forged.status).toBe(200)
    expect(((await reload(id)).workflowHistory as unknown[]).length).toBe(actions.length)
  })

  it('withdrawing needs a comment; the public never sees reviewer names or the review record', async () => {
    const anonymous = await ctx.server.request('GET', `/api/disclosures/${String(id)}`)
    expect(anonymous.status).toBe(200)
    for (const field of ['secrecyReview', 'author', 'submittedBy', 'findings', 'findingsAcknowledgement', 'workflowHistory']) expect(anonymous.body).not.toHaveProperty(field)
    expect(JSON.stringify(anonymous.body)).not.toContain('reviewer.finance')
    const gql = await ctx.server.graphql(`{ Disclosure(id: ${JSON.stringify(id)}) { title author { id } workflowHistory secrecyReview { basis } } }`)
    const hidden = gql.body.data.Disclosure
    expect(hidden).toMatchObject({ title: '审核流程测试（修改）', author: null, workflowHistory: null })
    expect(hidden.secrecyReview?.basis ?? null).toBeNull()

    const noComment = await act('reviewerFinance', id, 'withdraw')
    expect(noComment.status).toBe(400)
    expect(errorPaths(noComment.body)).toEqual(['comment'])
    expect((await act('reviewerFinance', id, 'withdraw', { comment: '政策调整，撤回' })).body.doc.status).toBe('withdrawn')
    expect((await ctx.server.request('GET', `/api/disclosures/${String(id)}`)).status).toBe(404)
  })
})

describe('separation of duties and returns', () => {
  it('an author holding the reviewer role cannot sign off its own entry (403); another reviewer can', async () => {
    const doc = await create({}, tokens.editorReviewerFinance)
    await act('editorReviewerFinance', doc.id, 'submit')
    expect((await act('editorReviewerFinance', doc.id, 'reviewAttribute')).status).toBe(200)
    expect((await act('editorReviewerFinance', doc.id, 'reviewSecrecy', SECRECY)).status).toBe(200)
    const own = await act('editorReviewerFinance', doc.id, 'approve')
    expect(own.status).toBe(403)
    expect(own.body.errors[0].message).toContain('审签分离')
    expect((await reload(doc.id)).status).toBe('secrecy-reviewed')
    expect((await act('reviewerFinance', doc.id, 'approve')).status).toBe(200)
  })

  it('a reviewer returns an entry with a comment; the editor edits and submits again', async () => {
    const doc = await create()
    await act('editorFinance', doc.id, 'submit')
    expect((await act('reviewerFinance', doc.id, 'return')).status).toBe(400)
    const returned = await act('reviewerFinance', doc.id, 'return', { comment: '请补充政策依据' })
    expect(returned.body.doc.status).toBe('draft')
    expect((await reload(doc.id)).workflowHistory.at(-1)).toMatchObject({ action: 'return', comment: '请补充政策依据' })
    expect((await act('editorFinance', doc.id, 'submit')).body.doc.status).toBe('submitted')
  })

  it('GraphQL cannot move the state either', async () => {
    const doc = await create()
    const result = await ctx.server.graphql(`mutation { updateDisclosure(id: ${JSON.stringify(doc.id)}, data: { status: published }) { status } }`, { token: tokens.editorFinance })
    expect(result.body.errors?.[0]?.extensions?.statusCode).toBe(400)
    expect((await reload(doc.id)).status).toBe('draft')
  })
})

describe('automatic findings', () => {
  it('personal data in the body blocks publication until acknowledged with a reason', async () => {
    const doc = await create({ body: body(`申请人身份证号${ID_NUMBER}，联系电话${MOBILE}。`) })
    const stored = await reload(doc.id)
    expect(stored.findings.map((finding: any) => finding.kind).sort()).toEqual(['id-number', 'mobile'])
    expect(JSON.stringify(stored.findings)).not.toContain(ID_NUMBER)
    await approveThroughRest(ctx.server, tokens, doc.id)
    const view = await ctx.server.request('GET', `/api/disclosures/${doc.id}/transitions`, { token: tokens.editorFinance })
    expect(view.body).toMatchObject({ status: 'approved', openFindings: 2 })
    const blocked = await act('editorFinance', doc.id, 'publish')
    expect(blocked.status).toBe(400)
    expect(errorPaths(blocked.body)).toEqual(['acknowledgement'])
    const published = await act('editorFinance', doc.id, 'publish', { acknowledgement: '号码为公开的办事电话和已公示的法人信息' })
    expect(published.status).toBe(200)
    expect((await reload(doc.id)).findingsAcknowledgement).toMatchObject({ reason: '号码为公开的办事电话和已公示的法人信息' })
  })

  it('an invalid ID number (bad check digit) and ordinary text are not findings', async () => {
    const doc = await create({ body: body('编号110105194912310021，文号兴政发〔2017〕24号。') })
    expect((await reload(doc.id)).findings).toEqual([])
  })

  it('the text of an attached PDF is scanned at upload, and its findings join the record', async () => {
    const file = await ctx.server.upload('/api/disclosure-files', {
      token: tokens.editorFinance,
      fileName: 'reply.pdf',
      data: pdf([[`Applicant ID ${ID_NUMBER}`, 'Internal']]),
      type: 'application/pdf',
    })
    expect(file.status).toBe(201)
    expect((await ctx.payload.findByID({ collection: 'disclosure-files', id: file.body.doc.id, depth: 0 })).textExtracted).toBe(true)
    const doc = await create({ attachments: [file.body.doc.id] })
    const findings = (await reload(doc.id)).findings as Record<string, any>[]
    expect(findings).toEqual([expect.objectContaining({ kind: 'id-number', source: 'attachment:reply.pdf' })])
  })

  it('the configured sensitive words are flagged', async () => {
    const doc = await create({ title: '内部资料：2025年预算草案' })
    expect((await reload(doc.id)).findings).toEqual([expect.objectContaining({ kind: 'sensitive-word', source: 'title' })])
  })
})

describe('scheduled publication', () => {
  const runJobs = () => ctx.payload.jobs.run({ limit: 50 })
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  it('publishes once at the scheduled time', async () => {
    const doc = await create()
    await approveThroughRest(ctx.server, tokens, doc.id)
    const publishAt = new Date(Date.now() + 1500).toISOString()
    const scheduled = await act('editorFinance', doc.id, 'publish', { publishAt })
    expect(scheduled.status).toBe(200)
    expect(scheduled.body.doc).toMatchObject({ status: 'approved', scheduledPublishAt: publishAt })
    await runJobs()
    expect((await reload(doc.id)).status).toBe('approved')
    await sleep(1700)
    await runJobs()
    const published = await reload(doc.id)
    expect(published.status).toBe('published')
    await runJobs()
    const history = (published.workflowHistory as Record<string, any>[]).map((entry) => entry.action)
    expect(history.filter((action) => action === 'publish')).toHaveLength(1)
    expect(((await reload(doc.id)).workflowHistory as unknown[]).length).toBe(history.length)
  })

  it('does not publish an entry edited after approval', async () => {
    const doc = await create()
    await approveThroughRest(ctx.server, tokens, doc.id)
    await act('editorFinance', doc.id, 'publish', { publishAt: new Date(Date.now() + 1000).toISOString() })
    await ctx.server.request('PATCH', `/api/disclosures/${doc.id}`, { token: tokens.editorFinance, body: { title: '批准后又改了' } })
    await sleep(1200)
    await runJobs()
    const after = await reload(doc.id)
    expect(after.status).toBe('submitted')
    expect(after.publishedAt ?? null).toBeNull()
    // The job ran (none is left waiting: completed jobs are removed) and did not publish.
    const waitingJobs = await ctx.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: SCHEDULED_PUBLISH_TASK } } })
    expect(waitingJobs.totalDocs).toBe(0)
  })

  it('refuses a time in the past or not a date (400 naming publishAt)', async () => {
    const doc = await create()
    await approveThroughRest(ctx.server, tokens, doc.id)
    for (const publishAt of ['2020-01-01T00:00:00Z', 'tomorrow']) {
      const result = await act('editorFinance', doc.id, 'publish', { publishAt })
      expect(result.status).toBe(400)
      expect(errorPaths(result.body)).toEqual(['publishAt'])
    }
  })
})

describe('review queue', () => {
  it('lists what waits for the reviewer, not its own entries to sign off, and nothing of other departments', async () => {
    const waiting = await create({ title: '待审信息' })
    await act('editorFinance', waiting.id, 'submit')
    const education = await create({ title: '教育局待审' }, tokens.editorEducation)
    await act('editorEducation', education.id, 'submit')
    const queue = await ctx.server.request('GET', '/api/disclosures/review-queue', { token: tokens.reviewerFinance })
    expect(queue.status).toBe(200)
    const titles = queue.body.docs.map((doc: any) => doc.title)
    expect(titles).toContain('待审信息')
    expect(titles).not.toContain('教育局待审')
    expect(queue.body.docs.find((doc: any) => doc.title === '待审信息').actions.map((action: any) => action.action)).toEqual(['reviewAttribute'])
    const office = await ctx.server.request('GET', '/api/disclosures/review-queue', { token: tokens.office })
    expect(office.body.docs.map((doc: any) => doc.title)).toEqual(expect.arrayContaining(['待审信息', '教育局待审']))
    expect((await ctx.server.request('GET', '/api/disclosures/review-queue')).status).toBe(401)
  })
})

describe('audit of the review', () => {
  it('each action leaves exactly one entry, labelled with the transition, who took it and from where to where', async () => {
    const doc = await create({ title: '审计流程' })
    await approveThroughRest(ctx.server, tokens, doc.id)
    await act('editorFinance', doc.id, 'publish')
    await act('reviewerFinance', doc.id, 'withdraw', { comment: '撤回核对' })
    const { docs } = await ctx.payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: 'disclosures' } }, { documentId: { equals: String(doc.id) } }] },
      sort: 'at',
      depth: 0,
      pagination: false,
    })
    const entries = (docs as Record<string, any>[]).map((entry) => ({ action: entry.action, step: entry.details?.action ?? null, to: entry.details?.to ?? null, user: entry.userEmail }))
    expect(entries).toEqual([
      { action: 'create', step: null, to: null, user: 'editor.finance@demo.gov.cn' },
      { action: 'transition', step: 'submit', to: 'submitted', user: 'editor.finance@demo.gov.cn' },
      { action: 'transition', step: 'reviewAttribute', to: 'attribute-reviewed', user: 'reviewer.finance@demo.gov.cn' },
      { action: 'transition', step: 'reviewSecrecy', to: 'secrecy-reviewed', user: 'reviewer.finance@demo.gov.cn' },
      { action: 'transition', step: 'approve', to: 'approved', user: 'reviewer.finance@demo.gov.cn' },
      { action: 'publish', step: 'publish', to: 'published', user: 'editor.finance@demo.gov.cn' },
      { action: 'withdraw', step: 'withdraw', to: 'withdrawn', user: 'reviewer.finance@demo.gov.cn' },
    ])
    expect((docs as Record<string, any>[]).at(-1)!.details.comment).toBe('撤回核对')
  })
})
