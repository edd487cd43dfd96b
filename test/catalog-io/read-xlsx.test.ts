/** Reading catalogs built the way localities publish them. */
import { describe, expect, it } from '@jest/globals'

import { readCatalogFile } from '../../src/catalog-io/index.js'
import { buildXlsx } from './helpers.js'

const OGI = '《中华人民共和国政府信息公开条例》'
const LIMIT20 = '信息形成或者变更之日起20个工作日内'

describe('two-row merged header (示范区 义务教育, 青浦-style)', () => {
  const sheet = {
    name: '义务教育',
    rows: [
      ['示范区义务教育领域基层政务公开标准目录'],
      ['序号', '公开事项', null, '公开内容\n（要素）', '公开依据', '公 开 时 限', '公开主体', '公开渠道\n和载体', '公开对象', null, '公开方式', null, '公开层级', null, '咨询电话', '责任科室'],
      [null, '一级事项', '二级事项', null, null, null, null, null, '全社会', '特定群体', '主动', '依申请', '县级', '乡级', null, null],
      [1, '政策文件', '教育法律', '教育法律、规章制度', OGI, LIMIT20, '区教育局', '■政府网站 □政务服务中心 ■两微一端', '√', null, '√', null, '√', null, '021-59721234', '办公室'],
      [2, null, '规范性文件', '部门规范性文件', OGI, LIMIT20, '区教育局', '■政府网站', '✓', '', '■', '□', '√', '√', null, '办公室'],
      [3, '教育概况', '教育事业发展主要情况', '教育事业发展主要情况', OGI, LIMIT20, '区教育局', '■政府网站\n■公开查阅点', '√', '□', '√', '□', null, '√', null, null],
      [
        4, null, '教育统计数据', '学校数据、在校生数据、教师数据、办学条件数据、县级汇总数据',
        '《中华人民共和国统计法》、《中华人民共和国政府信息公开条例》、《教育统计管理规定》', LIMIT20, '区教育局',
        '■政府网站 ■教育统计信息平台', '√', null, '√', null, '√', '√', null, null,
      ],
      [
        5, null, '义务教育学校名录', '学校名称、学校地址、办学层次、办学类型、办公电话', OGI, LIMIT20, '区教育局',
        // Wingdings n = ■, o = □ (how many published sheets draw their boxes)
        { richText: [{ font: { name: 'Wingdings' }, text: 'n' }, { text: '政府网站 ' }, { font: { name: 'Wingdings' }, text: 'o' }, { text: '两微一端' }] },
        null, '√', 'R', '£', '√', null, null, null,
      ],
      [],
      ['注：1.“■”表示必选项，“□”表示可选项。'],
      ['2.公开层级“县级”“乡级”指信息公开的责任层级。'],
    ],
    merges: [
      'A1:P1',
      'A2:A3', 'B2:C2', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3', 'I2:J2', 'K2:L2', 'M2:N2', 'O2:O3', 'P2:P3',
      'B4:B5', 'B6:B8',
      'A10:P10', 'A11:P11',
    ],
    // Wingdings 2: R = ☑, £ = □
    fonts: { K8: 'Wingdings 2', L8: 'Wingdings 2' },
  }

  it('reads title, domain, rows (merged 一级事项 filled down, marks, channels, extras) and warnings', async () => {
    const result = await readCatalogFile(await buildXlsx([sheet]), 'xlsx')
    expect(result.title).toBe('示范区义务教育领域基层政务公开标准目录')
    expect(result.domainHint).toBe('义务教育')
    expect(result.rows).toEqual([
      {
        rowNumber: 4, l1: '政策文件', l2: '教育法律', content: '教育法律、规章制度', basis: OGI, timeLimit: LIMIT20, subject: '区教育局',
        channels: ['government-website', 'two-micro-one-app'], audience: ['all'], mode: ['proactive'], levels: ['county'],
        extra: { 咨询电话: '021-59721234', 责任科室: '办公室' },
      },
      {
        rowNumber: 5, l1: '政策文件', l2: '规范性文件', content: '部门规范性文件', basis: OGI, timeLimit: LIMIT20, subject: '区教育局',
        channels: ['government-website'], audience: ['all'], mode: ['proactive'], levels: ['county', 'township'],
        extra: { 责任科室: '办公室' },
      },
      {
        rowNumber: 6, l1: '教育概况', l2: '教育事业发展主要情况', content: '教育事业发展主要情况', basis: OGI, timeLimit: LIMIT20, subject: '区教育局',
        channels: ['government-website', 'reading-point'], audience: ['all'], mode: ['proactive'], levels: ['township'],
      },
      {
        rowNumber: 7, l1: '教育概况', l2: '教育统计数据', content: '学校数据、在校生数据、教师数据、办学条件数据、县级汇总数据',
        basis: '《中华人民共和国统计法》、《中华人民共和国政府信息公开条例》、《教育统计管理规定》', timeLimit: LIMIT20, subject: '区教育局',
        channels: ['government-website', 'other'], channelsOther: '教育统计信息平台', audience: ['all'], mode: ['proactive'], levels: ['county', 'township'],
      },
      {
        rowNumber: 8, l1: '教育概况', l2: '义务教育学校名录', content: '学校名称、学校地址、办学层次、办学类型、办公电话', basis: OGI, timeLimit: LIMIT20,
        subject: '区教育局', channels: ['government-website'], audience: ['specific'], mode: ['proactive'], levels: ['county'],
      },
    ])
    expect(result.problems).toEqual([
      {
        row: 7,
        column: '公开渠道和载体',
        problem: '无法识别的公开渠道“教育统计信息平台”，已记入“其他” / Unrecognised channel "教育统计信息平台"; recorded as 其他 (other)',
        severity: 'warning',
      },
      {
        row: 10,
        problem: '已忽略注释行“注：1.“■”表示必选项，“□”表示可选项。” / Ignored a footnote row: "注：1.“■”表示必选项，“□”表示可选项。"',
        severity: 'warning',
      },
      {
        row: 11,
        problem: '已忽略注释行“2.公开层级“县级”“乡级”指信息公开的责任层级。” / Ignored a footnote row: "2.公开层级“县级”“乡级”指信息公开的责任层级。"',
        severity: 'warning',
      },
    ])
  })

  it('picks the catalog sheet after a cover sheet, or the sheet named / numbered (0-based)', async () => {
    const cover = { name: '说明', rows: [['本目录依据《中华人民共和国政府信息公开条例》编制。']] }
    const file = await buildXlsx([cover, sheet])
    expect((await readCatalogFile(file, 'xlsx')).rows).toHaveLength(5)
    expect((await readCatalogFile(file, 'xlsx', { sheet: '义务教育' })).rows).toHaveLength(5)
    expect((await readCatalogFile(file, 'xlsx', { sheet: 1 })).rows).toHaveLength(5)
    expect(await readCatalogFile(file, 'xlsx', { sheet: '社会救助' })).toEqual({
      rows: [],
      problems: [
        {
          row: 0,
          problem: '找不到工作表“社会救助”（现有：说明、义务教育） / Worksheet "社会救助" not found (sheets: 说明, 义务教育)',
          severity: 'error',
        },
      ],
    })
  })
})

