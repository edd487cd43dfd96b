/**
 * A small RFC 4180 CSV reader and writer. Reading is tolerant: CRLF, LF or CR line ends, a UTF-8 BOM, UTF-16
 * with BOM, GBK (what Excel on Chinese Windows saves) when the bytes are not UTF-8, and tab-separated text.
 * Writing: UTF-8 with BOM (so Excel opens it as UTF-8), CRLF, fields quoted when they hold , " CR or LF.
 */

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk'

export interface DecodedCsv {
  text: string
  encoding: CsvEncoding
}

/** Decodes CSV bytes: BOM first (UTF-8, UTF-16 LE/BE), then strict UTF-8, then GBK. */
export const decodeCsvBytes = (data: Uint8Array): DecodedCsv => {
  if (data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(data.subarray(3)), encoding: 'utf-8' }
  }
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(data.subarray(2)), encoding: 'utf-16le' }
  }
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(data.subarray(2)), encoding: 'utf-16be' }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('gbk').decode(data), encoding: 'gbk' }
  }
}

/** Tab when the first non-empty line has tabs and no commas, else comma. */
export const detectDelimiter = (text: string): ',' | '\t' => {
  const firstLine = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? ''
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ','
}

/**
 * Parses CSV text into records of fields. Quoted fields may hold delimiters, line breaks and "" (a quote).
 * A quote inside an unquoted field is kept as text; text after a closing quote is appended to the field.
 * A leading BOM is dropped.
 */
export const parseCsv = (input: string, delimiter: string = detectDelimiter(input)): string[][] => {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let inQuotes = false
  let fieldStarted = false
  const endField = () => {
    record.push(field)
    field = ''
    fieldStarted = false
  }
  const endRecord = () => {
    endField()
    records.push(record)
    record = []
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else inQuotes = false
      } else field += c
      continue
    }
    if (c === '"' && !fieldStarted) {
      inQuotes = true
      fieldStarted = true
    } else if (c === delimiter) endField()
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++
      endRecord()
    } else {
      field += c
      fieldStarted = true
    }
  }
  // The last record, unless the text ended with a line break.
  if (fieldStarted || field !== '' || record.length > 0) endRecord()
  return records
}

const needsQuotes = /[",\r\n]/

/** One field, quoted when needed. */
export const formatCsvField = (value: string): string => (needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

/** CSV text (CRLF line ends, no BOM: see encodeCsv). */
export const stringifyCsv = (records: readonly (readonly string[])[]): string =>
  records.map((record) => record.map(formatCsvField).join(',')).join('\r\n') + '\r\n'

/**
 * Cells a spreadsheet would run as a formula (CSV injection: `=HYPERLINK(…)`, `+…`, `-…`, `@…`, a leading tab
 * or CR) get a leading apostrophe, so Excel, LibreOffice and WPS show the text as text. A text that already
 * starts with apostrophes before such a character gets one more, so `unguardFormula` gives back exactly the
 * text that was written.
 */
const GUARDED = /^'*[=+\-@\t\r]/

export const guardFormula = (value: string): string => (GUARDED.test(value) ? `'${value}` : value)

/** The text `guardFormula` was given: the one apostrophe it added is removed. */
export const unguardFormula = (cell: string): string => (cell.startsWith("'") && GUARDED.test(cell.slice(1)) ? cell.slice(1) : cell)

/** UTF-8 bytes with a BOM. */
export const encodeCsv = (text: string): Buffer => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
