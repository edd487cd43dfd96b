/**
 * Text of an attachment, for the secrecy review's automatic findings: plain text / CSV / Markdown, DOCX, XLSX
 * and PDF. Never throws: an unsupported type says so (`supported: false`), a file that cannot be read gives
 * `error`. Output is capped so one huge file cannot exhaust memory. No Payload import.
 */
import { inflateRawSync } from 'node:zlib'

import ExcelJS from 'exceljs'

import { cellValueText } from '../../catalog-io/grid.js'

export interface ExtractedText {
  text: string
  /** Whether the type is one this module reads; false for images, legacy .doc/.xls and the like. */
  supported: boolean
  /** Why a supported file gave no text (corrupt, encrypted, too large …). */
  error?: string
  /** The text stopped at the cap: the rest of the file was not read. */
  truncated?: boolean
}

export interface ExtractOptions {
  /** Most characters returned (default MAX_EXTRACTED_TEXT_LENGTH). */
  maxTextLength?: number
}

/** 2 Mi characters: far more than any disclosure document's text, small enough to scan at once. */
export const MAX_EXTRACTED_TEXT_LENGTH = 2 * 1024 * 1024
/**
 * Most bytes one zip member (document.xml, a worksheet) may inflate to, and the declared total of an XLSX
 * before exceljs loads it whole: a small zip bomb must not take the server's memory.
 */
const MAX_INFLATED_ENTRY_BYTES = 64 * 1024 * 1024
const MAX_XLSX_INFLATED_BYTES = 256 * 1024 * 1024
/** Pages read from one PDF at most. */
const MAX_PDF_PAGES = 5000

type Format = 'text' | 'docx' | 'xlsx' | 'pdf'

const MIME_FORMATS: Record<string, Format> = {
  'text/plain': 'text',
  'text/csv': 'text',
  'application/csv': 'text',
  'text/tab-separated-values': 'text',
  'text/markdown': 'text',
  'text/x-markdown': 'text',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/pdf': 'pdf',
}

const EXTENSION_FORMATS: Record<string, Format> = {
  txt: 'text',
  csv: 'text',
  tsv: 'text',
  md: 'text',
  markdown: 'text',
  docx: 'docx',
  xlsx: 'xlsx',
  pdf: 'pdf',
}

/** MIME types that say nothing about the content: the file name decides then. */
const GENERIC_MIME_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/zip', 'application/x-zip-compressed'])

const formatOf = (mimeType: string, filename?: string): Format | undefined => {
  const mime = String(mimeType ?? '').split(';')[0].trim().toLowerCase()
  if (MIME_FORMATS[mime]) return MIME_FORMATS[mime]
  if (!GENERIC_MIME_TYPES.has(mime)) return undefined
  const ext = /\.([a-z0-9]+)$/i.exec(filename ?? '')?.[1]?.toLowerCase()
  return ext ? EXTENSION_FORMATS[ext] : undefined
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error)) || 'unreadable file'

/** Accumulates text up to the cap. */
class TextSink {
  private parts: string[] = []
  private length = 0
  truncated = false
  constructor(private readonly max: number) {}
  get full(): boolean {
    return this.truncated
  }
  push(text: string): void {
    if (this.truncated || !text) return
    const room = this.max - this.length
    if (text.length > room) {
      this.parts.push(text.slice(0, room))
      this.length = this.max
      this.truncated = true
      return
    }
    this.parts.push(text)
    this.length += text.length
  }
  result(): ExtractedText {
    const text = this.parts.join('')
    return this.truncated ? { text, supported: true, truncated: true } : { text, supported: true }
  }
}

// --- Plain text -------------------------------------------------------------------------------------------------

/**
 * BOM-marked UTF-8/UTF-16, else UTF-8, else GBK (what Chinese Windows saves "ANSI" text as). Only as many bytes
 * as can make `max` characters are decoded; `stream: true` keeps a character cut at that edge from turning
 * valid UTF-8 into a decoding error.
 */
const decodeText = (data: Uint8Array, max: number): { text: string; cut: boolean } => {
  let encoding = 'utf-8'
  let body = data
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) body = data.subarray(3)
  else if (data[0] === 0xff && data[1] === 0xfe) [encoding, body] = ['utf-16le', data.subarray(2)]
  else if (data[0] === 0xfe && data[1] === 0xff) [encoding, body] = ['utf-16be', data.subarray(2)]
  const limit = max * 4
  const cut = body.length > limit
  const slice = cut ? body.subarray(0, limit) : body
  if (encoding !== 'utf-8') return { text: new TextDecoder(encoding).decode(slice, { stream: cut }), cut }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(slice, { stream: cut }), cut }
  } catch {
    return { text: new TextDecoder('gbk').decode(slice, { stream: cut }), cut }
  }
}

