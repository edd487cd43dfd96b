/**
 * The daily deadline run and the dashboard widget: deadline states refreshed as days pass, one reminder
 * per record, kind and day (recorded in the outbox, or mailed when email is configured), reminders
 * scoped to departments, and the widget showing the board for the user's department.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { createLocalReq } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'

import { DeadlineBoardWidget } from '../src/admin/DeadlineBoardWidget.js'
import { toBeijingDate } from '../src/calendar/index.js'
import { runOverdueReminders } from '../src/jobs/overdueReminders.js'
import { OVERDUE_REMINDERS_TASK, resolveOptions } from '../src/options.js'
import { useTestWorld, type TestContext } from './helpers/context.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

const options = resolveOptions()
const today = toBeijingDate(new Date())

const makeRecord = async (title: string, department: number | string, data: Record<string, unknown>) =>
  (await ctx.payload.create({ collection: 'disclosures', data: { title, department, ...data } })) as Record<string, any>

const reminders = async (record: number | string) =>
  (await ctx.payload.find({ collection: 'disclosure-reminders', where: { entryId: { equals: String(record) } }, depth: 0, sort: 'kind' })).docs as Record<string, any>[]

const systemReq = async () => createLocalReq({}, ctx.payload)

describe('daily deadline run', () => {
  let overdue: Record<string, any>
  let dueSoon: Record<string, any>
  let later: Record<string, any>
  let published: Record<string, any>

  it('stamps the deadline state on save', async () => {
    overdue = await makeRecord('逾期未公开的处罚决定', ctx.world.departments.finance, { infoType: 'penalty', formedAt: '2025-01-20' })
    dueSoon = await makeRecord('服务条件变更', ctx.world.departments.education, { infoType: 'service-change', formedAt: today })
    later = await makeRecord('新形成的信息', ctx.world.departments.finance, { infoType: 'general', formedAt: today })
    published = await makeRecord('已按时公开', ctx.world.departments.finance, { infoType: 'general', formedAt: today, catalogItem: ctx.world.catalogItem, status: 'published' })
    expect(overdue.deadlineState).toBe('overdue')
    expect(dueSoon.deadlineState).toBe('due-soon')
    expect(later.deadlineState).toBe('on-track')
    expect(published.deadlineState).toBe('published-on-time')
  })

  it('refreshes a state that the passing days changed, and writes one reminder per record and kind', async () => {
    // As if the record was saved long ago, when it was still on track.
    await ctx.payload.db.updateOne({ collection: 'disclosures', id: overdue.id, data: { deadlineState: 'on-track' }, req: await systemReq() })
    const first = await runOverdueReminders(await systemReq(), options)
    expect(first.refreshed).toBe(1)
    expect((await ctx.payload.findByID({ collection: 'disclosures', id: overdue.id, depth: 0 })).deadlineState).toBe('overdue')

    const overdueReminders = await reminders(overdue.id)
    expect(overdueReminders).toHaveLength(1)
    expect(overdueReminders[0]).toMatchObject({ kind: 'overdue', day: today, delivery: 'recorded', dueDate: overdue.dueDate })
    expect(overdueReminders[0]!.workingDaysLeft).toBeLessThan(0)
    expect(overdueReminders[0]!.subject).toBe('【超期】逾期未公开的处罚决定')
    // Overdue: the department's editors and reviewers, and the office.
    expect(overdueReminders[0]!.recipients).toContain('editor.finance@demo.gov.cn')
    expect(overdueReminders[0]!.recipients).toContain('reviewer.finance@demo.gov.cn')
    expect(overdueReminders[0]!.recipients).toContain('office@demo.gov.cn')

    const soon = await reminders(dueSoon.id)
    expect(soon).toHaveLength(1)
    expect(soon[0]).toMatchObject({ kind: 'due-soon', delivery: 'recorded' })
    expect(soon[0]!.recipients).toContain('editor.education@demo.gov.cn')
    expect(soon[0]!.recipients).not.toContain('office@demo.gov.cn')

    expect(await reminders(later.id)).toHaveLength(0)
    expect(await reminders(published.id)).toHaveLength(0)

    // Running again the same day changes nothing.
    const second = await runOverdueReminders(await systemReq(), options)
    expect(second).toMatchObject({ refreshed: 0, reminders: 0 })
    expect(await reminders(overdue.id)).toHaveLength(1)
  })

  it('runs as a scheduled job from the queue', async () => {
    const task = ctx.payload.config.jobs.tasks?.find((candidate) => candidate.slug === OVERDUE_REMINDERS_TASK)
    expect(task?.schedule?.[0]?.cron).toBe('0 5 * * * *')
    const extra = await makeRecord('又一条逾期信息', ctx.world.departments.finance, { infoType: 'licensing', formedAt: '2025-03-03' })
    await ctx.payload.jobs.queue({ task: OVERDUE_REMINDERS_TASK, input: {} })
    await ctx.payload.jobs.run({ limit: 10 })
    expect(await reminders(extra.id)).toHaveLength(1)
  })

  it('mails the reminder when an email adapter is configured, and records failures', async () => {
    const record = await makeRecord('邮件提醒', ctx.world.departments.finance, { infoType: 'penalty', formedAt: '2025-02-10' })
    const payload = ctx.payload as any
    const originalEmail = payload.config.email
    const originalSend = payload.sendEmail
    const sent: any[] = []
    payload.config.email = () => ({})
    payload.sendEmail = jest.fn(async (message: any) => {
      sent.push(message)
      if (sent.length > 1) throw new Error('SMTP 550 mailbox unavailable')
    })
    try {
      const result = await runOverdueReminders(await systemReq(), options)
      expect(result.reminders).toBe(1)
      expect(result.sent).toBe(1)
      const [reminder] = await reminders(record.id)
      expect(reminder).toMatchObject({ delivery: 'sent', kind: 'overdue' })
      expect(sent[0].to).toEqual(expect.arrayContaining(['editor.finance@demo.gov.cn', 'office@demo.gov.cn']))
      expect(sent[0].subject).toBe('【超期】邮件提醒')

      const failing = await makeRecord('邮件失败', ctx.world.departments.finance, { infoType: 'penalty', formedAt: '2025-02-11' })
      const second = await runOverdueReminders(await systemReq(), options)
      expect(second.failed).toBe(1)
      const [failed] = await reminders(failing.id)
      expect(failed).toMatchObject({ delivery: 'failed', error: 'SMTP 550 mailbox unavailable' })
    } finally {
      payload.config.email = originalEmail
      payload.sendEmail = originalSend
    }
  })

  it('reminders are read by their department, the office and auditors only; nobody writes them over the API', async () => {
    const list = async (actor: 'editorFinance' | 'editorEducation' | 'office' | 'auditor' | 'anonymous') => {
      const result = await ctx.server.request('GET', '/api/disclosure-reminders?limit=100&depth=0', { token: ctx.tokens[actor] })
      return result
    }
    const finance = (await list('editorFinance')).body as any
    expect(finance.docs.length).toBeGreaterThan(0)
    expect(finance.docs.every((doc: any) => String(doc.department) === String(ctx.world.departments.finance))).toBe(true)
    const education = (await list('editorEducation')).body as any
    expect(education.docs.every((doc: any) => String(doc.department) === String(ctx.world.departments.education))).toBe(true)
    const all = (await list('office')).body as any
    expect(all.totalDocs).toBe(finance.totalDocs + education.totalDocs)
    expect(((await list('auditor')).body as any).totalDocs).toBe(all.totalDocs)
    expect((await list('anonymous')).status).toBe(403)

    const id = all.docs[0].id
    expect((await ctx.server.request('PATCH', `/api/disclosure-reminders/${id}`, { token: ctx.tokens.office, body: { subject: 'x' } })).status).toBe(403)
    expect((await ctx.server.request('POST', '/api/disclosure-reminders', { token: ctx.tokens.office, body: { subject: 'x' } })).status).toBe(403)
    expect((await ctx.server.request('DELETE', `/api/disclosure-reminders/${id}`, { token: ctx.tokens.editorFinance })).status).toBe(403)
  })
})

describe('dashboard widget', () => {
  const render = async (actor: 'editorFinance' | 'editorEducation' | 'office') => {
    const user = { ...ctx.world.actors[actor].user, collection: 'users' }
    const req = await createLocalReq({ user: user as any }, ctx.payload)
    const element = await DeadlineBoardWidget({ req, options })
    return renderToStaticMarkup(element!)
  }

  it('shows a department its own overdue and due-soon records', async () => {
    const finance = await render('editorFinance')
    expect(finance).toContain('公开时限提醒')
    expect(finance).toContain('逾期未公开的处罚决定')
    expect(finance).not.toContain('服务条件变更')
    const education = await render('editorEducation')
    expect(education).toContain('服务条件变更')
    expect(education).not.toContain('逾期未公开的处罚决定')
  })

  it('shows the office every department', async () => {
    const office = await render('office')
    expect(office).toContain('（全部部门）')
    expect(office).toContain('逾期未公开的处罚决定')
    expect(office).toContain('服务条件变更')
  })

  it('is on the default dashboard, before the collection cards', () => {
    const dashboard = ctx.payload.config.admin.dashboard as any
    expect(dashboard.widgets.map((widget: any) => widget.slug)).toContain('disclosure-deadlines')
  })
})
