/**
 * The tables of the annual report (政府信息公开工作年度报告) in the format of 国办公开办函〔2021〕30号, as data:
 * rows of cells with the official labels — character for character — and the keys of the value cells.
 * Renderers (HTML, XLSX) draw these; the builder fills the values.
 */
import {
  APPLICANT_TYPE_LABELS,
  APPLICANT_TYPES,
  ORGANISATION_GROUP_LABEL,
  OUTCOME_GROUP_LABELS,
  OUTCOME_GROUPS,
  OUTCOMES,
  REVIEW_KINDS,
  REVIEW_RESULT_LABELS,
  REVIEW_RESULTS,
  type Outcome,
  type OutcomeGroup,
} from '../requests/categories.js'

export interface ReportCell {
  /** a label, or nothing for a value cell */
  text?: string
  /** the value cell's key in the report's `cells` */
  key?: string
  colspan?: number
  rowspan?: number
  header?: boolean
}

export interface ReportTable {
  id: 'proactive' | 'requests' | 'reviews'
  /** the section heading above the table */
  title: string
  rows: ReportCell[][]
}

export const REPORT_SECTIONS = {
  proactive: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  reviews: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const

/** The 勾稽关系 note in the corner of the requests table. */
export const REQUESTS_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'

/** Columns of the requests table, in order: the six applicant types and 总计. */
export const REQUEST_COLUMNS = [...APPLICANT_TYPES, 'total'] as const
export type RequestColumn = (typeof REQUEST_COLUMNS)[number]

const label = (text: string, extra: Partial<ReportCell> = {}): ReportCell => ({ text, header: true, ...extra })
const values = (prefix: string): ReportCell[] => REQUEST_COLUMNS.map((column) => ({ key: `${prefix}.${column}` }))

const proactiveTable = (): ReportTable => ({
  id: 'proactive',
  title: REPORT_SECTIONS.proactive,
  rows: [
    [label('第二十条第（一）项', { colspan: 4 })],
    [label('信息内容'), label('本年制发件数'), label('本年废止件数'), label('现行有效件数')],
    [label('规章'), { key: 'proactive.regulations.issued' }, { key: 'proactive.regulations.repealed' }, { key: 'proactive.regulations.inForce' }],
    [label('行政规范性文件'), { key: 'proactive.normativeDocuments.issued' }, { key: 'proactive.normativeDocuments.repealed' }, { key: 'proactive.normativeDocuments.inForce' }],
    [label('第二十条第（五）项', { colspan: 4 })],
    [label('信息内容'), label('本年处理决定数量', { colspan: 3 })],
    [label('行政许可'), { key: 'proactive.licensing', colspan: 3 }],
    [label('第二十条第（六）项', { colspan: 4 })],
    [label('信息内容'), label('本年处理决定数量', { colspan: 3 })],
    [label('行政处罚'), { key: 'proactive.penalty', colspan: 3 }],
    [label('行政强制'), { key: 'proactive.coercion', colspan: 3 }],
    [label('第二十条第（八）项', { colspan: 4 })],
    [label('信息内容'), label('本年收费金额（单位：万元）', { colspan: 3 })],
    [label('行政事业性收费'), { key: 'proactive.fees', colspan: 3 }],
  ],
})

const outcomesOf = (group: OutcomeGroup): Outcome[] => (Object.keys(OUTCOMES) as Outcome[]).filter((key) => OUTCOMES[key].group === group)

const requestsTable = (): ReportTable => {
  const resultRows: ReportCell[][] = []
  for (const group of OUTCOME_GROUPS) {
    const outcomes = outcomesOf(group)
    if (outcomes.length === 1 && OUTCOMES[outcomes[0]!].zh === OUTCOME_GROUP_LABELS[group].zh) {
      resultRows.push([label(OUTCOME_GROUP_LABELS[group].zh, { colspan: 2 }), ...values(`requests.outcome.${outcomes[0]}`)])
      continue
    }
    outcomes.forEach((outcome, i) => {
      resultRows.push([...(i === 0 ? [label(OUTCOME_GROUP_LABELS[group].zh, { rowspan: outcomes.length })] : []), label(OUTCOMES[outcome].zh), ...values(`requests.outcome.${outcome}`)])
    })
  }
  resultRows.push([label('（七）总计', { colspan: 2 }), ...values('requests.outcomeTotal')])
  resultRows[0]!.unshift(label('三、本年度办理结果', { rowspan: resultRows.length }))
  return {
    id: 'requests',
    title: REPORT_SECTIONS.requests,
    rows: [
      [label(REQUESTS_NOTE, { colspan: 3, rowspan: 3 }), label('申请人情况', { colspan: 7 })],
      [label(APPLICANT_TYPE_LABELS['natural-person'].zh), label(ORGANISATION_GROUP_LABEL.zh, { colspan: 5 }), label('总计')],
      [label(''), ...APPLICANT_TYPES.filter((type) => type !== 'natural-person').map((type) => label(APPLICANT_TYPE_LABELS[type].zh)), label('')],
      [label('一、本年新收政府信息公开申请数量', { colspan: 3 }), ...values('requests.new')],
      [label('二、上年结转政府信息公开申请数量', { colspan: 3 }), ...values('requests.carriedOver')],
      ...resultRows,
      [label('四、结转下年度继续办理', { colspan: 3 }), ...values('requests.carriedForward')],
    ],
  }
}

const reviewsTable = (): ReportTable => {
  const results = [...REVIEW_RESULTS.map((result) => REVIEW_RESULT_LABELS[result].zh), '总计']
  return {
    id: 'reviews',
    title: REPORT_SECTIONS.reviews,
    rows: [
      [label('行政复议', { colspan: 5 }), label('行政诉讼', { colspan: 10 })],
      [...results.map((text) => label(text, { rowspan: 2 })), label('未经复议直接起诉', { colspan: 5 }), label('复议后起诉', { colspan: 5 })],
      [...results.map((text) => label(text)), ...results.map((text) => label(text))],
      REVIEW_KINDS.flatMap((kind) => [...REVIEW_RESULTS, 'total'].map((result) => ({ key: `reviews.${kind}.${result}` }))),
    ],
  }
}

export const reportTables = (): ReportTable[] => [proactiveTable(), requestsTable(), reviewsTable()]
