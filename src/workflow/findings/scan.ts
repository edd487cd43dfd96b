/**
 * Scans a disclosure entry — title, rich-text body, text of its attachments — for the secrecy review (保密审查)
 * and summarises what was found for the reviewer. Pure.
 */
import { type DetectOptions, type Finding, type FindingKind, FINDING_KINDS, detectFindings } from './detect.js'
import { lexicalToPlainText } from './lexicalText.js'

export interface ScanInput {
  title?: string | null
  /** A Lexical editor state (or its JSON, or plain text). */
  body?: unknown
  /** Text already extracted from each attachment (see extractText). */
  attachments?: readonly { name: string; text: string }[] | null
}

/** Source label of an attachment's findings. */
export const attachmentSource = (name: string): string => `attachment:${name}`

/** Findings in the title, then the body, then each attachment in order; each labelled with its source. */
export const scanEntry = (input: ScanInput, options: DetectOptions = {}): Finding[] => {
  const parts: { source: string; text: string }[] = []
  if (typeof input.title === 'string') parts.push({ source: 'title', text: input.title })
  if (input.body !== undefined && input.body !== null) parts.push({ source: 'body', text: lexicalToPlainText(input.body) })
  for (const attachment of input.attachments ?? []) {
    if (attachment && typeof attachment.text === 'string') {
      parts.push({ source: attachmentSource(String(attachment.name ?? '')), text: attachment.text })
    }
  }
  return parts.flatMap(({ source, text }) => detectFindings(text, options).map((f) => ({ ...f, source })))
}

export const FINDING_KIND_LABELS: Record<FindingKind, { zh: string; en: string }> = {
  'id-number': { zh: '身份证号', en: 'ID number' },
  mobile: { zh: '手机号', en: 'mobile number' },
  'bank-card': { zh: '银行卡号', en: 'bank card number' },
  email: { zh: '电子邮箱', en: 'e-mail address' },
  'sensitive-word': { zh: '敏感词', en: 'sensitive word' },
}

const PERSONAL_KINDS = FINDING_KINDS.filter((kind) => kind !== 'sensitive-word')

export interface FindingsSummary {
  total: number
  /** Findings of personal data (every kind but sensitive words). */
  personalData: number
  sensitiveWords: number
  byKind: Record<FindingKind, number>
  /** Count per source (`title`, `body`, `attachment:<name>`); findings without a source count under ''. */
  bySource: Record<string, number>
  message: { zh: string; en: string }
}

/**
 * Counts per kind and a one-line message for the reviewer, e.g.
 * 发现2处疑似个人信息（身份证号1处、手机号1处）；发现1处敏感词（机密）.
 */
export const summarizeFindings = (findings: readonly Finding[]): FindingsSummary => {
  const byKind = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>
  const bySource: Record<string, number> = {}
  const words: string[] = []
  for (const f of findings) {
    if (!(f.kind in byKind)) continue
    byKind[f.kind]++
    const source = f.source ?? ''
    bySource[source] = (bySource[source] ?? 0) + 1
    const word = f.kind === 'sensitive-word' ? (f.word ?? f.masked) : undefined
    if (word !== undefined && !words.includes(word)) words.push(word)
  }
  const personalData = PERSONAL_KINDS.reduce((n, kind) => n + byKind[kind], 0)
  const sensitiveWords = byKind['sensitive-word']
  const present = PERSONAL_KINDS.filter((kind) => byKind[kind] > 0)

  const zh: string[] = []
  const en: string[] = []
  if (personalData > 0) {
    zh.push(`发现${personalData}处疑似个人信息（${present.map((k) => `${FINDING_KIND_LABELS[k].zh}${byKind[k]}处`).join('、')}）`)
    en.push(
      `Found ${personalData} possible personal data item${personalData === 1 ? '' : 's'} ` +
        `(${present.map((k) => `${FINDING_KIND_LABELS[k].en} ${byKind[k]}`).join(', ')})`,
    )
  }
  if (sensitiveWords > 0) {
    // Name at most a few words: the message is one line in a list.
    const shown = words.slice(0, 5).join('、') + (words.length > 5 ? '等' : '')
    const shownEn = words.slice(0, 5).join(', ') + (words.length > 5 ? ', …' : '')
    zh.push(`发现${sensitiveWords}处敏感词（${shown}）`)
    en.push(`Found ${sensitiveWords} sensitive-word match${sensitiveWords === 1 ? '' : 'es'} (${shownEn})`)
  }
  const total = personalData + sensitiveWords
  return {
    total,
    personalData,
    sensitiveWords,
    byKind,
    bySource,
    message:
      total === 0
        ? { zh: '未发现疑似个人信息或敏感词', en: 'No personal data or sensitive words found' }
        : { zh: zh.join('；'), en: en.join('; ') },
  }
}
