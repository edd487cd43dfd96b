/**
 * Dates of an entry that cannot be true together, checked where they enter (pure). Beijing dates as
 * `YYYY-MM-DD` text, which compare as text.
 * - 形成日期 not after today: information cannot be formed in the future (its clock would start later
 *   than it exists, 条例第二十六条).
 * - 变更日期 not before 形成日期: a change restarts the clock of information that already existed; one
 *   dated earlier would give a due date before the information existed.
 * - 施行日期 not after 有效期至: otherwise the document is never in force, yet would show as 有效.
 */
export interface EntryDates {
  formedAt?: string | null
  changedAt?: string | null
  effectiveFrom?: string | null
  effectiveUntil?: string | null
}

export interface DateProblem {
  field: keyof EntryDates
  message: string
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const present = (value: unknown): value is string => typeof value === 'string' && DATE.test(value)

/** The problems of `entry`'s dates; only the fields in `touched` are blamed (the ones the request sets). */
export const entryDateProblems = (entry: EntryDates, today: string, touched: ReadonlySet<string>): DateProblem[] => {
  const problems: DateProblem[] = []
  const { formedAt, changedAt, effectiveFrom, effectiveUntil } = entry
  if (touched.has('formedAt') && present(formedAt) && formedAt > today) {
    problems.push({ field: 'formedAt', message: `信息形成日期${formedAt}晚于今天（${today}）/ the formation date ${formedAt} is after today (${today}, Beijing)` })
  }
  if ((touched.has('changedAt') || touched.has('formedAt')) && present(changedAt) && present(formedAt) && changedAt < formedAt) {
    problems.push({
      field: touched.has('changedAt') ? 'changedAt' : 'formedAt',
      message: `信息变更日期${changedAt}早于形成日期${formedAt} / the change date ${changedAt} is before the formation date ${formedAt}`,
    })
  }
  if (touched.has('changedAt') && present(changedAt) && changedAt > today) {
    problems.push({ field: 'changedAt', message: `信息变更日期${changedAt}晚于今天（${today}）/ the change date ${changedAt} is after today (${today}, Beijing)` })
  }
  if ((touched.has('effectiveFrom') || touched.has('effectiveUntil')) && present(effectiveFrom) && present(effectiveUntil) && effectiveFrom > effectiveUntil) {
    problems.push({
      field: touched.has('effectiveUntil') ? 'effectiveUntil' : 'effectiveFrom',
      message: `施行日期${effectiveFrom}晚于有效期至${effectiveUntil} / in force from ${effectiveFrom} is after in force until ${effectiveUntil}`,
    })
  }
  return problems
}
