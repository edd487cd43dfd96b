import type { CollectionBeforeChangeHook } from 'payload'

import { parseBasis } from '../src/catalog/basis.js'
import { parseTimeLimit, type ParsedTimeLimit } from '../src/deadlines/timeLimit.js'
import { fieldError } from '../src/services/fieldError.js'

/** The stored form of a parsed 公开时限 (the `timeLimitRule` group). */
const ruleFields = (parsed: ParsedTimeLimit) =>
  parsed.computable
    ? { computable: true, trigger: parsed.trigger, amount: parsed.amount, unit: parsed.unit, kind: null, cadence: null, note: parsed.note ?? null }
    : { computable: false, trigger: null, amount: null, unit: null, kind: parsed.kind, cadence: parsed.cadence ?? null, note: parsed.note }

/**
 * What the server derives on every save of a catalog item: the 公开时限 rule parsed from the verbatim
 * wording (unless an editor has overridden it, in which case the override must be complete), the
 * structured 公开依据 references, and who edited it last.
 */
export const catalogItemDerived: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const next: Record<string, unknown> = { ...data, basisRefs: parseBasis(merged.basis) }
  if (req.user) next.lastEditedBy = req.user.id

  if (merged.timeLimitOverride) {
    const rule = merged.timeLimitRule ?? {}
    if (rule.computable) {
      if (!rule.trigger) throw fieldError(400, 'timeLimitRule.trigger', '请选择起算事件 / choose what starts the period')
      if (!Number.isInteger(rule.amount) || rule.amount < 1) throw fieldError(400, 'timeLimitRule.amount', '期限应为正整数 / the period must be a positive whole number')
      if (rule.unit !== 'working' && rule.unit !== 'calendar') throw fieldError(400, 'timeLimitRule.unit', '请选择工作日或自然日 / choose working or calendar days')
    } else if (!rule.kind) {
      throw fieldError(400, 'timeLimitRule.kind', '请说明不可计算的时限类型 / say what kind of non-computable limit this is')
    }
    return next
  }
  next.timeLimitRule = ruleFields(parseTimeLimit(merged.timeLimit))
  return next
}
