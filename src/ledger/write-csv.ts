/**
 * The ledger as CSV for Excel, streamed: UTF-8 with BOM (Excel then opens Chinese correctly), CRLF, the
 * Chinese headers, one line per row of every section (numbered straight through), every cell that a
 * spreadsheet would run as a formula neutralised.
 */
import { neutraliseCell } from '../audit/csv.js'
import { formatCsvField } from '../catalog-io/csv.js'
import { LEDGER_COLUMNS, LEDGER_HEADERS, type LedgerRow } from './columns.js'
import type { LedgerDocument } from './document.js'

const BOM = Buffer.from([0xef, 0xbb, 0xbf])
/** Rows gathered into one chunk: fewer, larger writes. */
const CHUNK_ROWS = 500

const line = (cells: readonly string[]): string => cells.map((cell) => formatCsvField(neutraliseCell(cell))).join(',') + '\r\n'

const cellText = (value: LedgerRow[keyof LedgerRow]): string => (value === null || value === undefined ? '' : String(value))

export async function* ledgerCsvChunks(document: LedgerDocument): AsyncGenerator<Buffer> {
  yield Buffer.concat([BOM, Buffer.from(line(LEDGER_HEADERS), 'utf8')])
  let serial = 0
  let pending = ''
  let count = 0
  for (const section of document.sections) {
    for await (const row of section.rows) {
      serial++
      pending += line(LEDGER_COLUMNS.map((column) => (column.key === 'serial' ? String(serial) : cellText(row[column.key]))))
      if (++count === CHUNK_ROWS) {
        yield Buffer.from(pending, 'utf8')
        pending = ''
        count = 0
      }
    }
  }
  if (pending) yield Buffer.from(pending, 'utf8')
}
