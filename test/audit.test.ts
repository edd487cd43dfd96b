/**
 * The append-only audit log (审计日志): what each write leaves in it (create, update with old and new
 * values, delete, login, relabelled workflow steps), that nobody can change or delete an entry (REST,
 * GraphQL, Local API even with overrideAccess), who reads it, filtering, the client IP, and the CSV export.
 */
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'

import { describe, expect, it } from '@jest/globals'
import { createLocalReq, initTransaction, killTransaction, type Payload, type Where } from 'payload'

import config from '../payload.config.js'
import { parseCsv } from '../src/catalog-io/csv.js'
import { AUDIT_CSV_HEADERS } from '../src/audit/csv.js'
import { createApp } from '../src/http/app.js'
import { DEMO_PASSWORD } from '../src/seed/demo-data.js'
import { useTestWorld } from './helpers/context.js'
import { errorPaths, type TestServer } from './helpers/http.js'
import type { ActorKey, World } from './helpers/world.js'

let payload: Payload
let server: TestServer
let world: World
let tokens: Partial<Record<ActorKey, string>>

useTestWorld((context) => {
  ;({ payload, server, world, tokens } = context)
})

const LOG = 'audit-log'
/** GraphQL names Payload generates for the `audit-log` slug. */
const GQL = { one: 'AuditLog', many: 'AuditLogs' }

type Entry = Record<string, any>

const count = async (where?: Where) => (await payload.count({ collection: LOG, where })).totalDocs
const entries = async (where?: Where): Promise<Entry[]> =>
  (await payload.find({ collection: LOG, where, pagination: false, depth: 0, sort: ['at', 'id'] })).docs as Entry[]
/** Entries written since `since` (an entry count taken before the action). */
const newEntries = async (since: number): Promise<Entry[]> => (await entries()).slice(since)

/** Headers a client might send to pass itself off as someone else: never believed. */
const SPOOFED = { 'x-disclosure-client-ip': '6.6.6.6', 'x-forwarded-for': '7.7.7.7', 'x-real-ip': '8.8.8.8' }

