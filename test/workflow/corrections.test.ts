/**
 * Corrections of published entries (更正), from the outside: an edit of a published record becomes a
 * pending revision that goes through the review chain while the public goes on reading the published
 * version (REST, GraphQL, attachments); publishing it replaces the published content, restarts the clock
 * from the change date (条例第二十六条) and is recorded as a correction with its reason.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'

import { toBeijingDate } from '../../src/calendar/index.js'
import { getAppCalendar } from '../../src/calendarStore.js'
import { useTestWorld, type TestContext } from '../helpers/context.js'
import { errorPaths } from '../helpers/http.js'
import { pdf } from '../helpers/pdf.js'
import { approveThroughRest, REVIEW_PATH, transition } from '../helpers/workflow.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

const MOBILE = '13812345678'
const SECRECY = { secrecyReview: { conclusion: 'public', basis: '不涉及国家秘密、商业秘密和个人隐私' } }
const today = () => toBeijingDate(new Date())
const daysAgo = (days: number) => toBeijingDate(new Date(Date.now() - days * 86_400_000))

const act = (actor: keyof TestContext['tokens'], id: unknown, action: string, extra: Record<string, unknown> = {}) => transition(ctx.server, ctx.tokens[actor], id, action, extra)
const reload = async (id: unknown) => (await ctx.payload.findByID({ collection: 'disclosures', id: id as string, depth: 0, trash: true })) as Record<string, any>
const publicRead = (id: unknown) => ctx.server.request('GET', `/api/disclosures/${String(id)}?depth=0`)
const patch = (id: unknown, body: Record<string, unknown>, token = ctx.tokens.editorFinance) => ctx.server.request('PATCH', `/api/disclosures/${String(id)}?depth=0`, { token, body })
const actions = async (id: unknown, actor: keyof TestContext['tokens']) =>
  ((await ctx.server.request('GET', `/api/disclosures/${String(id)}/transitions`, { token: ctx.tokens[actor] })).body as Record<string, any>)

/** A published finance record, through the whole chain. */
const published = async (data: Record<string, unknown> = {}) => {
  const created = await ctx.server.request('POST', '/api/disclosures?depth=0', {
    token: ctx.tokens.editorFinance,
    body: { title: '更正测试：原标题', catalogItem: ctx.world.catalogItem, formedAt: today(), ...data },
  })
  expect(created.status).toBe(201)
  const id = created.body.doc.id
  await approveThroughRest(ctx.server, ctx.tokens, id)
  const done = await act('editorFinance', id, 'publish', data.lateReason ? { lateReason: data.lateReason } : {})
  expect(done.status).toBe(200)
  expect(done.body.doc.status).toBe('published')
  return id as number | string
}

/** Takes the pending correction through the chain up to sign-off; fails loudly on any refusal. */
const reviewCorrection = async (id: unknown, reason = '原标题有误，更正为正式名称') => {
  expect((await act('editorFinance', id, 'submit', { comment: reason })).status).toBe(200)
  for (const step of REVIEW_PATH.slice(1)) {
    const result = await act(step.actor as keyof TestContext['tokens'], id, step.action, step.extra)
    if (result.status !== 200) throw new Error(`${step.action}: ${result.status} ${JSON.stringify(result.body)}`)
  }
}

