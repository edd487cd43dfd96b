/**
 * Ledger submissions: on time on the due day and late the day after, nil returns, the revision chain,
 * immutability through REST, GraphQL and the Local API, the office's board, file verification, and the
 * reminders of the 1st to the due day.
 */
import { createHash } from 'node:crypto'

import { beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import { createLocalReq } from 'payload'

import { runLedgerReminders } from '../src/jobs/ledgerReminders.js'
import { resolveOptions } from '../src/options.js'
import { atInstant } from './helpers/clock.js'
import { useTestWorld, type TestContext } from './helpers/context.js'
import { errorPaths } from './helpers/http.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

const submit = (body: Record<string, unknown>, token: string | undefined, instant: string) =>
  atInstant(instant, () => ctx.server.request('POST', '/api/ledger-submissions/submit?depth=0', { token, body }))
const read = async (id: unknown) => (await ctx.payload.findByID({ collection: 'ledger-submissions', id: id as string, depth: 0 })) as Record<string, any>

const submissions: Record<string, Record<string, any>> = {}

beforeAll(async () => {
  const item = ctx.world.catalogItem
  const create = async (body: Record<string, unknown>, token: string | undefined) => {
    const result = await ctx.server.request('POST', '/api/disclosures?depth=0', { token, body })
    if (result.status !== 201) throw new Error(JSON.stringify(result.body))
  }
  // March 2025: finance has two entries, education one; the office department nothing.
  await create({ title: '三月财政信息一', catalogItem: item, formedAt: '2025-03-03' }, ctx.tokens.editorFinance)
  await create({ title: '三月财政信息二', catalogItem: item, formedAt: '2025-03-17' }, ctx.tokens.editorFinance)
  await create({ title: '三月教育信息', catalogItem: item, formedAt: '2025-03-10' }, ctx.tokens.editorEducation)
}, 60_000)

describe('submitting', () => {
  it('on the 4th is on time; the file is the month’s ledger with its SHA-256', async () => {
    const result = await submit({ month: '2025-03' }, ctx.tokens.reviewerFinance, '2025-04-04T23:30:00+08:00')
    expect(result.status).toBe(201)
    const doc = result.body.doc
    expect(doc).toMatchObject({ month: '2025-03', revision: 1, nil: false, rowCount: 2, dueDate: '2025-04-04', onTime: true, daysLate: 0, previous: null })
    expect(doc.title).toBe('示范区财政局 2025年3月 政务信息公开台账')
    const file = await ctx.server.download(`/api/ledger-submissions/file/${encodeURIComponent(doc.filename)}`, ctx.tokens.auditor)
    expect(file.status).toBe(200)
    expect(createHash('sha256').update(file.data).digest('hex')).toBe(doc.sha256)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(file.data as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('主动公开')!
    expect([sheet.getCell('C3').value, sheet.getCell('C4').value].sort()).toEqual(['三月财政信息一', '三月财政信息二'])
    submissions.finance = doc
  })

  it('on the 5th is late by one day', async () => {
    const result = await submit({ month: '2025-03' }, ctx.tokens.editorEducation, '2025-04-05T00:10:00+08:00')
    expect(result.status).toBe(201)
    expect(result.body.doc).toMatchObject({ onTime: false, daysLate: 1, dueDate: '2025-04-04', rowCount: 1 })
    submissions.education = result.body.doc
  })

  it('a month with nothing to report must be submitted explicitly as nil, and only then', async () => {
    const office = ctx.world.departments.office
    const blank = await submit({ month: '2025-03', department: office }, ctx.tokens.office, '2025-04-02T10:00:00+08:00')
    expect(blank.status).toBe(400)
    expect(errorPaths(blank.body)).toEqual(['nil'])
    const nil = await submit({ month: '2025-03', department: office, nil: true, nilStatement: '本月无应登记信息' }, ctx.tokens.office, '2025-04-02T10:00:00+08:00')
    expect(nil.status).toBe(201)
    expect(nil.body.doc).toMatchObject({ nil: true, rowCount: 0, onTime: true, nilStatement: '本月无应登记信息' })
    expect(nil.body.doc.title).toContain('零报告')
    // Finance had rows in March 2025: a nil return is refused.
    const wrongNil = await submit({ month: '2025-03', nil: true, correctionReason: '改为零报告' }, ctx.tokens.editorFinance, '2025-04-06T10:00:00+08:00')
    expect(wrongNil.status).toBe(400)
    expect(errorPaths(wrongNil.body)).toEqual(['nil'])
    submissions.nil = nil.body.doc
  })

  it('refuses a month not yet over, other departments, auditors, and bad input', async () => {
    const early = await submit({ month: '2025-04' }, ctx.tokens.editorFinance, '2025-04-30T23:00:00+08:00')
    expect(early.status).toBe(400)
    expect(errorPaths(early.body)).toEqual(['month'])
    const other = await submit({ month: '2025-03', department: ctx.world.departments.finance }, ctx.tokens.editorEducation, '2025-04-02T10:00:00+08:00')
    expect(other.status).toBe(403)
    const auditor = await submit({ month: '2025-03', department: ctx.world.departments.finance }, ctx.tokens.auditor, '2025-04-02T10:00:00+08:00')
    expect(auditor.status).toBe(403)
    expect((await submit({ month: '2025-03' }, undefined, '2025-04-02T10:00:00+08:00')).status).toBe(401)
    for (const [body, path] of [
      [{ month: '2025/03' }, 'month'],
      [{ month: '2025-03', nil: 'yes', department: ctx.world.departments.office }, 'nil'],
      [{ month: '2025-03' }, 'department'],
      [{ month: '2025-03', department: 'abc' }, 'department'],
    ] as const) {
      const result = await submit(body, ctx.tokens.office, '2025-04-02T10:00:00+08:00')
      expect([JSON.stringify(body), result.status, errorPaths(result.body)]).toEqual([JSON.stringify(body), 400, [path]])
    }
  })

  it('a second submission is a correction: it needs a reason and becomes revision 2, both downloadable', async () => {
    const again = await submit({ month: '2025-03' }, ctx.tokens.editorFinance, '2025-04-08T10:00:00+08:00')
    expect(again.status).toBe(409)
    expect(errorPaths(again.body)).toEqual(['correctionReason'])
    // A third March entry appears, and finance corrects its ledger.
    const added = await ctx.server.request('POST', '/api/disclosures?depth=0', { token: ctx.tokens.editorFinance, body: { title: '三月补登信息', catalogItem: ctx.world.catalogItem, formedAt: '2025-03-28' } })
    expect(added.status).toBe(201)
    const corrected = await submit({ month: '2025-03', correctionReason: '补登3月28日形成的信息' }, ctx.tokens.editorFinance, '2025-04-08T10:00:00+08:00')
    expect(corrected.status).toBe(201)
    expect(corrected.body.doc).toMatchObject({ revision: 2, previous: submissions.finance!.id, rowCount: 3, correctionReason: '补登3月28日形成的信息', onTime: false, daysLate: 4 })
    expect(corrected.body.doc.sha256).not.toBe(submissions.finance!.sha256)
    for (const doc of [submissions.finance!, corrected.body.doc]) {
      const file = await ctx.server.download(`/api/ledger-submissions/file/${encodeURIComponent(doc.filename)}`, ctx.tokens.reviewerFinance)
      expect(file.status).toBe(200)
      expect(createHash('sha256').update(file.data).digest('hex')).toBe(doc.sha256)
    }
    submissions.financeRevision = corrected.body.doc
  })
})

describe('immutability', () => {
  it('REST, GraphQL and the Local API cannot change or delete a submitted ledger', async () => {
    const target = submissions.finance!
    const before = await read(target.id)
    for (const token of [ctx.tokens.office, ctx.tokens.reviewerFinance, ctx.tokens.auditor]) {
      const patch = await ctx.server.request('PATCH', `/api/ledger-submissions/${target.id}`, { token, body: { onTime: false, rowCount: 99, sha256: 'x' } })
      expect(patch.status).toBe(403)
      const remove = await ctx.server.request('DELETE', `/api/ledger-submissions/${target.id}`, { token })
      expect(remove.status).toBe(403)
    }
    const replaceFile = await ctx.server.upload(`/api/ledger-submissions`, { token: ctx.tokens.office, fileName: 'fake.xlsx', data: new Uint8Array([1, 2, 3]), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fields: { month: '2025-03', department: ctx.world.departments.finance, revision: 3 } })
    expect(replaceFile.status).toBe(403)
    const gql = await ctx.server.graphql(`mutation ($id: Int!) { updateLedgerSubmission(id: $id, data: { rowCount: 99 }) { id rowCount } }`, { token: ctx.tokens.office, variables: { id: Number(target.id) } })
    expect(JSON.stringify(gql.body.errors ?? [])).toMatch(/not allowed|Forbidden|不能修改/i)
    const gqlDelete = await ctx.server.graphql(`mutation ($id: Int!) { deleteLedgerSubmission(id: $id) { id } }`, { token: ctx.tokens.office, variables: { id: Number(target.id) } })
    expect(gqlDelete.body.errors?.length ?? 0).toBeGreaterThan(0)
    await expect(ctx.payload.update({ collection: 'ledger-submissions', id: target.id, data: { rowCount: 99 }, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
    await expect(ctx.payload.delete({ collection: 'ledger-submissions', id: target.id, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
    expect(await read(target.id)).toEqual(before)
    const verify = await ctx.server.request('GET', `/api/ledger-submissions/${target.id}/verify`, { token: ctx.tokens.auditor })
    expect(verify.body).toMatchObject({ intact: true, fileFound: true, recorded: target.sha256, actual: target.sha256 })
  })

  it('departments read only their own submissions; office and auditors all', async () => {
    const list = async (token: string | undefined) => {
      const result = await ctx.server.request('GET', '/api/ledger-submissions?depth=0&limit=100', { token })
      return result.status === 200 ? (result.body.docs as Record<string, any>[]).map((doc) => String(doc.id)).sort() : result.status
    }
    const all = [submissions.finance!, submissions.education!, submissions.nil!, submissions.financeRevision!].map((doc) => String(doc.id)).sort()
    expect(await list(ctx.tokens.office)).toEqual(all)
    expect(await list(ctx.tokens.auditor)).toEqual(all)
    expect(await list(ctx.tokens.editorFinance)).toEqual([String(submissions.finance!.id), String(submissions.financeRevision!.id)].sort())
    expect(await list(ctx.tokens.editorEducation)).toEqual([String(submissions.education!.id)])
    expect(await list(undefined)).toEqual(403)
    const file = await ctx.server.download(`/api/ledger-submissions/file/${encodeURIComponent(submissions.finance!.filename)}`, ctx.tokens.editorEducation)
    expect(file.status).toBe(403)
  })
})

describe('board, verification and reminders', () => {
  it('shows month × department: on time, late, nil, missing, not yet due', async () => {
    const board = await atInstant('2025-05-03T10:00:00+08:00', () => ctx.server.request('GET', '/api/ledger-submissions/board?from=2025-03&to=2025-04', { token: ctx.tokens.office }))
    expect(board.status).toBe(200)
    const cells = new Map<string, Record<string, any>[]>(board.body.departments.map((row: any) => [row.department.name, row.cells]))
    expect(cells.get('示范区财政局')!.map((cell) => cell.status)).toEqual(['on-time', 'open'])
    expect(cells.get('示范区财政局')![0]).toMatchObject({ revisions: 2, onTime: true })
    expect(cells.get('示范区教育局')!.map((cell) => cell.status)).toEqual(['late', 'open'])
    expect(cells.get('示范区人民政府办公室')!.map((cell) => cell.status)).toEqual(['nil', 'open'])
    expect(cells.get('示范区卫生健康局')!.map((cell) => cell.status)).toEqual(['missing', 'open'])
    const own = await ctx.server.request('GET', '/api/ledger-submissions/board?from=2025-03&to=2025-03', { token: ctx.tokens.editorFinance })
    expect(own.body.departments.map((row: any) => row.department.name)).toEqual(['示范区财政局'])
    const other = await ctx.server.request('GET', `/api/ledger-submissions/board?department=${ctx.world.departments.education}`, { token: ctx.tokens.editorFinance })
    expect(other.status).toBe(403)
    const bad = await ctx.server.request('GET', '/api/ledger-submissions/board?from=2025-05&to=2025-03', { token: ctx.tokens.office })
    expect([bad.status, errorPaths(bad.body)]).toEqual([400, ['from']])
  })

  it('verifies an uploaded file against the recorded hashes', async () => {
    const original = await ctx.server.download(`/api/ledger-submissions/file/${encodeURIComponent(submissions.education!.filename)}`, ctx.tokens.auditor)
    const match = await ctx.server.upload('/api/ledger-submissions/verify', { token: ctx.tokens.auditor, fileName: 'ledger.xlsx', data: original.data })
    expect(match.status).toBe(200)
    expect(match.body.matches.map((doc: any) => String(doc.id))).toEqual([String(submissions.education!.id)])
    const tampered = Buffer.from(original.data)
    tampered[tampered.length - 10] ^= 0xff
    const noMatch = await ctx.server.upload('/api/ledger-submissions/verify', { token: ctx.tokens.auditor, fileName: 'ledger.xlsx', data: tampered })
    expect(noMatch.body.matches).toEqual([])
  })

  it('reminds departments still owing last month’s ledger from the 1st to the due day, once a day', async () => {
    const options = resolveOptions()
    const run = (instant: string) => atInstant(instant, async () => runLedgerReminders(await createLocalReq({}, ctx.payload), options))
    // 2 May 2025: April is owed by everyone.
    const first = await run('2025-05-02T09:00:00+08:00')
    const active = (await ctx.payload.count({ collection: 'departments', where: { active: { not_equals: false } } })).totalDocs
    expect(first).toMatchObject({ month: '2025-04', missing: active, reminders: active })
    expect((await run('2025-05-02T15:00:00+08:00')).reminders).toBe(0)
    const rows = await ctx.payload.find({ collection: 'disclosure-reminders', where: { kind: { equals: 'ledger-due' } }, depth: 0, limit: 100 })
    expect(rows.totalDocs).toBe(active)
    expect(rows.docs.every((row: any) => row.delivery === 'recorded' && row.dueDate === '2025-05-04')).toBe(true)
    // After the due day: no more reminders (the board shows the ledger as missing).
    expect(await run('2025-05-05T09:00:00+08:00')).toMatchObject({ reminders: 0, missing: 0 })
  })
})
