/** The vocabulary: channels, marks, levels, headers, domains, and the reference-row mapper the seed reuses. */
import { describe, expect, it } from '@jest/globals'

import {
  AUDIENCES,
  audienceFromLabel,
  CHANNELS,
  MODES,
  modeFromLabel,
  parseLabelList,
  findDomain,
  headerField,
  levelsFromLabel,
  normalizeCatalogRow,
  parseChannelText,
  readMark,
  referenceGroupToCatalogRows,
  referenceRowToCatalogRow,
} from '../../src/catalog-io/index.js'
import { referenceGroups } from './helpers.js'

describe('channels', () => {
  it('has the 13 standard channels with unique labels and synonyms', () => {
    expect(CHANNELS.map((c) => c.value)).toEqual([
      'government-website', 'gazette', 'two-micro-one-app', 'press-conference', 'broadcast-tv', 'print', 'reading-point',
      'service-center', 'convenience-station', 'door-to-door', 'notice-board', 'targeted-push', 'other',
    ])
    const texts = CHANNELS.flatMap((c) => [c.label, ...c.synonyms])
    expect(new Set(texts).size).toBe(texts.length)
  })

  it.each([
    ['■政府网站 □政务服务中心 ■两微一端', ['government-website', 'two-micro-one-app'], []],
    ['√政府网站 ✓政务微信 ☑发布会/听证会 □纸质媒体', ['government-website', 'two-micro-one-app', 'press-conference'], []],
    ['◆政府网站 ◆广播电视', ['government-website', 'broadcast-tv'], []],
    ['政府网站、公开查阅点、政务服务中心', ['government-website', 'reading-point', 'service-center'], []],
    ['1.政府网站; 2.其他', ['government-website', 'other'], []],
    ['■政府网站 ■线下公示栏 ■社会保障和为民服务中心公开查阅点', ['government-website', 'reading-point', 'notice-board'], []],
    ['■社区/企事业单位/村公示栏(电子屏)', ['notice-board'], []],
    ['■入户/现场 ■精准推送 ■便民服务站', ['convenience-station', 'door-to-door', 'targeted-push'], []],
    ['■政府网站 ■会议', ['government-website', 'other'], ['会议']],
    ['■其他：12345热线', ['other'], []],
    ['', [], []],
  ])('%s', (text, channels, unknown) => {
    const reading = parseChannelText(text)
    expect(reading.channels).toEqual(channels)
    expect(reading.unknown).toEqual(unknown)
  })

  it('keeps the text of 其他 and of unrecognised channels', () => {
    expect(parseChannelText('■政府网站 ■其他(法律服务网) ■公共资源交易平台')).toEqual({
      channels: ['government-website', 'other'],
      otherTexts: ['法律服务网', '公共资源交易平台'],
      unknown: ['公共资源交易平台'],
    })
  })
})

describe('marks', () => {
  it.each(['√', '✓', '✔', '☑', '■', '●', '◆', '☒', ' √ '])('%j is selected', (mark) => expect(readMark(mark)).toBe('selected'))
  it.each(['', '□', '☐', '○', '/', '—', '无'])('%j is not selected', (mark) => expect(readMark(mark)).toBe('unselected'))
  it.each(['x', 'X', '×', '?', '是', '√√', 'v'])('%j is unknown', (mark) => expect(readMark(mark)).toBe('unknown'))
  it("accepts the column's own label as a mark", () => {
    expect(readMark('主动', ['主动'])).toBe('selected')
    expect(readMark('依申请', ['主动'])).toBe('unknown')
  })
})

describe('levels', () => {
  it.each([
    ['县级', ['county']],
    ['乡级', ['township']],
    ['市级', ['city']],
    ['村级', ['village']],
    ['乡、村级', ['township', 'village']],
    ['镇街乡', ['township']],
    ['镇(街)级', ['township']],
    ['县(市、区)级', ['county']],
    ['区级', ['county']],
    ['社区', ['village']],
    ['村', ['village']],
    ['州级', ['city']],
    ['县级 + 乡、村级', ['county', 'township', 'village']],
    ['县级 乡级', ['county', 'township']],
    ['市级 | 镇(街)级', ['city', 'township']],
    ['县级/乡级', ['county', 'township']],
  ])('%s', (label, levels) => expect(levelsFromLabel(label)).toEqual(levels))

  it('省级 is not a level of the model', () => expect(levelsFromLabel('省级')).toBeUndefined())
})

