/** Reply letters: every outcome renders with its legal basis and the remedy paragraph; templates are checked; the Word file reads back. */
import { describe, expect, it } from '@jest/globals'
import JSZip from 'jszip'

import { OUTCOMES, type Outcome } from '../../src/requests/categories.js'
import { renderReplyLetterDocx, renderReplyLetterText, ReplyTemplateError, validateTemplate } from '../../src/requests/reply-letter/index.js'

const options = { agencyName: '示范区人民政府', reconsiderationBody: '示范市人民政府', court: '示范区人民法院' }
const input = (outcome: Outcome, reason: string | null = '所申请信息涉及第三方商业秘密') => ({
  outcome,
  applicantName: '张三',
  trackingNumber: 'YSQ-2025-00012',
  receivedOn: '2025-01-13',
  replyDate: '2025-02-14',
  description: '2024年度政府采购项目清单',
  reason,
})
const failure = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    if (error instanceof ReplyTemplateError) return error.field
    throw error
  }
  throw new Error('expected a ReplyTemplateError')
}

describe('text', () => {
  it.each(Object.keys(OUTCOMES) as Outcome[])('%s: basis, remedy, no placeholder left', (outcome) => {
    const letter = renderReplyLetterText(input(outcome), options)
    const text = letter.paragraphs.join('\n')
    expect(text).toContain(OUTCOMES[outcome].basis)
    expect(text).toContain('示范区人民政府于2025年1月13日收到您提出的政府信息公开申请（申请编号：YSQ-2025-00012）')
    const group = OUTCOMES[outcome].group
    if (group === 'withheld') {
      // 行政复议法 第二十三条: a refusal goes to reconsideration first, and the letter must say so.
      expect(text).toContain('应当自收到本答复之日起六十日内先向示范市人民政府申请行政复议')
      expect(text).toContain('自收到行政复议决定书之日起十五日内向示范区人民法院提起行政诉讼')
      expect(text).not.toContain('六个月')
    } else if (group === 'partly-disclosed') {
      expect(text).toContain('如对本答复中不予公开的部分不服，应当自收到本答复之日起六十日内先向示范市人民政府申请行政复议')
      expect(text).toContain('十五日内向示范区人民法院提起行政诉讼')
      expect(text).toContain('对本答复的其他内容不服的，可以自收到本答复之日起六十日内向示范市人民政府申请行政复议，或者自收到本答复之日起六个月内向示范区人民法院提起行政诉讼')
    } else {
      expect(text).toContain('可以自收到本答复之日起六十日内向示范市人民政府申请行政复议')
      expect(text).toContain('或者自收到本答复之日起六个月内向示范区人民法院提起行政诉讼')
      expect(text).not.toContain('先向')
    }
    expect(text).not.toMatch(/\{\{|\}\}/)
    expect(letter).toMatchObject({ title: '政府信息公开申请答复告知书', salutation: '张三：', signature: '示范区人民政府', date: '2025年2月14日' })
  })

  it('requires a reason where the letter must give one, and the remedy bodies', () => {
    expect(failure(() => renderReplyLetterText(input('withheld-third-party', null), options))).toBe('reason')
    expect(failure(() => renderReplyLetterText(input('unavailable-not-held', ' '), options))).toBe('reason')
    expect(renderReplyLetterText(input('disclosed', null), options).paragraphs[1]).toContain('现将该政府信息提供给您')
    expect(failure(() => renderReplyLetterText(input('disclosed'), { ...options, court: '' }))).toBe('court')
    expect(failure(() => renderReplyLetterText({ ...input('disclosed'), applicantName: '' }, options))).toBe('applicantName')
  })

  it('uses the office’s template for an outcome or a group, and refuses unknown placeholders', () => {
    const own = renderReplyLetterText(input('withheld-third-party'), { ...options, templates: { withheld: '经审查，{{reason}}。依据{{basis}}，不予公开。' } })
    expect(own.paragraphs[0]).toBe('经审查，所申请信息涉及第三方商业秘密。依据《中华人民共和国政府信息公开条例》第十五条，不予公开。')
    expect(() => validateTemplate('你好{{name}}')).toThrow(/未知的占位符 \{\{name\}\}/)
    expect(() => validateTemplate('你好{{applicantName}')).toThrow(ReplyTemplateError)
    expect(() => validateTemplate('  ')).toThrow(ReplyTemplateError)
    expect(() => validateTemplate('{{applicantName}}：{{reason}}')).not.toThrow()
  })
})

describe('Word file', () => {
  it('holds the Chinese text with East Asian fonts, and its title in the properties', async () => {
    const zip = await JSZip.loadAsync(await renderReplyLetterDocx({ ...input('withheld-third-party'), number: '示范区人民政府依申请〔2025〕12号' }, options))
    expect(zip.file('[Content_Types].xml')).not.toBeNull()
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain('政府信息公开申请答复告知书')
    expect(xml).toContain('示范区人民政府依申请〔2025〕12号')
    expect(xml).toContain('所申请信息涉及第三方商业秘密')
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"')
    expect(xml).toContain('w:eastAsia="方正小标宋简体"')
    expect(xml).toContain('w:firstLine="640"')
    const core = await zip.file('docProps/core.xml')!.async('string')
    expect(core).toContain('<dc:title>政府信息公开申请答复告知书</dc:title>')
  })
})
