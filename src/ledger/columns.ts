/**
 * The ledger's columns (政务信息公开台账), in order: the headers auditors expect (seed 004's 台账), widths
 * for Excel, and the kind of each cell. One table for CSV, XLSX and JSON.
 */

export type LedgerCellKind = 'number' | 'text' | 'date'

export interface LedgerColumn {
  key: LedgerColumnKey
  header: string
  /** Excel column width in characters */
  width: number
  kind: LedgerCellKind
}

export const LEDGER_COLUMNS = [
  { key: 'serial', header: '序号', width: 5, kind: 'number' },
  { key: 'indexNumber', header: '索引号', width: 30, kind: 'text' },
  { key: 'title', header: '信息名称', width: 30, kind: 'text' },
  { key: 'documentNumber', header: '文号', width: 14, kind: 'text' },
  { key: 'category', header: '信息类别', width: 8, kind: 'text' },
  { key: 'catalog', header: '所属领域及目录事项', width: 20, kind: 'text' },
  { key: 'publicAttribute', header: '公开属性', width: 8, kind: 'text' },
  { key: 'withholdReason', header: '不予公开理由及依据', width: 16, kind: 'text' },
  { key: 'formedOn', header: '信息形成(变更)日期', width: 11, kind: 'date' },
  { key: 'rule', header: '公开时限', width: 16, kind: 'text' },
  { key: 'dueDate', header: '应公开日期', width: 11, kind: 'date' },
  { key: 'publishedOn', header: '实际公开日期', width: 11, kind: 'date' },
  { key: 'onTime', header: '是否按时', width: 8, kind: 'text' },
  { key: 'daysLate', header: '超期工作日数', width: 7, kind: 'number' },
  { key: 'lateReason', header: '超期说明', width: 16, kind: 'text' },
  { key: 'channels', header: '公开渠道', width: 12, kind: 'text' },
  { key: 'department', header: '责任部门', width: 12, kind: 'text' },
  { key: 'handler', header: '经办人', width: 8, kind: 'text' },
  { key: 'secrecy', header: '保密审查结论及审查人', width: 14, kind: 'text' },
  { key: 'signer', header: '签发人', width: 8, kind: 'text' },
  { key: 'interpretation', header: '解读情况', width: 16, kind: 'text' },
] as const satisfies readonly { key: string; header: string; width: number; kind: LedgerCellKind }[]

export type LedgerColumnKey = (typeof LEDGER_COLUMNS)[number]['key']

export const LEDGER_HEADERS: string[] = LEDGER_COLUMNS.map((column) => column.header)

/** One ledger row: a value per column; dates are Beijing `YYYY-MM-DD` text. */
export type LedgerRow = Record<LedgerColumnKey, string | number | null>

/** The sheets of the XLSX (and the sections of CSV and JSON). */
export const LEDGER_SECTIONS = {
  proactive: { sheet: '主动公开', attributes: ['proactive'] },
  // Like the 不予公开政府信息登记表: the reason and its legal basis are columns of this sheet.
  nonProactive: { sheet: '依申请及不予公开', attributes: ['on-request', 'withheld'] },
} as const

export type LedgerSectionKey = keyof typeof LEDGER_SECTIONS

export const SUMMARY_SHEET = '汇总'
