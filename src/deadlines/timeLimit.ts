/**
 * Reads the verbatim 公开时限 wording of a catalog item (公开目录事项) into a rule the working-day
 * calendar can compute, or says, in Chinese and English, why it cannot be computed.
 *
 * Pure: no Payload, no I/O. Everything the parser knows is in the pattern tables below; the code
 * only normalises the text, splits it into clauses and walks the tables in order.
 */
import type { PeriodUnit } from '../calendar/types.js'
import type { DeadlineRule } from './rules.js'

/** The event a catalog limit counts from (the start day itself is never counted). */
export type TriggerKind =
  | 'formed-or-changed'
  | 'formed'
  | 'made-or-obtained'
  | 'decision'
  | 'approval'
  | 'application-received'
  | 'result-determined'

export type NonComputableKind =
  | 'realtime'
  | 'timely'
  | 'long-term'
  | 'periodic'
  | 'fixed-date'
  | 'hours'
  | 'same-as-previous'
  | 'composite'
  | 'unspecified'
  | 'unrecognised'

export type Cadence = 'monthly' | 'quarterly' | 'yearly'

export interface ComputableTimeLimit {
  computable: true
  trigger: TriggerKind
  amount: number
  unit: PeriodUnit
  /** the wording as given (trimmed); for a part of a composite, the clause (normalised) */
  text: string
  /** why an assumption was made, "中文 / English"; several notes are joined by " | " */
  note?: string
}

export interface NonComputableTimeLimit {
  computable: false
  kind: NonComputableKind
  cadence?: Cadence
  text: string
  /** why no due date can be computed, "中文 / English", shown to editors */
  note: string
  /** for 'composite': each clause parsed on its own */
  parts?: ParsedTimeLimit[]
}

export type ParsedTimeLimit = ComputableTimeLimit | NonComputableTimeLimit

interface Bilingual {
  zh: string
  en: string
}

/**
 * What each trigger means, for labels and for the trigger-date field. zh names the day (…之日),
 * en the event ("Within 20 working days after <en>").
 */
export const TRIGGER_LABELS: Record<TriggerKind, Bilingual> = {
  // 条例第二十六条: 自该政府信息形成或者变更之日起20个工作日内
  'formed-or-changed': { zh: '信息形成或者变更之日', en: 'the information is formed or changed' },
  'formed': { zh: '信息形成之日', en: 'the information is formed' },
  // 条例第十条: 行政机关制作的 / 获取的政府信息
  'made-or-obtained': { zh: '制作或者获取信息之日', en: 'the information is made or obtained' },
  // 双公示 (国办发〔2018〕118号): 自作出行政决定之日起7个工作日内
  'decision': { zh: '作出决定之日', en: 'the decision is made' },
  // 预算法第十四条: 批准后二十日内 (人大批准的预算、决算) / 批复后二十日内 (财政部门批复的部门预算、决算)
  'approval': { zh: '批准或者批复之日', en: 'it is approved' },
  // 条例第三十三条: 自收到申请之日起20个工作日内 (依申请公开)
  'application-received': { zh: '收到申请之日', en: 'the application is received' },
  'result-determined': { zh: '结果确定之日', en: 'the result is determined' },
}

/** The reason shown for each kind of limit that has no due date. */
export const NON_COMPUTABLE_NOTES: Record<NonComputableKind, Bilingual> = {
  'realtime': { zh: '实时公开：信息产生即公开，不按天数计算期限', en: 'Real-time: published as soon as it exists; no day count' },
  'timely': {
    zh: '“及时公开”未写明天数，无法计算；条例第二十六条的一般时限为形成或者变更之日起20个工作日内',
    en: '"Timely" gives no number of days; the general limit of OGI Regulation Art. 26 is 20 working days',
  },
  'long-term': { zh: '长期公开（动态调整）：持续公开并随变化更新，没有届满日', en: 'Kept published and updated as it changes; no due date' },
  'periodic': { zh: '定期公开：按周期发布，不从某一起算日计算', en: 'Published on a cycle, not counted from a start date' },
  'fixed-date': {
    zh: '在每年固定日期前公开（如年度报告每年1月31日前，条例第四十九条），不从起算日计算',
    en: 'Due by a fixed date each year (e.g. annual report by 31 January, OGI Regulation Art. 49), not counted from a start date',
  },
  'hours': { zh: '以小时计的时限无法按日历天数计算，请人工跟踪', en: 'A limit in hours cannot be counted in days; track it by hand' },
  'same-as-previous': {
    zh: '“同上”：沿用上一行事项的公开时限（导入时解析）',
    en: '"Same as above": takes the previous row\'s limit (resolved on import)',
  },
  'composite': { zh: '含多项不同的时限，分项见 parts', en: 'Several clauses with different limits; see parts' },
  'unspecified': {
    zh: '未填写公开时限；主动公开信息适用条例第二十六条（20个工作日）',
    en: 'No limit given; OGI Regulation Art. 26 (20 working days) applies to proactive disclosure',
  },
  'unrecognised': { zh: '无法识别该公开时限表述，请人工设定期限', en: 'Wording not recognised; set the deadline by hand' },
}

