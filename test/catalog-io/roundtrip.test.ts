/** Round trips with the real reference rows: rows → file → rows, and file → rows → file → the same rows. */
import { describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'

import {
  type CatalogRow,
  readCatalogFile,
  referenceGroupToCatalogRows,
  writeCatalogCsv,
  writeCatalogXlsx,
} from '../../src/catalog-io/index.js'
import { errorsOf, referenceGroups, withoutRowNumber } from './helpers.js'

const allReferenceRows = (): CatalogRow[] => referenceGroups().flatMap(referenceGroupToCatalogRows)
/** The rows an import accepts: the reference file has a few rows whose 一级 or 二级事项 the source page left empty. */
const importable = (rows: CatalogRow[]): CatalogRow[] => rows.filter((row) => row.l1 !== '' && row.l2 !== '')

/** One row using every part of the model. */
const fullRow: CatalogRow = {
  l1: '政策文件',
  l2: '法律法规',
  l3: '国家自然灾害救助应急预案',
  content: '与救灾有关的法律、法规\n(含地方性法规)',
  basis: '《中华人民共和国政府信息公开条例》第二十条',
  timeLimit: '信息形成或变更之日起20个工作日内',
  subject: '应急管理部门、乡镇人民政府(街道办事处)',
  channels: [
    'government-website', 'gazette', 'two-micro-one-app', 'press-conference', 'broadcast-tv', 'print', 'reading-point',
    'service-center', 'convenience-station', 'door-to-door', 'notice-board', 'targeted-push', 'other',
  ],
  channelsOther: '投资项目在线审批监管平台、"信用中国"网站, 12345热线',
  audience: ['all', 'specific'],
  mode: ['proactive', 'on-request'],
  levels: ['city', 'county', 'township', 'village'],
  extra: { 咨询电话: '0471-1234567', '依据效力(位阶)': '法规', 责任科室: '救灾科' },
}

describe('XLSX round trip', () => {
  it('reference rows → writeCatalogXlsx → readCatalogFile give the same rows; a second write reads the same', async () => {
    const rows = importable(allReferenceRows())
    expect(rows.length).toBeGreaterThanOrEqual(90)
    const options = { title: '示范区基层政务公开标准目录(参考事项)' }
    const first = await readCatalogFile(await writeCatalogXlsx(rows, options), 'xlsx')
    expect(errorsOf(first.problems)).toEqual([])
    expect(first.title).toBe(options.title)
    expect(first.rows.map(withoutRowNumber)).toEqual(rows)
    expect(first.rows.map((row) => row.rowNumber)).toEqual(rows.map((_row, i) => i + 4))

    const second = await readCatalogFile(await writeCatalogXlsx(first.rows, options), 'xlsx')
    expect(second.rows).toEqual(first.rows)
    expect(second.problems).toEqual(first.problems)
  })

  it('a row using every field, channel, audience, mode and level survives, with its extras', async () => {
    const read = await readCatalogFile(await writeCatalogXlsx([fullRow, { ...fullRow, l2: '部门规章', l3: undefined, extra: undefined }], { title: '救灾领域基层政务公开标准目录' }), 'xlsx')
    expect(read.problems).toEqual([])
    expect(read.domainHint).toBe('救灾')
    expect(read.rows.map(withoutRowNumber)).toEqual([fullRow, { ...withoutRowNumber(fullRow), l2: '部门规章', l3: undefined, extra: undefined }].map((row) => JSON.parse(JSON.stringify(row))))
  })

  it('each reference domain written as its own catalog reads back with its domain hint', async () => {
    for (const group of referenceGroups().filter((g) => !g.domain.startsWith('('))) {
      const rows = importable(referenceGroupToCatalogRows(group))
      if (rows.length === 0) continue
      const read = await readCatalogFile(await writeCatalogXlsx(rows, { title: `示范区${group.domain}领域基层政务公开标准目录` }), 'xlsx')
      expect([group.domain, read.domainHint]).toEqual([group.domain, group.domain])
      expect(read.rows.map(withoutRowNumber)).toEqual(rows)
    }
  })

  it('rows with an empty 一级/二级事项 are exported, and the import names each of them', async () => {
    const rows = allReferenceRows()
    const read = await readCatalogFile(await writeCatalogXlsx(rows, { title: '参考事项' }), 'xlsx')
    const expected = rows.flatMap((row, i) => [
      ...(row.l1 === '' ? [{ row: i + 4, column: '一级事项', problem: '一级事项为空 / 一级事项 is empty', severity: 'error' }] : []),
      ...(row.l2 === '' ? [{ row: i + 4, column: '二级事项', problem: '二级事项为空 / 二级事项 is empty', severity: 'error' }] : []),
    ])
    expect(expected.length).toBeGreaterThan(0)
    expect(errorsOf(read.problems)).toEqual(expected)
    expect(read.rows.map(withoutRowNumber)).toEqual(importable(rows))
  })
})

describe('larger files', () => {
  it('2,000 rows round-trip (and a sheet formatted far to the right reads as its used range)', async () => {
    const base = importable(allReferenceRows())
    const rows = Array.from({ length: 2000 }, (_v, i) => ({ ...base[i % base.length], l1: `${base[i % base.length].l1}${Math.floor(i / 4)}` }))
    const written = await writeCatalogXlsx(rows, { title: '大目录' })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(written as unknown as ArrayBuffer)
    workbook.worksheets[0].getCell('ZZ3000').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }
    const formatted = Buffer.from(await workbook.xlsx.writeBuffer())
    const started = Date.now()
    const read = await readCatalogFile(formatted, 'xlsx')
    expect(Date.now() - started).toBeLessThan(20000)
    expect(errorsOf(read.problems)).toEqual([])
    expect(read.rows.map(withoutRowNumber)).toEqual(rows)
  })
})

