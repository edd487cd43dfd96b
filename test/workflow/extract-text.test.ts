/** Attachment text for the secrecy review: real DOCX, XLSX and PDF files built here, read back, scanned. */
import { deflateRawSync } from 'node:zlib'

import { describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'

import { detectFindings, extractText } from '../../src/workflow/findings/index.js'
import { pdf } from '../helpers/pdf.js'

const ID = '11010519491231002X'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const PDF = 'application/pdf'

// --- A minimal zip writer (APPNOTE.TXT), so the DOCX under test is a real archive ------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (data: Buffer): number => {
  let c = 0xffffffff
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

interface ZipFile {
  name: string
  content: string | Buffer
  /** Store instead of deflate. */
  store?: boolean
  /** Uncompressed size to declare instead of the real one. */
  declaredSize?: number
}

const zip = (files: ZipFile[]): Buffer => {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8')
    const raw = Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content, 'utf8')
    const data = file.store ? raw : deflateRawSync(raw)
    const method = file.store ? 0 : 8
    const size = file.declaredSize ?? raw.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(crc32(raw), 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(crc32(raw), 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += local.length + name.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const docx = (bodyXml: string, extra: ZipFile[] = []): Buffer =>
  zip([
    {
      name: '[Content_Types].xml',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    },
    {
      name: 'word/document.xml',
      content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`,
    },
    ...extra,
  ])

const p = (...runs: string[]): string => `<w:p>${runs.map((r) => `<w:r>${r}</w:r>`).join('')}</w:p>`
const t = (text: string): string => `<w:t xml:space="preserve">${text}</w:t>`

const kindsIn = (text: string): string[] => detectFindings(text).map((f) => f.kind)

describe('extractText: plain text', () => {
  it.each([
    ['text/plain', 'a.txt'],
    ['text/csv; charset=utf-8', 'a.csv'],
    ['text/markdown', 'a.md'],
    ['application/octet-stream', 'a.md'],
  ])('reads %s', async (mime, name) => {
    const result = await extractText(Buffer.from(`身份证号,${ID}\n`, 'utf8'), mime, name)
    expect(result).toEqual({ text: `身份证号,${ID}\n`, supported: true })
  })

  it('reads UTF-8 with a BOM, UTF-16LE with a BOM and GBK', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`号${ID}`, 'utf8')])
    expect((await extractText(bom, 'text/plain')).text).toBe(`号${ID}`)
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`号${ID}`, 'utf16le')])
    expect((await extractText(utf16, 'text/plain')).text).toBe(`号${ID}`)
    // "手机" in GBK, then ASCII digits.
    const gbk = Buffer.concat([Buffer.from([0xca, 0xd6, 0xbb, 0xfa]), Buffer.from(':13812345678', 'ascii')])
    expect((await extractText(gbk, 'text/plain')).text).toBe('手机:13812345678')
  })

  it('accepts a Uint8Array and an empty file', async () => {
    expect((await extractText(new TextEncoder().encode(ID), 'text/plain')).text).toBe(ID)
    expect(await extractText(new Uint8Array(0), 'text/plain')).toEqual({ text: '', supported: true })
  })

  it('caps the text it returns', async () => {
    const result = await extractText(Buffer.from('一二三四五六七八九十'.repeat(1000), 'utf8'), 'text/plain', 'a.txt', { maxTextLength: 15 })
    expect(result).toEqual({ text: '一二三四五六七八九十一二三四五', supported: true, truncated: true })
  })
})

describe('extractText: DOCX', () => {
  const file = docx(
    [
      p(t('关于政府信息公开申请的答复')),
      p(t('申请人身份证号：'), t(ID.slice(0, 9)), t(ID.slice(9))),
      p(t('电话&amp;邮箱：'), '<w:tab/>', t('138 1234 5678')),
      '<w:tbl><w:tr><w:tc>' + p(t('6222021234567894')) + '</w:tc><w:tc>' + p(t('zhang.san@example.gov.cn')) + '</w:tc></w:tr></w:tbl>',
      p('<w:delText>已删除 440301199003071230</w:delText>'),
      p('<w:t/>', t('&#x5C3E;&#23614;')),
    ].join(''),
    [{ name: 'word/footer1.xml', content: `<w:ftr ${W}>${p(t('联系人 13900001111'))}</w:ftr>`, store: true }],
  )

  it('reads paragraphs, runs, tabs, table cells, tracked deletions and footers', async () => {
    const result = await extractText(file, DOCX, '答复.docx')
    expect(result.supported).toBe(true)
    expect(result.error).toBeUndefined()
    expect(result.text).toBe(
      [
        '关于政府信息公开申请的答复',
        `申请人身份证号：${ID}`,
        '电话&邮箱：\t138 1234 5678',
        '6222021234567894',
        'zhang.san@example.gov.cn',
        '已删除 440301199003071230',
        '尾尾',
        '联系人 13900001111',
      ].join('\n'),
    )
    expect(kindsIn(result.text)).toEqual(['id-number', 'mobile', 'bank-card', 'email', 'id-number', 'mobile'])
    expect(detectFindings(result.text)[0].masked).toBe('110105********002X')
  })

  it('goes by the file name when the type is generic', async () => {
    expect((await extractText(file, 'application/octet-stream', '答复.DOCX')).text).toContain(ID)
    expect((await extractText(file, 'application/zip', '答复.docx')).text).toContain(ID)
  })

  /** The deflated word/document.xml overwritten with 0xff (a reserved deflate block type). */
  const corruptDocument = (good: Buffer): Buffer => {
    const copy = Buffer.from(good)
    const at = copy.indexOf('word/document.xml') + 'word/document.xml'.length
    copy.fill(0xff, at, at + 16)
    return copy
  }

  it('says what is wrong with a broken DOCX instead of throwing', async () => {
    for (const broken of [
      Buffer.from('this is not a zip'),
      file.subarray(0, file.length - 30),
      zip([{ name: 'other.xml', content: '<x/>' }]),
      corruptDocument(file),
    ]) {
      const result = await extractText(broken, DOCX, 'broken.docx')
      expect(result.supported).toBe(true)
      expect(result.text).toBe('')
      expect(result.error).toEqual(expect.any(String))
    }
  })

  it('refuses a document part that inflates beyond its limit (zip bomb)', async () => {
    const bomb = docx('', [])
    const huge = zip([{ name: 'word/document.xml', content: Buffer.alloc(65 * 1024 * 1024, 0x61) }])
    expect(huge.length).toBeLessThan(200 * 1024)
    expect((await extractText(bomb, DOCX)).error).toBeUndefined()
    const result = await extractText(huge, DOCX)
    expect(result).toMatchObject({ supported: true, text: '' })
    expect(result.error).toMatch(/too large/)
  })
})

describe('extractText: XLSX', () => {
  const workbook = async (): Promise<Buffer> => {
    const wb = new ExcelJS.Workbook()
    const sheet = wb.addWorksheet('申请人名单')
    sheet.addRow(['姓名', '身份证号', '手机', '备注'])
    sheet.addRow(['张三', ID, 13812345678, { richText: [{ text: '邮箱 ' }, { text: 'zhang.san@example.gov.cn' }] }])
    sheet.addRow([])
    sheet.addRow(['李四', '440301199003071230', null, { formula: '1+1', result: 2 }])
    wb.addWorksheet('空表')
    return Buffer.from(await wb.xlsx.writeBuffer())
  }

  it('reads every sheet, cells separated by tabs, and finds the ID numbers', async () => {
    const result = await extractText(await workbook(), XLSX, '名单.xlsx')
    expect(result).toEqual({
      supported: true,
      text: [
        '申请人名单',
        '姓名\t身份证号\t手机\t备注',
        `张三\t${ID}\t13812345678\t邮箱 zhang.san@example.gov.cn`,
        '李四\t440301199003071230\t2',
        '空表',
      ].join('\n'),
    })
    expect(kindsIn(result.text)).toEqual(['id-number', 'mobile', 'email', 'id-number'])
  })

  it('caps the text', async () => {
    const result = await extractText(await workbook(), XLSX, '名单.xlsx', { maxTextLength: 20 })
    expect(result.truncated).toBe(true)
    expect(result.text.length).toBeLessThanOrEqual(20)
  })

  it('says what is wrong with a broken or oversized workbook instead of throwing', async () => {
    const good = await workbook()
    for (const broken of [
      Buffer.from('PK\u0003\u0004 but nothing else'),
      good.subarray(0, Math.floor(good.length / 2)),
      zip([{ name: 'xl/workbook.xml', content: '<not-a-workbook' }]),
      zip([{ name: 'xl/worksheets/sheet1.xml', content: '<x/>', declaredSize: 0x7fffffff }]),
    ]) {
      const result = await extractText(broken, XLSX)
      expect(result.supported).toBe(true)
      expect(result.text).toBe('')
      expect(result.error).toEqual(expect.any(String))
    }
  })
})

describe('extractText: PDF', () => {
  const file = pdf([
    ['Reply to a disclosure request', `Applicant ID: ${ID}`],
    ['Phone 138-1234-5678', 'Mail zhang.san@example.gov.cn'],
  ])

  it('reads the text of every page and finds the ID number', async () => {
    const result = await extractText(file, PDF, 'reply.pdf')
    expect(result.supported).toBe(true)
    expect(result.error).toBeUndefined()
    expect(result.text).toContain(`Applicant ID: ${ID}`)
    expect(result.text).toContain('zhang.san@example.gov.cn')
    expect(kindsIn(result.text)).toEqual(['id-number', 'mobile', 'email'])
  })

  it("leaves the caller's buffer usable (PDF.js would detach it)", async () => {
    const bytes = new Uint8Array(file)
    await extractText(bytes, PDF)
    expect(bytes.byteLength).toBe(file.length)
    expect(Buffer.from(bytes).equals(file)).toBe(true)
  })

  it('says what is wrong with a broken PDF instead of throwing', async () => {
    for (const broken of [Buffer.from('%PDF-1.4\nnothing here'), Buffer.from('not a pdf at all'), file.subarray(0, 40)]) {
      const result = await extractText(broken, PDF, 'broken.pdf')
      expect(result.supported).toBe(true)
      expect(result.text).toBe('')
      expect(result.error).toEqual(expect.any(String))
    }
  })
})

describe('extractText: unsupported types', () => {
  it.each([
    ['image/png', 'scan.png'],
    ['image/jpeg', 'photo.jpg'],
    ['application/msword', 'old.doc'],
    ['application/vnd.ms-excel', 'old.xls'],
    ['application/octet-stream', 'old.doc'],
    ['application/octet-stream', undefined],
    ['', 'noextension'],
  ])('%s (%s) is not read', async (mime, name) => {
    expect(await extractText(Buffer.from(ID), mime, name)).toEqual({ text: '', supported: false })
  })
})
