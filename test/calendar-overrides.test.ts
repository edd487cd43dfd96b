/**
 * The app's calendar: office-entered calendar days override the vendored data, deadlines are computed
 * by the server on that calendar, and a calendar change re-computes every open deadline it affects.
 */
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { addWorkingDays, getDefaultCalendar, toBeijingDate } from '../src/calendar/index.js'
import { useTestWorld } from './helpers/context.js'
import { errorPaths, type TestServer } from './helpers/http.js'
import type { ActorKey, World } from './helpers/world.js'

let payload: Payload
let server: TestServer
let world: World
let tokens: Partial<Record<ActorKey, string>>

useTestWorld((context) => ({ payload, server, world, tokens } = context))

const createRecord = async (data: Record<string, unknown>) => {
  const result = await server.request('POST', '/api/disclosures?depth=0', { token: tokens.editorFinance, body: { title: '时限测试', ...data } })
  expect(result.status).toBe(201)
  return result.body.doc
}
const reload = (id: number | string) => payload.findByID({ collection: 'disclosures', id, depth: 0 })
const runJobs = async () => {
  const result = await payload.jobs.run({ limit: 100 })
  expect(Object.values(result.jobStatus ?? {}).every((job) => job.status === 'success')).toBe(true)
}

describe('deadlines computed by the server', () => {
  it('20 working days from the formed date, with the explanation', async () => {
    // 2026-03-02 (Mon): 3/3-3/6, 3/9-13, 3/16-20, 3/23-27 are 19 working days; the 20th is Mon 3/30.
    const doc = await createRecord({ formedAt: '2026-03-02' })
    expect(doc.dueDate).toBe('2026-03-30')
    expect(doc.deadlineRule).toMatchObject({ rule: 'general', days: 20, unit: 'working', trigger: 'formedAt', triggerDate: '2026-03-02' })
    expect(doc.provisional).toBe(false)
    expect(doc.deadlineRule.basis).toContain('第二十六条')
    expect(doc.deadlineExplain).toContain('2026年3月30日')
  })

  it('across the Spring Festival of 2026 (2/15-2/23 off, 2/14 and 2/28 worked)', async () => {
    const doc = await createRecord({ formedAt: '2026-02-10', infoType: 'licensing' })
    // 2/11, 2/12, 2/13, 2/14 (Sat, worked) = 4; 2/15-2/23 off; 2/24, 2/25, 2/26 = 7.
    expect(doc.dueDate).toBe('2026-02-26')
    expect(doc.dueDate).toBe(addWorkingDays('2026-02-10', 7))
  })

  it('a change restarts the clock from changedAt; the type changes the rule', async () => {
    const doc = await createRecord({ formedAt: '2026-03-02' })
    const patched = await server.request('PATCH', `/api/disclosures/${doc.id}?depth=0`, {
      token: tokens.editorFinance,
      body: { changedAt: '2026-05-06', infoType: 'service-change' },
    })
    expect(patched.status).toBe(200)
    expect(patched.body.doc.dueDate).toBe('2026-05-07')
    expect(patched.body.doc.deadlineRule).toMatchObject({ rule: 'service-change', trigger: 'changedAt', triggerDate: '2026-05-06' })
  })

  it('an instant is read as its Beijing date', async () => {
    const doc = await createRecord({ formedAt: '2026-03-01T17:30:00Z' }) // 2026-03-02 01:30 in Beijing
    expect(doc.formedAt).toBe('2026-03-02')
    expect(doc.dueDate).toBe('2026-03-30')
  })

  it('a period reaching a year without a notice is provisional', async () => {
    // Formed today (a formation date cannot be in the future): provisional exactly when its period reaches
    // days the official notices do not cover yet (in December, usually next year's).
    const today = toBeijingDate(new Date())
    const doc = await createRecord({ formedAt: today })
    expect(doc.provisional).toBe(getDefaultCalendar().isProvisional(today, doc.dueDate))
  })

  it('due dates sent by a client are ignored', async () => {
    const doc = await createRecord({ formedAt: '2026-03-02', dueDate: '2030-01-01', deadlineRule: { rule: 'penalty', days: 99 }, provisional: true })
    expect(doc.dueDate).toBe('2026-03-30')
    expect(doc.deadlineRule.days).toBe(20)
    expect(doc.provisional).toBe(false)
  })

  it.each([
    ['2026-02-30', 'impossible date'],
    ['2026/3/2', 'wrong format'],
    ['next monday', 'not a date'],
    ['1999-05-04', 'outside the calendar'],
  ])('formedAt %s (%s) → 400 naming formedAt, nothing stored', async (formedAt) => {
    const before = (await payload.count({ collection: 'disclosures' })).totalDocs
    const result = await server.request('POST', '/api/disclosures', { token: tokens.editorFinance, body: { title: 'bad date', formedAt } })
    expect(result.status).toBe(400)
    expect(errorPaths(result.body)).toContain('formedAt')
    expect((await payload.count({ collection: 'disclosures' })).totalDocs).toBe(before)
  })
})