describe('what writes leave in the log', () => {
  it('a create through REST leaves exactly one entry with the actor, department, IP and title', async () => {
    const before = await count()
    const started = Date.now()
    const created = await server.request('POST', '/api/disclosures?depth=0', { token: tokens.editorFinance, body: { title: '审计测试：新建' }, headers: SPOOFED })
    expect(created.status).toBe(201)
    const added = await newEntries(before)
    expect(added).toHaveLength(1)
    const [entry] = added
    expect(entry).toMatchObject({
      action: 'create',
      collection: 'disclosures',
      documentId: String(created.body.doc.id),
      documentTitle: '审计测试：新建',
      userId: String(world.actors.editorFinance.user!.id),
      userEmail: 'editor.finance@demo.gov.cn',
      roles: 'editor',
      departmentId: String(world.departments.finance),
      departmentName: '示范区财政局',
      // The server's own view of the client, whatever the client claimed.
      ip: '127.0.0.1',
      changes: null,
    })
    expect(new Date(entry!.at).getTime()).toBeGreaterThanOrEqual(started - 1000)
    expect(new Date(entry!.at).getTime()).toBeLessThanOrEqual(Date.now() + 1000)
    expect(entry!.summary).toContain('审计测试：新建')
  })

  it('an update leaves one entry naming the changed fields with old and new values', async () => {
    const record = await payload.create({ collection: 'calendar-days', data: { date: '2031-05-06', kind: 'holiday', name: '旧名称' } })
    const before = await count()
    const updated = await server.request('PATCH', `/api/calendar-days/${record.id}?depth=0`, {
      token: tokens.office,
      body: { name: '新名称', kind: 'workday' },
    })
    expect(updated.status).toBe(200)
    const added = await newEntries(before)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ action: 'update', collection: 'calendar-days', documentId: String(record.id), userEmail: 'office@demo.gov.cn', roles: 'office' })
    expect(added[0]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', from: '旧名称', to: '新名称' },
        { field: 'kind', from: 'holiday', to: 'workday' },
      ]),
    )
    const fields = (added[0]!.changes as { field: string }[]).map((change) => change.field)
    expect(fields).not.toContain('updatedAt')
    expect(fields).not.toContain('date')
  })

  it('a relationship change is recorded as ids, and a record update through REST names its fields', async () => {
    const record = await payload.create({ collection: 'disclosures', data: { title: '待转办（审计）', department: world.departments.finance } })
    const before = await count()
    const moved = await server.request('PATCH', `/api/disclosures/${record.id}?depth=1`, {
      token: tokens.office,
      body: { title: '已转办（审计）', department: world.departments.education },
    })
    expect(moved.status).toBe(200)
    const added = await newEntries(before)
    expect(added).toHaveLength(1)
    expect(added[0]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'title', from: '待转办（审计）', to: '已转办（审计）' },
        { field: 'department', from: world.departments.finance, to: world.departments.education },
      ]),
    )
  })

  it('saving without changing anything records nothing', async () => {
    const record = await payload.create({ collection: 'calendar-days', data: { date: '2031-05-07', kind: 'holiday', name: '不变' } })
    const before = await count()
    expect((await server.request('PATCH', `/api/calendar-days/${record.id}`, { token: tokens.office, body: { name: '不变' } })).status).toBe(200)
    expect(await count()).toBe(before)
  })

  it('a delete leaves one entry; moving a record to the trash is recorded as a delete too', async () => {
    const day = await payload.create({ collection: 'calendar-days', data: { date: '2031-05-08', kind: 'holiday', name: '待删除' } })
    let before = await count()
    expect((await server.request('DELETE', `/api/calendar-days/${day.id}`, { token: tokens.office })).status).toBe(200)
    let added = await newEntries(before)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ action: 'delete', collection: 'calendar-days', documentId: String(day.id), documentTitle: '2031-05-08', userEmail: 'office@demo.gov.cn' })

    const record = await payload.create({ collection: 'disclosures', data: { title: '进回收站', department: world.departments.finance } })
    before = await count()
    const trashed = await server.request('PATCH', `/api/disclosures/${record.id}?depth=0`, { token: tokens.editorFinance, body: { deletedAt: new Date().toISOString() } })
    expect(trashed.status).toBe(200)
    added = await newEntries(before)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ action: 'delete', collection: 'disclosures', documentId: String(record.id), details: { trash: true } })
  })

  it('user accounts: create, password change (never the password), login and delete each leave one entry', async () => {
    const email = 'audit.user@demo.gov.cn'
    const password = 'first-Secret-2026'
    const newPassword = 'second-Secret-2026'
    let before = await count()
    const created = await server.request('POST', '/api/users?depth=0', {
      token: tokens.office,
      body: { email, password, name: '审计测试用户', roles: ['editor'], department: world.departments.finance },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    let added = await newEntries(before)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ action: 'create', collection: 'users', documentId: String(id), documentTitle: email })

    before = await count()
    expect((await server.request('PATCH', `/api/users/${id}?depth=0`, { token: tokens.office, body: { password: newPassword } })).status).toBe(200)
    added = await newEntries(before)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ action: 'update', collection: 'users', changes: [{ field: 'password' }] })

    before = await count()
    await server.login(email, newPassword)
    added = await newEntries(before)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ action: 'login', collection: 'users', documentId: String(id), userId: String(id), userEmail: email, roles: 'editor', departmentName: '示范区财政局', ip: '127.0.0.1' })

    before = await count()
    expect((await server.request('DELETE', `/api/users/${id}`, { token: tokens.office })).status).toBe(200)
    added = await newEntries(before)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ action: 'delete', collection: 'users', documentId: String(id), documentTitle: email })

    // The user is gone; what the log says about them is not.
    const theirs = await entries({ userId: { equals: String(id) } })
    expect(theirs).toHaveLength(1)
    expect(theirs[0]).toMatchObject({ action: 'login', userEmail: email, departmentName: '示范区财政局' })

    const everything = JSON.stringify(await entries())
    for (const secret of [password, newPassword, DEMO_PASSWORD]) expect(everything).not.toContain(secret)
    for (const field of ['"hash"', '"salt"', '"sessions"', '"resetPasswordToken"', '"loginAttempts"']) expect(everything).not.toContain(field)
  })

  it('a login through the Local API is recorded too; writes without a user are the system', async () => {
    let before = await count()
    await payload.login({ collection: 'users', data: { email: 'auditor@demo.gov.cn', password: DEMO_PASSWORD } })
    let added = await newEntries(before)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ action: 'login', userEmail: 'auditor@demo.gov.cn', roles: 'auditor', ip: null })

    before = await count()
    const day = await payload.create({ collection: 'calendar-days', data: { date: '2031-05-09', kind: 'holiday', name: '系统写入' } })
    added = await newEntries(before)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ action: 'create', documentId: String(day.id), userId: null, userEmail: 'system', roles: null, departmentId: null })
  })
})

