/**
 * Payload's job internals are the office's: the queue (`payload-jobs`), the scheduler's stats global,
 * the run endpoint; edit locks only on documents the user may update. Over REST and GraphQL.
 */
import { describe, expect, it } from '@jest/globals'

import { lockedDownJobsConfig } from '../../src/services/jobInternalsAccess.js'
import { useTestWorld, type TestContext } from '../helpers/context.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

const STAFF = ['editorFinance', 'reviewerFinance', 'editorEducation', 'auditor'] as const
const refused = (status: number) => status === 401 || status === 403
const graphqlRefused = (body: any) => Array.isArray(body?.errors) && body.errors.length > 0

describe('the job queue and the scheduler stats', () => {
  it('staff and the public can neither read nor write payload-jobs; the office can read it (REST)', async () => {
    await ctx.payload.jobs.queue({ task: 'recomputeDeadlines', input: { dates: ['2031-01-02'], reason: 'test' } })
    for (const actor of [...STAFF, undefined]) {
      const token = actor ? ctx.tokens[actor] : undefined
      expect(refused((await ctx.server.request('GET', '/api/payload-jobs', { token })).status)).toBe(true)
      const created = await ctx.server.request('POST', '/api/payload-jobs', { token, body: { taskSlug: 'recomputeDeadlines', input: { dates: ['2031-01-03'], reason: 'x' } } })
      expect(refused(created.status)).toBe(true)
    }
    const office = await ctx.server.request('GET', '/api/payload-jobs', { token: ctx.tokens.office })
    expect(office.status).toBe(200)
    expect(office.body.totalDocs).toBeGreaterThan(0)
    // Nothing was queued by the refused writes.
    const queued = await ctx.payload.count({ collection: 'payload-jobs', where: { 'input.reason': { equals: 'x' } } })
    expect(queued.totalDocs).toBe(0)
  })

  it('only the office runs the queue (GET /api/payload-jobs/run)', async () => {
    for (const actor of [...STAFF, undefined]) {
      const result = await ctx.server.request('GET', '/api/payload-jobs/run?limit=0', { token: actor ? ctx.tokens[actor] : undefined })
      expect(refused(result.status)).toBe(true)
    }
    // The queued job is still waiting: nobody ran it.
    expect((await ctx.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'recomputeDeadlines' } } })).totalDocs).toBe(1)
    const office = await ctx.server.request('GET', '/api/payload-jobs/run', { token: ctx.tokens.office })
    expect(office.status).toBe(200)
    expect((await ctx.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'recomputeDeadlines' } } })).totalDocs).toBe(0)
  })

  it('the payload-jobs-stats global is the office’s (REST)', async () => {
    for (const actor of [...STAFF, undefined]) {
      const token = actor ? ctx.tokens[actor] : undefined
      expect(refused((await ctx.server.request('GET', '/api/globals/payload-jobs-stats', { token })).status)).toBe(true)
      const written = await ctx.server.request('POST', '/api/globals/payload-jobs-stats', { token, body: { stats: { scheduledRuns: { forged: true } } } })
      expect(refused(written.status)).toBe(true)
    }
    const stats = (await ctx.payload.findGlobal({ slug: 'payload-jobs-stats' })) as Record<string, any>
    expect(JSON.stringify(stats.stats ?? null)).not.toContain('forged')
    expect((await ctx.server.request('GET', '/api/globals/payload-jobs-stats', { token: ctx.tokens.office })).status).toBe(200)
  })

  it('GraphQL: staff cannot read the queue or the stats, nor write the stats', async () => {
    for (const actor of STAFF) {
      const token = ctx.tokens[actor]
      expect(graphqlRefused((await ctx.server.graphql('{ PayloadJobsStat { stats } }', { token })).body)).toBe(true)
      expect(graphqlRefused((await ctx.server.graphql('mutation { updatePayloadJobsStat(data: { stats: { forged: true } }) { stats } }', { token })).body)).toBe(true)
      const jobs = await ctx.server.graphql('{ PayloadJobs { docs { id } } }', { token })
      expect(jobs.body?.data?.PayloadJobs?.docs ?? []).toEqual([])
    }
    const stats = (await ctx.payload.findGlobal({ slug: 'payload-jobs-stats' })) as Record<string, any>
    expect(JSON.stringify(stats.stats ?? null)).not.toContain('forged')
    const office = await ctx.server.graphql('{ PayloadJobsStat { stats } }', { token: ctx.tokens.office })
    expect(office.body.errors).toBeUndefined()
  })
})