const NOTES = {
  defaultStart: {
    zh: '未写明起算日，按条例第二十六条自信息形成或者变更之日起算',
    en: 'Start not stated: counted from when the information is formed or changed (OGI Regulation Art. 26)',
  },
  proviso: {
    zh: '法律、法规另有规定的从其规定（条例第二十六条但书）：如有特别规定，以其期限为准',
    en: 'A different limit set by law or regulation prevails (OGI Regulation Art. 26, proviso)',
  },
  variants: {
    zh: '原文列有多种表述，期限相同，按最宽的起算事件计算',
    en: 'The wording lists variants with the same period; counted from the broadest start',
  },
  unknownStart: {
    zh: '识别到天数，但无法识别起算事件',
    en: 'A number of days was found but not what it counts from',
  },
} satisfies Record<string, Bilingual>

// ─── Pattern tables (matched against the normalised text: NFKC, Arabic digits, no spaces) ───

interface KindPattern {
  pattern: RegExp
  kind: NonComputableKind
  cadence?: Cadence
}

/** Tried before looking for a number of days: these wordings contain numbers that are not a period. */
const KINDS_BEFORE_PERIOD: readonly KindPattern[] = [
  { pattern: /^(?:同上|同前|\(?same\)?|ditto)$/i, kind: 'same-as-previous' },
  // cells left blank with a dash or slash
  { pattern: /^[-—–\/\\]+$/, kind: 'unspecified' },
  // 每年1月31日前 (年度报告, 条例第四十九条), 每年3月31日之前
  { pattern: /\d{1,2}月\d{1,2}日(?:之|以)?前/, kind: 'fixed-date' },
  // 5小时内, 24小时内 (e.g. emergencies): the calendar counts days only
  { pattern: /\d+个?小时/, kind: 'hours' },
]

/** Tried when no computable period was found. Order matters: the first match wins. */
const KINDS_WITHOUT_PERIOD: readonly KindPattern[] = [
  { pattern: /实时/, kind: 'realtime' },
  { pattern: /及时|随时/, kind: 'timely' },
  { pattern: /长期|常年|常态|动态(?:更新|调整)/, kind: 'long-term' },
  { pattern: /[按每]月|月度/, kind: 'periodic', cadence: 'monthly' },
  { pattern: /[按每]季|季度/, kind: 'periodic', cadence: 'quarterly' },
  // 每半年 and a bare 定期 are cycles without one of the three cadences
  { pattern: /半年/, kind: 'periodic' },
  { pattern: /[按每]年|年度/, kind: 'periodic', cadence: 'yearly' },
  { pattern: /定期/, kind: 'periodic' },
]

/**
 * A period: amount and unit. Not after 月 or a digit, so the "31日" of "1月31日" is no period.
 * 日/天 without 工作 are calendar days (预算法第十四条 "二十日内" is read so).
 */
const PERIOD = /(?<![月\d])(\d+)个?(工作日|自然日|日历日|日|天)/
const UNITS: Record<string, PeriodUnit> = { 工作日: 'working', 自然日: 'calendar', 日历日: 'calendar', 日: 'calendar', 天: 'calendar' }

/** What the text before the period counts from. Specific events first: 作出行政决定 also "makes" something. */
const TRIGGER_PATTERNS: readonly { pattern: RegExp; trigger: TriggerKind }[] = [
  { pattern: /收到.{0,8}申请/, trigger: 'application-received' },
  { pattern: /决定/, trigger: 'decision' },
  { pattern: /批准|批复/, trigger: 'approval' },
  { pattern: /结果.{0,4}确定|确定.{0,4}结果/, trigger: 'result-determined' },
  { pattern: /制定|制作|获取/, trigger: 'made-or-obtained' },
  // 形成或者变更, 形成或变更, 形成(变更), 形成、变更, and 变更 alone
  { pattern: /变更/, trigger: 'formed-or-changed' },
  { pattern: /形成|产生/, trigger: 'formed' },
]

