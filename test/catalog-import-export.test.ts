/** Catalog export and import through the real endpoints: round trip, re-import, row-level reports, access. */
import { describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'

import { readCatalogFile, writeCatalogXlsx } from '../src/catalog-io/index.js'
import { itemToRow } from '../src/catalog/rows.js'
import { useTestWorld } from './helpers/context.js'
import { errorPaths, type TestServer } from './helpers/http.js'
import type { ActorKey, World } from './helpers/world.js'

let payload: Payload
let server: TestServer
let world: World
let tokens: Partial<Record<ActorKey, string>>

useTestWorld((context) => ({ payload, server, world, tokens } = context))

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const domainNamed = async (name: string) => (await payload.find({ collection: 'catalog-domains', where: { name: { equals: name } } })).docs[0]!
const itemsOf = async (domain: number | string) =>
  (await payload.find({ collection: 'catalog-items', depth: 0, pagination: false, sort: ['sortOrder', 'createdAt'], where: { domain: { equals: domain } } })).docs as any[]
const rowsOf = (rows: any[]) => rows.map(({ rowNumber: _rowNumber, ...row }) => row)
const newDomain = async (name: string, number: number) => (await payload.create({ collection: 'catalog-domains', data: { name, number, local: true } })).id
const exportDomain = async (domain: number | string, format = 'xlsx', token?: string) => {
  const result = await server.download(`/api/catalog-items/export?domain=${domain}&format=${format}`, token)
  expect(result.status).toBe(200)
  return result
}
const importFile = (domain: number | string, data: Uint8Array, { dryRun = false, token = tokens.office, fileName = 'catalog.xlsx' } = {}) =>
  server.upload(`/api/catalog-items/import?domain=${domain}${dryRun ? '&dryRun=true' : ''}`, { token, fileName, data, type: XLSX })

describe('export', () => {
  it('serves a domain as XLSX in the standard layout that reads back as the stored items', async () => {
    const domain = await domainNamed('义务教育')
    const file = await exportDomain(domain.id)
    expect(file.headers.get('content-type')).toBe(XLSX)
    expect(decodeURIComponent(file.headers.get('content-disposition')!)).toContain('义务教育领域基层政务公开标准目录.xlsx')
    const read = await readCatalogFile(file.data, 'xlsx')
    expect(read.problems.filter((problem) => problem.severity === 'error')).toEqual([])
    expect(read.domainHint).toBe('义务教育')
    expect(rowsOf(read.rows)).toEqual((await itemsOf(domain.id)).map(itemToRow))
    // Chinese headers with the merged two-row header.
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(file.data as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    const texts = [1, 2, 3].flatMap((row) => (sheet.getRow(row).values as unknown[]).map(String))
    expect(texts.join('|')).toMatch(/公开事项.*公开内容.*公开依据.*公开时限/)
  })

  it('serves CSV too, and names a bad request (400)', async () => {
    const domain = await domainNamed('社会救助')
    const csv = await exportDomain(domain.id, 'csv')
    expect(csv.data.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(rowsOf((await readCatalogFile(csv.data, 'csv')).rows)).toEqual((await itemsOf(domain.id)).map(itemToRow))
    const badFormat = await server.request('GET', `/api/catalog-items/export?domain=${domain.id}&format=pdf`)
    expect(badFormat.status).toBe(400)
    expect(errorPaths(badFormat.body)).toEqual(['format'])
    expect(errorPaths((await server.request('GET', '/api/catalog-items/export')).body)).toEqual(['domain'])
    expect(errorPaths((await server.request('GET', '/api/catalog-items/export?domain=987654')).body)).toEqual(['domain'])
  })
})

describe('export: formulas and the audit log', () => {
  const FORMULAS = ['=HYPERLINK("http://evil.example","点击")', '+1+1', '-2+3', '@SUM(A1)', "'=已带引号", "'普通引号开头"]

  it('CSV cells that would run as a formula are guarded, and importing the file gives the exact texts back', async () => {
    const domain = await newDomain('公式注入测试领域', 81)
    for (const [index, text] of FORMULAS.entries()) {
      await payload.create({ collection: 'catalog-items', data: { domain, l1: `一级${index}`, l2: `二级${index}`, content: text, basis: text, timeLimit: '信息形成之日起20个工作日内' } })
    }
    const csv = (await exportDomain(domain, 'csv')).data.toString('utf8')
    // No cell of the public file starts a formula: each starts with the guard apostrophe.
    const cells = csv.split(/\r\n/).flatMap((line) => line.split(','))
    expect(cells.filter((cell) => /^"?[=+\-@]/.test(cell))).toEqual([])
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""点击"")"`)
    expect(csv).toContain("''=已带引号")
    // Read back: exactly the stored texts, the guard removed (a text that began with an apostrophe keeps it).
    const read = await readCatalogFile(Buffer.from(csv, 'utf8'), 'csv')
    expect(read.rows.map((row) => row.content)).toEqual(FORMULAS)
    const target = await newDomain('公式往返领域', 82)
    const applied = await server.upload(`/api/catalog-items/import?domain=${target}`, { token: tokens.office, fileName: 'catalog.csv', data: Buffer.from(csv, 'utf8'), type: 'text/csv' })
    expect(applied.status).toBe(200)
    expect((await itemsOf(target)).map((item) => item.content)).toEqual(FORMULAS)
  })

  it('every catalog export is recorded in the audit log, the public\'s as anonymous', async () => {
    const domain = await domainNamed('社会救助')
    const exports = async () => (await payload.find({ collection: 'audit-log', where: { action: { equals: 'export' }, collection: { equals: 'catalog-items' } }, sort: '-at', limit: 10 })).docs as any[]
    const before = (await exports()).length
    await exportDomain(domain.id, 'csv')
    await exportDomain(domain.id, 'xlsx', tokens.office)
    const entries = await exports()
    expect(entries.length).toBe(before + 2)
    expect(entries[0]).toMatchObject({ userEmail: 'office@demo.gov.cn', details: { what: 'catalog', domain: domain.id, format: 'xlsx' } })
    expect(entries[1]).toMatchObject({ userId: null, userEmail: 'anonymous', details: { what: 'catalog', domain: domain.id, format: 'csv' } })
    expect(entries[0].details.rows).toBe((await itemsOf(domain.id)).length)
  })
})

describe('import', () => {
  it('round trip: export a domain, import it into an empty domain, export again: identical content', async () => {
    const source = await domainNamed('养老服务')
    const exported = await exportDomain(source.id)
    const target = await newDomain('往返测试领域', 90)

    const dry = await importFile(target, exported.data, { dryRun: true })
    expect(dry.status).toBe(200)
    expect(dry.body.summary).toMatchObject({ rows: 6, create: 6, update: 0, unchanged: 0, errors: 0 })
    expect(await itemsOf(target)).toHaveLength(0) // a dry run writes nothing

    const applied = await importFile(target, exported.data)
    expect(applied.status).toBe(200)
    expect(applied.body.applied).toBe(true)
    const again = await exportDomain(target)
    expect(rowsOf((await readCatalogFile(again.data, 'xlsx')).rows)).toEqual(rowsOf((await readCatalogFile(exported.data, 'xlsx')).rows))
    // Parsed time-limit rules come with the imported items.
    expect((await itemsOf(target)).every((item) => item.timeLimitRule.computable !== undefined)).toBe(true)
  })

  it('re-importing updates matching items instead of duplicating them', async () => {
    const source = await domainNamed('社会救助')
    const target = await newDomain('重复导入测试', 91)
    const exported = await exportDomain(source.id)
    await importFile(target, exported.data)
    const before = await itemsOf(target)

    const same = await importFile(target, exported.data)
    expect(same.body.summary).toMatchObject({ create: 0, update: 0, unchanged: before.length })

    const rows = rowsOf((await readCatalogFile(exported.data, 'xlsx')).rows)
    rows[1] = { ...rows[1], content: `${rows[1].content}（修订）`, timeLimit: '制定或获取信息之日起10个工作日内' }
    const changed = await importFile(target, await writeCatalogXlsx(rows, { title: '社会救助领域基层政务公开标准目录' }))
    expect(changed.body.summary).toMatchObject({ create: 0, update: 1, unchanged: before.length - 1 })
    const after = await itemsOf(target)
    expect(after).toHaveLength(before.length)
    const updated = after.find((item) => item.id === before[1].id)
    expect(updated.content).toBe(rows[1].content)
    expect(updated.timeLimitRule).toMatchObject({ trigger: 'made-or-obtained', amount: 10 })
  })

  it('a malformed file yields the row-level report and changes nothing', async () => {
    const target = await newDomain('错误文件测试', 92)
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('目录')
    sheet.addRow(['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开主体', '主动', '依申请'])
    sheet.addRow([1, '政策文件', '规范性文件', '部门规范性文件', '《条例》', '区教育局', '√', ''])
    sheet.addRow([2, '政策文件', '', '内容', '《条例》', '区教育局', 'x', ''])
    const data = Buffer.from(await workbook.xlsx.writeBuffer())

    const dry = await importFile(target, data, { dryRun: true })
    expect(dry.status).toBe(200)
    expect(dry.body.ok).toBe(false)
    const problems = dry.body.problems.map((problem: any) => `${problem.row}:${problem.column}`)
    expect(problems).toEqual(expect.arrayContaining(['1:公开时限']))
    expect(dry.body.summary.errors).toBeGreaterThan(0)

    const applied = await importFile(target, data)
    expect(applied.status).toBe(400)
    expect(errorPaths(applied.body)).toEqual(['file'])
    expect(await itemsOf(target)).toHaveLength(0)
  })

  it('bad rows are reported with row and column, and the import is all or nothing', async () => {
    const target = await newDomain('部分错误测试', 93)
    const good = rowsOf((await readCatalogFile((await exportDomain((await domainNamed('户籍管理')).id)).data, 'xlsx')).rows)
    const file = await writeCatalogXlsx(good, { title: '户籍管理领域基层政务公开标准目录' })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(file as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    // Find the first data row (序号 1) and blank its 二级事项; mark 主动 with '?' in the next one.
    let firstData = 0
    sheet.eachRow((row, number) => {
      if (!firstData && row.getCell(1).value === 1) firstData = number
    })
    const headerCells = new Map<string, number>()
    for (const rowNumber of [firstData - 2, firstData - 1]) {
      sheet.getRow(rowNumber).eachCell((cell, column) => headerCells.set(String(cell.value), column))
    }
    sheet.getRow(firstData).getCell(headerCells.get('二级事项')!).value = ''
    sheet.getRow(firstData + 1).getCell(headerCells.get('主动')!).value = '?'
    const broken = Buffer.from(await workbook.xlsx.writeBuffer())

    const dry = await importFile(target, broken, { dryRun: true })
    const errors = dry.body.problems.filter((problem: any) => problem.severity === 'error').map((problem: any) => [problem.row, problem.column])
    expect(errors).toEqual([
      [firstData, '二级事项'],
      [firstData + 1, '公开方式/主动'],
    ])
    expect((await importFile(target, broken)).status).toBe(400)
    expect(await itemsOf(target)).toHaveLength(0)
  })

  it('an unknown domain, a missing or foreign file are refused with the field named', async () => {
    const exported = (await exportDomain((await domainNamed('就业')).id)).data
    expect(errorPaths((await importFile(987654, exported)).body)).toEqual(['domain'])
    const noFile = await server.request('POST', '/api/catalog-items/import', { token: tokens.office, body: {} })
    expect(noFile.status).toBe(400)
    expect(errorPaths(noFile.body)).toEqual(['file'])
    const pdf = await server.upload('/api/catalog-items/import', { token: tokens.office, fileName: 'catalog.pdf', data: new Uint8Array([37, 80, 68, 70]) })
    expect(errorPaths(pdf.body)).toEqual(['file'])
  })

  it('access: anonymous 401, auditor and reviewer 403; an editor imports only its own department\'s items', async () => {
    const domain = await domainNamed('义务教育')
    const exported = (await exportDomain(domain.id)).data
    const anonymous = await server.upload(`/api/catalog-items/import?domain=${domain.id}`, { fileName: 'catalog.xlsx', data: exported, type: XLSX })
    expect(anonymous.status).toBe(401)
    expect((await importFile(domain.id, exported, { token: tokens.auditor })).status).toBe(403)
    expect((await importFile(domain.id, exported, { token: tokens.reviewerFinance })).status).toBe(403)

    // The 义务教育 domain holds education's items and a township's: the editor may not touch the latter.
    const asEducation = await importFile(domain.id, exported, { token: tokens.editorEducation, dryRun: true })
    const foreign = (await itemsOf(domain.id)).filter((item) => !item.departments.map(String).includes(String(world.departments.education)))
    expect(asEducation.body.summary.errors).toBe(foreign.length)
    expect(asEducation.body.rows.filter((row: any) => row.action === 'error').every((row: any) => row.problems[0].column === '公开主体')).toBe(true)

    // Its own new items get its department, whatever the file says.
    const own = rowsOf((await readCatalogFile(exported, 'xlsx')).rows).slice(0, 2).map((row: any) => ({ ...row, l2: `${row.l2}（新增）` }))
    const created = await importFile(domain.id, await writeCatalogXlsx(own, { title: '义务教育领域基层政务公开标准目录' }), { token: tokens.editorEducation })
    expect(created.status).toBe(200)
    const added = (await itemsOf(domain.id)).filter((item) => item.l2.endsWith('（新增）'))
    expect(added).toHaveLength(2)
    expect(added.every((item) => item.departments.length === 1 && String(item.departments[0]) === String(world.departments.education))).toBe(true)
  })
})

describe('background imports', () => {
  const runJobs = () => payload.jobs.run({ limit: 10 })
  const record = async (id: number | string) => payload.findByID({ collection: 'catalog-imports', id, depth: 0 }) as Promise<any>

  it('a large import is queued (202), applied by a job in one go, and its status shows in catalog-imports', async () => {
    const exported = (await exportDomain((await domainNamed('城乡规划')).id)).data
    const target = await newDomain('后台导入测试', 94)
    const queued = await server.upload(`/api/catalog-items/import?domain=${target}&async=true`, { token: tokens.office, fileName: '城乡规划.xlsx', data: exported, type: XLSX })
    expect(queued.status).toBe(202)
    expect(queued.body.queued).toBe(true)
    expect(await record(queued.body.importId)).toMatchObject({ status: 'queued', total: 6, progress: '0 / 6' })
    expect(await itemsOf(target)).toHaveLength(0)

    await runJobs()
    expect(await record(queued.body.importId)).toMatchObject({ status: 'succeeded', created: 6, updated: 0, progress: '6 / 6' })
    expect(await itemsOf(target)).toHaveLength(6)

    // The office sees every import; an editor only its own.
    expect((await server.request('GET', '/api/catalog-imports', { token: tokens.office })).body.totalDocs).toBeGreaterThanOrEqual(1)
    expect((await server.request('GET', '/api/catalog-imports', { token: tokens.editorEducation })).body.totalDocs).toBe(0)
    expect((await server.request('GET', '/api/catalog-imports')).status).toBe(403)
  })

  it('a job that fails writes nothing and says why', async () => {
    const exported = (await exportDomain((await domainNamed('城乡规划')).id)).data
    const target = await newDomain('后台失败测试', 95)
    const queued = await server.upload(`/api/catalog-items/import?domain=${target}&async=true`, { token: tokens.office, fileName: 'x.xlsx', data: exported, type: XLSX })
    expect(queued.status).toBe(202)
    // The domain disappears before the job runs: every row now points nowhere.
    await payload.delete({ collection: 'catalog-domains', id: target })
    await runJobs()
    const failed = await record(queued.body.importId)
    expect(failed.status).toBe('failed')
    expect(failed.error).toBeTruthy()
    expect(await itemsOf(target)).toHaveLength(0)
  })
})

describe('all or nothing', () => {
  it('a dry run reports texts longer than the columns allow', async () => {
    const target = await newDomain('超长测试', 96)
    const rows = rowsOf((await readCatalogFile((await exportDomain((await domainNamed('就业')).id)).data, 'xlsx')).rows)
    rows[1] = { ...rows[1], l2: '长'.repeat(201) }
    const dry = await importFile(target, await writeCatalogXlsx(rows, { title: '就业领域基层政务公开标准目录' }), { dryRun: true })
    expect(dry.body.rows.filter((row: any) => row.action === 'error').map((row: any) => row.problems.at(-1).column)).toEqual(['二级事项'])
  })

  it('a write that fails half-way leaves nothing behind, with or without database transactions', async () => {
    const { applyImport } = await import('../src/catalog/applyImport.js')
    const target = await newDomain('中途失败测试', 97)
    const existing = await payload.create({ collection: 'catalog-items', data: { domain: target, l1: '甲', l2: '乙', content: '原内容' } })
    const user = { ...world.actors.office.user!, collection: 'users' } as any
    const req = { payload, user, context: {}, transactionID: undefined } as any
    const good = (l2: string) => ({ row: 1, action: 'create' as const, l1: '甲', l2, values: { l1: '甲', l2, content: '新内容' }, problems: [] })
    await expect(
      applyImport({
        req,
        slugs: { catalogItems: 'catalog-items', departments: 'departments' },
        domain: target,
        user,
        ownDepartment: null,
        rows: [
          good('一'),
          { row: 2, action: 'update', l1: '甲', l2: '乙', itemId: existing.id, values: { content: '已改' }, problems: [] },
          good('二'),
          { row: 4, action: 'create', l1: '甲', l2: '长'.repeat(201), values: { l1: '甲', l2: '长'.repeat(201), content: 'x' }, problems: [] },
        ],
      }),
    ).rejects.toThrow()
    const left = await itemsOf(target)
    expect(left.map((item) => [item.l2, item.content])).toEqual([['乙', '原内容']])
  })
})
