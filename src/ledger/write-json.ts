/** The ledger as JSON, streamed: `{ title, month, department, sections: { proactive: [...], nonProactive: [...] }, summary }`. */
import { SUMMARY_HEADERS } from './summary.js'
import type { LedgerDocument } from './document.js'

const CHUNK_ROWS = 500

export async function* ledgerJsonChunks(document: LedgerDocument): AsyncGenerator<Buffer> {
  let out = `{"title":${JSON.stringify(document.title)},"month":${JSON.stringify(document.month)},"department":${JSON.stringify(document.department)},"sections":{`
  for (const [index, section] of document.sections.entries()) {
    out += `${index > 0 ? ',' : ''}${JSON.stringify(section.key)}:[`
    let first = true
    let count = 0
    let serial = 0
    for await (const row of section.rows) {
      serial++
      out += (first ? '' : ',') + JSON.stringify({ ...row, serial })
      first = false
      if (++count === CHUNK_ROWS) {
        yield Buffer.from(out, 'utf8')
        out = ''
        count = 0
      }
    }
    out += ']'
  }
  const summary = document.summary().map((row) => Object.fromEntries(SUMMARY_HEADERS.map((header, i) => [header, row[i]])))
  out += `},"summary":${JSON.stringify(summary)}}`
  yield Buffer.from(out, 'utf8')
}