/** Words that may stand before a bare period without naming a start ("自20个工作日内" is still bare). */
const FILLER = /[自从起于在内,:;]/g

/** Trailing provisos that do not change the period but are worth telling the editor. */
const PROVISOS: readonly { pattern: RegExp; note: Bilingual }[] = [
  { pattern: /法律[、,]?法规[^。;]*另有规定[^。;]*从其规定[。;]?/, note: NOTES.proviso },
]

/** Where several limits are listed: "1.…; 2.…" or "一、…；二、…" (numbered) and "A (玉环) / B (乌恰)" (variants). */
const NUMBERED_CLAUSE = /(?:^|[;。])\s*(?:\(?\d{1,2}[.、)]|[一二三四五六七八九十][、.])(?!\d)/
const VARIANT_SEPARATOR = /\s+\/\s+/
const VARIANT_LABEL = /\s*\([^()]*\)\s*$/
/** A clause's scope label, as in "处罚决定:20个工作日内". */
const SCOPE_LABEL = /^[^:\d]{1,30}:/

/** When variants name different starts, the broadest one they share; formed-or-changed includes formed. */
const BROADER_TRIGGER: Partial<Record<TriggerKind, TriggerKind>> = { formed: 'formed-or-changed' }

// ─── Normalisation ───

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 七 → 7, 十 → 10, 二十 → 20, 三十一 → 31, 一百二十 → 120. */
function chineseNumber(numeral: string): number {
  let total = 0
  let digit = 0
  for (const char of numeral) {
    if (char === '百' || char === '十') {
      total += (digit || 1) * (char === '百' ? 100 : 10)
      digit = 0
    } else {
      digit = CHINESE_DIGITS[char]
    }
  }
  return total + digit
}

/**
 * NFKC turns full-width digits and punctuation into ASCII (２０ → 20, （ → (, ： → :, ； → ;, ，→ ,).
 * Chinese numerals become digits only before a unit, so 统一/一般 stay as they are.
 */
const normalise = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[〇零一二两三四五六七八九十百]+(?=个|工作日|自然日|日|天|小时|月)/g, (numeral) => String(chineseNumber(numeral)))
    .trim()

const compact = (clause: string): string => clause.replace(/\s+/g, '').replace(/[。;,.]+$/, '')

const formatNotes = (notes: readonly Bilingual[]): string => notes.map((note) => `${note.zh} / ${note.en}`).join(' | ')

const joinNotes = (...notes: (string | undefined)[]): string | undefined => notes.filter(Boolean).join(' | ') || undefined

// ─── Parsing ───

const nonComputable = (
  kind: NonComputableKind,
  text: string,
  extra: readonly Bilingual[] = [],
  rest: Partial<NonComputableTimeLimit> = {},
): NonComputableTimeLimit => ({
  computable: false,
  kind,
  ...rest,
  text,
  note: formatNotes([NON_COMPUTABLE_NOTES[kind], ...extra]),
})

/** One clause: no numbering, no variants, no proviso. */
function parseClause(clause: string, text: string, notes: readonly Bilingual[]): ParsedTimeLimit {
  const body = compact(clause).replace(SCOPE_LABEL, '')
  if (body === '') return nonComputable('unspecified', text, notes)

  for (const { pattern, kind, cadence } of KINDS_BEFORE_PERIOD) {
    if (pattern.test(body)) return nonComputable(kind, text, notes, cadence ? { cadence } : {})
  }

  const period = PERIOD.exec(body)
  const amount = period ? Number(period[1]) : 0
  let unknownStart = false
  if (period && amount > 0) {
    const before = body.slice(0, period.index)
    const trigger = TRIGGER_PATTERNS.find(({ pattern }) => pattern.test(before))?.trigger
    // Nothing before the period: 条例第二十六条 is the default rule for proactive disclosure.
    const bare = before.replace(FILLER, '') === ''
    if (trigger || bare) {
      const allNotes = bare && !trigger ? [NOTES.defaultStart, ...notes] : notes
      return {
        computable: true,
        trigger: trigger ?? 'formed-or-changed',
        amount,
        unit: UNITS[period[2]],
        text,
        ...(allNotes.length > 0 ? { note: formatNotes(allNotes) } : {}),
      }
    }
    unknownStart = true
  }

  for (const { pattern, kind, cadence } of KINDS_WITHOUT_PERIOD) {
    if (pattern.test(body)) return nonComputable(kind, text, notes, cadence ? { cadence } : {})
  }
  return nonComputable('unrecognised', text, unknownStart ? [NOTES.unknownStart, ...notes] : notes)
}

