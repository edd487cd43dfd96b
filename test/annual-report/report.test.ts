/**
 * The annual report: labels exactly as the official format (read from the reference fixture), a fixture
 * year whose every cell is written out by hand, the cross-checks, and the HTML and XLSX read back.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'

import { buildAnnualReport, emptyReportInput, renderAnnualReportHtml, renderAnnualReportXlsx, tallyRequests, tallyReviews, type RequestFact, type ReviewFact } from '../../src/annual-report/index.js'
import { REQUEST_COLUMNS } from '../../src/annual-report/tables.js'

const FIXTURE = readFileSync(path.resolve(process.cwd(), '..', 'shared', 'reference', 'annual_report_2021_format_fixture.html'), 'utf8')

/** The non-empty cell texts of each official table, in document order. */
const fixtureLabels = (): string[][] =>
  [...FIXTURE.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((match) => [...match[1]!.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((cell) => cell[1]!.trim()).filter(Boolean))

const facts: RequestFact[] = [
  { applicantType: 'natural-person', receivedOn: '2023-11-20', closedOn: '2024-01-10', outcome: 'disclosed' },
  { applicantType: 'natural-person', receivedOn: '2023-12-25', closedOn: null },
  { applicantType: 'business', receivedOn: '2023-05-01', closedOn: '2023-06-01', outcome: 'disclosed' },
  { applicantType: 'natural-person', receivedOn: '2024-02-01', closedOn: '2024-02-20', outcome: 'disclosed' },
  { applicantType: 'natural-person', receivedOn: '2024-03-01', closedOn: '2024-03-20', outcome: 'partly-disclosed' },
  { applicantType: 'business', receivedOn: '2024-04-01', closedOn: '2024-04-25', outcome: 'withheld-third-party' },
  { applicantType: 'business', receivedOn: '2024-05-06', closedOn: '2024-05-30', outcome: 'withheld-state-secret' },
  { applicantType: 'research', receivedOn: '2024-06-03', closedOn: '2024-06-28', outcome: 'unavailable-not-held' },
  { applicantType: 'public-interest', receivedOn: '2024-07-01', closedOn: '2024-07-20', outcome: 'not-processed-repeat' },
  { applicantType: 'legal-services', receivedOn: '2024-08-01', closedOn: '2024-08-30', outcome: 'other-no-clarification' },
  { applicantType: 'other-organisation', receivedOn: '2024-09-02', closedOn: '2024-09-30', outcome: 'disclosed' },
  { applicantType: 'natural-person', receivedOn: '2024-12-20', closedOn: null },
  { applicantType: 'legal-services', receivedOn: '2024-12-15', closedOn: '2025-01-10', outcome: 'disclosed' },
  { applicantType: 'natural-person', receivedOn: '2025-01-05', closedOn: null },
  { applicantType: 'natural-person', receivedOn: '2024-10-08', closedOn: '2024-11-01', outcome: 'withheld-process-information' },
]
const cases: ReviewFact[] = [
  { kind: 'reconsideration', filedOn: '2024-03-01', result: 'upheld', decidedOn: '2024-05-01' },
  { kind: 'reconsideration', filedOn: '2024-06-01', result: 'corrected', decidedOn: '2024-08-01' },
  { kind: 'reconsideration', filedOn: '2024-11-01', result: 'pending' },
  { kind: 'reconsideration', filedOn: '2023-10-01', result: 'other', decidedOn: '2024-01-15' },
  { kind: 'litigation-direct', filedOn: '2024-04-01', result: 'upheld', decidedOn: '2025-02-01' },
  { kind: 'litigation-after-reconsideration', filedOn: '2024-09-01', result: 'upheld', decidedOn: '2024-12-20' },
  { kind: 'litigation-direct', filedOn: '2023-03-01', result: 'upheld', decidedOn: '2023-09-01' },
]

const fixtureYear = () => {
  const input = emptyReportInput(2024, '示范区财政局')
  input.requests = tallyRequests(facts, 2024)
  input.reviews = tallyReviews(cases, 2024)
  input.proactive = { regulations: { issued: 1, repealed: 0, inForce: 3 }, normativeDocuments: { issued: 4, repealed: 2, inForce: 17 }, licensing: 120, penalty: 35, coercion: 2, feesTenThousandYuan: 12.5 }
  return buildAnnualReport(input)
}

/** One requests-table row as [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]. */
const rowOf = (report: ReturnType<typeof fixtureYear>, prefix: string) => REQUEST_COLUMNS.map((column) => report.cells[`${prefix}.${column}`])

describe('labels', () => {
  it('every table carries the official labels, character for character and in order', () => {
    const report = fixtureYear()
    const ours = report.tables.map((table) => table.rows.flat().map((cell) => cell.text ?? '').filter(Boolean))
    expect(ours).toEqual(fixtureLabels())
    expect(report.tables.map((table) => table.title)).toEqual(['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'])
    for (const heading of ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) {
      expect(FIXTURE).toContain(`<p>${heading}</p>`)
      expect(renderAnnualReportHtml(report)).toContain(heading)
    }
  })
})

describe('a fixture year', () => {
  it('fills every cell of the requests table', () => {
    const report = fixtureYear()
    expect(rowOf(report, 'requests.new')).toEqual([4, 2, 1, 1, 2, 1, 11])
    expect(rowOf(report, 'requests.carriedOver')).toEqual([2, 0, 0, 0, 0, 0, 2])
    const outcomes: Record<string, number[]> = {
      disclosed: [2, 0, 0, 0, 0, 1, 3],
      'partly-disclosed': [1, 0, 0, 0, 0, 0, 1],
      'withheld-state-secret': [0, 1, 0, 0, 0, 0, 1],
      'withheld-prohibited-by-law': [0, 0, 0, 0, 0, 0, 0],
      'withheld-security-stability': [0, 0, 0, 0, 0, 0, 0],
      'withheld-third-party': [0, 1, 0, 0, 0, 0, 1],
      'withheld-internal-affairs': [0, 0, 0, 0, 0, 0, 0],
      'withheld-process-information': [1, 0, 0, 0, 0, 0, 1],
      'withheld-enforcement-file': [0, 0, 0, 0, 0, 0, 0],
      'withheld-inquiry-matter': [0, 0, 0, 0, 0, 0, 0],
      'unavailable-not-held': [0, 0, 1, 0, 0, 0, 1],
      'unavailable-needs-creation': [0, 0, 0, 0, 0, 0, 0],
      'unavailable-unclear-after-clarification': [0, 0, 0, 0, 0, 0, 0],
      'not-processed-petition': [0, 0, 0, 0, 0, 0, 0],
      'not-processed-repeat': [0, 0, 0, 1, 0, 0, 1],
      'not-processed-publication': [0, 0, 0, 0, 0, 0, 0],
      'not-processed-mass-repeat': [0, 0, 0, 0, 0, 0, 0],
      'not-processed-confirmation': [0, 0, 0, 0, 0, 0, 0],
      'other-no-clarification': [0, 0, 0, 0, 1, 0, 1],
      'other-fee-unpaid': [0, 0, 0, 0, 0, 0, 0],
      other: [0, 0, 0, 0, 0, 0, 0],
    }
    expect(Object.keys(outcomes)).toHaveLength(21)
    for (const [outcome, expected] of Object.entries(outcomes)) expect([outcome, rowOf(report, `requests.outcome.${outcome}`)]).toEqual([outcome, expected])
    expect(rowOf(report, 'requests.outcomeTotal')).toEqual([4, 2, 1, 1, 1, 1, 10])
    expect(rowOf(report, 'requests.carriedForward')).toEqual([2, 0, 0, 0, 1, 0, 3])
    expect(report.checks.filter((check) => !check.ok)).toEqual([])
    expect(report.ok).toBe(true)
  })

  it('fills the proactive and the review tables', () => {
    const report = fixtureYear()
    expect(report.cells).toMatchObject({
      'proactive.regulations.issued': 1, 'proactive.regulations.repealed': 0, 'proactive.regulations.inForce': 3,
      'proactive.normativeDocuments.issued': 4, 'proactive.normativeDocuments.repealed': 2, 'proactive.normativeDocuments.inForce': 17,
      'proactive.licensing': 120, 'proactive.penalty': 35, 'proactive.coercion': 2, 'proactive.fees': 12.5,
    })
    const reviews = ['reconsideration', 'litigation-direct', 'litigation-after-reconsideration'].flatMap((kind) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((result) => report.cells[`reviews.${kind}.${result}`]))
    expect(reviews).toEqual([1, 1, 1, 1, 4, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1])
  })
})

describe('cross-checks', () => {
  it('report an unbalanced column with its cells, and negative counts', () => {
    const input = emptyReportInput(2024, '某局')
    input.requests.newThisYear.business = 3
    input.requests.outcomes.disclosed.business = 2
    input.requests.carriedForward['natural-person'] = -1
    const report = buildAnnualReport(input)
    expect(report.ok).toBe(false)
    const failed = report.checks.filter((check) => !check.ok)
    expect(failed.map((check) => [check.code, check.cells[0]])).toEqual([
      ['non-negative', 'requests.carriedForward.natural-person'],
      ['non-negative', 'requests.carriedForward.total'],
      ['balance', 'requests.new.natural-person'],
      ['balance', 'requests.new.business'],
      ['balance', 'requests.new.total'],
    ])
    const business = failed.find((check) => check.cells[0] === 'requests.new.business')!
    expect(business).toMatchObject({ expected: 3, actual: 2 })
    // The 总计 column: 3 new against 2 concluded and −1 carried forward.
    expect(report.checks.find((check) => check.code === 'balance' && check.cells[0] === 'requests.new.total')).toMatchObject({ ok: false, expected: 3, actual: 1 })
    expect(renderAnnualReportHtml(report)).toContain('勾稽关系校验未通过')
  })
})

describe('renderings', () => {
  it('HTML keeps the official spans and escapes text', () => {
    const input = emptyReportInput(2024, '<script>alert(1)</script>局')
    const html = renderAnnualReportHtml(buildAnnualReport(input))
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;局2024年政府信息公开工作年度报告')
    expect(html).toContain('<td rowspan="22">三、本年度办理结果</td>')
    expect(html).toContain('<td rowspan="8">（三）不予公开</td>')
    expect(html).toContain('<td rowspan="3">（四）无法提供</td>')
    expect(html).toContain('<td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>')
    expect(html).toContain('<td colspan="2">（七）总计</td>')
    const fixture = renderAnnualReportHtml(fixtureYear())
    expect(fixture).toContain('<td data-key="requests.new.total">11</td>')
    expect(fixture).toContain('<td colspan="3" data-key="proactive.fees">12.5</td>')
  })

  it('XLSX: labels, numbers and merges where the official table has them; text neutralised', async () => {
    const report = fixtureYear()
    const injected = buildAnnualReport({ ...emptyReportInput(2024, '=HYPERLINK("x")局') })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await renderAnnualReportXlsx(report)) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('年度报告')!
    expect(sheet.getCell('A1').value).toBe('示范区财政局2024年政府信息公开工作年度报告')
    const find = (text: string) => {
      let found: ExcelJS.Cell | undefined
      sheet.eachRow((row) => row.eachCell((cell) => {
        if (!found && cell.value === text) found = cell
      }))
      if (!found) throw new Error(`not found: ${text}`)
      return found
    }
    const newRow = find('一、本年新收政府信息公开申请数量')
    expect([4, 5, 6, 7, 8, 9, 10].map((col) => sheet.getCell(Number(newRow.row), col).value)).toEqual([4, 2, 1, 1, 2, 1, 11])
    const results = find('三、本年度办理结果')
    expect(sheet.getCell(Number(results.row) + 21, 1).isMerged).toBe(true)
    expect(sheet.getCell(Number(results.row) + 21, 1).master.address).toBe(results.address)
    expect(sheet.getCell(Number(results.row) + 22, 1).value).toBe('四、结转下年度继续办理')
    expect(workbook.getWorksheet('校验')!.rowCount).toBe(1 + report.checks.length)
    const other = new ExcelJS.Workbook()
    await other.xlsx.load((await renderAnnualReportXlsx(injected)) as unknown as ArrayBuffer)
    expect(other.getWorksheet('年度报告')!.getCell('A1').value).toBe(`'=HYPERLINK("x")局2024年政府信息公开工作年度报告`)
  })
})
