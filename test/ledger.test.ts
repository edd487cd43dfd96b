/**
 * Monthly ledgers through REST: which rows a month holds, what each column says (late days and reasons,
 * interpretations, review), the XLSX read back with exceljs and the CSV with an independent CSV parser,
 * formula injection neutralised, and who may export what.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'

import { LEDGER_COLUMNS } from '../src/ledger/columns.js'
import { atInstant } from './helpers/clock.js'
import { useTestWorld, type TestContext } from './helpers/context.js'
import { errorPaths } from './helpers/http.js'
import { approveThroughRest } from './helpers/workflow.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

const HEADERS = [
  '序号', '索引号', '信息名称', '文号', '信息类别', '所属领域及目录事项', '公开属性', '不予公开理由及依据', '信息形成(变更)日期', '公开时限',
  '应公开日期', '实际公开日期', '是否按时', '超期工作日数', '超期说明', '公开渠道', '责任部门', '经办人', '保密审查结论及审查人', '签发人', '解读情况',
]
const INJECTED_TITLE = '=HYPERLINK("http://evil.example","点击查看")'
const INJECTED_REASON = '+1 系统故障导致延迟'

const ids: Record<string, number | string> = {}

const create = async (collection: string, body: Record<string, unknown>, token = ctx.tokens.editorFinance) => {
  const result = await ctx.server.request('POST', `/api/${collection}?depth=0`, { token, body })
  if (result.status !== 201) throw new Error(`create ${collection}: ${result.status} ${JSON.stringify(result.body)}`)
  return result.body.doc as Record<string, any>
}
const act = async (collection: string, id: unknown, action: string, token: string | undefined, extra: Record<string, unknown> = {}) => {
  const result = await ctx.server.request('POST', `/api/${collection}/${String(id)}/transition?depth=0`, { token, body: { action, ...extra } })
  if (result.status !== 200) throw new Error(`${collection} ${action}: ${result.status} ${JSON.stringify(result.body)}`)
}
const reviewChain = async (collection: string, id: unknown) => {
  await act(collection, id, 'submit', ctx.tokens.editorFinance)
  await act(collection, id, 'reviewAttribute', ctx.tokens.reviewerFinance)
  await act(collection, id, 'reviewSecrecy', ctx.tokens.reviewerFinance, { secrecyReview: { conclusion: 'public', basis: '不涉密' } })
  await act(collection, id, 'approve', ctx.tokens.reviewerFinance)
}
/** Publishes at a Beijing time, e.g. `2025-01-10T10:00:00+08:00`. */
const publishAt = (collection: string, id: unknown, instant: string, extra: Record<string, unknown> = {}) =>
  atInstant(instant, () => act(collection, id, 'publish', ctx.tokens.editorFinance, extra))

const exportLedger = (query: string, token: string | undefined) => ctx.server.download(`/api/ledgers/monthly?${query}`, token)
const jsonLedger = async (query: string, token = ctx.tokens.office) => {
  const result = await ctx.server.request('GET', `/api/ledgers/monthly?format=json&${query}`, { token })
  expect(result.status).toBe(200)
  return result.body as { title: string; sections: Record<string, Record<string, any>[]>; summary: Record<string, any>[] }
}
const titles = (rows: Record<string, any>[]) => rows.map((row) => row['title']).sort()