/** Variants or numbered clauses that all say the same thing collapse into one result. */
function merge(parts: readonly ParsedTimeLimit[]): ParsedTimeLimit | undefined {
  const [first] = parts
  if (first.computable) {
    const periods = parts.filter((part): part is ComputableTimeLimit => part.computable)
    if (periods.length < parts.length || periods.some(({ amount, unit }) => amount !== first.amount || unit !== first.unit)) return undefined
    const triggers = new Set(periods.map(({ trigger }) => trigger))
    if (triggers.size === 1) return first
    // Variants naming different starts merge only if they share one broadest start.
    const broadest = new Set(periods.map(({ trigger }) => BROADER_TRIGGER[trigger] ?? trigger))
    if (broadest.size > 1) return undefined
    return { ...first, trigger: [...broadest][0], note: joinNotes(first.note, formatNotes([NOTES.variants])) }
  }
  const same = (part: ParsedTimeLimit): boolean =>
    !part.computable && part.kind === first.kind && part.cadence === first.cadence && part.kind !== 'unrecognised'
  return parts.every(same) ? first : undefined
}

/**
 * Parse a catalog's 公开时限 wording. Never throws; 'unrecognised' is the only fallback, and
 * absent or empty text is 'unspecified'.
 */
export function parseTimeLimit(input: string | null | undefined): ParsedTimeLimit {
  const text = (input ?? '').trim()
  let normalised = normalise(text)

  const notes: Bilingual[] = []
  for (const { pattern, note } of PROVISOS) {
    if (pattern.test(normalised)) {
      normalised = normalised.replace(pattern, '')
      notes.push(note)
    }
  }

  const numbered = normalised.split(NUMBERED_CLAUSE).filter((clause) => compact(clause) !== '')
  const clauses = numbered.length > 1 ? numbered : normalised.split(VARIANT_SEPARATOR).map((variant) => variant.replace(VARIANT_LABEL, ''))
  if (clauses.length === 1) return parseClause(normalised, text, notes)

  const parts = clauses.map((clause) => parseClause(clause, compact(clause), []))
  const merged = merge(parts)
  if (merged) {
    const note = joinNotes(merged.note, notes.length > 0 ? formatNotes(notes) : undefined)
    return merged.computable ? { ...merged, text, ...(note ? { note } : {}) } : { ...merged, text, note: note ?? merged.note }
  }
  return nonComputable('composite', text, notes, { parts })
}

/**
 * Replace each "同上" result with the result before it (already resolved), keeping that row's
 * wording as `text` so a rule built from it cites a real limit. A leading "同上" stays as it is.
 */
export function resolveSameAsPrevious(rows: readonly ParsedTimeLimit[]): ParsedTimeLimit[] {
  const resolved: ParsedTimeLimit[] = []
  for (const row of rows) {
    const previous = resolved.at(-1)
    if (row.computable || row.kind !== 'same-as-previous' || !previous) {
      resolved.push(row)
      continue
    }
    const sameNote = formatNotes([{ zh: '本行原文为“同上”，沿用上一行的公开时限', en: 'This row says "same as above": the previous row\'s limit is used' }])
    resolved.push({ ...previous, note: joinNotes(previous.note, sameNote) } as ParsedTimeLimit)
  }
  return resolved
}

const unitLabel = (amount: number, unit: PeriodUnit): Bilingual =>
  unit === 'working'
    ? { zh: '个工作日', en: amount === 1 ? 'working day' : 'working days' }
    : { zh: '日', en: amount === 1 ? 'calendar day' : 'calendar days' }

/**
 * A computable limit as a rule shaped like those of DEADLINE_RULES, so `computeDeadline` can use
 * it; `basis` is the catalog's wording itself. null when there is nothing to compute.
 */
export function timeLimitRule(parsed: ParsedTimeLimit): DeadlineRule | null {
  if (!parsed.computable) return null
  const { trigger, amount, unit } = parsed
  const units = unitLabel(amount, unit)
  return {
    days: amount,
    unit,
    label: {
      zh: `自${TRIGGER_LABELS[trigger].zh}起${amount}${units.zh}内`,
      en: `Within ${amount} ${units.en} after ${TRIGGER_LABELS[trigger].en}`,
    },
    basis: parsed.text,
  }
}