describe('the XLSX layout', () => {
  it('title merged across, two-row header with merged groups, √ marks, ■ channels, 序号, merged 一级事项, frozen header', async () => {
    const rows: CatalogRow[] = [
      { ...withoutRowNumber(fullRow), l3: undefined, extra: { 咨询电话: '0471-1234567' }, levels: ['county'], channels: ['government-website', 'two-micro-one-app'], channelsOther: undefined, audience: ['all'], mode: ['proactive'] },
      { ...withoutRowNumber(fullRow), l2: '部门规章', l3: undefined, extra: undefined, levels: ['township'], channels: ['other'], channelsOther: '会议', audience: ['specific'], mode: ['on-request'] },
      { ...withoutRowNumber(fullRow), l1: '救灾信息', l2: '灾情信息', l3: undefined, extra: undefined, levels: ['county', 'township'], channels: [], channelsOther: undefined, audience: [], mode: [] },
    ]
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await writeCatalogXlsx(rows, { title: '示范区救灾领域基层政务公开标准目录' })) as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    expect(sheet.name).toBe('救灾')
    const text = (address: string) => String(sheet.getCell(address).value ?? '')
    // Columns: 序号 一级 二级 内容 依据 时限 主体 渠道 | 全社会 特定群体 | 主动 依申请 | 县级 乡级 | 咨询电话
    expect([1, 2, 3].map((r) => sheet.getRow(r).values)).toEqual([
      [undefined, '示范区救灾领域基层政务公开标准目录', ...Array(14).fill('示范区救灾领域基层政务公开标准目录')],
      [undefined, '序号', '公开事项', '公开事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开对象', '公开方式', '公开方式', '公开层级', '公开层级', '咨询电话'],
      [undefined, '序号', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '全社会', '特定群体', '主动', '依申请', '县级', '乡级', '咨询电话'],
    ])
    expect([...sheet.model.merges].sort()).toEqual(
      ['A1:O1', 'A2:A3', 'B2:C2', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3', 'I2:J2', 'K2:L2', 'M2:N2', 'O2:O3', 'B4:B5'].sort(),
    )
    expect([4, 5, 6].map((r) => ['A', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O'].map((c) => text(`${c}${r}`)))).toEqual([
      ['1', '■政府网站 ■两微一端', '√', '', '√', '', '√', '', '0471-1234567'],
      ['2', '■其他\uFF1A会议', '', '√', '', '√', '', '√', ''],
      ['3', '', '', '', '', '', '√', '√', ''],
    ])
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect(sheet.getColumn(4).width).toBe(40)
    const cell = sheet.getCell('D4')
    expect(cell.alignment).toMatchObject({ wrapText: true })
    expect(cell.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } })
  })

  it('三级事项 only when a row has one; level columns as requested plus those used, 县级 with 市级', async () => {
    const base = withoutRowNumber(fullRow)
    const load = async (rows: CatalogRow[], levels?: ('city' | 'county' | 'township' | 'village')[]) => {
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load((await writeCatalogXlsx(rows, { title: 't', sheetName: '目录:2024/版', levels })) as unknown as ArrayBuffer)
      return workbook.worksheets[0]
    }
    const withL3 = await load([{ ...base, extra: undefined, levels: ['county'] }])
    expect(withL3.name).toBe('目录_2024_版')
    expect(withL3.getRow(3).values).toEqual([undefined, '序号', '一级事项', '二级事项', '三级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '全社会', '特定群体', '主动', '依申请', '县级', '乡级'])
    const villages = await load([{ ...base, l3: undefined, extra: undefined, levels: ['village'] }], ['township'])
    expect((villages.getRow(3).values as unknown[]).slice(-2)).toEqual(['乡级', '村级'])
    const city = await load([{ ...base, l3: undefined, extra: undefined, levels: ['city'] }], ['city'])
    expect((city.getRow(3).values as unknown[]).slice(-2)).toEqual(['市级', '县级'])
    const read = await readCatalogFile(await writeCatalogXlsx([{ ...base, l3: undefined, extra: undefined, levels: ['city'] }], { title: 't', levels: ['city'] }), 'xlsx')
    expect(read.rows[0].levels).toEqual(['city'])
  })
})

describe('CSV round trip', () => {
  it('reference rows → writeCatalogCsv → readCatalogFile give the same rows; a second write is byte-identical', async () => {
    const rows = importable(allReferenceRows())
    const csv = writeCatalogCsv(rows, { title: '示范区基层政务公开标准目录(参考事项)' })
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const first = await readCatalogFile(csv, 'csv')
    expect(errorsOf(first.problems)).toEqual([])
    expect(first.title).toBe('示范区基层政务公开标准目录(参考事项)')
    expect(first.rows.map(withoutRowNumber)).toEqual(rows)
    expect(first.rows.map((row) => row.rowNumber)).toEqual(rows.map((_row, i) => i + 3))

    const again = writeCatalogCsv(first.rows, { title: '示范区基层政务公开标准目录(参考事项)' })
    expect(again.equals(csv)).toBe(true)
    const second = await readCatalogFile(again, 'csv')
    expect(second.rows).toEqual(first.rows)
  })

  it('a row using every part of the model survives; quotes, commas and line breaks included', async () => {
    const read = await readCatalogFile(writeCatalogCsv([fullRow]), 'csv')
    expect(read.problems).toEqual([])
    expect(read.title).toBeUndefined()
    expect(read.rows).toEqual([{ ...fullRow, rowNumber: 2 }])
  })

  it('XLSX → rows → CSV → rows is the same catalog', async () => {
    const rows = importable(allReferenceRows())
    const fromXlsx = await readCatalogFile(await writeCatalogXlsx(rows, { title: 't' }), 'xlsx')
    const fromCsv = await readCatalogFile(writeCatalogCsv(fromXlsx.rows), 'csv')
    expect(fromCsv.rows.map(withoutRowNumber)).toEqual(fromXlsx.rows.map(withoutRowNumber))
  })
})