describe('an edit of a published record is a pending correction', () => {
  let id: number | string
  let fileId: number | string
  let fileName: string

  beforeAll(async () => {
    id = await published()
  })

  it('the edit saves, but the public reads the published title through REST and GraphQL', async () => {
    const saved = await patch(id, { title: '更正测试：新标题' })
    expect(saved.status).toBe(200)
    expect((await publicRead(id)).body.title).toBe('更正测试：原标题')
    const graphql = await ctx.server.graphql(`{ Disclosure(id: ${JSON.stringify(id)}) { title } }`)
    expect(graphql.body.data.Disclosure.title).toBe('更正测试：原标题')
    const listed = await ctx.server.request('GET', `/api/disclosures?depth=0&where[title][like]=${encodeURIComponent('新标题')}`)
    expect(listed.body.totalDocs).toBe(0)
    const stored = await reload(id)
    expect(stored).toMatchObject({ status: 'published', title: '更正测试：原标题', revisionState: 'draft' })
    expect(stored.revision.data).toMatchObject({ title: '更正测试：新标题', changedAt: today() })
  })

  it('the history records the correction; the panel shows it with its actions', async () => {
    const panel = await actions(id, 'editorFinance')
    expect(panel.status).toBe('published')
    expect(panel.correction).toMatchObject({ state: 'draft', fields: expect.arrayContaining(['title', 'changedAt']), data: { title: '更正测试：新标题' } })
    expect(panel.actions.map((action: any) => `${action.subject}:${action.action}`)).toEqual(['revision:submit', 'revision:discard'])
    expect(panel.history.at(-1)).toMatchObject({ action: 'correction-drafted', correction: true, from: 'published', to: 'draft' })
    // The reviewer may withdraw the published entry at any time, correction or not.
    expect((await actions(id, 'reviewerFinance')).actions.map((action: any) => action.action)).toEqual(['withdraw', 'discard'])
  })

  it('the public cannot see the revision, nor find the entry by it', async () => {
    const read = (await publicRead(id)).body
    expect(read.revision).toBeUndefined()
    expect(read.revisionState).toBeUndefined()
    for (const where of [`where[revision.data.title][like]=${encodeURIComponent('新标题')}`, 'where[revisionState][equals]=draft', 'where[revisionState][exists]=true']) {
      const result = await ctx.server.request('GET', `/api/disclosures?depth=0&${where}`)
      expect(result.status === 403 || result.status === 400 || result.body.totalDocs === 0).toBe(true)
    }
    const graphql = await ctx.server.graphql(`{ Disclosure(id: ${JSON.stringify(id)}) { title revision revisionState } }`)
    expect(JSON.stringify(graphql.body)).not.toContain('新标题')
  })

  it('a file attached by the correction is not downloadable by the public before it is published', async () => {
    const file = await ctx.server.upload('/api/disclosure-files', { token: ctx.tokens.editorFinance, fileName: 'correction.pdf', data: pdf([[`Contact ${MOBILE}`]]), type: 'application/pdf' })
    expect(file.status).toBe(201)
    fileId = file.body.doc.id
    fileName = file.body.doc.filename
    expect((await patch(id, { attachments: [fileId] })).status).toBe(200)
    expect((await reload(id)).attachments ?? []).toEqual([])
    expect((await ctx.payload.findByID({ collection: 'disclosure-files', id: fileId, depth: 0 })).publiclyVisible).toBe(false)
    expect((await ctx.server.request('GET', `/api/disclosure-files/${String(fileId)}`)).status).toBe(404)
    expect((await ctx.server.download(`/api/disclosure-files/file/${encodeURIComponent(fileName)}`)).status).toBeGreaterThanOrEqual(403)
    // The findings of the revised content are the correction's, found at once.
    expect((await actions(id, 'editorFinance')).correction.findings).toEqual([expect.objectContaining({ kind: 'mobile' })])
    // Both edits are in the one correction.
    expect((await reload(id)).revision.data).toMatchObject({ title: '更正测试：新标题', attachments: [fileId] })
  })

  it('submitting the correction needs its reason; it then goes through the review chain', async () => {
    const noReason = await act('editorFinance', id, 'submit')
    expect(noReason.status).toBe(400)
    expect(errorPaths(noReason.body)).toEqual(['comment'])
    await reviewCorrection(id)
    const stored = await reload(id)
    expect(stored).toMatchObject({ status: 'published', revisionState: 'approved', title: '更正测试：原标题' })
    expect(stored.revision.reason).toBe('原标题有误，更正为正式名称')
    expect((await publicRead(id)).body.title).toBe('更正测试：原标题')
  })

  it('the correction waits in the reviewers’ queue while under review', async () => {
    const other = await published({ title: '更正测试：排队' })
    expect((await patch(other, { title: '更正测试：排队（更正）' })).status).toBe(200)
    expect((await act('editorFinance', other, 'submit', { comment: '名称更正' })).status).toBe(200)
    const queue = await ctx.server.request('GET', '/api/disclosures/review-queue', { token: ctx.tokens.reviewerFinance })
    const entry = (queue.body.docs as any[]).find((doc) => String(doc.id) === String(other))
    expect(entry).toMatchObject({ status: 'published', correction: 'submitted', actions: [{ action: 'reviewAttribute' }] })
  })

  it('publishing needs the findings acknowledged; then the corrected version is public, dated and recorded', async () => {
    const before = await reload(id)
    const unacknowledged = await act('editorFinance', id, 'publish')
    expect(unacknowledged.status).toBe(400)
    expect(errorPaths(unacknowledged.body)).toEqual(['acknowledgement'])
    const done = await act('editorFinance', id, 'publish', { acknowledgement: '联系电话为单位公开电话' })
    expect(done.status).toBe(200)
    const read = (await publicRead(id)).body
    expect(read).toMatchObject({ title: '更正测试：新标题', status: 'published' })
    expect(read.correctedAt).toEqual(expect.any(String))
    expect(read.publishedAt).toBe(before.publishedAt)
    const stored = await reload(id)
    expect(stored.revisionState ?? null).toBeNull()
    expect(stored.revision ?? null).toBeNull()
    // 条例第二十六条: the clock of the changed information runs from the change date.
    const calendar = await getAppCalendar(ctx.payload, 'calendar-days')
    expect(stored.deadlineRule).toMatchObject({ trigger: 'changedAt', triggerDate: today() })
    expect(stored.dueDate).toBe(calendar.addWorkingDays(today(), 20))
    expect(stored.workflowHistory.at(-1)).toMatchObject({ action: 'publish', correction: true, from: 'approved', to: 'published' })
    expect(stored.workflowHistory.at(-1).comment).toContain('更正理由：原标题有误，更正为正式名称')
    // The attachment is the public's now.
    expect((await ctx.payload.findByID({ collection: 'disclosure-files', id: fileId, depth: 0 })).publiclyVisible).toBe(true)
    expect((await ctx.server.download(`/api/disclosure-files/file/${encodeURIComponent(fileName)}`)).status).toBe(200)
  })
})