beforeAll(async () => {
  const item = ctx.world.catalogItem
  // On time: formed 2 Jan 2025, published 10 Jan (due 6 Feb across the Spring Festival).
  const onTime = await create('disclosures', { title: '2025年1月财政资金直达情况', catalogItem: item, formedAt: '2025-01-02' })
  await approveThroughRest(ctx.server, ctx.tokens, onTime.id)
  await publishAt('disclosures', onTime.id, '2025-01-10T10:00:00+08:00')
  ids.onTime = onTime.id
  // Late: formed 10 Dec 2024, due 8 Jan 2025, published 20 Jan with a reason that starts like a formula.
  const late = await create('disclosures', { title: INJECTED_TITLE, catalogItem: item, formedAt: '2024-12-10' })
  await approveThroughRest(ctx.server, ctx.tokens, late.id)
  await publishAt('disclosures', late.id, '2025-01-20T16:30:00+08:00', { lateReason: INJECTED_REASON })
  ids.late = late.id
  // Unpublished penalty decision: formed 15 Jan, due 24 Jan (7 working days).
  ids.pending = (await create('disclosures', { title: '行政处罚决定书（财罚〔2025〕3号）', catalogItem: item, formedAt: '2025-01-15', infoType: 'penalty' })).id
  // Not proactive: they go to the second sheet with reason and basis.
  ids.onRequest = (await create('disclosures', { title: '某企业专项资金拨付明细', formedAt: '2025-01-06', publicAttribute: 'on-request', attributeBasis: ['art27-on-request'], attributeReason: '仅涉及特定企业' })).id
  ids.withheld = (await create('disclosures', { title: '财政局内部人事安排', formedAt: '2025-01-07', publicAttribute: 'withheld', attributeBasis: ['art16-internal'], attributeReason: '属于内部事务信息' })).id
  // Outside the month, another department's, and trashed: never in finance's January ledger.
  ids.february = (await create('disclosures', { title: '二月形成的信息', catalogItem: item, formedAt: '2025-02-03' })).id
  ids.education = (await create('disclosures', { title: '教育局一月信息', catalogItem: item, formedAt: '2025-01-08' }, ctx.tokens.editorEducation)).id
  const trashed = await create('disclosures', { title: '已删除的草稿', catalogItem: item, formedAt: '2025-01-09' })
  expect((await ctx.server.request('PATCH', `/api/disclosures/${trashed.id}`, { token: ctx.tokens.editorFinance, body: { deletedAt: new Date().toISOString() } })).status).toBe(200)

  // A policy published on 14 Jan with its interpretation published on 16 Jan (due 17 Jan).
  const policy = await create('policy-documents', { title: '关于加强财政资金管理的通知', documentNumber: '财政发〔2025〕1号', documentType: 'normative', writtenOn: '2025-01-13', catalogItem: item })
  const reading = await create('interpretations', { title: '《关于加强财政资金管理的通知》解读', policy: policy.id, form: 'text', catalogItem: item })
  // 三同步: the interpretation is reviewed alongside its policy.
  await reviewChain('interpretations', reading.id)
  await reviewChain('policy-documents', policy.id)
  await publishAt('policy-documents', policy.id, '2025-01-14T09:00:00+08:00')
  await publishAt('interpretations', reading.id, '2025-01-16T09:00:00+08:00')
  ids.policy = policy.id
  ids.reading = reading.id
}, 120_000)

