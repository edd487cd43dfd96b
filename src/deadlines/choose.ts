/**
 * Which deadline rule an entry follows, and why (pure). The catalog item comes first: the standard
 * catalogs (基层政务公开标准目录) set each item's 公开时限, so choosing an item with a computable limit makes
 * its rule the entry's rule — unless the editor picks an information type with a statutory rule of its
 * own (licensing and penalty decisions, 7 working days, 国办发〔2018〕118号; service changes, 1 working
 * day) or the office orders the general rule (条例第二十六条, 20 working days).
 *
 * A bare period in an item's limit, such as "15个工作日内公开", names no start: it is read as running
 * from the day the information is formed or changed, the start 条例第二十六条 gives (`timeLimit.ts`).
 */
import { DEADLINE_RULES, type DeadlineRule, type DeadlineRuleKey } from './rules.js'

/** Information types whose rule is set by law or policy for that kind of information. */
export const STATUTORY_INFO_TYPES = ['licensing', 'penalty', 'service-change'] as const satisfies readonly DeadlineRuleKey[]

export interface CatalogLimit {
  /** the item's 公开时限 as printed */
  text: string
  /** its rule when the limit has a computable due date */
  rule: DeadlineRule | null
  /** why there is no due date, when there is none */
  whyNone?: string
}

export interface RuleFacts {
  infoType: string
  /** the chosen catalog item's limit; null when no item is chosen */
  catalog: CatalogLimit | null
  /** the office ordered the general rule despite the catalog item */
  officeOrdersGeneral?: boolean
}

export type RuleChoice =
  | { rule: DeadlineRule; key: DeadlineRuleKey | 'catalog'; why: string }
  | { none: string }
  | { missingCatalogItem: true }

export const chooseDeadlineRule = ({ infoType, catalog, officeOrdersGeneral = false }: RuleFacts): RuleChoice => {
  if ((STATUTORY_INFO_TYPES as readonly string[]).includes(infoType)) {
    const key = infoType as (typeof STATUTORY_INFO_TYPES)[number]
    return { rule: DEADLINE_RULES[key], key, why: `信息类型为“${DEADLINE_RULES[key].label.zh}”，按其法定时限（${DEADLINE_RULES[key].basis}）` }
  }
  if (officeOrdersGeneral) {
    return { rule: DEADLINE_RULES.general, key: 'general', why: `政务公开办指定按一般时限（${DEADLINE_RULES.general.basis}）` }
  }
  if (catalog?.rule) {
    return { rule: catalog.rule, key: 'catalog', why: `按所选目录事项规定的公开时限“${catalog.text}”` }
  }
  if (infoType === 'catalog') {
    if (!catalog) return { missingCatalogItem: true }
    return { none: `目录事项的公开时限“${catalog.text}”没有截止日期：${catalog.whyNone ?? '目录事项未规定可计算的时限'}` }
  }
  const reason = catalog ? `目录事项的公开时限“${catalog.text}”没有截止日期，` : '未选目录事项，'
  return { rule: DEADLINE_RULES.general, key: 'general', why: `${reason}按一般时限（${DEADLINE_RULES.general.basis}）` }
}