describe('header variants', () => {
  it('东阳-style: 特定对象, levels 东阳市级 | 镇街乡 | 村 (a county-level city), extra columns 公开形式 / 五公开', async () => {
    const basis = '《中华人民共和国统计法》、《中华人民共和国政府信息公开条例》、《教育统计管理规定》'
    const file = await buildXlsx([
      {
        rows: [
          ['东阳市义务教育领域基层政务公开标准目录'],
          ['序号', '公开事项', null, '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', null, '公开方式', null, '公开层级', null, null, '公开形式', '五公开'],
          [null, '一级事项', '二级事项', null, null, null, null, null, '全社会', '特定对象', '主动', '依申请', '东阳市级', '镇街乡', '村', null, null],
          [1, '教育概况', '教育统计数据', '学校数据、在校生数据、教师数据、办学条件数据、县级汇总数据', basis, LIMIT20, '市教育局', '■政府网站 ■两微一端 ■公开查阅点', '√', '', '√', '', '√', '√', '', '■文本', '□决策'],
          [2, null, '义务教育学校名录', '学校名称、学校地址、办学层次、办学类型、办公电话', OGI, LIMIT20, '市教育局', '■政府网站 ■两微一端 ■公开查阅点', '', '√', '', '√', '', '', '√', '■文本', '□决策'],
        ],
        merges: ['A1:Q1', 'A2:A3', 'B2:C2', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3', 'I2:J2', 'K2:L2', 'M2:O2', 'P2:P3', 'Q2:Q3', 'B4:B5'],
      },
    ])
    const result = await readCatalogFile(file, 'xlsx')
    expect(result.domainHint).toBe('义务教育')
    expect(result.problems).toEqual([])
    expect(result.rows.map((row) => [row.l1, row.audience, row.mode, row.levels, row.channels, row.extra])).toEqual([
      ['教育概况', ['all'], ['proactive'], ['county', 'township'], ['government-website', 'two-micro-one-app', 'reading-point'], { 公开形式: '■文本', 五公开: '□决策' }],
      ['教育概况', ['specific'], ['on-request'], ['village'], ['government-website', 'two-micro-one-app', 'reading-point'], { 公开形式: '■文本', 五公开: '□决策' }],
    ])
  })

  it('市级 | 县级 | 乡级 | 村级: 市级 is the city when a 县级 column is present; 乡、村级 is township + village', async () => {
    const file = await buildXlsx([
      {
        rows: [
          ['序号', '公开事项', null, '公开内容', '公开时限', '公开对象', null, '公开方式', null, '公开层级', null, null, null],
          [null, '一级事项', '二级事项', null, null, '全社会', '特定群体', '主动', '依申请', '市级', '县级', '乡、村级', '村级'],
          [1, '综合业务', '政策', '《社会救助暂行办法》', '制定或获取信息之日起10个工作日内', '√', '', '√', '', '√', '√', '√', ''],
        ],
        merges: ['A1:A2', 'B1:C1', 'D1:D2', 'E1:E2', 'F1:G1', 'H1:I1', 'J1:M1'],
      },
    ])
    const result = await readCatalogFile(file, 'xlsx')
    expect(result.rows.map((row) => row.levels)).toEqual([['city', 'county', 'township', 'village']])
    expect(result.problems.map((p) => p.column)).toEqual(['公开依据', '公开主体', '公开渠道和载体'])
  })

  it('single-row header with text values; spaces, newlines and full-width parentheses in header cells', async () => {
    const file = await buildXlsx([
      {
        rows: [
          ['巩留县保障性住房领域基层政务公开标准目录'],
          ['序 号', '一级\n事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级'],
          [1, '公租房保障', '公租房租赁补贴资格确认', '申请条件、申请材料、审核结果', '《公共租赁住房管理办法》', '20工作日', '巩留县住房和城乡建设局', '政府网站、社区/企事业单位/村公示栏(电子屏)', '全社会', '主动', '县级'],
          [2, '公租房保障', '公租房承租资格确认', '申请条件、申请材料、审核结果', '《公共租赁住房管理办法》', '20工作日', '巩留县住房和城乡建设局', '1.政府网站; 2.其他', '全社会、特定群体', '主动、依申请', '县级 乡、村级'],
          [3, '公租房保障', '租金标准', '公租房租金标准', '《公共租赁住房管理办法》', '20工作日', '巩留县住房和城乡建设局', '政府网站', '全体居民', '主动公开', ''],
        ],
        merges: ['A1:K1'],
      },
    ])
    const result = await readCatalogFile(file, 'xlsx')
    expect(result.title).toBe('巩留县保障性住房领域基层政务公开标准目录')
    expect(result.domainHint).toBe('保障性住房')
    expect(result.rows.map(({ rowNumber, channels, audience, mode, levels }) => ({ rowNumber, channels, audience, mode, levels }))).toEqual([
      { rowNumber: 3, channels: ['government-website', 'notice-board'], audience: ['all'], mode: ['proactive'], levels: ['county'] },
      { rowNumber: 4, channels: ['government-website', 'other'], audience: ['all', 'specific'], mode: ['proactive', 'on-request'], levels: ['county', 'township', 'village'] },
      { rowNumber: 5, channels: ['government-website'], audience: [], mode: ['proactive'], levels: [] },
    ])
    expect(result.problems).toEqual([
      {
        row: 5,
        column: '公开对象',
        problem: '无法识别的公开对象“全体居民”，已忽略 / Unrecognised 公开对象 value "全体居民"; ignored',
        severity: 'warning',
      },
      { row: 5, column: '公开层级', problem: '未选择公开层级 / No 公开层级 (level) selected', severity: 'warning' },
    ])
  })

  it('救灾 variant: 三级事项, extra columns (条款内容, 依据效力（位阶）, 事项类别, 责任科室), no 公开方式 / 公开层级 columns', async () => {
    const file = await buildXlsx([
      {
        rows: [
          ['序号', '公开事项', null, null, '公开内容（要素）', '公开依据', '条款内容', '依据效力（位阶）', '公开时限', '公开主体', '事项类别（法定公开、其他）', '公开渠道和载体', '公开对象', null, '责任科室'],
          [null, '一级事项', '二级事项', '三级事项', null, null, null, null, null, null, null, null, '全社会', '特定群体', null],
          [
            1, '政策文件', '法律法规', '国家自然灾害救助应急预案', '与救灾有关的法律、法规', OGI,
            '《中华人民共和国政府信息公开条例》第二十条(十二)突发公共事件的应急预案、预警信息及应对情况', '法规',
            '信息形成或变更之日起20个工作日内', '应急管理部门', '法定公开', '■政府网站 ■两微一端', '√', '', '办公室',
          ],
        ],
        merges: ['A1:A2', 'B1:D1', 'E1:E2', 'F1:F2', 'G1:G2', 'H1:H2', 'I1:I2', 'J1:J2', 'K1:K2', 'L1:L2', 'M1:N1', 'O1:O2'],
      },
    ])
    const result = await readCatalogFile(file, 'xlsx')
    expect(result.rows).toEqual([
      {
        rowNumber: 3, l1: '政策文件', l2: '法律法规', l3: '国家自然灾害救助应急预案', content: '与救灾有关的法律、法规', basis: OGI,
        timeLimit: '信息形成或变更之日起20个工作日内', subject: '应急管理部门', channels: ['government-website', 'two-micro-one-app'],
        audience: ['all'], mode: [], levels: [],
        extra: {
          条款内容: '《中华人民共和国政府信息公开条例》第二十条(十二)突发公共事件的应急预案、预警信息及应对情况',
          '依据效力（位阶）': '法规',
          '事项类别（法定公开、其他）': '法定公开',
          责任科室: '办公室',
        },
      },
    ])
    expect(result.problems).toEqual([
      { row: 1, column: '公开方式', problem: '没有“公开方式”列，该项留空 / No 公开方式 column; left empty', severity: 'warning' },
      { row: 1, column: '公开层级', problem: '没有“公开层级”列，该项留空 / No 公开层级 column; left empty', severity: 'warning' },
    ])
  })

  it('Sichuan variant: 公开属性 (主动公开) is the mode; 公开方式 (全文发布) beside it is kept as an extra column', async () => {
    const file = await buildXlsx([
      {
        rows: [
          ['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道', '公开方式', '公开属性', '公开对象', '公开层级', '咨询电话'],
          [1, '社会保险登记', '城乡居民养老保险参保登记', '事项名称、事项简述、办理材料', '《社会保险法》', '公开事项信息形成或变更之日起20个工作日内公开', '乡镇人民政府', '■乡镇便民服务中心', '全文发布', '主动公开', '全社会', '乡级', '0838-1234567'],
        ],
      },
    ])
    const result = await readCatalogFile(file, 'xlsx')
    expect(result.problems).toEqual([])
    expect(result.rows[0]).toMatchObject({
      channels: ['convenience-station'],
      audience: ['all'],
      mode: ['proactive'],
      levels: ['township'],
      extra: { 公开方式: '全文发布', 咨询电话: '0838-1234567' },
    })
  })

  it('附件 label above the title, an unlabelled column, and trailing numbered blank rows', async () => {
    const file = await buildXlsx([
      {
        name: 'Sheet1',
        rows: [
          ['附件2'],
          ['XX县国土空间规划领域基层政务公开标准目录'],
          ['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级', null],
          [1, '公共服务', '法规文件', '城乡规划领域相关法律、法规、规章、规范性文件', OGI, LIMIT20, '自然资源局', '◆政府网站', '全社会', '主动', '县级', '见附表'],
          [2],
          [3],
        ],
      },
    ])
    const result = await readCatalogFile(file, 'xlsx')
    expect(result.title).toBe('XX县国土空间规划领域基层政务公开标准目录')
    expect(result.domainHint).toBe('城乡规划')
    expect(result.rows.map((row) => [row.rowNumber, row.l2, row.extra])).toEqual([[4, '法规文件', { 列L: '见附表' }]])
    expect(result.problems).toEqual([
      { row: 5, problem: '已忽略只有序号“2”的空行 / Ignored a row holding only its 序号 "2"', severity: 'warning' },
      { row: 6, problem: '已忽略只有序号“3”的空行 / Ignored a row holding only its 序号 "3"', severity: 'warning' },
    ])
  })

  it('a two-row header saved as CSV (group headers only in their first column) is still read as two rows', async () => {
    const csv =
      '序号,公开事项,,公开内容(要素),公开依据,公开时限,公开主体,公开渠道和载体,公开对象,,公开方式,,公开层级,\r\n' +
      ',一级事项,二级事项,,,,,,全社会,特定群体,主动,依申请,县级,乡级\r\n' +
      '1,政策文件,教育法律,教育法律、规章制度,条例,20个工作日内,区教育局,■政府网站,√,,√,,√,√\r\n'
    const result = await readCatalogFile(Buffer.from(csv, 'utf8'), 'csv')
    expect(result.problems).toEqual([])
    expect(result.rows.map((row) => [row.rowNumber, row.l1, row.l2, row.audience, row.mode, row.levels])).toEqual([
      [3, '政策文件', '教育法律', ['all'], ['proactive'], ['county', 'township']],
    ])
  })
})
