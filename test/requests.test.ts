/**
 * On-request applications through REST: the clock derived from events (never entered), 400s naming the
 * event, the office's assignment and the departments' scope, the public submit and status endpoints
 * (validation, no read access, rate limit), and requests on the overdue board.
 */
import { describe, expect, it } from '@jest/globals'
import JSZip from 'jszip'

import { useTestWorld, type TestContext } from './helpers/context.js'
import { errorPaths } from './helpers/http.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

const paper = {
  applicantType: 'business',
  applicantName: '某某科技有限公司',
  idDocument: { type: 'business-licence', number: '91210300MA0000000X' },
  contact: { phone: '0427-1234567', email: 'legal@example.com' },
  description: '2024年度本区政府采购项目清单',
  channel: 'registered-mail',
  submittedOn: '2025-01-09',
  signedForOn: '2025-01-13',
}
const post = (body: Record<string, unknown>, token = ctx.tokens.office) => ctx.server.request('POST', '/api/disclosure-requests?depth=0', { token, body })
const patch = (id: unknown, body: Record<string, unknown>, token = ctx.tokens.office) => ctx.server.request('PATCH', `/api/disclosure-requests/${String(id)}?depth=0`, { token, body })

describe('the clock, derived from events', () => {
  it('computes receipt and due date across the Spring Festival; events move it; the client cannot set it', async () => {
    const created = await post({ ...paper, department: ctx.world.departments.finance, dueDate: '2030-01-01', receivedOn: '2030-01-01', trackingNumber: 'MINE' })
    expect(created.status).toBe(201)
    const doc = created.body.doc
    expect(doc).toMatchObject({ receivedOn: '2025-01-13', dueDate: '2025-02-14', status: 'in-progress' })
    expect(doc.trackingNumber).toMatch(/^YSQ-\d{4}-\d{5}$/)
    expect(doc.clockExplain).toContain('以签收之日为收到申请之日')

    const consulted = await patch(doc.id, {
      events: [
        { type: 'consultation-opened', on: '2025-01-20', consultation: 'T1', party: 'third-party' },
        { type: 'consultation-closed', on: '2025-01-24', consultation: 'T1' },
        { type: 'extension-approved', on: '2025-02-10', days: 20, approver: '王主任' },
      ],
    }, ctx.tokens.editorFinance)
    expect(consulted.status).toBe(200)
    // 14 Feb + 4 paused working days = 20 Feb; + 20 working days = 20 Mar.
    expect(consulted.body.doc).toMatchObject({ pausedDays: 4, dueDate: '2025-03-20' })

    const secondExtension = await patch(doc.id, { events: [...consulted.body.doc.events, { type: 'extension-approved', on: '2025-02-12', days: 5, approver: '王主任' }] }, ctx.tokens.editorFinance)
    expect(secondExtension.status).toBe(400)
    expect(errorPaths(secondExtension.body)).toEqual(['events.3.type'])

    const replyWithoutOutcome = await patch(doc.id, { events: [...consulted.body.doc.events, { type: 'replied', on: '2025-03-03' }] }, ctx.tokens.editorFinance)
    expect(replyWithoutOutcome.status).toBe(400)
    expect(errorPaths(replyWithoutOutcome.body)).toEqual(['outcome'])
    const withheldWithoutReason = await patch(doc.id, { outcome: 'withheld-third-party', events: [...consulted.body.doc.events, { type: 'replied', on: '2025-03-03' }] }, ctx.tokens.editorFinance)
    expect(errorPaths(withheldWithoutReason.body)).toEqual(['outcomeReason'])
    const replied = await patch(doc.id, { outcome: 'partly-disclosed', outcomeReason: '部分内容涉及商业秘密', events: [...consulted.body.doc.events, { type: 'replied', on: '2025-03-03' }] }, ctx.tokens.editorFinance)
    expect(replied.status).toBe(200)
    expect(replied.body.doc).toMatchObject({ status: 'replied', closedOn: '2025-03-03' })

    // The reply letter: generated from the outcome's template, stored privately with the department's files.
    const letter = await ctx.server.request('POST', `/api/disclosure-requests/${doc.id}/reply-letter`, { token: ctx.tokens.reviewerFinance })
    expect(letter.status).toBe(201)
    const file = await ctx.server.download(`/api/disclosure-files/file/${encodeURIComponent(letter.body.doc.filename)}`, ctx.tokens.editorFinance)
    expect(file.status).toBe(200)
    const xml = await (await JSZip.loadAsync(file.data)).file('word/document.xml')!.async('string')
    expect(xml).toContain('某某科技有限公司：')
    expect(xml).toContain('部分内容涉及商业秘密')
    expect(xml).toContain('六十日内向示范区人民政府申请行政复议')
    expect((await ctx.server.download(`/api/disclosure-files/file/${encodeURIComponent(letter.body.doc.filename)}`)).status).toBe(403)
    expect((await ctx.payload.findByID({ collection: 'disclosure-requests', id: doc.id, depth: 0 })).replyLetter).toBe(letter.body.doc.id)
    expect((await ctx.server.request('POST', `/api/disclosure-requests/${doc.id}/reply-letter`, { token: ctx.tokens.editorEducation })).status).toBe(404)
    expect((await ctx.server.request('POST', `/api/disclosure-requests/${doc.id}/reply-letter`, { token: ctx.tokens.auditor })).status).toBe(403)
  })

  it('writes no reply letter before the reply', async () => {
    const open = (await post({ ...paper, department: ctx.world.departments.finance })).body.doc
    const early = await ctx.server.request('POST', `/api/disclosure-requests/${open.id}/reply-letter`, { token: ctx.tokens.office })
    expect([early.status, errorPaths(early.body)]).toEqual([409, ['events']])
  })

  it('refuses a receipt the channel cannot have, naming the missing fact', async () => {
    const missing = await post({ ...paper, signedForOn: undefined })
    expect(missing.status).toBe(400)
    expect(errorPaths(missing.body)).toEqual(['signedForOn'])
  })
})