describe('the correction chain', () => {
  it('an edit of a correction under review sends it back to submitted', async () => {
    const id = await published()
    expect((await patch(id, { title: '更正测试：第一次修改' })).status).toBe(200)
    await reviewCorrection(id)
    expect((await patch(id, { title: '更正测试：签发后又改' })).status).toBe(200)
    const stored = await reload(id)
    expect(stored).toMatchObject({ revisionState: 'submitted', title: '更正测试：原标题' })
    expect(stored.workflowHistory.at(-1)).toMatchObject({ action: 'edited-after-review', correction: true, from: 'approved', to: 'submitted' })
    expect((await act('editorFinance', id, 'publish')).status).toBe(409)
  })

  it('the author of a correction cannot sign it off', async () => {
    const id = await published()
    expect((await patch(id, { title: '更正测试：审核人自己改' }, ctx.tokens.reviewerFinance)).status).toBe(200)
    expect((await act('editorFinance', id, 'submit', { comment: '更正' })).status).toBe(200)
    expect((await act('reviewerFinance', id, 'reviewAttribute')).status).toBe(200)
    expect((await act('reviewerFinance', id, 'reviewSecrecy', SECRECY)).status).toBe(200)
    const own = await act('reviewerFinance', id, 'approve')
    expect(own.status).toBe(403)
    expect((await act('office', id, 'approve')).status).toBe(200)
  })

  it('returned, then discarded: the published version stays as it was', async () => {
    const id = await published()
    expect((await patch(id, { title: '更正测试：将放弃' })).status).toBe(200)
    expect((await act('editorFinance', id, 'submit', { comment: '更正' })).status).toBe(200)
    expect((await act('reviewerFinance', id, 'return', { comment: '不必更正' })).body.doc.revisionState).toBe('draft')
    const noComment = await act('editorFinance', id, 'discard')
    expect(errorPaths(noComment.body)).toEqual(['comment'])
    expect((await act('editorFinance', id, 'discard', { comment: '不再更正' })).status).toBe(200)
    const stored = await reload(id)
    expect(stored).toMatchObject({ status: 'published', title: '更正测试：原标题' })
    expect(stored.revisionState ?? null).toBeNull()
    expect(stored.workflowHistory.at(-1)).toMatchObject({ action: 'discard', correction: true })
    expect((await act('editorFinance', id, 'submit', { comment: 'x' })).status).toBe(409)
  })

  it('withdrawing stays possible; reopening turns the pending correction into the draft', async () => {
    const id = await published()
    expect((await patch(id, { title: '更正测试：撤回前的更正' })).status).toBe(200)
    expect((await act('reviewerFinance', id, 'withdraw', { comment: '内容有误，先撤回' })).status).toBe(200)
    expect((await publicRead(id)).status).toBe(404)
    const reopened = await act('editorFinance', id, 'reopen', { comment: '按更正内容重新编辑' })
    expect(reopened.status).toBe(200)
    const stored = await reload(id)
    expect(stored).toMatchObject({ status: 'draft', title: '更正测试：撤回前的更正' })
    expect(stored.revisionState ?? null).toBeNull()
  })

  it('a late correction needs its own late reason; the published one does not cover it', async () => {
    const formedAt = daysAgo(70)
    const id = await published({ formedAt, lateReason: '首次发布超期：材料补正' })
    const changedAt = daysAgo(60)
    expect((await patch(id, { title: '更正测试：迟到的更正', changedAt })).status).toBe(200)
    await reviewCorrection(id)
    const panel = await actions(id, 'editorFinance')
    expect(panel.correction.dueDate < today()).toBe(true)
    const publish = panel.actions.find((action: any) => action.action === 'publish')
    expect(publish.missing).toEqual([expect.objectContaining({ guard: 'lateReasonWhenLate', field: 'lateReason' })])
    // Under review, the late correction is on the overdue board with its own due date.
    const board = await ctx.server.request('GET', '/api/disclosures/deadlines?within=3', { token: ctx.tokens.reviewerFinance })
    const entries = board.body.departments.flatMap((group: any) => group.entries)
    expect(entries).toContainEqual(expect.objectContaining({ id, title: '更正：更正测试：迟到的更正', dueDate: panel.correction.dueDate, overdue: true }))
    const refused = await act('editorFinance', id, 'publish')
    expect(refused.status).toBe(400)
    expect(errorPaths(refused.body)).toEqual(['lateReason'])
    expect((await act('editorFinance', id, 'publish', { lateReason: '更正材料到位较晚' })).status).toBe(200)
    const stored = await reload(id)
    expect(stored).toMatchObject({ title: '更正测试：迟到的更正', changedAt, lateReason: '首次发布超期：材料补正' })
    expect(stored.workflowHistory.at(-1).comment).toContain('超期说明：更正材料到位较晚')
    // Published, it leaves the board.
    const after = await ctx.server.request('GET', '/api/disclosures/deadlines?within=3', { token: ctx.tokens.reviewerFinance })
    expect(after.body.departments.flatMap((group: any) => group.entries).map((entry: any) => entry.id)).not.toContain(id)
  })

  it('a correction cannot be scheduled; an impossible change date is refused naming the field', async () => {
    const id = await published()
    const future = await patch(id, { changedAt: toBeijingDate(new Date(Date.now() + 5 * 86_400_000)) })
    expect(future.status).toBe(400)
    expect(errorPaths(future.body)).toEqual(['changedAt'])
    expect((await patch(id, { title: '更正测试：定时' })).status).toBe(200)
    await reviewCorrection(id)
    const scheduled = await act('editorFinance', id, 'publish', { publishAt: new Date(Date.now() + 3_600_000).toISOString() })
    expect(scheduled.status).toBe(400)
    expect(errorPaths(scheduled.body)).toEqual(['publishAt'])
  })

  it('a server-side save without a user is a correction too: nothing reaches the public unreviewed', async () => {
    const id = await published()
    await ctx.payload.update({ collection: 'disclosures', id, data: { title: '更正测试：服务端修改' } })
    expect((await publicRead(id)).body.title).toBe('更正测试：原标题')
    expect((await reload(id)).revisionState).toBe('draft')
  })
})
