/**
 * The spreadsheets print as paper documents (issue 18, item 9): the ledger on A3 landscape as wide as
 * the page with its header repeated and 索引号 in full, 汇总 on one page; the annual report on A4
 * landscape with no label printed over another. Read back with exceljs, then converted to PDF by
 * LibreOffice (as an office would print it) and read with unpdf: page sizes, texts per page, and the
 * boxes of the printed texts. LibreOffice is installed by `.ci/run`; without it here the PDF part says so.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'

import { afterAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import { getDocumentProxy } from 'unpdf'

import { buildAnnualReport, emptyReportInput, renderAnnualReportXlsx } from '../../src/annual-report/index.js'
import { LEDGER_COLUMNS, type LedgerRow } from '../../src/ledger/columns.js'
import { writeLedgerXlsx } from '../../src/ledger/write-xlsx.js'
import { printWidth } from '../../src/printWidth.js'

const work = mkdtempSync(path.join(tmpdir(), 'print-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const hasLibreOffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()
// In CI LibreOffice must be there: a missing install fails rather than skipping.
const withLibreOffice = hasLibreOffice || process.env.CI ? it : it.skip

const INDEX = (i: number) => `11510100MB1234567X/2026-${String(i).padStart(5, '0')}`
const row = (i: number): LedgerRow =>
  Object.fromEntries(
    LEDGER_COLUMNS.map((column) => [
      column.key,
      column.kind === 'date' ? '2026-01-15' : column.kind === 'number' ? i : column.key === 'indexNumber' ? INDEX(i) : column.key === 'title' ? `关于2026年第${i}批城乡居民医疗保险参保补助资金分配情况的公示` : `${column.header}${i}`,
    ]),
  ) as LedgerRow

async function* rows(count: number) {
  for (let i = 1; i <= count; i++) yield row(i)
}

const ledgerXlsx = async (): Promise<Buffer> => {
  const chunks: Buffer[] = []
  const stream = new PassThrough()
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  await writeLedgerXlsx(
    {
      title: '示范区财政局 2026年1月 政务信息公开台账',
      month: '2026-01',
      department: { id: 1, name: '示范区财政局' },
      sections: [
        { key: 'proactive', rows: rows(120) },
        { key: 'nonProactive', rows: rows(3) },
      ],
      summary: () => [
        ['示范区财政局', '主动公开', 120, 110, 10, 0],
        ['合计', '', 123, 113, 10, 0],
      ],
    },
    stream,
  )
  return Buffer.concat(chunks)
}

/** Converts an XLSX to PDF with LibreOffice and reads each page's size, text and text boxes. */
const printed = async (name: string, xlsx: Buffer) => {
  const source = path.join(work, `${name}.xlsx`)
  writeFileSync(source, xlsx)
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, source], { stdio: 'ignore', timeout: 120_000 })
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path.join(work, `${name}.pdf`))))
  const pages = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const [, , width, height] = page.view as number[]
    const items = ((await page.getTextContent()).items as { str: string; transform: number[]; width: number; height: number }[]).filter((item) => item.str.trim() !== '')
    pages.push({ width: width!, height: height!, text: items.map((item) => item.str).join(''), boxes: items.map((item) => ({ str: item.str, x: item.transform[4]!, y: item.transform[5]!, w: item.width, h: item.height })) })
  }
  return pages
}

describe('the monthly ledger XLSX', () => {
  it('is set up for A3 landscape, as wide as the page, header repeated, every cell bordered', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await ledgerXlsx()) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('主动公开')!
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 8, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' })
    expect(workbook.getWorksheet('汇总')!.pageSetup).toMatchObject({ fitToWidth: 1, fitToHeight: 1 })
    const indexColumn = LEDGER_COLUMNS.findIndex((column) => column.key === 'indexNumber') + 1
    expect(sheet.getColumn(indexColumn).width!).toBeGreaterThanOrEqual(printWidth(INDEX(120)))
    const body = sheet.getRow(3)
    body.eachCell({ includeEmpty: true }, (cell) => expect(cell.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }))
    // A long 信息名称 wraps onto two lines: its row is two lines high.
    expect(body.height).toBeGreaterThan(20)
  })

  withLibreOffice('prints landscape with the header on every page, every 索引号 whole, 汇总 on one page', async () => {
    const pages = await printed('ledger', await ledgerXlsx())
    for (const page of pages) expect(page.width).toBeGreaterThan(page.height)
    const proactive = pages.filter((page) => page.text.includes('（主动公开）'))
    expect(proactive.length).toBeGreaterThan(1)
    for (const page of proactive) expect(page.text).toContain('索引号')
    const all = pages.map((page) => page.text).join('')
    for (let i = 1; i <= 120; i++) expect(all).toContain(INDEX(i))
    expect(pages.filter((page) => page.text.includes('（汇总）'))).toHaveLength(1)
  }, 180_000)
})

describe('the annual report XLSX', () => {
  withLibreOffice('prints landscape with no label over another', async () => {
    const pages = await printed('report', await renderAnnualReportXlsx(buildAnnualReport(emptyReportInput(2025, '示范区人民政府'))))
    const report = pages.filter((page) => /政府信息公开|行政复议/.test(page.text))
    expect(report.length).toBeGreaterThan(0)
    for (const page of report) {
      expect(page.width).toBeGreaterThan(page.height)
      const overlaps: string[] = []
      page.boxes.forEach((a, i) =>
        page.boxes.slice(i + 1).forEach((b) => {
          const x = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
          const y = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
          if (x > 1 && y > 1 && x * y > 0.2 * Math.min(a.w * a.h, b.w * b.h)) overlaps.push(`${a.str} × ${b.str}`)
        }),
      )
      expect(overlaps).toEqual([])
    }
    expect(pages.map((page) => page.text).join('')).toContain('法人或其他组织')
  }, 180_000)
})