describe('transactions', () => {
  it('an entry joins the operation\'s transaction: rolled back with it (where the database has transactions)', async () => {
    const day = await payload.create({ collection: 'calendar-days', data: { date: '2031-06-05', kind: 'holiday', name: '原名' } })
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    if (!req.transactionID) return // an adapter without transactions
    const before = await count()
    await payload.update({ collection: 'calendar-days', id: day.id, data: { name: '回滚' }, req })
    expect(await payload.count({ collection: LOG, req })).toMatchObject({ totalDocs: before + 1 })
    await killTransaction(req)
    // Rolled back: neither the change nor its entry was kept (SQLite files and PostgreSQL alike).
    expect((await payload.findByID({ collection: 'calendar-days', id: day.id })).name).toBe('原名')
    expect(await count()).toBe(before)
  })
})

describe('relabelling through context.audit', () => {
  it('an update made with context.audit is recorded with that action and details', async () => {
    const day = await payload.create({ collection: 'calendar-days', data: { date: '2031-06-02', kind: 'holiday', name: '流转前' } })
    const before = await count()
    await payload.update({
      collection: 'calendar-days',
      id: day.id,
      data: { name: '流转后' },
      context: { audit: { action: 'publish', details: { action: 'publish', from: 'approved', to: 'published', comment: '同意' } } },
    })
    const added = await newEntries(before)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({
      action: 'publish',
      details: { action: 'publish', from: 'approved', to: 'published', comment: '同意' },
      changes: [{ field: 'name', from: '流转前', to: '流转后' }],
    })
  })

  it('the label belongs to its own operation: later writes with the same req keep their own action', async () => {
    const first = await payload.create({ collection: 'calendar-days', data: { date: '2031-06-03', kind: 'holiday', name: 'a' } })
    const second = await payload.create({ collection: 'calendar-days', data: { date: '2031-06-04', kind: 'holiday', name: 'b' } })
    const req = await createLocalReq({ user: world.actors.office.user as any }, payload)
    const before = await count()
    await payload.update({ collection: 'calendar-days', id: first.id, data: { name: 'a2' }, req, context: { audit: { action: 'withdraw', details: { reason: 'x' } } } })
    // req.context still holds `audit` now: these must not be taken for withdrawals.
    await payload.update({ collection: 'calendar-days', id: second.id, data: { name: 'b2' }, req })
    await payload.update({ collection: 'calendar-days', id: first.id, data: { name: 'a3' }, req })
    const added = await newEntries(before)
    expect(added.map((entry) => [entry.action, entry.documentId])).toEqual([
      ['withdraw', String(first.id)],
      ['update', String(second.id)],
      ['update', String(first.id)],
    ])
    expect(added[0]!.userEmail).toBe('office@demo.gov.cn')
  })
})

