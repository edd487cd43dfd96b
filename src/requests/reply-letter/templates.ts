/**
 * Default texts of the reply letter (政府信息公开申请答复告知书), one per outcome group, with placeholders
 * the letter fills in. The office may replace any of them (the `reply-templates` collection); a template is
 * checked before it is saved, so a letter never goes out with a `{{…}}` left in it.
 */
import { OUTCOMES, type Outcome, type OutcomeGroup } from '../categories.js'

export const PLACEHOLDERS = ['applicantName', 'receivedOn', 'trackingNumber', 'description', 'agencyName', 'basis', 'reason', 'replyDate', 'outcome'] as const
export type Placeholder = (typeof PLACEHOLDERS)[number]

/** Outcome groups whose letter must say why (条例 第三十六条: 说明理由). */
export const GROUPS_NEEDING_REASON: ReadonlySet<OutcomeGroup> = new Set(['partly-disclosed', 'withheld', 'unavailable', 'not-processed', 'other'])

const OPENING = '{{agencyName}}于{{receivedOn}}收到您提出的政府信息公开申请（申请编号：{{trackingNumber}}），申请获取“{{description}}”。'

export const DEFAULT_TEMPLATES: Record<OutcomeGroup, string> = {
  disclosed: `${OPENING}\n经审查，您申请获取的政府信息属于公开范围。根据{{basis}}的规定，现将该政府信息提供给您（见附件）。`,
  'partly-disclosed': `${OPENING}\n经审查，您申请获取的政府信息中，{{reason}}。根据{{basis}}的规定，本机关对可以公开的部分予以提供（见附件），对不予公开的部分说明理由如上。`,
  withheld: `${OPENING}\n经审查，您申请获取的政府信息{{reason}}，属于“{{outcome}}”的情形。根据{{basis}}的规定，本机关决定不予公开。`,
  unavailable: `${OPENING}\n经审查，{{reason}}。根据{{basis}}的规定，本机关无法提供您申请的政府信息（{{outcome}}）。`,
  'not-processed': `${OPENING}\n经审查，{{reason}}，属于“{{outcome}}”的情形。根据{{basis}}的规定，本机关不作为政府信息公开申请处理。`,
  other: `${OPENING}\n{{reason}}。根据{{basis}}的规定，本机关不再处理您的政府信息公开申请（{{outcome}}）。`,
}

const REMEDY_EITHER =
  '如对本答复不服，可以自收到本答复之日起六十日内向{{reconsiderationBody}}申请行政复议（《中华人民共和国行政复议法》第二十条），或者自收到本答复之日起六个月内向{{court}}提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。'

/**
 * A refusal to disclose must be taken to reconsideration before any lawsuit (行政复议法 2023 第二十三条第一款
 * 第（四）项), and the agency has to say so in its decision (同条第二款). The lawsuit then runs 15 days from the
 * reconsideration decision (行政诉讼法 第四十五条).
 */
const RECONSIDER_FIRST = '应当自收到本答复之日起六十日内先向{{reconsiderationBody}}申请行政复议（《中华人民共和国行政复议法》第二十条、第二十三条）'
const SUE_AFTER_RECONSIDERATION = '对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内向{{court}}提起行政诉讼（《中华人民共和国行政诉讼法》第四十五条）'

const REMEDY_RECONSIDERATION_FIRST = `如对本答复不服，${RECONSIDER_FIRST}；${SUE_AFTER_RECONSIDERATION}。`

/** Part withheld, part given: the withheld part goes to reconsideration first, the rest may go either way. */
const REMEDY_PARTLY_WITHHELD =
  `如对本答复中不予公开的部分不服，${RECONSIDER_FIRST}，${SUE_AFTER_RECONSIDERATION}；` +
  '对本答复的其他内容不服的，可以自收到本答复之日起六十日内向{{reconsiderationBody}}申请行政复议，或者自收到本答复之日起六个月内向{{court}}提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。'

/** 救济途径: every letter states where and within what time the applicant may challenge it. */
export const REMEDY_TEMPLATES: Record<OutcomeGroup, string> = {
  disclosed: REMEDY_EITHER,
  'partly-disclosed': REMEDY_PARTLY_WITHHELD,
  withheld: REMEDY_RECONSIDERATION_FIRST,
  unavailable: REMEDY_EITHER,
  'not-processed': REMEDY_EITHER,
  other: REMEDY_EITHER,
}

export class ReplyTemplateError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
    this.name = 'ReplyTemplateError'
  }
}

/** Refuses a template with an unknown placeholder or an unclosed brace (400 on save). */
export const validateTemplate = (text: string, field = 'body'): void => {
  if (typeof text !== 'string' || text.trim() === '') throw new ReplyTemplateError(field, '模板不能为空 / the template cannot be empty')
  const stripped = text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      throw new ReplyTemplateError(field, `未知的占位符 {{${name}}}；可用：${PLACEHOLDERS.map((p) => `{{${p}}}`).join('、')} / unknown placeholder {{${name}}}`)
    }
    return ''
  })
  if (/\{\{|\}\}/.test(stripped)) throw new ReplyTemplateError(field, '占位符格式应为 {{名称}} / placeholders are written {{name}}')
}

export const templateFor = (outcome: Outcome, overrides: Partial<Record<Outcome | OutcomeGroup, string>> = {}): string =>
  overrides[outcome] ?? overrides[OUTCOMES[outcome].group] ?? DEFAULT_TEMPLATES[OUTCOMES[outcome].group]
