/** Malformed catalogs: every problem is reported with its row and column, nothing is skipped silently. */
import { describe, expect, it } from '@jest/globals'

import { readCatalogFile } from '../../src/catalog-io/index.js'
import { buildXlsx, type CellSpec } from './helpers.js'

const LIMIT = '信息形成或者变更之日起20个工作日内'
const OGI = '《中华人民共和国政府信息公开条例》'

/** The standard two-row header (title on row 1, header rows 2-3, data from row 4), minus the columns left out. */
const standardSheet = (data: CellSpec[][], options: { withoutTimeLimit?: boolean } = {}) => {
  const header1: CellSpec[] = ['序号', '公开事项', null, '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', null, '公开方式', null, '公开层级', null]
  const header2: CellSpec[] = [null, '一级事项', '二级事项', null, null, null, null, null, '全社会', '特定群体', '主动', '依申请', '县级', '乡级']
  let merges = ['A1:N1', 'A2:A3', 'B2:C2', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3', 'I2:J2', 'K2:L2', 'M2:N2']
  let rows = [header1, header2, ...data]
  if (options.withoutTimeLimit) {
    rows = rows.map((row) => row.filter((_cell, c) => c !== 5))
    merges = ['A1:M1', 'A2:A3', 'B2:C2', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3', 'J2:K2', 'L2:M2']
  }
  return { rows: [['社会救助领域基层政务公开标准目录'], ...rows], merges }
}

const dataRow = (n: number, l1: string | null, l2: string | null, proactive: CellSpec = '√'): CellSpec[] => [
  n, l1, l2, '办理事项、办理条件、申请材料、办理流程', OGI, LIMIT, '县级政府民政部门', '■政府网站', '√', '', proactive, '', '√', '',
]

describe('malformed catalogs', () => {
  it('a missing 公开时限 column: an error naming the column on the header row, and no rows', async () => {
    const file = await buildXlsx([standardSheet([dataRow(1, '最低生活保障', '政策')], { withoutTimeLimit: true })])
    const result = await readCatalogFile(file, 'xlsx')
    expect(result.rows).toEqual([])
    expect(result.problems).toEqual([
      { row: 2, column: '公开时限', problem: '缺少必需列“公开时限” / Required column 公开时限 is missing', severity: 'error' },
    ])
  })

  it('several missing required columns are all named', async () => {
    const file = await buildXlsx([
      { rows: [['序号', '事项名称', '公开依据', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级'], [1, '政府文件', OGI, '镇人民政府', '■政府网站', '全社会', '主动', '乡级']] },
    ])
    const result = await readCatalogFile(file, 'xlsx')
    expect(result.rows).toEqual([])
    expect(result.problems).toEqual([
      { row: 1, column: '二级事项', problem: '缺少必需列“二级事项” / Required column 二级事项 is missing', severity: 'error' },
      { row: 1, column: '公开内容', problem: '缺少必需列“公开内容” / Required column 公开内容 is missing', severity: 'error' },
      { row: 1, column: '公开时限', problem: '缺少必需列“公开时限” / Required column 公开时限 is missing', severity: 'error' },
    ])
  })

  it('an empty 二级事项 (and an unmerged empty 一级事项): errors with row and column, those rows left out', async () => {
    const file = await buildXlsx([
      {
        ...standardSheet([
          dataRow(1, '最低生活保障', '政策'),
          dataRow(2, null, '办事指南'), // covered by the merge B4:B5: filled down, fine
          dataRow(3, null, '审核'), // not merged: empty 一级事项
          dataRow(4, '特困人员救助供养', null), // empty 二级事项
          dataRow(5, '特困人员救助供养', '政策法规文件'),
        ]),
        merges: ['A1:N1', 'A2:A3', 'B2:C2', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3', 'I2:J2', 'K2:L2', 'M2:N2', 'B4:B5'],
      },
    ])
    const result = await readCatalogFile(file, 'xlsx')
    expect(result.rows.map((row) => [row.rowNumber, row.l1, row.l2])).toEqual([
      [4, '最低生活保障', '政策'],
      [5, '最低生活保障', '办事指南'],
      [8, '特困人员救助供养', '政策法规文件'],
    ])
    expect(result.problems).toEqual([
      { row: 6, column: '一级事项', problem: '一级事项为空 / 一级事项 is empty', severity: 'error' },
      { row: 7, column: '二级事项', problem: '二级事项为空 / 二级事项 is empty', severity: 'error' },
    ])
  })

  it("a bad mark ('x', '?') in 主动: an error naming 公开方式/主动, those rows left out", async () => {
    const file = await buildXlsx([standardSheet([dataRow(1, '最低生活保障', '政策', 'x'), dataRow(2, '最低生活保障', '审核', '?'), dataRow(3, '最低生活保障', '办事指南', '☑')])])
    const result = await readCatalogFile(file, 'xlsx')
    expect(result.rows.map((row) => [row.rowNumber, row.mode])).toEqual([[6, ['proactive']]])
    expect(result.problems).toEqual([
      {
        row: 4,
        column: '公开方式/主动',
        problem: '无法识别的勾选标记“x”：选中请用 √ ✓ ■ ☑ ●，未选请用 □ ☐ ○ 或留空 / Unrecognised mark "x": use √ ✓ ■ ☑ ● for selected, □ ☐ ○ or blank for not selected',
        severity: 'error',
      },
      {
        row: 5,
        column: '公开方式/主动',
        problem: '无法识别的勾选标记“?”：选中请用 √ ✓ ■ ☑ ●，未选请用 □ ☐ ○ 或留空 / Unrecognised mark "?": use √ ✓ ■ ☑ ● for selected, □ ☐ ○ or blank for not selected',
        severity: 'error',
      },
    ])
  })

  it('no audience or mode selected: warnings, the row is kept', async () => {
    const row = dataRow(1, '最低生活保障', '政策', '')
    row[8] = '□'
    const result = await readCatalogFile(await buildXlsx([standardSheet([row])]), 'xlsx')
    expect(result.rows).toHaveLength(1)
    expect(result.problems).toEqual([
      { row: 4, column: '公开对象', problem: '未选择公开对象 / No 公开对象 (audience) selected', severity: 'warning' },
      { row: 4, column: '公开方式', problem: '未选择公开方式 / No 公开方式 (mode) selected', severity: 'warning' },
    ])
  })

  it('no header at all: one error for the file (row 0)', async () => {
    const file = await buildXlsx([{ rows: [['关于做好2024年政务公开工作的通知'], ['各乡镇人民政府、县直各部门:'], ['现将有关事项通知如下。']] }])
    expect(await readCatalogFile(file, 'xlsx')).toEqual({
      rows: [],
      problems: [
        {
          row: 0,
          problem:
            '未找到表头：前30行中没有包含“公开事项”“公开内容”“公开时限”等列名的行 / No header row found: none of the first 30 rows names the catalog columns (公开事项, 公开内容, 公开时限 …)',
          severity: 'error',
        },
      ],
    })
    expect((await readCatalogFile(Buffer.from('a,b,c\r\n1,2,3\r\n'), 'csv')).problems.map((p) => [p.row, p.severity])).toEqual([[0, 'error']])
  })

  it('a file that is not an XLSX workbook: an error, not an exception', async () => {
    const result = await readCatalogFile(Buffer.from('this is not a zip file'), 'xlsx')
    expect(result.rows).toEqual([])
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]).toMatchObject({ row: 0, severity: 'error' })
    expect(result.problems[0].problem).toMatch(/^无法读取XLSX文件/)
  })

  it('an unsupported format is a programming error', async () => {
    await expect(readCatalogFile(Buffer.from(''), 'xls' as 'xlsx')).rejects.toThrow(TypeError)
  })

  it('a repeated header and a banner row inside the table are ignored with warnings', async () => {
    const sheet = standardSheet([dataRow(1, '最低生活保障', '政策')])
    sheet.rows.push(['二、乡级事项', '二、乡级事项', '二、乡级事项', '二、乡级事项'])
    sheet.rows.push(sheet.rows[1], sheet.rows[2])
    sheet.rows.push(dataRow(2, '特困人员救助供养', '政策法规文件'))
    const result = await readCatalogFile(await buildXlsx([sheet]), 'xlsx')
    expect(result.rows.map((row) => row.rowNumber)).toEqual([4, 8])
    expect(result.problems).toEqual([
      { row: 5, problem: '已忽略通栏行“二、乡级事项” / Ignored a row spanning the table: "二、乡级事项"', severity: 'warning' },
      { row: 6, problem: '已忽略重复的表头行 / Ignored a repeated header row', severity: 'warning' },
      { row: 7, problem: '已忽略重复的表头行 / Ignored a repeated header row', severity: 'warning' },
    ])
  })
})