describe('append-only', () => {
  const someEntry = async () => (await entries({ action: { equals: 'create' } }))[0]!

  it('nobody creates an entry through the API', async () => {
    const before = await count()
    const rest = await server.request('POST', `/api/${LOG}`, { token: tokens.office, body: { action: 'login', at: new Date().toISOString(), userEmail: 'forged' } })
    expect(rest.status).toBe(403)
    const gql = await server.graphql(`mutation { create${GQL.one}(data: { action: login, at: "2025-01-01T00:00:00.000Z", userEmail: "forged" }) { id } }`, { token: tokens.office })
    expect(gql.body.errors?.[0]?.extensions?.statusCode ?? gql.status).toBe(403)
    expect(await count()).toBe(before)
  })

  it('REST update and delete as the office: 403 and the entry unchanged', async () => {
    const entry = await someEntry()
    const patched = await server.request('PATCH', `/api/${LOG}/${entry.id}`, { token: tokens.office, body: { userEmail: 'someone.else@demo.gov.cn', action: 'login' } })
    expect([403, 405]).toContain(patched.status)
    const bulk = await server.request('PATCH', `/api/${LOG}?where[id][equals]=${entry.id}`, { token: tokens.office, body: { userEmail: 'someone.else@demo.gov.cn' } })
    expect(bulk.body.docs ?? []).toHaveLength(0)
    const deleted = await server.request('DELETE', `/api/${LOG}/${entry.id}`, { token: tokens.office })
    expect([403, 405]).toContain(deleted.status)
    const bulkDelete = await server.request('DELETE', `/api/${LOG}?where[id][equals]=${entry.id}`, { token: tokens.office })
    expect(bulkDelete.body.docs ?? []).toHaveLength(0)
    expect(await payload.findByID({ collection: LOG, id: entry.id, depth: 0 })).toEqual(entry)
  })

  it('GraphQL update and delete mutations as the office: 403 and the entry unchanged', async () => {
    const entry = await someEntry()
    const id = JSON.stringify(entry.id)
    const updated = await server.graphql(`mutation { update${GQL.one}(id: ${id}, data: { userEmail: "x@y.cn" }) { id } }`, { token: tokens.office })
    expect(updated.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const deleted = await server.graphql(`mutation { delete${GQL.one}(id: ${id}) { id } }`, { token: tokens.office })
    expect(deleted.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(await payload.findByID({ collection: LOG, id: entry.id, depth: 0 })).toEqual(entry)
  })

  it('the Local API with overrideAccess cannot update or delete an entry either', async () => {
    const entry = await someEntry()
    await expect(payload.update({ collection: LOG, id: entry.id, data: { userEmail: 'x@y.cn' }, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: LOG, id: entry.id, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
    const bulkUpdate = await payload.update({ collection: LOG, where: { id: { equals: entry.id } }, data: { userEmail: 'x@y.cn' }, overrideAccess: true })
    expect(bulkUpdate.docs).toHaveLength(0)
    expect(bulkUpdate.errors).toHaveLength(1)
    const bulkDelete = await payload.delete({ collection: LOG, where: { id: { equals: entry.id } }, overrideAccess: true })
    expect(bulkDelete.docs).toHaveLength(0)
    expect(bulkDelete.errors).toHaveLength(1)
    expect(await payload.findByID({ collection: LOG, id: entry.id, depth: 0 })).toEqual(entry)
  })
})

describe('who reads the log', () => {
  it.each([
    ['anonymous', 403],
    ['editorFinance', 403],
    ['reviewerFinance', 403],
    ['editorEducation', 403],
    ['auditor', 200],
    ['office', 200],
  ] as [ActorKey, number][])('%s over REST: %i', async (actor, status) => {
    const result = await server.request('GET', `/api/${LOG}?limit=5`, { token: tokens[actor] })
    expect(result.status).toBe(status)
    if (status === 200) expect(result.body.totalDocs).toBe(await count())
    else expect(result.body.docs).toBeUndefined()
  })

  it.each([
    ['anonymous', false],
    ['editorFinance', false],
    ['auditor', true],
    ['office', true],
  ] as [ActorKey, boolean][])('%s over GraphQL and the Local API: allowed %s', async (actor, allowed) => {
    const gql = await server.graphql(`{ ${GQL.many}(limit: 2) { totalDocs docs { id action } } }`, { token: tokens[actor] })
    if (allowed) expect(gql.body.data[GQL.many].totalDocs).toBeGreaterThan(0)
    else expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const local = payload.find({ collection: LOG, overrideAccess: false, user: world.actors[actor].user ?? undefined, limit: 1 })
    if (allowed) await expect(local).resolves.toMatchObject({ totalDocs: expect.any(Number) })
    else await expect(local).rejects.toMatchObject({ status: 403 })
  })
})

describe('filtering with where', () => {
  it('by user, department, collection, action, document and time', async () => {
    const query = async (where: Record<string, string>) => {
      const params = new URLSearchParams({ limit: '0', pagination: 'false', depth: '0', ...where })
      const result = await server.request('GET', `/api/${LOG}?${params}`, { token: tokens.auditor })
      expect(result.status).toBe(200)
      return result.body.docs as Entry[]
    }
    const logins = await query({ 'where[action][equals]': 'login' })
    expect(logins.length).toBeGreaterThan(0)
    expect(logins.every((entry) => entry.action === 'login')).toBe(true)

    const byUser = await query({ 'where[userId][equals]': String(world.actors.editorFinance.user!.id) })
    expect(byUser.length).toBeGreaterThan(0)
    expect(byUser.every((entry) => entry.userEmail === 'editor.finance@demo.gov.cn')).toBe(true)

    const byDepartment = await query({ 'where[departmentId][equals]': String(world.departments.finance) })
    expect(byDepartment.length).toBeGreaterThan(0)
    expect(byDepartment.every((entry) => entry.departmentName === '示范区财政局')).toBe(true)

    const days = await query({ 'where[collection][equals]': 'calendar-days', 'where[action][in]': 'create,delete' })
    expect(days.length).toBeGreaterThan(0)
    expect(days.every((entry) => entry.collection === 'calendar-days' && ['create', 'delete'].includes(entry.action))).toBe(true)

    const future = await query({ 'where[at][greater_than]': new Date(Date.now() + 3_600_000).toISOString() })
    expect(future).toHaveLength(0)
    const all = await count()
    expect(await query({ 'where[at][less_than_equal]': new Date(Date.now() + 1000).toISOString() })).toHaveLength(all)
  })
})

describe('the client IP', () => {
  it('with trust proxy on, the address the trusted proxy reports; a client-sent private header never survives', async () => {
    const app = createApp({ payload, config, trustProxy: 'loopback' })
    const listening = await new Promise<Server>((resolve) => {
      const started = app.listen(0, '127.0.0.1', () => resolve(started))
    })
    try {
      const { port } = listening.address() as AddressInfo
      const before = await count()
      const response = await fetch(`http://127.0.0.1:${port}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7', 'x-disclosure-client-ip': '6.6.6.6' },
        body: JSON.stringify({ email: 'auditor@demo.gov.cn', password: DEMO_PASSWORD }),
      })
      expect(response.status).toBe(200)
      const added = await newEntries(before)
      expect(added).toHaveLength(1)
      expect(added[0]).toMatchObject({ action: 'login', ip: '203.0.113.7' })
    } finally {
      listening.closeAllConnections()
      await new Promise<void>((resolve) => listening.close(() => resolve()))
    }
  })
})

describe('CSV export', () => {
  const beijingToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)

  it('office and auditors only', async () => {
    expect((await server.download(`/api/${LOG}/export.csv`)).status).toBe(401)
    expect((await server.download(`/api/${LOG}/export.csv`, tokens.editorFinance)).status).toBe(403)
    expect((await server.download(`/api/${LOG}/export.csv`, tokens.reviewerFinance)).status).toBe(403)
  })

  it.each([
    ['from=2025-02-30', 'from'],
    ['to=2025/11/30', 'to'],
    ['from=2025-12-01&to=2025-11-30', 'to'],
    ['action=hack', 'action'],
    ['collection=nope', 'collection'],
    ['user=', 'user'],
    ['action=login&action=create', 'action'],
  ])('bad filters: %s → 400 naming %s', async (query, field) => {
    const result = await server.request('GET', `/api/${LOG}/export.csv?${query}`, { token: tokens.auditor })
    expect(result.status).toBe(400)
    expect(errorPaths(result.body)).toEqual([field])
  })

  it('downloads the filtered entries with Chinese headers, BOM, neutralised formulas, and records the export', async () => {
    const formula = "=cmd|' /C calc'!A0"
    const record = await server.request('POST', '/api/disclosures?depth=0', { token: tokens.editorFinance, body: { title: formula } })
    expect(record.status).toBe(201)
    const today = beijingToday()
    const where: Where = {
      and: [{ collection: { equals: 'disclosures' } }, { userId: { equals: String(world.actors.editorFinance.user!.id) } }],
    }
    const expected = await entries(where)
    const before = await count()

    const query = `collection=disclosures&user=${world.actors.editorFinance.user!.id}&from=${today}&to=${today}`
    const download = await server.download(`/api/${LOG}/export.csv?${query}`, tokens.auditor)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toMatch(/^text\/csv/)
    const compact = today.replace(/-/g, '')
    expect(download.headers.get('content-disposition')).toContain(`filename="audit-log-${compact}-${compact}.csv"`)
    expect([...download.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])

    const records = parseCsv(download.data.toString('utf8'))
    expect(records[0]).toEqual([...AUDIT_CSV_HEADERS])
    const rows = records.slice(1)
    expect(rows).toHaveLength(expected.length)
    expect(rows.map((row) => row[9])).toEqual(expected.map((entry) => entry.documentId))
    expect(rows.every((row) => row[1] === '新建' || row[1] === '修改' || row[1] === '删除')).toBe(true)
    expect(rows.every((row) => row[3] === 'editor.finance@demo.gov.cn' && row[6] === '示范区财政局')).toBe(true)
    // The formula is shown as text, never run by Excel.
    const titles = rows.map((row) => row[10])
    expect(titles).toContain(`'${formula}`)
    expect(titles).not.toContain(formula)
    expect(rows.at(-1)![0]).toMatch(new RegExp(`^${today} \\d{2}:\\d{2}:\\d{2}$`))

    const added = await newEntries(before)
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({
      action: 'export',
      collection: LOG,
      userEmail: 'auditor@demo.gov.cn',
      details: { format: 'csv', rows: expected.length, filters: { collection: 'disclosures', user: String(world.actors.editorFinance.user!.id), from: today, to: today } },
    })
  })

  it('an export with no filters has every entry and an open-ended file name', async () => {
    const total = await count()
    const download = await server.download(`/api/${LOG}/export.csv`, tokens.office)
    expect(download.status).toBe(200)
    expect(parseCsv(download.data.toString('utf8'))).toHaveLength(total + 1)
    expect(download.headers.get('content-disposition')).toContain(`audit-log-start-${beijingToday().replace(/-/g, '')}.csv`)
  })
})
