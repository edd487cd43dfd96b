/**
 * One ledger row from one entry (record, policy document or interpretation). Pure: the adapter gathers
 * the entry and the names it refers to; this decides what each column says, including timeliness.
 */
import type { WorkingDayCalendar } from '../calendar/types.js'
import { ATTRIBUTE_BASES } from '../disclosure/attributeBases.js'
import { DEADLINE_RULES, type DeadlineRuleKey } from '../deadlines/rules.js'
import { PUBLIC_ATTRIBUTE_LABELS, type PublicAttribute } from '../public-attribute.js'
import { deadlineState } from '../deadlines/state.js'
import { SECRECY_CONCLUSION_LABELS } from '../workflow/states.js'
import type { LedgerRow } from './columns.js'

export const LEDGER_CATEGORIES = {
  record: '公开信息',
  policy: '政策文件',
  interpretation: '政策解读',
} as const
export type LedgerCategory = keyof typeof LEDGER_CATEGORIES

/** An interpretation as the policy's row describes it. */
export interface LedgerInterpretation {
  title: string
  publishedOn?: string | null
  dueDate?: string | null
  daysLate?: number | null
}

/** What the adapter gathers about one entry (names already resolved). */
export interface LedgerSource {
  category: LedgerCategory
  indexNumber?: string | null
  title: string
  documentNumber?: string | null
  domainName?: string | null
  catalogItemName?: string | null
  publicAttribute?: string | null
  attributeReason?: string | null
  attributeBasis?: string[] | null
  formedAt?: string | null
  changedAt?: string | null
  rule?: { rule?: string | null; days?: number | null; unit?: string | null } | null
  dueDate?: string | null
  /** Beijing date of publication */
  publishedOn?: string | null
  status?: string | null
  daysLate?: number | null
  lateReason?: string | null
  channels: string[]
  departmentName: string
  handler?: string | null
  secrecy?: { conclusion?: string | null; reviewer?: string | null } | null
  signer?: string | null
  /** policies only: their interpretations, and an office exemption from interpreting */
  interpretations?: LedgerInterpretation[]
  interpretationExemption?: string | null
}

/** Timeliness in words, and the working days late (published late, or still unpublished past due). */
export interface Timeliness {
  text: string
  daysLate: number | null
  /** for the summary */
  state: 'on-time' | 'late' | 'pending' | 'overdue' | 'not-applicable'
}

/** The ledger's words for the one timeliness rule (`deadlineState`); the days late of an overdue entry counted to today. */
export const timeliness = (source: LedgerSource, today: string, calendar: WorkingDayCalendar): Timeliness => {
  const state = deadlineState({ ...source, publishedAt: source.publishedOn }, today, today)
  switch (state) {
    case 'published-late':
      return { text: `否（超期${source.daysLate}个工作日）`, daysLate: source.daysLate ?? 0, state: 'late' }
    case 'published-on-time':
      return { text: '是', daysLate: 0, state: 'on-time' }
    case 'overdue': {
      const late = calendar.workingDaysBetween(source.dueDate!, today)
      return { text: `超期未公开（已超${late}个工作日）`, daysLate: late, state: 'overdue' }
    }
    case 'due-soon':
    case 'on-track':
      return { text: '未公开（未到期）', daysLate: null, state: 'pending' }
    case 'none':
      // Entries not disclosed proactively have no publication deadline to keep.
      if (source.publicAttribute && source.publicAttribute !== 'proactive') return { text: '不适用', daysLate: null, state: 'not-applicable' }
      return { text: '未公开（无法定时限）', daysLate: null, state: 'not-applicable' }
  }
}

const ruleText = (rule: LedgerSource['rule']): string => {
  if (!rule?.rule) return ''
  const known = DEADLINE_RULES[rule.rule as DeadlineRuleKey]
  if (known) return known.label.zh
  if (rule.days) return `${rule.days}个${rule.unit === 'calendar' ? '自然日' : '工作日'}内（目录事项规定）`
  return ''
}

const basisText = (bases: string[] | null | undefined): string =>
  (bases ?? []).map((basis) => (ATTRIBUTE_BASES as Record<string, { zh: string }>)[basis]?.zh ?? basis).join('；')

const withholdText = (source: LedgerSource): string => {
  if (!source.publicAttribute || source.publicAttribute === 'proactive') return ''
  return [source.attributeReason?.trim(), basisText(source.attributeBasis)].filter(Boolean).join('；依据：')
}

const interpretationText = (source: LedgerSource): string => {
  if (source.category !== 'policy') return ''
  const list = source.interpretations ?? []
  if (list.length === 0) return source.interpretationExemption ? `免于解读：${source.interpretationExemption}` : '无解读'
  return list
    .map((item) => {
      if (!item.publishedOn) return `《${item.title}》未发布${item.dueDate ? `（应于${item.dueDate}前）` : ''}`
      const late = item.daysLate ?? 0
      return `《${item.title}》${item.publishedOn}发布，${late > 0 ? `超期${late}个工作日` : '按时'}`
    })
    .join('；')
}

const secrecyText = (secrecy: LedgerSource['secrecy']): string => {
  if (!secrecy?.conclusion) return ''
  const conclusion = (SECRECY_CONCLUSION_LABELS as Record<string, { zh: string }>)[secrecy.conclusion]?.zh ?? secrecy.conclusion
  return secrecy.reviewer ? `${conclusion}（${secrecy.reviewer}）` : conclusion
}

/** The row for `source`, numbered `serial`, judged against `today` (a Beijing date). */
export const ledgerRow = (source: LedgerSource, serial: number, today: string, calendar: WorkingDayCalendar): LedgerRow => {
  const timely = timeliness(source, today, calendar)
  const attribute = source.publicAttribute as PublicAttribute | undefined
  return {
    serial,
    indexNumber: source.indexNumber ?? '',
    title: source.title,
    documentNumber: source.documentNumber ?? '',
    category: LEDGER_CATEGORIES[source.category],
    catalog: [source.domainName, source.catalogItemName].filter(Boolean).join(' / '),
    publicAttribute: attribute && PUBLIC_ATTRIBUTE_LABELS[attribute] ? PUBLIC_ATTRIBUTE_LABELS[attribute].zh : (source.publicAttribute ?? ''),
    withholdReason: withholdText(source),
    // A change restarts the clock (条例 第二十六条), so the ledger shows the later date.
    formedOn: source.changedAt ?? source.formedAt ?? null,
    rule: ruleText(source.rule),
    dueDate: source.dueDate ?? null,
    publishedOn: source.publishedOn ?? null,
    onTime: timely.text,
    daysLate: timely.daysLate,
    lateReason: source.lateReason ?? '',
    channels: source.channels.join('、'),
    department: source.departmentName,
    handler: source.handler ?? '',
    secrecy: secrecyText(source.secrecy),
    signer: source.signer ?? '',
    interpretation: interpretationText(source),
  }
}
