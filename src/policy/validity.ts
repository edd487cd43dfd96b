/**
 * 有效性 of a policy document: 有效 / 已修改 / 已废止 / 已失效, and the notice shown on the original published
 * text (seed 000: 修改、废止、失效的文件要在原文件上作出明确标注). Pure.
 */
import { formatChineseDate } from './dates.js'

export const VALIDITY_STATES = ['valid', 'amended', 'repealed', 'expired'] as const
export type ValidityState = (typeof VALIDITY_STATES)[number]

export const VALIDITY_LABELS: Record<ValidityState, { zh: string; en: string }> = {
  valid: { zh: '有效', en: 'In force' },
  amended: { zh: '已修改', en: 'Amended' },
  repealed: { zh: '已废止', en: 'Repealed' },
  expired: { zh: '已失效', en: 'Expired' },
}

export interface ValidityFacts {
  validity: ValidityState
  /** the day the change took effect (Beijing date) */
  changedOn?: string | null
  /** the document that amended or repealed this one */
  by?: { title: string; documentNumber?: string | null } | null
  effectiveUntil?: string | null
}

/** "本文件已于2024年3月1日废止，见《…》（兴政发〔2024〕3号）。" — or null while the document is in force. */
export const validityNotice = (facts: ValidityFacts): string | null => {
  const by = facts.by ? `，见《${facts.by.title}》${facts.by.documentNumber ? `（${facts.by.documentNumber}）` : ''}` : ''
  const on = facts.changedOn ? `已于${formatChineseDate(facts.changedOn)}` : '已'
  switch (facts.validity) {
    case 'amended':
      return `本文件${on}修改${by}。`
    case 'repealed':
      return `本文件${on}废止${by}。`
    case 'expired': {
      const until = facts.effectiveUntil ?? facts.changedOn
      return until ? `本文件有效期至${formatChineseDate(until)}，已失效。` : '本文件已失效。'
    }
    default:
      return null
  }
}