const extractPlain = (data: Uint8Array, max: number): ExtractedText => {
  const { text, cut } = decodeText(data, max)
  const sink = new TextSink(max)
  sink.push(text)
  const result = sink.result()
  return cut && !result.truncated ? { ...result, truncated: true } : result
}

// --- Zip (DOCX, XLSX) -------------------------------------------------------------------------------------------

interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  size: number
  localHeaderOffset: number
}

/** The central directory of a zip file (APPNOTE.TXT §4.3.16, §4.3.12). Zip64 is not needed for Office files. */
const readZipDirectory = (zip: Buffer): ZipEntry[] => {
  const EOCD = 0x06054b50
  let eocd = -1
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)')
  const count = zip.readUInt16LE(eocd + 10)
  let offset = zip.readUInt32LE(eocd + 16)
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) throw new Error('corrupt zip central directory')
    const nameLength = zip.readUInt16LE(offset + 28)
    const extraLength = zip.readUInt16LE(offset + 30)
    const commentLength = zip.readUInt16LE(offset + 32)
    entries.push({
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      size: zip.readUInt32LE(offset + 24),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
    })
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

const readZipEntry = (zip: Buffer, entry: ZipEntry): Buffer => {
  const at = entry.localHeaderOffset
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) throw new Error(`corrupt zip entry ${entry.name}`)
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28)
  const end = start + entry.compressedSize
  if (end > zip.length) throw new Error(`truncated zip entry ${entry.name}`)
  const raw = zip.subarray(start, end)
  if (entry.method === 0) return raw
  if (entry.method === 8) {
    try {
      return inflateRawSync(raw, { maxOutputLength: MAX_INFLATED_ENTRY_BYTES })
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new Error(`${entry.name} is too large to read`)
      throw error
    }
  }
  throw new Error(`unsupported zip compression method ${entry.method} for ${entry.name}`)
}

const isZip = (data: Buffer): boolean => data.length >= 4 && data.readUInt32LE(0) === 0x04034b50

// --- DOCX -------------------------------------------------------------------------------------------------------

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

const decodeXmlEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return XML_ENTITIES[name] ?? whole
  })

/**
 * Text runs of a WordprocessingML part (ECMA-376 Part 1, §17.3.3): <w:t>, and <w:delText> too — a tracked
 * deletion is invisible in Word but still inside the file that would be published. Paragraph ends, breaks and
 * tabs keep words on separate lines so numbers in neighbouring cells do not run together.
 */
const WORD_TOKENS =
  /<w:(t|delText)(?:\s[^>]*)?(?<!\/)>([^<]*)<\/w:\1>|<w:(?:tab|br|cr)\b[^>]*\/>|<\/w:(?:p|tc)>/g

const wordXmlText = (xml: string, sink: TextSink): void => {
  for (const m of xml.matchAll(WORD_TOKENS)) {
    if (sink.full) return
    if (m[1] !== undefined) sink.push(decodeXmlEntities(m[2]))
    else if (m[0].startsWith('<w:tab')) sink.push('\t')
    else sink.push('\n')
  }
}

/** The main document first, then the parts a reader also sees or that travel with the file. */
const DOCX_PART_ORDER = [
  /^word\/document\.xml$/,
  /^word\/header\d*\.xml$/,
  /^word\/footer\d*\.xml$/,
  /^word\/footnotes\.xml$/,
  /^word\/endnotes\.xml$/,
  /^word\/comments\.xml$/,
]

const extractDocx = (data: Buffer, max: number): ExtractedText => {
  if (!isZip(data)) return { text: '', supported: true, error: 'not a DOCX file (not a zip archive)' }
  const entries = readZipDirectory(data)
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    return { text: '', supported: true, error: 'not a DOCX file (no word/document.xml)' }
  }
  const sink = new TextSink(max)
  for (const pattern of DOCX_PART_ORDER) {
    for (const entry of entries.filter((e) => pattern.test(e.name))) {
      if (sink.full) break
      wordXmlText(readZipEntry(data, entry).toString('utf8'), sink)
      sink.push('\n')
    }
  }
  const result = sink.result()
  return { ...result, text: result.text.replace(/\n{2,}/g, '\n').trim() }
}

// --- XLSX -------------------------------------------------------------------------------------------------------

