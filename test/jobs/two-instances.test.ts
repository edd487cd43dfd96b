/**
 * Two API instances on one PostgreSQL, both running jobs (their cron every second, and the office
 * calling the run endpoint on both at once): every scheduled publication is made once and logged as one
 * `publish`, a calendar change records one deadline change per record, reminders are written once, and
 * no job fails on either instance. PostgreSQL only (skipped on other databases): run with
 * DATABASE_URL=postgres://… . The test process pushes the schema and seeds; the instances are
 * `src/server.ts --api-only` child processes on the same database.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { toBeijingDate } from '../../src/calendar/index.js'
import { databaseKindOf } from '../../src/database.js'
import { OVERDUE_REMINDERS_TASK, RECOMPUTE_DEADLINES_TASK, SCHEDULED_PUBLISH_TASK } from '../../src/options.js'
import { useTestWorld, type TestContext } from '../helpers/context.js'
import type { HttpResult } from '../helpers/http.js'
import { type Api, failedJobs, makePublicationsDue, publicationOf, scheduledRecord } from './scenario.js'

const onPostgres = databaseKindOf(process.env.DATABASE_URL) === 'postgres'

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

const httpApi = (baseUrl: string): Api => ({
  async request(method, path, { token, body } = {}): Promise<HttpResult> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // keep the text
    }
    return { status: response.status, body: parsed }
  },
})

interface Instance {
  child: ChildProcess
  api: Api
  output: string[]
}

/** An API instance as a deployment runs it, except in development mode (the test database has a pushed schema). */
const startInstance = async (): Promise<Instance> => {
  const port = await freePort()
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NODE_ENV: 'development', SEED_DEMO: 'false', JOBS_CRON: '* * * * * *', JOBS_AUTORUN: 'true' }
  // Not a Jest worker (that turns the job crons off), and never drop the shared database.
  delete env.JEST_WORKER_ID
  delete env.PAYLOAD_DROP_DATABASE
  env.NODE_OPTIONS = '--conditions=production --no-deprecation'
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts', '--api-only'], { cwd: process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] })
  const output: string[] = []
  child.stdout!.on('data', (chunk) => output.push(String(chunk)))
  child.stderr!.on('data', (chunk) => output.push(String(chunk)))
  const api = httpApi(`http://127.0.0.1:${port}`)
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance exited with ${child.exitCode}: ${output.join('')}`)
    const health = await api.request('GET', '/healthz').catch(() => null)
    if (health?.status === 200) return { child, api, output }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

const stopInstance = async (instance: Instance | undefined) => {
  if (!instance || instance.child.exitCode !== null) return
  const exited = new Promise((resolve) => instance.child.once('exit', resolve))
  instance.child.kill('SIGTERM')
  await exited
}

if (!onPostgres) {
  describe.skip('two API instances on one PostgreSQL (set DATABASE_URL=postgres://…)', () => {
    it('runs each job once', () => undefined)
  })
} else {
  let ctx: TestContext
  useTestWorld((context) => {
    ctx = context
  })
  const instances: Instance[] = []

  beforeAll(async () => {
    instances.push(...(await Promise.all([startInstance(), startInstance()])))
  }, 120_000)
  afterAll(async () => {
    await Promise.all(instances.map(stopInstance))
  })

  /** Jobs of these tasks still runnable now (not failed, not waiting for a later time). */
  const runnable = async () =>
    (
      await ctx.payload.count({
        collection: 'payload-jobs',
        where: {
          and: [
            { taskSlug: { in: [SCHEDULED_PUBLISH_TASK, RECOMPUTE_DEADLINES_TASK, OVERDUE_REMINDERS_TASK] } },
            { hasError: { not_equals: true } },
            { completedAt: { exists: false } },
            { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: new Date().toISOString() } }] },
          ],
        },
      })
    ).totalDocs

  describe('two API instances on one PostgreSQL', () => {
    it('scheduled publications, a deadline recompute and reminders each run once', async () => {
      const [first, second] = instances as [Instance, Instance]
      const records = []
      for (let index = 0; index < 6; index++) records.push(await scheduledRecord(index % 2 ? second.api : first.api, ctx.tokens, ctx.world.catalogItem, `两实例定时发布 ${index}`))
      const open = []
      for (let index = 0; index < 3; index++) {
        const created = await first.api.request('POST', '/api/disclosures?depth=0', { token: ctx.tokens.editorFinance, body: { title: `两实例时限 ${index}`, formedAt: '2026-03-02' } })
        expect(created.status).toBe(201)
        open.push(created.body.doc)
      }
      const overdue = await ctx.payload.create({ collection: 'disclosures', data: { title: '两实例逾期提醒', department: ctx.world.departments.finance, infoType: 'penalty', formedAt: '2025-01-20' } })

      // Everything due at once: the publications, a calendar change (one recompute job), and the reminder run
      // each instance's scheduler would have queued.
      await makePublicationsDue(ctx.payload)
      expect((await second.api.request('POST', '/api/calendar-days', { token: ctx.tokens.office, body: { date: '2026-03-15', kind: 'workday', name: '调休上班' } })).status).toBe(201)
      await ctx.payload.jobs.queue({ task: OVERDUE_REMINDERS_TASK, input: {} })
      await ctx.payload.jobs.queue({ task: OVERDUE_REMINDERS_TASK, input: {} })

      // Both crons run every second; the office also calls the run endpoint on both at once until the queue is empty.
      while ((await runnable()) > 0) {
        const runs = await Promise.all(instances.map((instance) => instance.api.request('GET', '/api/payload-jobs/run?limit=50', { token: ctx.tokens.office })))
        expect(runs.map((run) => run.status)).toEqual([200, 200])
      }
      // A run may still be finishing on an instance: wait until no job of these tasks is being processed.
      while ((await ctx.payload.count({ collection: 'payload-jobs', where: { and: [{ processing: { equals: true } }, { taskSlug: { in: [SCHEDULED_PUBLISH_TASK, RECOMPUTE_DEADLINES_TASK, OVERDUE_REMINDERS_TASK] } }] } })).totalDocs > 0) {
        await new Promise((resolve) => setTimeout(resolve, 200))
      }

      for (const record of records) {
        expect(await publicationOf(ctx.payload, record.id)).toEqual({ status: 'published', publishSteps: 1, jobEntries: [{ action: 'publish', step: 'publish', to: 'published' }] })
      }
      for (const record of open) {
        const changes = await ctx.payload.find({ collection: 'deadline-changes', where: { documentId: { equals: String(record.id) } }, depth: 0 })
        expect(changes.docs.map((change: any) => [change.oldDueDate, change.newDueDate])).toEqual([['2026-03-30', '2026-03-27']])
      }
      const reminders = await ctx.payload.find({ collection: 'disclosure-reminders', where: { entryId: { equals: String(overdue.id) } }, depth: 0 })
      expect(reminders.docs.map((reminder: any) => [reminder.kind, reminder.day])).toEqual([['overdue', toBeijingDate(new Date())]])
      expect(await failedJobs(ctx.payload)).toEqual([])
      // Neither instance logged a failed job.
      for (const instance of instances) expect(instance.output.join('').match(/Error running job|duplicate key|failed/gi) ?? []).toEqual([])
    }, 120_000)
  })
}