describe('text lists', () => {
  it('reads audience and mode lists with any separator', () => {
    expect(parseLabelList('主动/依申请', modeFromLabel, MODES)).toEqual({ values: ['proactive', 'on-request'], unknown: [] })
    expect(parseLabelList('特定群体 全社会', audienceFromLabel, AUDIENCES)).toEqual({ values: ['all', 'specific'], unknown: [] })
    expect(parseLabelList('主动公开和依申请公开', modeFromLabel, MODES)).toEqual({ values: ['proactive', 'on-request'], unknown: [] })
    expect(parseLabelList('主动、不予公开', modeFromLabel, MODES)).toEqual({ values: ['proactive'], unknown: ['不予公开'] })
  })
})

describe('headers and domains', () => {
  it.each([
    ['公开内容（要素）', 'content'],
    ['公开内容\n(要素)', 'content'],
    ['公 开 时 限', 'timeLimit'],
    ['公开渠道和载体(“■”表示必选项,“□”表示可选项)', 'channels'],
    ['公开对象(全社会 特定群体)', 'audience'],
    ['一级事项', 'l1'],
    ['公开属性', 'mode'],
    ['条款内容', undefined],
  ])('%j → %s', (text, field) => expect(headerField(text)).toBe(field))

  it('finds the domain in a title, by name or local alias', () => {
    expect(findDomain('示范区义务教育领域基层政务公开标准目录')).toBe('义务教育')
    expect(findDomain('XX区国土空间规划领域基层政务公开标准目录')).toBe('城乡规划')
    expect(findDomain('国有土地上房屋征收与补偿领域')).toBe('国有土地上房屋征收与补偿')
    expect(findDomain('政务公开事项目录')).toBeUndefined()
  })
})

describe('referenceRowToCatalogRow', () => {
  it('maps the reference fields through the vocabulary', () => {
    expect(
      referenceRowToCatalogRow({
        l1: '综合业务',
        l2: '政策',
        content: '《社会救助暂行办法》',
        basis: '《信息公开条例》及相关规定',
        limit: '制定或获取信息之日起10个工作日内',
        subject: '县级政府民政部门、乡镇政府(街道办事处)',
        channels: '■政府网站',
        audience: '全社会',
        mode: '主动',
        level: '县级 + 乡、村级',
      }),
    ).toEqual({
      l1: '综合业务',
      l2: '政策',
      content: '《社会救助暂行办法》',
      basis: '《信息公开条例》及相关规定',
      timeLimit: '制定或获取信息之日起10个工作日内',
      subject: '县级政府民政部门、乡镇政府(街道办事处)',
      channels: ['government-website'],
      audience: ['all'],
      mode: ['proactive'],
      levels: ['county', 'township', 'village'],
    })
  })

  it("drops the editors' annotations, resolves (same …) from the row above, keeps extra fields as columns", () => {
    const previous = referenceRowToCatalogRow({ l1: '绿化管理', l2: '损坏城市树木花草', content: '1.机构职能', limit: '20个工作日内', subject: '城管局' })
    expect(
      referenceRowToCatalogRow(
        {
          l1: '养老服务通用政策 [row grouping unclear]',
          l2: '擅自砍伐城市树木',
          content: '(same 7 elements)',
          limit: '(same)',
          subject: '(same)',
          channels: "■政府网站 ■社区/企事业单位/村公示栏(电子屏) (source renders ■ as 't'; options list includes □12345政务服务热线)",
          audience: '特定群体 [inferred]',
          mode: '主动公开',
          level: '州级',
          code: '0505',
        },
        previous,
      ),
    ).toEqual({
      l1: '养老服务通用政策',
      l2: '擅自砍伐城市树木',
      content: '1.机构职能',
      basis: '',
      timeLimit: '20个工作日内',
      subject: '城管局',
      channels: ['government-website', 'notice-board'],
      audience: ['specific'],
      mode: ['proactive'],
      levels: ['city'],
      extra: { 事项编码: '0505' },
    })
  })

  it('maps all 100 reference rows into canonical rows', () => {
    const rows = referenceGroups().flatMap(referenceGroupToCatalogRows)
    expect(rows).toHaveLength(100)
    for (const row of rows) expect(normalizeCatalogRow(row)).toEqual(row)
    expect(rows.filter((row) => row.channelsOther).map((row) => row.channelsOther)).toContain('投资项目在线审批监管平台')
  })
})