describe('rows of a month', () => {
  it('holds exactly the department’s entries formed, due or published in the month', async () => {
    const ledger = await jsonLedger(`month=2025-01&department=${ctx.world.departments.finance}`)
    expect(ledger.title).toBe('示范区财政局 2025年1月 政务信息公开台账')
    expect(titles(ledger.sections.proactive!)).toEqual(
      [INJECTED_TITLE, '2025年1月财政资金直达情况', '行政处罚决定书（财罚〔2025〕3号）', '关于加强财政资金管理的通知', '《关于加强财政资金管理的通知》解读'].sort(),
    )
    expect(titles(ledger.sections.nonProactive!)).toEqual(['某企业专项资金拨付明细', '财政局内部人事安排'].sort())
    expect(ledger.sections.proactive!.map((row) => row['serial'])).toEqual([1, 2, 3, 4, 5])
    const february = await jsonLedger(`month=2025-02&department=${ctx.world.departments.finance}`)
    // February: formed in February. Entries due in February but published in January (the on-time
    // record, the policy) belong to January alone.
    expect(titles(february.sections.proactive!)).toEqual(['二月形成的信息'])
    const december = await jsonLedger(`month=2024-12&department=${ctx.world.departments.finance}`)
    // December: the late record was formed then (and was still unpublished when it fell due in January).
    expect(titles(december.sections.proactive!)).toEqual([INJECTED_TITLE])
    const education = await jsonLedger(`month=2025-01&department=${ctx.world.departments.education}`)
    expect(titles(education.sections.proactive!)).toEqual(['教育局一月信息'])
  })

  it('says what auditors need in each column', async () => {
    const ledger = await jsonLedger(`month=2025-01&department=${ctx.world.departments.finance}`)
    const byTitle = new Map(ledger.sections.proactive!.map((row) => [row['title'], row]))
    expect(byTitle.get(INJECTED_TITLE)).toMatchObject({
      category: '公开信息',
      publicAttribute: '主动公开',
      formedOn: '2024-12-10',
      // The fixtures' catalog item sets 20 working days: its rule applies (the catalog comes first).
      rule: '20个工作日内（目录事项规定）',
      dueDate: '2025-01-08',
      publishedOn: '2025-01-20',
      onTime: '否（超期8个工作日）',
      daysLate: 8,
      lateReason: INJECTED_REASON,
      department: '示范区财政局',
      secrecy: expect.stringMatching(/^可以公开（.+）$/),
      signer: expect.any(String),
      handler: expect.any(String),
    })
    expect(byTitle.get(INJECTED_TITLE)!['indexNumber']).toMatch(/^1121039900MB00027G\/2024-\d{5}$/)
    expect(byTitle.get('2025年1月财政资金直达情况')).toMatchObject({ dueDate: '2025-02-06', publishedOn: '2025-01-10', onTime: '是', daysLate: 0, lateReason: '' })
    expect(byTitle.get('行政处罚决定书（财罚〔2025〕3号）')).toMatchObject({ dueDate: '2025-01-24', publishedOn: null, rule: '行政处罚决定作出之日起7个工作日内' })
    expect(byTitle.get('行政处罚决定书（财罚〔2025〕3号）')!['onTime']).toMatch(/^超期未公开（已超\d+个工作日）$/)
    expect(byTitle.get('关于加强财政资金管理的通知')).toMatchObject({
      category: '政策文件',
      documentNumber: '财政发〔2025〕1号',
      publishedOn: '2025-01-14',
      interpretation: '《《关于加强财政资金管理的通知》解读》2025-01-16发布，按时',
    })
    expect(byTitle.get('《关于加强财政资金管理的通知》解读')).toMatchObject({ category: '政策解读', dueDate: '2025-01-17', onTime: '是' })
    const withheld = ledger.sections.nonProactive!.find((row) => row['title'] === '财政局内部人事安排')!
    expect(withheld['publicAttribute']).toBe('不予公开')
    expect(withheld['withholdReason']).toMatch(/^属于内部事务信息；依据：.*第十六条/)
    expect(withheld['onTime']).toBe('不适用')
  })

  it('sums the month in the summary', async () => {
    const ledger = await jsonLedger(`month=2025-01&department=${ctx.world.departments.finance}`)
    const total = ledger.summary.find((row) => row['分组'] === '合计')!
    // 7 rows; formed in January: all but the late record (formed in December) — the interpretation's
    // date is its policy's publication, when its clock started; the unpublished penalty decision is overdue.
    expect(total).toMatchObject({ 条数: 7, '本月形成(变更)': 6, 本月公开: 4, 其中按时公开: 3, 其中超期公开: 1, '未公开(未到期)': 0, 超期未公开: 1 })
    const categories = Object.fromEntries(ledger.summary.filter((row) => row['分组'] === '信息类别').map((row) => [row['名称'], row['条数']]))
    expect(categories).toEqual({ 公开信息: 5, 政策文件: 1, 政策解读: 1 })
  })
})

