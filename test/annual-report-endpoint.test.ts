/** GET /api/annual-report: filled from requests, cases and the office's figures; who may read it; formats; bad input. */
import { beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'

import { useTestWorld, type TestContext } from './helpers/context.js'
import { errorPaths } from './helpers/http.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

const request = (department: unknown, applicantType: string, submittedOn: string, reply?: { on: string; outcome: string; reason?: string }) => ({
  applicantType,
  applicantName: '申请人',
  contact: { phone: '13800000000' },
  description: '所需信息',
  channel: 'in-person',
  submittedOn,
  department,
  ...(reply ? { events: [{ type: 'replied', on: reply.on }], outcome: reply.outcome, outcomeReason: reply.reason } : {}),
})

beforeAll(async () => {
  const { finance, education } = ctx.world.departments
  const office = ctx.tokens.office
  for (const body of [
    request(finance, 'natural-person', '2024-03-01', { on: '2024-03-20', outcome: 'disclosed' }),
    request(finance, 'business', '2024-05-06', { on: '2024-05-30', outcome: 'withheld-third-party', reason: '涉及商业秘密' }),
    request(education, 'natural-person', '2024-12-20'),
    request(finance, 'research', '2023-12-20', { on: '2024-01-10', outcome: 'unavailable-not-held', reason: '经检索不存在' }),
  ]) {
    const result = await ctx.server.request('POST', '/api/disclosure-requests', { token: office, body })
    if (result.status !== 201) throw new Error(JSON.stringify(result.body))
  }
  const review = await ctx.server.request('POST', '/api/administrative-reviews', { token: office, body: { caseNumber: '示复〔2024〕3号', kind: 'reconsideration', filedOn: '2024-04-01', result: 'upheld', decidedOn: '2024-06-01', department: finance } })
  expect(review.status).toBe(201)
  const figures = await ctx.server.request('POST', '/api/annual-report-figures', { token: office, body: { year: 2024, coercion: 3, feesTenThousandYuan: 1.5, problems: '依申请公开答复规范性有待提高' } })
  expect(figures.status).toBe(201)
}, 60_000)

const get = (query: string, token: string | undefined) => ctx.server.request('GET', `/api/annual-report?${query}`, { token })
const row = (cells: Record<string, number>, prefix: string) => ['natural-person', 'business', 'research', 'public-interest', 'legal-services', 'other-organisation', 'total'].map((c) => cells[`${prefix}.${c}`])

describe('annual report endpoint', () => {
  it('fills the government’s report from the data and the office’s figures; checks pass', async () => {
    const result = await get('year=2024', ctx.tokens.office)
    expect(result.status).toBe(200)
    const { cells, checks, title, text } = result.body
    expect(title).toBe('示范区人民政府2024年政府信息公开工作年度报告')
    expect(row(cells, 'requests.new')).toEqual([2, 1, 0, 0, 0, 0, 3])
    expect(row(cells, 'requests.carriedOver')).toEqual([0, 0, 1, 0, 0, 0, 1])
    expect(row(cells, 'requests.outcome.disclosed')).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(row(cells, 'requests.outcome.withheld-third-party')).toEqual([0, 1, 0, 0, 0, 0, 1])
    expect(row(cells, 'requests.outcome.unavailable-not-held')).toEqual([0, 0, 1, 0, 0, 0, 1])
    expect(row(cells, 'requests.outcomeTotal')).toEqual([1, 1, 1, 0, 0, 0, 3])
    expect(row(cells, 'requests.carriedForward')).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(cells).toMatchObject({ 'reviews.reconsideration.upheld': 1, 'reviews.reconsideration.total': 1, 'proactive.coercion': 3, 'proactive.fees': 1.5 })
    expect(text.problems).toBe('依申请公开答复规范性有待提高')
    expect(checks.filter((check: any) => !check.ok)).toEqual([])
  })

  it('gives department staff their own department only', async () => {
    const own = await get('year=2024', ctx.tokens.editorFinance)
    expect(own.status).toBe(200)
    expect(own.body.title).toBe('示范区财政局2024年政府信息公开工作年度报告')
    expect(row(own.body.cells, 'requests.new')).toEqual([1, 1, 0, 0, 0, 0, 2])
    expect(row(own.body.cells, 'requests.carriedForward')).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(own.body.cells['proactive.coercion']).toBe(0)
    expect((await get(`year=2024&department=${ctx.world.departments.education}`, ctx.tokens.editorFinance)).status).toBe(403)
    expect((await get('year=2024', undefined)).status).toBe(401)
    expect((await get(`year=2024&department=${ctx.world.departments.education}`, ctx.tokens.auditor)).status).toBe(200)
  })

  it('renders HTML and XLSX, and refuses a bad year or format', async () => {
    const html = await ctx.server.download('/api/annual-report?year=2024&format=html', ctx.tokens.office)
    expect(html.headers.get('content-type')).toContain('text/html')
    expect(html.data.toString('utf8')).toContain('<td rowspan="22">三、本年度办理结果</td>')
    const xlsx = await ctx.server.download('/api/annual-report?year=2024&format=xlsx', ctx.tokens.auditor)
    expect(xlsx.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.data as unknown as ArrayBuffer)
    expect(workbook.getWorksheet('年度报告')!.getCell('A1').value).toBe('示范区人民政府2024年政府信息公开工作年度报告')
    for (const [query, path] of [['year=24', 'year'], ['year=2999', 'year'], ['year=2024&format=pdf', 'format']] as const) {
      const result = await get(query, ctx.tokens.office)
      expect([query, result.status, errorPaths(result.body)]).toEqual([query, 400, [path]])
    }
  })
})
