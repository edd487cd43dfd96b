/** Builds the human-readable account of a deadline: what was skipped, what was worked, why. */
import { civil, formatChinese } from './date.js'
import { STATUTORY_SOURCE } from './statutory.js'
import {
  FIRST_DAY,
  KIND_MAKEUP,
  KIND_WEEKEND,
  dayString,
  isWorkingKind,
  type DayTable,
} from './table.js'
import type { Explanation, MakeUpDay, PeriodUnit, SkippedDay } from './types.js'

const yearOf = (index: number): number => civil(FIRST_DAY + index).y
const chinese = (index: number): string => formatChinese(FIRST_DAY + index)
const monthDay = (index: number): string => {
  const { m, d } = civil(FIRST_DAY + index)
  return `${m}月${d}日`
}

function skippedDay(t: DayTable, i: number): SkippedDay {
  const weekend = t.kind[i] === KIND_WEEKEND
  const entry: SkippedDay = {
    date: dayString(i),
    reason: weekend ? '周末' : (t.names[t.name[i]] ?? '节假日'),
    kind: weekend ? 'weekend' : 'holiday',
  }
  if (!weekend && t.source[i] >= 0) entry.source = t.sources[t.source[i]]
  return entry
}

function makeUpDay(t: DayTable, i: number): MakeUpDay {
  const name = t.names[t.name[i]]
  const entry: MakeUpDay = {
    date: dayString(i),
    // '春节' → '春节调休'; names that already say so (an override's '调休上班') stay as they are
    name: name === undefined ? '调休上班' : /调休|补班|上班/.test(name) ? name : `${name}调休`,
  }
  if (t.source[i] >= 0) entry.source = t.sources[t.source[i]]
  return entry
}

/** Years whose missing notice makes some day of [from, to] provisional. */
function missingNoticeYears(t: DayTable, from: number, to: number): number[] {
  const years = new Set<number>()
  for (let i = from; i <= to; i++) {
    if (!t.provisional[i]) continue
    const y = yearOf(i)
    years.add(t.yearSources.has(y) ? y + 1 : y)
  }
  return [...years].sort((a, b) => a - b)
}

function periodSources(t: DayTable, from: number, to: number): string[] {
  const out: string[] = []
  for (let y = yearOf(from); y <= yearOf(to); y++) {
    for (const s of t.yearSources.get(y) ?? [STATUTORY_SOURCE]) if (!out.includes(s)) out.push(s)
  }
  return out
}

function summarize(skipped: readonly SkippedDay[]): string {
  const counts = new Map<string, number>()
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1)
  return [...counts].map(([reason, count]) => `${reason}${count}天`).join('、')
}

export function buildExplanation(t: DayTable, startIdx: number, n: number, unit: PeriodUnit, dueIdx: number): Explanation {
  const skipped: SkippedDay[] = []
  const makeUpDays: MakeUpDay[] = []
  const makeUpIdx: number[] = []
  let text: string
  if (unit === 'working') {
    for (let i = startIdx + 1; i <= dueIdx; i++) {
      if (!isWorkingKind(t.kind[i])) skipped.push(skippedDay(t, i))
      else if (t.kind[i] === KIND_MAKEUP) {
        makeUpDays.push(makeUpDay(t, i))
        makeUpIdx.push(i)
      }
    }
    if (n === 0) {
      text = `起算日为${chinese(startIdx)}，期限为0个工作日，即当日`
    } else {
      text = `自${chinese(startIdx)}起算${n}个工作日（起算日不计入），至${chinese(dueIdx)}届满`
      if (skipped.length > 0) text += `；其间${summarize(skipped)}不计入`
      if (makeUpDays.length > 0) text += `${skipped.length > 0 ? '，' : '；'}调休上班日${makeUpIdx.map(monthDay).join('、')}计入`
    }
  } else {
    const nominal = startIdx + n
    for (let i = nominal; i < dueIdx; i++) skipped.push(skippedDay(t, i))
    if (n > 0 && t.kind[dueIdx] === KIND_MAKEUP) makeUpDays.push(makeUpDay(t, dueIdx))
    if (n === 0) {
      text = `起算日为${chinese(startIdx)}，期限为0日，即当日`
    } else if (dueIdx === nominal) {
      text = `自${chinese(startIdx)}起算${n}日（起算日不计入），至${chinese(dueIdx)}届满`
      if (makeUpDays.length > 0) text += `（当日为调休上班日）`
    } else {
      const first = skipped[0]
      const what = first.kind === 'weekend' ? '周末' : `${first.reason}假日`
      text = `自${chinese(startIdx)}起算${n}日（起算日不计入），第${n}日${chinese(nominal)}为${what}，顺延至${chinese(dueIdx)}届满`
    }
  }
  const provisional = t.provCum[dueIdx + 1] - t.provCum[startIdx] > 0
  if (provisional) {
    const years = missingNoticeYears(t, startIdx, dueIdx)
    text += `（${years.map((y) => `${y}年`).join('、')}放假安排尚未发布，按${STATUTORY_SOURCE}推算，结果为暂定）`
  }
  return {
    start: dayString(startIdx),
    n,
    unit,
    dueDate: dayString(dueIdx),
    provisional,
    skipped,
    makeUpDays,
    sources: periodSources(t, startIdx, dueIdx),
    text: `${text}。`,
  }
}