describe('who handles what', () => {
  it('the office assigns; a department sees and works only its own requests and cannot reassign them', async () => {
    const unassigned = (await post({ ...paper, channel: 'in-person', submittedOn: '2025-03-03' })).body.doc
    expect(unassigned.status).toBe('unassigned')
    const list = async (token: string | undefined) => {
      const result = await ctx.server.request('GET', '/api/disclosure-requests?depth=0&limit=100', { token })
      return result.status === 200 ? (result.body.docs as Record<string, any>[]).map((doc) => String(doc.id)) : result.status
    }
    expect(await list(ctx.tokens.editorFinance)).not.toContain(String(unassigned.id))
    expect((await patch(unassigned.id, { department: ctx.world.departments.finance })).body.doc.status).toBe('in-progress')
    expect(await list(ctx.tokens.editorFinance)).toContain(String(unassigned.id))
    expect(await list(ctx.tokens.editorEducation)).not.toContain(String(unassigned.id))
    expect((await patch(unassigned.id, { department: ctx.world.departments.education }, ctx.tokens.editorFinance)).status).toBe(403)
    expect((await patch(unassigned.id, { purpose: '改' }, ctx.tokens.editorEducation)).status).toBe(403)
    expect((await patch(unassigned.id, { purpose: '改' }, ctx.tokens.auditor)).status).toBe(403)
    expect(await list(undefined)).toEqual(403)
    // Personal data never leaves for the public, even through GraphQL.
    const gql = await ctx.server.graphql('{ DisclosureRequests { docs { id applicantName } } }')
    expect(gql.body.data?.DisclosureRequests ?? null).toBeNull()
  })
})

