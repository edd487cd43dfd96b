/** What the writers stream: a title, the sections' rows in order, and the summary computed on the way. */
import type { LedgerRow, LedgerSectionKey } from './columns.js'

export interface LedgerDocument {
  /** `财政局 2025年1月 政务信息公开台账` */
  title: string
  month: string
  department: { id: string | number; name: string } | null
  /** consumed once each, in order; the writers number the rows (序号) */
  sections: { key: LedgerSectionKey; rows: AsyncIterable<LedgerRow> }[]
  /** called after every section has been read */
  summary: () => (string | number)[][]
}