describe('files', () => {
  it('XLSX: sheets, title, exact headers, real dates, numbers and neutralised formulas', async () => {
    const download = await exportLedger(`month=2025-01&department=${ctx.world.departments.finance}&format=xlsx`, ctx.tokens.auditor)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toContain('spreadsheetml')
    expect(decodeURIComponent(download.headers.get('content-disposition')!)).toContain('政务信息公开台账-示范区财政局-2025-01.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(download.data as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['主动公开', '依申请及不予公开', '汇总'])
    const sheet = workbook.getWorksheet('主动公开')!
    expect(sheet.getCell('A1').value).toBe('示范区财政局 2025年1月 政务信息公开台账（主动公开）')
    expect(sheet.getRow(2).values).toEqual([undefined, ...HEADERS])
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
    expect(sheet.getColumn(3).width).toBe(LEDGER_COLUMNS[2]!.width)
    expect(sheet.rowCount).toBe(2 + 5)
    const rows = Array.from({ length: 5 }, (_, i) => sheet.getRow(3 + i))
    const late = rows.find((row) => String(row.getCell(3).value).includes('HYPERLINK'))!
    expect(late.getCell(3).value).toBe(`'${INJECTED_TITLE}`)
    expect(late.getCell(3).type).toBe(ExcelJS.ValueType.String)
    expect(late.getCell(15).value).toBe(`'${INJECTED_REASON}`)
    expect(late.getCell(14).value).toBe(8)
    expect(late.getCell(11).value).toEqual(new Date(Date.UTC(2025, 0, 8)))
    expect(late.getCell(11).numFmt).toBe('yyyy-mm-dd')
    expect(late.getCell(12).value).toEqual(new Date(Date.UTC(2025, 0, 20)))
    expect(rows.map((row) => row.getCell(1).value)).toEqual([1, 2, 3, 4, 5])
    const second = workbook.getWorksheet('依申请及不予公开')!
    expect(second.rowCount).toBe(2 + 2)
    const summary = workbook.getWorksheet('汇总')!
    expect(summary.getRow(3).values).toEqual([undefined, '合计', '合计', 7, 6, 4, 3, 1, 0, 1])
  })

  it('CSV: BOM, exact headers, rows of both sheets, Chinese intact, formulas neutralised', async () => {
    const download = await exportLedger(`month=2025-01&department=${ctx.world.departments.finance}&format=csv`, ctx.tokens.editorFinance)
    expect(download.status).toBe(200)
    expect([...download.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const records = parse(download.data, { bom: true }) as string[][]
    expect(records[0]).toEqual(HEADERS)
    expect(records).toHaveLength(1 + 7)
    expect(records.slice(1).map((record) => record[0])).toEqual(['1', '2', '3', '4', '5', '6', '7'])
    const late = records.find((record) => record[2]!.includes('HYPERLINK'))!
    expect(late[2]).toBe(`'${INJECTED_TITLE}`)
    expect(late[14]).toBe(`'${INJECTED_REASON}`)
    expect(late.slice(10, 14)).toEqual(['2025-01-08', '2025-01-20', '否（超期8个工作日）', '8'])
    expect(records.some((record) => record[2] === '财政局内部人事安排' && record[6] === '不予公开')).toBe(true)
  })
})

describe('access', () => {
  const finance = () => ctx.world.departments.finance
  const education = () => ctx.world.departments.education
  it.each([
    ['anonymous', 'own', 401],
    ['editorFinance', 'own', 200],
    ['editorFinance', 'other', 403],
    ['editorFinance', 'all', 403],
    ['reviewerFinance', 'own', 200],
    ['reviewerFinance', 'other', 403],
    ['editorEducation', 'finance', 403],
    ['office', 'other', 200],
    ['office', 'all', 200],
    ['auditor', 'other', 200],
    ['auditor', 'all', 200],
  ] as const)('%s reading %s department → %i', async (actor, which, status) => {
    const department = which === 'own' || which === 'finance' ? `&department=${finance()}` : which === 'other' ? `&department=${education()}` : '&department=all'
    const result = await ctx.server.request('GET', `/api/ledgers/monthly?month=2025-01&format=json${department}`, { token: ctx.tokens[actor] })
    expect(result.status).toBe(status)
  })

  it('gives staff their own department when none is named, and office every department', async () => {
    const own = await jsonLedger('month=2025-01', ctx.tokens.editorEducation)
    expect(titles(own.sections.proactive!)).toEqual(['教育局一月信息'])
    const all = await jsonLedger('month=2025-01', ctx.tokens.office)
    expect(all.title).toBe('全部部门 2025年1月 政务信息公开台账')
    expect(new Set(all.sections.proactive!.map((row) => row['department']))).toEqual(new Set(['示范区财政局', '示范区教育局']))
  })

  it('refuses bad input with 400 naming the parameter', async () => {
    const office = ctx.tokens.office
    for (const [query, path] of [
      ['month=2025-13', 'month'],
      ['month=', 'month'],
      ['month=2025-01&format=pdf', 'format'],
      ['month=2025-01&department=abc', 'department'],
      ['month=2025-01&department=999999', 'department'],
    ] as const) {
      const result = await ctx.server.request('GET', `/api/ledgers/monthly?${query}`, { token: office })
      expect([query, result.status]).toEqual([query, 400])
      expect(errorPaths(result.body)).toEqual([path])
    }
  })
})
