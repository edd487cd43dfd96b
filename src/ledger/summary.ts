/**
 * The 汇总 sheet: counts of the month's rows — formed, published, on time, late, pending — in total and
 * by category, attribute, domain and department. Pure; rows are added one at a time as they stream by,
 * so memory grows with the number of domains and departments, never with the rows.
 */
import type { LedgerMonth } from './month.js'
import { LEDGER_CATEGORIES, type LedgerSource, type Timeliness } from './rows.js'
import { PUBLIC_ATTRIBUTE_LABELS, type PublicAttribute } from '../public-attribute.js'

export interface LedgerCounts {
  rows: number
  formed: number
  published: number
  onTime: number
  late: number
  pending: number
  overdue: number
}

export const SUMMARY_HEADERS = ['分组', '名称', '条数', '本月形成(变更)', '本月公开', '其中按时公开', '其中超期公开', '未公开(未到期)', '超期未公开'] as const

const emptyCounts = (): LedgerCounts => ({ rows: 0, formed: 0, published: 0, onTime: 0, late: 0, pending: 0, overdue: 0 })

type Group = '合计' | '信息类别' | '公开属性' | '领域' | '部门'
const GROUPS: Group[] = ['合计', '信息类别', '公开属性', '领域', '部门']

export class LedgerSummary {
  private readonly groups = new Map<Group, Map<string, LedgerCounts>>(GROUPS.map((group) => [group, new Map()]))

  constructor(private readonly month: LedgerMonth) {}

  add(source: LedgerSource, timely: Timeliness): void {
    const formedOn = source.changedAt ?? source.formedAt ?? ''
    const inMonth = (date: string | null | undefined): boolean => Boolean(date) && date! >= this.month.first && date! <= this.month.last
    const publishedThisMonth = inMonth(source.publishedOn)
    const attribute = source.publicAttribute as PublicAttribute | undefined
    const keys: [Group, string][] = [
      ['合计', '合计'],
      ['信息类别', LEDGER_CATEGORIES[source.category]],
      ['公开属性', attribute && PUBLIC_ATTRIBUTE_LABELS[attribute] ? PUBLIC_ATTRIBUTE_LABELS[attribute].zh : '（未标明）'],
      ['领域', source.domainName || '（未归入领域）'],
      ['部门', source.departmentName],
    ]
    for (const [group, name] of keys) {
      const map = this.groups.get(group)!
      const counts = map.get(name) ?? emptyCounts()
      map.set(name, counts)
      counts.rows++
      if (inMonth(formedOn)) counts.formed++
      if (publishedThisMonth) {
        counts.published++
        if (timely.state === 'late') counts.late++
        else counts.onTime++
      }
      if (timely.state === 'pending') counts.pending++
      if (timely.state === 'overdue') counts.overdue++
    }
  }

  /** The totals. */
  get total(): LedgerCounts {
    return { ...(this.groups.get('合计')!.get('合计') ?? emptyCounts()) }
  }

  /** Counts per domain name, for the submission's stored summary. */
  byGroup(group: Group): Record<string, LedgerCounts> {
    return Object.fromEntries([...this.groups.get(group)!.entries()].map(([name, counts]) => [name, { ...counts }]))
  }

  /** The sheet's rows, below SUMMARY_HEADERS: the total first, then each group sorted by name. */
  rows(): (string | number)[][] {
    const out: (string | number)[][] = []
    for (const group of GROUPS) {
      const map = this.groups.get(group)!
      if (group === '合计' && map.size === 0) map.set('合计', emptyCounts())
      const names = [...map.keys()].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'))
      for (const name of names) {
        const c = map.get(name)!
        out.push([group, name, c.rows, c.formed, c.published, c.onTime, c.late, c.pending, c.overdue])
      }
    }
    return out
  }
}