describe('calendar-days overrides', () => {
  it('only the office writes calendar days (REST 403 for everyone else); anyone reads them', async () => {
    const body = { date: '2026-03-08', kind: 'workday', name: '测试' }
    for (const actor of ['anonymous', 'editorFinance', 'reviewerFinance', 'auditor'] as ActorKey[]) {
      const result = await server.request('POST', '/api/calendar-days', { token: tokens[actor], body })
      expect({ actor, status: result.status }).toEqual({ actor, status: 403 })
    }
    expect((await payload.count({ collection: 'calendar-days' })).totalDocs).toBe(0)
    expect((await server.request('GET', '/api/calendar-days')).status).toBe(200)
    const graphql = await server.graphql('mutation { createCalendarDay(data: { date: "2026-03-08", kind: workday }) { id } }', { token: tokens.editorFinance })
    expect(graphql.body.errors[0].extensions.statusCode).toBe(403)
  })

  it('a working Sunday moves later open deadlines earlier, records old and new, and leaves others alone', async () => {
    const open = await createRecord({ formedAt: '2026-03-02' }) // due 2026-03-30
    const before = await createRecord({ formedAt: '2026-03-16' }) // its period starts after 3/15: unaffected
    const published = await createRecord({ formedAt: '2026-03-02' })
    await payload.update({ collection: 'disclosures', id: published.id, data: { status: 'published', catalogItem: world.catalogItem, lateReason: '测试' } })
    const noticesBefore = (await payload.count({ collection: 'deadline-changes' })).totalDocs

    const created = await server.request('POST', '/api/calendar-days', {
      token: tokens.office,
      body: { date: '2026-03-15', kind: 'workday', name: '地方调休上班', source: '示范区政府办通知〔2026〕1号' },
    })
    expect(created.status).toBe(201)
    await runJobs()

    expect((await reload(open.id)).dueDate).toBe('2026-03-27')
    expect((await reload(open.id)).deadlineExplain).toContain('3月15日')
    expect((await reload(before.id)).dueDate).toBe(before.dueDate)
    expect((await reload(published.id)).dueDate).toBe('2026-03-30')

    const changes = await payload.find({ collection: 'deadline-changes', where: { documentId: { equals: String(open.id) } } })
    expect(changes.docs).toHaveLength(1)
    expect(changes.docs[0]).toMatchObject({ oldDueDate: '2026-03-30', newDueDate: '2026-03-27', title: '时限测试' })
    expect(String(changes.docs[0]!.department && (changes.docs[0]!.department as any).id)).toBe(String(world.departments.finance))
    expect(changes.docs[0]!.reason).toContain('2026-03-15')
    // Only records whose due date moved are recorded: every open record formed 2026-03-02 (this test's and earlier ones), no other.
    const movedIds = (await payload.find({ collection: 'deadline-changes', pagination: false })).docs.map((doc) => doc.documentId)
    const openFormedMarch2 = await payload.find({
      collection: 'disclosures',
      pagination: false,
      where: { and: [{ dueDate: { equals: '2026-03-27' } }, { status: { equals: 'draft' } }] },
    })
    expect(movedIds.sort()).toEqual(openFormedMarch2.docs.map((doc) => String(doc.id)).sort())
    expect(movedIds).toHaveLength(noticesBefore + openFormedMarch2.totalDocs)
    expect(movedIds).not.toContain(String(before.id))
    expect(movedIds).not.toContain(String(published.id))

    // New records use the new calendar at once.
    expect((await createRecord({ formedAt: '2026-03-02' })).dueDate).toBe('2026-03-27')

    // Removing the override moves the deadline back, and that is recorded too.
    expect((await server.request('DELETE', `/api/calendar-days/${created.body.doc.id}`, { token: tokens.office })).status).toBe(200)
    await runJobs()
    expect((await reload(open.id)).dueDate).toBe('2026-03-30')
  })

  it('a holiday on a weekday moves a deadline later', async () => {
    const open = await createRecord({ formedAt: '2026-03-02' })
    const created = await server.request('POST', '/api/calendar-days', { token: tokens.office, body: { date: '2026-03-10', kind: 'holiday', name: '地方节日' } })
    expect(created.status).toBe(201)
    await runJobs()
    expect((await reload(open.id)).dueDate).toBe('2026-03-31')
    await payload.delete({ collection: 'calendar-days', id: created.body.doc.id })
    await runJobs()
  })

  it('refuses a malformed, impossible or duplicate date', async () => {
    for (const date of ['2026-13-01', '20260308', '1990-01-01']) {
      const result = await server.request('POST', '/api/calendar-days', { token: tokens.office, body: { date, kind: 'holiday' } })
      expect(result.status).toBe(400)
      expect(errorPaths(result.body)).toContain('date')
    }
    expect((await server.request('POST', '/api/calendar-days', { token: tokens.office, body: { date: '2026-04-20', kind: 'holiday' } })).status).toBe(201)
    const duplicate = await server.request('POST', '/api/calendar-days', { token: tokens.office, body: { date: '2026-04-20', kind: 'workday' } })
    expect(duplicate.status).toBe(400)
    expect(errorPaths(duplicate.body)).toContain('date')
  })
})

