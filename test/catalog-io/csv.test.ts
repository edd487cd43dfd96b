/** The RFC 4180 reader/writer and CSV catalogs as published (BOM or not, GBK, single-row header). */
import { describe, expect, it } from '@jest/globals'

import { decodeCsvBytes, parseCsv, readCatalogFile, stringifyCsv, writeCatalogCsv } from '../../src/catalog-io/index.js'

describe('parseCsv / stringifyCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks; CRLF, LF and CR line ends; empty fields', () => {
    expect(parseCsv('a,"b,c","d ""e"" f"\r\n"line1\nline2",,x\ny\rz,')).toEqual([
      ['a', 'b,c', 'd "e" f'],
      ['line1\nline2', '', 'x'],
      ['y'],
      ['z', ''],
    ])
    expect(parseCsv('a,b\r\n')).toEqual([['a', 'b']])
    expect(parseCsv('')).toEqual([])
    expect(parseCsv('\uFEFF序号,一级事项')).toEqual([['序号', '一级事项']])
    expect(parseCsv('""')).toEqual([['']])
  })

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseCsv('政府网站 "两微一端",b')).toEqual([['政府网站 "两微一端"', 'b']])
  })

  it('reads tab-separated text', () => {
    expect(parseCsv('序号\t一级事项\n1\t政策文件')).toEqual([['序号', '一级事项'], ['1', '政策文件']])
  })

  it('writes CRLF, quoting only what needs it, and reads its own output back', () => {
    const records = [['a', 'b,c', 'say "hi"', 'two\nlines', ''], ['序号', '公开内容（要素）']]
    const text = stringifyCsv(records)
    expect(text).toBe('a,"b,c","say ""hi""","two\nlines",\r\n序号,公开内容（要素）\r\n')
    expect(parseCsv(text)).toEqual(records)
  })

  it('decodes UTF-8 with or without BOM, UTF-16 with BOM, and GBK', () => {
    expect(decodeCsvBytes(Buffer.from('\uFEFF序号', 'utf8'))).toEqual({ text: '序号', encoding: 'utf-8' })
    expect(decodeCsvBytes(Buffer.from('序号', 'utf8'))).toEqual({ text: '序号', encoding: 'utf-8' })
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('序号', 'utf16le')]))).toEqual({ text: '序号', encoding: 'utf-16le' })
    expect(decodeCsvBytes(Buffer.from('d0f2bac5', 'hex'))).toEqual({ text: '序号', encoding: 'gbk' })
  })
})

describe('CSV catalogs', () => {
  it('writes a single header row with text values, UTF-8 with BOM', () => {
    const csv = writeCatalogCsv(
      [
        {
          l1: '政策文件', l2: '教育法律', content: '教育法律、规章制度', basis: '《中华人民共和国政府信息公开条例》', timeLimit: '信息形成或者变更之日起20个工作日内',
          subject: '区教育局', channels: ['two-micro-one-app', 'government-website'], audience: ['all'], mode: ['proactive'], levels: ['township', 'county'],
        },
      ],
      { title: '示范区义务教育领域基层政务公开标准目录' },
    )
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(csv.subarray(3).toString('utf8')).toBe(
      '示范区义务教育领域基层政务公开标准目录\r\n' +
        '序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级\r\n' +
        '1,政策文件,教育法律,教育法律、规章制度,《中华人民共和国政府信息公开条例》,信息形成或者变更之日起20个工作日内,区教育局,■政府网站 ■两微一端,全社会,主动,县级、乡级\r\n',
    )
  })

  it('reads a CSV without BOM as published (single-row header, text values)', async () => {
    const text =
      '序号,一级事项,二级事项,公开内容(要素),公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级\n' +
      '1,综合业务,政策,《社会救助暂行办法》,《信息公开条例》及相关规定,制定或获取信息之日起10个工作日内,"县级政府民政部门、乡镇政府(街道办事处)",■政府网站,全社会,主动,"县级,乡、村级"\n'
    const result = await readCatalogFile(Buffer.from(text, 'utf8'), 'csv')
    expect(result.problems).toEqual([])
    expect(result.rows).toEqual([
      {
        rowNumber: 2, l1: '综合业务', l2: '政策', content: '《社会救助暂行办法》', basis: '《信息公开条例》及相关规定', timeLimit: '制定或获取信息之日起10个工作日内',
        subject: '县级政府民政部门、乡镇政府(街道办事处)', channels: ['government-website'], audience: ['all'], mode: ['proactive'],
        levels: ['county', 'township', 'village'],
      },
    ])
  })

  it('reads a GBK CSV (as Excel saves it on Chinese Windows) with a warning', async () => {
    // 序号,一级事项,二级事项,公开内容,公开时限,公开对象,公开方式 / 1,政策文件,教育法律,教育法律、规章制度,20个工作日,全社会,主动 — in GBK
    const gbk = Buffer.from(
      'd0f2bac52cd2bbbcb6cac2cfee2cb6febcb6cac2cfee2cb9abbfaac4dac8dd2cb9abbfaacab1cfde2cb9abbfaab6d4cff32cb9abbfaab7bdcabd0d0a' +
        '312cd5feb2dfcec4bcfe2cbdccd3fdb7a8c2c92cbdccd3fdb7a8c2c9a1a2b9e6d5c2d6c6b6c82c3230b8f6b9a4d7f7c8d52cc8abc9e7bbe12cd6f7b6af0d0a',
      'hex',
    )
    const result = await readCatalogFile(gbk, 'csv')
    expect(result.rows.map((row) => [row.l1, row.l2, row.content, row.timeLimit, row.audience, row.mode])).toEqual([
      ['政策文件', '教育法律', '教育法律、规章制度', '20个工作日', ['all'], ['proactive']],
    ])
    expect(result.problems.map((p) => [p.row, p.column, p.severity])).toEqual([
      [0, undefined, 'warning'],
      [1, '公开依据', 'warning'],
      [1, '公开主体', 'warning'],
      [1, '公开渠道和载体', 'warning'],
      [1, '公开层级', 'warning'],
    ])
    expect(result.problems[0].problem).toBe('文件不是 UTF-8 编码，已按 GBK 读取 / The file is not UTF-8; it was read as GBK')
  })

  it('a CSV missing 公开时限 and with an empty 二级事项 and an unknown 公开方式: problems by record number', async () => {
    const missing = await readCatalogFile(Buffer.from('序号,一级事项,二级事项,公开内容\n1,政策文件,教育法律,教育法律\n'), 'csv')
    expect(missing.problems.filter((p) => p.severity === 'error')).toEqual([
      { row: 1, column: '公开时限', problem: '缺少必需列“公开时限” / Required column 公开时限 is missing', severity: 'error' },
    ])
    const rows = await readCatalogFile(
      Buffer.from(
        '\uFEFF序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级\r\n' +
          '1,政策文件,,教育法律,条例,20个工作日内,区教育局,■政府网站,全社会,主动,县级\r\n' +
          '2,政策文件,规范性文件,部门规范性文件,条例,20个工作日内,区教育局,■政府网站,全社会,公开,县级\r\n',
      ),
      'csv',
    )
    expect(rows.rows.map((row) => row.rowNumber)).toEqual([3])
    expect(rows.problems).toEqual([
      { row: 2, column: '二级事项', problem: '二级事项为空 / 二级事项 is empty', severity: 'error' },
      { row: 3, column: '公开方式', problem: '无法识别的公开方式“公开”，已忽略 / Unrecognised 公开方式 value "公开"; ignored', severity: 'warning' },
    ])
  })
})
