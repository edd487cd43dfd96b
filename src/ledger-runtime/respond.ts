/** Streams a ledger document as an HTTP response in the format asked for. */
import { PassThrough, Readable } from 'node:stream'

import { attachment } from '../endpoints/catalogExport.js'
import type { LedgerDocument } from '../ledger/document.js'
import { ledgerCsvChunks } from '../ledger/write-csv.js'
import { ledgerJsonChunks } from '../ledger/write-json.js'
import { writeLedgerXlsx } from '../ledger/write-xlsx.js'

export const LEDGER_FORMATS = ['xlsx', 'csv', 'json'] as const
export type LedgerFormat = (typeof LEDGER_FORMATS)[number]

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const CONTENT_TYPES: Record<LedgerFormat, string> = {
  xlsx: XLSX_MIME,
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
}

/** The document's bytes as a Node stream; errors while reading the database end the stream with that error. */
export const ledgerStream = (document: LedgerDocument, format: LedgerFormat): Readable => {
  if (format === 'csv') return Readable.from(ledgerCsvChunks(document))
  if (format === 'json') return Readable.from(ledgerJsonChunks(document))
  const output = new PassThrough()
  writeLedgerXlsx(document, output).catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))))
  return output
}

/** The whole document in memory (submissions store the file; the month is bounded by a department's output). */
export const ledgerBytes = async (document: LedgerDocument, format: LedgerFormat): Promise<Buffer> => {
  const chunks: Buffer[] = []
  for await (const chunk of ledgerStream(document, format)) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
  return Buffer.concat(chunks)
}

export const ledgerFileName = (document: LedgerDocument, format: LedgerFormat): string =>
  `政务信息公开台账-${document.department?.name ?? '全部部门'}-${document.month}.${format}`

export const ledgerResponse = (document: LedgerDocument, format: LedgerFormat): Response =>
  new Response(Readable.toWeb(ledgerStream(document, format)) as unknown as ReadableStream, {
    headers: {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': attachment(ledgerFileName(document, format)),
      'cache-control': 'private, no-store',
    },
  })