describe('public form', () => {
  const submit = (body: Record<string, unknown>) => ctx.server.request('POST', '/api/disclosure-requests/submit', { body })
  const valid = { applicantType: 'natural-person', applicantName: '张三', description: '本区2024年义务教育学校招生计划', phone: '13800138000' }

  it('validates with 400 naming the field, ignores fields it does not take, and returns only the tracking number and dates', async () => {
    for (const [body, path] of [
      [{ ...valid, applicantType: 'robot' }, 'applicantType'],
      [{ ...valid, applicantName: '  ' }, 'applicantName'],
      [{ ...valid, description: undefined }, 'description'],
      [{ ...valid, phone: undefined }, 'phone'],
      [{ ...valid, phone: 'abc' }, 'phone'],
      [{ ...valid, email: 'not-an-email' }, 'email'],
      [{ ...valid, description: 'x'.repeat(5001) }, 'description'],
    ] as const) {
      const result = await submit(body as Record<string, unknown>)
      expect([path, result.status, errorPaths(result.body)]).toEqual([path, 400, [path]])
    }
    const created = await submit({ ...valid, department: ctx.world.departments.finance, status: 'replied', dueDate: '2099-01-01' })
    expect(created.status).toBe(201)
    expect(Object.keys(created.body).sort()).toEqual(['dueDate', 'message', 'receivedOn', 'trackingNumber'])
    const stored = (await ctx.payload.find({ collection: 'disclosure-requests', where: { trackingNumber: { equals: created.body.trackingNumber } }, depth: 0 })).docs[0] as Record<string, any>
    expect(stored).toMatchObject({ department: null, status: 'unassigned', channel: 'online', submittedOnline: true, receivedOn: created.body.receivedOn })
    expect(stored.dueDate).toBe(created.body.dueDate)

    const status = await ctx.server.request('POST', '/api/disclosure-requests/status', { body: { trackingNumber: created.body.trackingNumber, contact: '13800138000' } })
    expect(status.status).toBe(200)
    expect(status.body).toMatchObject({ trackingNumber: created.body.trackingNumber, status: 'unassigned', dueDate: created.body.dueDate, repliedOn: null })
    expect(JSON.stringify(status.body)).not.toContain('张三')
    const wrongContact = await ctx.server.request('POST', '/api/disclosure-requests/status', { body: { trackingNumber: created.body.trackingNumber, contact: '13900000000' } })
    expect(wrongContact.status).toBe(404)
    expect((await ctx.server.request('GET', `/api/disclosure-requests/${String(stored.id)}`)).status).toBe(403)
  })

  it('limits submissions per address and hour', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await submit({ ...valid, description: `第${i}次申请` })).status)
    // One was accepted in the test above: four more fit in the hour's five, then 429.
    expect(statuses).toEqual([201, 201, 201, 201, 429, 429])
  })
})

describe('overdue board', () => {
  it('lists open requests overdue or due soon with the records', async () => {
    await post({ ...paper, channel: 'in-person', submittedOn: '2025-04-01', department: ctx.world.departments.finance })
    const board = await ctx.server.request('GET', `/api/disclosures/deadlines?department=${ctx.world.departments.finance}`, { token: ctx.tokens.office })
    expect(board.status).toBe(200)
    const entries = board.body.departments.flatMap((group: any) => group.entries)
    const requests = entries.filter((entry: any) => entry.collection === 'disclosure-requests')
    // Submitted 1 Apr 2025 in person: 20 working days with Qingming (4 Apr) and the make-up Sunday 27 Apr.
    expect(requests.map((entry: any) => entry.dueDate).sort()).toEqual(['2025-02-14', '2025-03-31', '2025-04-29'])
    expect(requests.every((entry: any) => entry.overdue && /^依申请公开 YSQ-/.test(entry.title))).toBe(true)
    // The replied request of the first test is not on the board.
    expect(requests).toHaveLength(3)
  })
})

describe('reply letter templates', () => {
  it('the office saves its own wording; an unknown placeholder is refused with 400 naming body; editors cannot', async () => {
    const bad = await ctx.server.request('POST', '/api/reply-templates', { token: ctx.tokens.office, body: { target: 'disclosed', body: '尊敬的{{name}}' } })
    expect([bad.status, errorPaths(bad.body)]).toEqual([400, ['body']])
    const good = await ctx.server.request('POST', '/api/reply-templates', { token: ctx.tokens.office, body: { target: 'disclosed', body: '{{applicantName}}您好，您申请的信息现提供给您。依据：{{basis}}。' } })
    expect(good.status).toBe(201)
    expect((await ctx.server.request('POST', '/api/reply-templates', { token: ctx.tokens.editorFinance, body: { target: 'withheld', body: '{{reason}}' } })).status).toBe(403)
  })
})
