/**
 * Jobs exactly once in one process: two runners started together claim each job once; scheduled
 * publications running together are each one `publish` (with its details, never a plain `update`);
 * duplicate recompute and reminder jobs running together write one row each and fail nothing.
 * Runs on SQLite and, with DATABASE_URL, on PostgreSQL.
 */
import { describe, expect, it } from '@jest/globals'

import { toBeijingDate } from '../../src/calendar/index.js'
import { OVERDUE_REMINDERS_TASK, RECOMPUTE_DEADLINES_TASK } from '../../src/options.js'
import { useTestWorld, type TestContext } from '../helpers/context.js'
import { failedJobs, makePublicationsDue, publicationOf, scheduledRecord } from './scenario.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

const runTogether = async (runners = 2) => {
  const results = await Promise.all(Array.from({ length: runners }, () => ctx.payload.jobs.run({ limit: 50 })))
  return results.flatMap((result) => Object.values(result.jobStatus ?? {}).map((job) => job.status))
}

describe('claiming', () => {
  it('two runners claiming together never take the same job', async () => {
    for (let index = 0; index < 6; index++) await ctx.payload.jobs.queue({ task: RECOMPUTE_DEADLINES_TASK, input: { dates: [`2031-01-0${index + 1}`], reason: 'claim test' } })
    const db = ctx.payload.db as unknown as { updateJobs: (args: Record<string, unknown>) => Promise<Record<string, any>[] | null> }
    const claim = () => db.updateJobs({ data: { processing: true }, where: { and: [{ processing: { equals: false } }, { taskSlug: { equals: RECOMPUTE_DEADLINES_TASK } }] }, limit: 50, req: {}, returning: true })
    const [first, second, third] = await Promise.all([claim(), claim(), claim()])
    const ids = [...(first ?? []), ...(second ?? []), ...(third ?? [])].map((job) => String(job.id))
    expect(ids).toHaveLength(6)
    expect(new Set(ids).size).toBe(6)
    // Back to waiting, then run them: nothing else is left claimed.
    await db.updateJobs({ data: { processing: false }, where: { taskSlug: { equals: RECOMPUTE_DEADLINES_TASK } }, req: {}, returning: false })
    expect((await runTogether()).every((status) => status === 'success')).toBe(true)
    expect((await ctx.payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(0)
  })
})

describe('scheduled publication', () => {
  it('several publications run by two runners together: each published once, each logged as one `publish`', async () => {
    const records = []
    // More than PostgreSQL's pool (10): each publication holds a connection for its transaction.
    for (let index = 0; index < 14; index++) records.push(await scheduledRecord(ctx.server, ctx.tokens, ctx.world.catalogItem, `定时发布并发 ${index}`))
    await makePublicationsDue(ctx.payload)
    const statuses = await runTogether(3)
    expect(statuses.filter((status) => status !== 'success')).toEqual([])
    for (const record of records) {
      expect(await publicationOf(ctx.payload, record.id)).toEqual({ status: 'published', publishSteps: 1, jobEntries: [{ action: 'publish', step: 'publish', to: 'published' }] })
    }
    expect(await failedJobs(ctx.payload)).toEqual([])
  })

  it('a duplicate job for a publication already made does nothing', async () => {
    const record = await scheduledRecord(ctx.server, ctx.tokens, ctx.world.catalogItem, '定时发布重复任务')
    const job = (await ctx.payload.find({ collection: 'payload-jobs', where: { 'input.id': { equals: String(record.id) } }, depth: 0 })).docs[0] as Record<string, any>
    await ctx.payload.jobs.queue({ task: 'scheduledPublish', input: job.input })
    await makePublicationsDue(ctx.payload)
    expect((await runTogether()).every((status) => status === 'success')).toBe(true)
    expect(await publicationOf(ctx.payload, record.id)).toEqual({ status: 'published', publishSteps: 1, jobEntries: [{ action: 'publish', step: 'publish', to: 'published' }] })
  })
})

describe('deadline recompute', () => {
  it('the same calendar change recomputed twice together records one deadline change per record', async () => {
    const records = []
    for (let index = 0; index < 3; index++) {
      const created = await ctx.server.request('POST', '/api/disclosures?depth=0', { token: ctx.tokens.editorFinance, body: { title: `时限重算 ${index}`, formedAt: '2026-03-02' } })
      expect(created.status).toBe(201)
      records.push(created.body.doc)
    }
    // A working Sunday inside their period (due 2026-03-30): one job from the calendar change, plus a duplicate.
    const day = await ctx.server.request('POST', '/api/calendar-days', { token: ctx.tokens.office, body: { date: '2026-03-15', kind: 'workday', name: '调休上班' } })
    expect(day.status).toBe(201)
    const job = (await ctx.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: RECOMPUTE_DEADLINES_TASK } }, depth: 0 })).docs[0] as Record<string, any>
    await ctx.payload.jobs.queue({ task: RECOMPUTE_DEADLINES_TASK, input: job.input })
    expect((await runTogether()).every((status) => status === 'success')).toBe(true)
    for (const record of records) {
      const changes = await ctx.payload.find({ collection: 'deadline-changes', where: { documentId: { equals: String(record.id) } }, depth: 0 })
      expect(changes.docs.map((change: any) => [change.oldDueDate, change.newDueDate])).toEqual([['2026-03-30', '2026-03-27']])
    }
  })
})

describe('reminders', () => {
  it('two reminder runs together write one reminder per record and fail nothing', async () => {
    const overdue = await ctx.payload.create({ collection: 'disclosures', data: { title: '逾期提醒并发', department: ctx.world.departments.finance, infoType: 'penalty', formedAt: '2025-01-20' } })
    await ctx.payload.jobs.queue({ task: OVERDUE_REMINDERS_TASK, input: {} })
    await ctx.payload.jobs.queue({ task: OVERDUE_REMINDERS_TASK, input: {} })
    const statuses = await runTogether()
    expect(statuses.filter((status) => status !== 'success')).toEqual([])
    expect(await failedJobs(ctx.payload)).toEqual([])
    const reminders = await ctx.payload.find({ collection: 'disclosure-reminders', where: { entryId: { equals: String(overdue.id) } }, depth: 0 })
    expect(reminders.docs.map((reminder: any) => [reminder.kind, reminder.day])).toEqual([['overdue', toBeijingDate(new Date())]])
  })
})
