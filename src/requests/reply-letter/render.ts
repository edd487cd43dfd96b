/**
 * The reply letter (政府信息公开申请答复告知书): text from the template, then a Word file with the fonts of
 * official documents — 方正小标宋简体 for the title, 仿宋_GB2312 三号 for the body — set as East Asian fonts on
 * every run, which is what makes Chinese display right in Word and WPS.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx'

import { formatChineseDate } from '../../policy/dates.js'
import { OUTCOMES, type Outcome } from '../categories.js'
import { GROUPS_NEEDING_REASON, REMEDY_TEMPLATES, ReplyTemplateError, templateFor, validateTemplate } from './templates.js'

export const LETTER_TITLE = '政府信息公开申请答复告知书'

export interface ReplyLetterInput {
  outcome: Outcome
  applicantName: string
  trackingNumber: string
  receivedOn: string
  replyDate: string
  description: string
  reason?: string | null
  /** `示范区人民政府依申请〔2025〕12号` */
  number?: string | null
}

export interface ReplyLetterOptions {
  agencyName: string
  reconsiderationBody: string
  court: string
  templates?: Partial<Record<string, string>>
}

export interface ReplyLetterText {
  title: string
  number: string | null
  salutation: string
  paragraphs: string[]
  signature: string
  date: string
}

/** `2025-02-21` → `2025年2月21日` */
export const chineseDate = formatChineseDate

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined || value.trim() === '') throw new ReplyTemplateError(name, `答复告知书缺少“${name}” / the letter needs ${name}`)
    return value
  })

export const renderReplyLetterText = (input: ReplyLetterInput, options: ReplyLetterOptions): ReplyLetterText => {
  const definition = OUTCOMES[input.outcome]
  if (!definition) throw new ReplyTemplateError('outcome', `未知的办理结果 / unknown outcome "${String(input.outcome)}"`)
  for (const field of ['agencyName', 'reconsiderationBody', 'court'] as const) {
    if (!options[field]?.trim()) throw new ReplyTemplateError(field, `请配置${field} / ${field} is required for the remedy paragraph`)
  }
  if (GROUPS_NEEDING_REASON.has(definition.group) && !input.reason?.trim()) throw new ReplyTemplateError('reason', `“${definition.zh}”须写明理由 / this outcome needs its reason`)
  const template = templateFor(input.outcome, options.templates)
  validateTemplate(template, 'template')
  const values: Record<string, string> = {
    applicantName: input.applicantName,
    receivedOn: chineseDate(input.receivedOn),
    trackingNumber: input.trackingNumber,
    description: input.description,
    agencyName: options.agencyName,
    basis: definition.basis,
    reason: input.reason?.trim() ?? '',
    replyDate: chineseDate(input.replyDate),
    outcome: definition.zh.replace(/^（[一二三四五六七]）|^\d\./, ''),
    reconsiderationBody: options.reconsiderationBody,
    court: options.court,
  }
  if (!input.applicantName?.trim()) throw new ReplyTemplateError('applicantName', '缺少申请人姓名或名称 / the applicant name is missing')
  return {
    title: LETTER_TITLE,
    number: input.number ?? null,
    salutation: `${input.applicantName}：`,
    paragraphs: [...fill(template, values).split('\n').filter(Boolean), fill(REMEDY_TEMPLATES[definition.group], values), '特此告知。'],
    signature: options.agencyName,
    date: values.replyDate!,
  }
}

const BODY_FONT = { ascii: 'FangSong', hAnsi: 'FangSong', eastAsia: '仿宋_GB2312', cs: 'FangSong' }
const TITLE_FONT = { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: '方正小标宋简体', cs: 'SimSun' }
/** 三号 = 16 pt; docx sizes are half-points. */
const BODY_SIZE = 32
const TITLE_SIZE = 44

const body = (text: string, extra: ConstructorParameters<typeof Paragraph>[0] & object = {}) =>
  new Paragraph({ ...extra, spacing: { line: 560 }, children: [new TextRun({ text, font: BODY_FONT, size: BODY_SIZE })] })

export const renderReplyLetterDocx = async (input: ReplyLetterInput, options: ReplyLetterOptions): Promise<Buffer> => {
  const letter = renderReplyLetterText(input, options)
  const document = new Document({
    title: letter.title,
    creator: options.agencyName,
    description: `${letter.title} ${input.trackingNumber}`,
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } } },
    sections: [
      {
        // A4 with the margins of GB/T 9704 official documents (top 37 mm, left 28 mm).
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: letter.title, font: TITLE_FONT, size: TITLE_SIZE })] }),
          ...(letter.number ? [body(letter.number, { alignment: AlignmentType.CENTER })] : []),
          body(letter.salutation),
          // First-line indent of two characters (2 × 16 pt = 640 twips).
          ...letter.paragraphs.map((text) => body(text, { indent: { firstLine: 640 } })),
          body(''),
          body(letter.signature, { alignment: AlignmentType.RIGHT }),
          body(letter.date, { alignment: AlignmentType.RIGHT }),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
