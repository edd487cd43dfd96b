import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { relationId } from '../access/user.js'
import { CalendarInputError } from '../src/calendar/errors.js'
import { getAppCalendar } from '../src/calendarStore.js'
import { computeDeadline } from '../src/deadlines/compute.js'
import { chooseDeadlineRule, type CatalogLimit, type RuleChoice } from '../src/deadlines/choose.js'
import { DEADLINE_RULES, type DeadlineRule, type DeadlineRuleKey } from '../src/deadlines/rules.js'
import { NON_COMPUTABLE_NOTES, timeLimitRule, type NonComputableKind } from '../src/deadlines/timeLimit.js'
import { fieldError } from '../src/services/fieldError.js'
import { CATALOG_ITEM_FACTS, findInRequest } from '../src/services/requestDocs.js'

const NO_RULE = { rule: null, days: null, unit: null, trigger: null, triggerDate: null, basis: null }

const NO_DEADLINE = {
  dueDate: null,
  deadlineRule: NO_RULE,
  deadlineExplain: null,
  provisional: false,
}

const SERVER_FIELDS = ['dueDate', 'deadlineRule', 'deadlineExplain', 'provisional'] as const

/** Set by the re-computation job so a record's deadline is refreshed even though its dates did not change. */
export const RECOMPUTE_CONTEXT_KEY = 'disclosureRecomputeDeadline'

/** The fields that, when changed, move the deadline. */
const DEADLINE_INPUTS = ['formedAt', 'changedAt', 'infoType', 'catalogItem', 'generalRuleByOffice'] as const

/**
 * The rule a record follows (`chooseDeadlineRule`): a statutory information type, the office's order, else
 * the catalog item's parsed 公开时限 — which may have no due date (实时/长期/按季度), explained as such.
 */
const ruleFor = async (req: PayloadRequest, catalogItemsSlug: string, merged: Record<string, any>): Promise<RuleChoice> => {
  const id = relationId(merged.catalogItem)
  let catalog: CatalogLimit | null = null
  if (id !== null) {
    const item = (await findInRequest(req, catalogItemsSlug, id, CATALOG_ITEM_FACTS)) as Record<string, any> | null
    if (!item) throw fieldError(400, 'catalogItem', `没有 id 为 ${id} 的目录事项 / no catalog item with id ${id}`)
    const stored = item.timeLimitRule ?? {}
    const rule =
      stored.computable && stored.trigger && stored.amount && stored.unit
        ? timeLimitRule({ computable: true, trigger: stored.trigger, amount: stored.amount, unit: stored.unit, text: item.timeLimit ?? '' })
        : null
    const kind = stored.kind as NonComputableKind | undefined
    const whyNone = kind && NON_COMPUTABLE_NOTES[kind] ? `${NON_COMPUTABLE_NOTES[kind].zh} / ${NON_COMPUTABLE_NOTES[kind].en}` : undefined
    catalog = { text: item.timeLimit ?? '', rule: rule ?? null, ...(whyNone ? { whyNone } : {}) }
  }
  return chooseDeadlineRule({ infoType: merged.infoType ?? 'general', catalog, officeOrdersGeneral: merged.generalRuleByOffice === true })
}

/**
 * The one place a record's publication deadline is computed: from `changedAt` (a change restarts the
 * clock) or else `formedAt`, with the rule of its information type (or of its catalog item), on the app's
 * working-day calendar. Runs on create and whenever those inputs change; the stored values are never
 * taken from the request.
 */
export const computeDeadlineHook =
  ({ calendarDays, catalogItems, fixedRule }: { calendarDays: string; catalogItems: string; fixedRule?: DeadlineRuleKey }): CollectionBeforeChangeHook =>
  async ({ context, data, operation, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data }
    const relevantChange =
      operation === 'create' ||
      context[RECOMPUTE_CONTEXT_KEY] === true ||
      DEADLINE_INPUTS.some((field) => field in data && String(relationId(data[field]) ?? data[field] ?? '') !== String(relationId(originalDoc?.[field]) ?? originalDoc?.[field] ?? '')) ||
      (merged.formedAt && !originalDoc?.dueDate)
    if (!relevantChange) {
      const kept = Object.fromEntries(SERVER_FIELDS.map((field) => [field, originalDoc?.[field] ?? NO_DEADLINE[field]]))
      return { ...data, ...kept }
    }
    const triggerField = merged.changedAt ? 'changedAt' : 'formedAt'
    const trigger: string | null | undefined = merged[triggerField]
    if (!trigger) return { ...data, ...NO_DEADLINE }

    // A kind of entry with its own rule (an interpretation: 3 working days) ignores the information type.
    const found: RuleChoice = fixedRule
      ? { rule: DEADLINE_RULES[fixedRule] as DeadlineRule, key: fixedRule, why: `按${DEADLINE_RULES[fixedRule].label.zh}（${DEADLINE_RULES[fixedRule].basis}）` }
      : await ruleFor(req, catalogItems, merged)
    if ('missingCatalogItem' in found) {
      throw fieldError(400, 'catalogItem', '信息类型为“按目录事项规定的公开时限”时须选择目录事项 / choose the catalog item whose time limit applies')
    }
    if ('none' in found) {
      return { ...data, ...NO_DEADLINE, deadlineRule: { ...NO_RULE, rule: 'catalog', trigger: triggerField, triggerDate: trigger }, deadlineExplain: found.none }
    }
    try {
      const calendar = await getAppCalendar(req.payload, calendarDays, req)
      const deadline = computeDeadline(calendar, found.rule, trigger)
      return {
        ...data,
        dueDate: deadline.dueDate,
        deadlineRule: {
          rule: found.key,
          days: deadline.days,
          unit: deadline.unit,
          trigger: triggerField,
          triggerDate: deadline.triggerDate,
          basis: deadline.basis,
        },
        deadlineExplain: `${found.why}：${deadline.explanation}`,
        provisional: deadline.provisional,
      }
    } catch (error) {
      if (error instanceof CalendarInputError) throw fieldError(400, triggerField, error.message)
      throw error
    }
  }