const extractXlsx = async (data: Buffer, max: number): Promise<ExtractedText> => {
  if (!isZip(data)) return { text: '', supported: true, error: 'not an XLSX file (not a zip archive)' }
  // exceljs inflates the whole workbook into memory: refuse one that claims to be enormous.
  const declared = readZipDirectory(data).reduce((sum, e) => sum + e.size, 0)
  if (declared > MAX_XLSX_INFLATED_BYTES) return { text: '', supported: true, error: 'workbook is too large to read' }
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(data as unknown as ArrayBuffer)
  const sink = new TextSink(max)
  for (const sheet of workbook.worksheets) {
    if (sink.full) break
    sink.push(`${sheet.name}\n`)
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (sink.full) return
      const cells: string[] = []
      row.eachCell({ includeEmpty: false }, (cell) => {
        const text = cellValueText(cell.value, cell.font?.name)
        if (text) cells.push(text)
      })
      // Tab between cells: a number never runs on into the next cell's digits.
      if (cells.length > 0) sink.push(`${cells.join('\t')}\n`)
    })
  }
  const result = sink.result()
  return { ...result, text: result.text.trimEnd() }
}

// --- PDF --------------------------------------------------------------------------------------------------------

/**
 * PDF.js refuses to run when `Array.prototype` has enumerable extras, and drizzle-kit (which Payload
 * loads for its development schema push) adds an enumerable `Array.prototype.random`. Making such
 * extras non-enumerable keeps them callable and makes `for…in` over arrays safe again.
 */
const hideEnumerableArrayExtensions = (): void => {
  for (const key in Array.prototype) {
    const descriptor = Object.getOwnPropertyDescriptor(Array.prototype, key)
    if (descriptor?.enumerable && descriptor.configurable) Object.defineProperty(Array.prototype, key, { ...descriptor, enumerable: false })
  }
}

const extractPdf = async (data: Buffer, max: number): Promise<ExtractedText> => {
  hideEnumerableArrayExtensions()
  if (data.subarray(0, 1024).indexOf('%PDF-') < 0) return { text: '', supported: true, error: 'not a PDF file (no %PDF- header)' }
  // unpdf ships a serverless build of PDF.js (no worker, no canvas, no native code); loaded on first use.
  const { getDocumentProxy } = await import('unpdf')
  // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy, not the caller's bytes.
  const pdf = await getDocumentProxy(new Uint8Array(data), { verbosity: 0, isEvalSupported: false, stopAtErrors: false })
  try {
    const sink = new TextSink(max)
    const pages = Math.min(pdf.numPages, MAX_PDF_PAGES)
    for (let n = 1; n <= pages && !sink.full; n++) {
      const page = await pdf.getPage(n)
      const content = await page.getTextContent()
      for (const item of content.items) {
        if (!('str' in item)) continue
        sink.push(item.str)
        if (item.hasEOL) sink.push('\n')
      }
      sink.push('\n')
      page.cleanup()
    }
    const result = sink.result()
    const text = result.text.replace(/\n{2,}/g, '\n').trim()
    return pdf.numPages > pages ? { ...result, text, truncated: true } : { ...result, text }
  } finally {
    await pdf.destroy()
  }
}

// --- Entry point ------------------------------------------------------------------------------------------------

const asBuffer = (data: Buffer | Uint8Array): Buffer =>
  Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength)

/**
 * The text of an attachment. `mimeType` decides the format; a generic type (application/octet-stream, zip)
 * falls back to the file name's extension. Legacy binary Office files (.doc, .xls) and images are not read
 * (`supported: false`): the reviewer checks those by eye.
 */
export const extractText = async (
  data: Buffer | Uint8Array,
  mimeType: string,
  filename?: string,
  options: ExtractOptions = {},
): Promise<ExtractedText> => {
  const format = formatOf(mimeType, filename)
  if (!format) return { text: '', supported: false }
  const max = Math.max(0, Math.floor(options.maxTextLength ?? MAX_EXTRACTED_TEXT_LENGTH))
  try {
    if (!(data instanceof Uint8Array)) return { text: '', supported: true, error: 'no file content' }
    const buffer = asBuffer(data)
    // An empty text file is simply empty; an empty DOCX/XLSX/PDF is a broken one.
    if (buffer.length === 0) return format === 'text' ? { text: '', supported: true } : { text: '', supported: true, error: 'empty file' }
    switch (format) {
      case 'text':
        return extractPlain(buffer, max)
      case 'docx':
        return extractDocx(buffer, max)
      case 'xlsx':
        return await extractXlsx(buffer, max)
      case 'pdf':
        return await extractPdf(buffer, max)
    }
  } catch (error) {
    return { text: '', supported: true, error: errorText(error) }
  }
}