describe('every stored deadline moves (#17 item 4)', () => {
  it('a calendar change moves every stored deadline: policy documents and on-request applications too, each recorded', async () => {
    const policy = await server.request('POST', '/api/policy-documents?depth=0', {
      token: tokens.editorFinance,
      body: { title: '时限重算的政策文件', documentType: 'other', writtenOn: '2026-04-13', catalogItem: world.catalogItem },
    })
    expect(policy.status).toBe(201)
    const application = await server.request('POST', '/api/disclosure-requests?depth=0', {
      token: tokens.office,
      body: {
        applicantType: 'natural-person',
        applicantName: '张三',
        idDocument: { type: 'resident-id', number: '11010519491231002X' },
        contact: { phone: '13800000000' },
        description: '2025年度本区财政专项资金分配结果',
        channel: 'in-person',
        submittedOn: '2026-04-13',
        department: world.departments.finance,
      },
    })
    expect({ status: application.status, body: application.status === 201 ? null : application.body }).toEqual({ status: 201, body: null })
    const before = { policy: policy.body.doc.dueDate, application: application.body.doc.dueDate }

    const created = await server.request('POST', '/api/calendar-days', { token: tokens.office, body: { date: '2026-04-19', kind: 'workday', name: '地方调休上班' } })
    expect(created.status).toBe(201)
    await runJobs()

    const movedPolicy = await payload.findByID({ collection: 'policy-documents', id: policy.body.doc.id, depth: 0 })
    const movedApplication = await payload.findByID({ collection: 'disclosure-requests', id: application.body.doc.id, depth: 0 })
    expect(movedPolicy.dueDate < before.policy).toBe(true)
    expect(movedApplication.dueDate < before.application).toBe(true)
    const rows = await payload.find({ collection: 'deadline-changes', pagination: false, where: { collectionSlug: { in: ['policy-documents', 'disclosure-requests'] } } })
    expect(rows.docs.map((row: any) => [row.collectionSlug, row.oldDueDate, row.newDueDate]).sort()).toEqual(
      [
        ['disclosure-requests', before.application, movedApplication.dueDate],
        ['policy-documents', before.policy, movedPolicy.dueDate],
      ].sort(),
    )
    expect((await server.request('DELETE', `/api/calendar-days/${created.body.doc.id}`, { token: tokens.office })).status).toBe(200)
    await runJobs()
  })
})