describe('edit locks', () => {
  const lockOn = (id: unknown, user: unknown) => ({ document: { relationTo: 'disclosures', value: id }, user: { relationTo: 'users', value: user } })
  const locksOf = async (id: unknown) =>
    (await ctx.payload.count({ collection: 'payload-locked-documents', where: { 'document.value': { equals: id } } })).totalDocs

  it('an editor may lock a document of their department, not another department’s', async () => {
    const editor = ctx.world.actors.editorFinance.user!.id
    const own = await ctx.server.request('POST', '/api/payload-locked-documents', { token: ctx.tokens.editorFinance, body: lockOn(ctx.world.disclosures.fDraft, editor) })
    expect(own.status).toBe(201)
    const foreign = await ctx.server.request('POST', '/api/payload-locked-documents', { token: ctx.tokens.editorFinance, body: lockOn(ctx.world.disclosures.eDraft, editor) })
    expect(foreign.status).toBe(403)
    expect(await locksOf(ctx.world.disclosures.eDraft)).toBe(0)
    // Nor a lock in someone else's name.
    const forged = await ctx.server.request('POST', '/api/payload-locked-documents', {
      token: ctx.tokens.editorFinance,
      body: lockOn(ctx.world.disclosures.fDraft, ctx.world.actors.office.user!.id),
    })
    expect(forged.status).toBe(403)
  })

  it('an editor cannot release or take over a lock on another department’s document; its own editor can', async () => {
    const lock = await ctx.payload.create({ collection: 'payload-locked-documents', data: lockOn(ctx.world.disclosures.eDraft, ctx.world.actors.editorEducation.user!.id) as any })
    const stolen = await ctx.server.request('PATCH', `/api/payload-locked-documents/${lock.id}`, {
      token: ctx.tokens.editorFinance,
      body: { user: { relationTo: 'users', value: ctx.world.actors.editorFinance.user!.id } },
    })
    expect(stolen.status).toBe(403)
    expect((await ctx.server.request('DELETE', `/api/payload-locked-documents/${lock.id}`, { token: ctx.tokens.editorFinance })).status).toBe(403)
    const gql = await ctx.server.graphql(`mutation { deletePayloadLockedDocument(id: ${JSON.stringify(lock.id)}) { id } }`, { token: ctx.tokens.editorFinance })
    expect(graphqlRefused(gql.body)).toBe(true)
    expect(await locksOf(ctx.world.disclosures.eDraft)).toBe(1)
    expect((await ctx.server.request('DELETE', `/api/payload-locked-documents/${lock.id}`, { token: ctx.tokens.editorEducation })).status).toBe(200)
    expect(await locksOf(ctx.world.disclosures.eDraft)).toBe(0)
  })

  it('the office may lock and release anything', async () => {
    const office = await ctx.server.request('POST', '/api/payload-locked-documents', { token: ctx.tokens.office, body: lockOn(ctx.world.disclosures.eDraft, ctx.world.actors.office.user!.id) })
    expect(office.status).toBe(201)
    expect((await ctx.server.request('DELETE', `/api/payload-locked-documents/${office.body.doc.id}`, { token: ctx.tokens.office })).status).toBe(200)
  })
})

describe('composing with the host’s jobs config', () => {
  const req = (user: unknown, secret?: string) => ({ user, headers: new Headers(secret ? { 'x-cron-secret': secret } : {}) }) as any
  const office = { id: 1, roles: ['office'] }
  const editor = { id: 2, roles: ['editor'], department: 1 }

  it('Payload’s default (any logged-in user) becomes office only', async () => {
    const access = lockedDownJobsConfig(undefined).access!
    for (const rule of [access.run!, access.queue!, access.cancel!]) {
      expect(await rule({ req: req(office) })).toBe(true)
      expect(await rule({ req: req(editor) })).toBe(false)
      expect(await rule({ req: req(null) })).toBe(false)
    }
  })

  it('a rule the host set itself still lets its callers in, besides the office', async () => {
    const run = lockedDownJobsConfig({ access: { run: ({ req: r }) => r.headers.get('x-cron-secret') === 's3cret' } }).access!.run!
    expect(await run({ req: req(null, 's3cret') })).toBe(true)
    expect(await run({ req: req(editor, 'wrong') })).toBe(false)
    expect(await run({ req: req(office) })).toBe(true)
  })

  it('the host’s jobs collection override still applies, with the office-only access on top', () => {
    const override = lockedDownJobsConfig({ jobsCollectionOverrides: ({ defaultJobsCollection }) => ({ ...defaultJobsCollection, admin: { hidden: false } }) }).jobsCollectionOverrides!
    const collection = override({ defaultJobsCollection: { slug: 'payload-jobs', fields: [], access: {} } as any })
    expect(collection.admin).toEqual({ hidden: false })
    expect(collection.access?.read?.({ req: req(editor) } as any)).toBe(false)
    expect(collection.access?.read?.({ req: req(office) } as any)).toBe(true)
  })
})
