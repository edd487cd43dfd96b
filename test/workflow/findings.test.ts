/** Automatic findings of the secrecy review: personal data and sensitive words in titles, bodies and attachments. */
import { describe, expect, it } from '@jest/globals'

import {
  type Finding,
  detectFindings,
  idNumberCheckChar,
  isValidIdNumber,
  lexicalToPlainText,
  passesLuhn,
  scanEntry,
  summarizeFindings,
} from '../../src/workflow/findings/index.js'

/** A fixed "today" so birth-date limits do not move with the calendar. */
const now = new Date(2026, 5, 1)
const detect = (text: string, sensitiveWords?: string[]): Finding[] => detectFindings(text, { now, sensitiveWords })
const kinds = (findings: Finding[]): string[] => findings.map((f) => f.kind)
const only = (text: string, sensitiveWords?: string[]): Finding => {
  const found = detect(text, sensitiveWords)
  expect(found).toHaveLength(1)
  return found[0]
}

// Real check characters (GB 11643-1999); the first is the standard's own example.
const VALID_IDS = [
  '11010519491231002X',
  '440301199003071230',
  '310115200002294567', // 29 February of a leap year
  '510107198506150011',
  '370202197311098885',
  '650102201010100778',
  '110105200001010016',
]

describe('resident ID numbers (GB 11643-1999)', () => {
  it('computes the MOD 11-2 check character of the standard example', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X')
    expect(idNumberCheckChar('44052418800101001')).toBe('4')
  })

  it.each(VALID_IDS)('finds %s in text, masked to address code and last four', (id) => {
    const text = `申请人身份证号：${id}，请核对。`
    const finding = only(text)
    expect(finding).toMatchObject({ kind: 'id-number', start: 8, end: 26 })
    expect(text.slice(finding.start, finding.end)).toBe(id)
    expect(finding.masked).toBe(`${id.slice(0, 6)}********${id.slice(14)}`)
  })

  it('accepts a lowercase x and full-width digits', () => {
    expect(only('11010519491231002x')).toMatchObject({ kind: 'id-number', masked: '110105********002X' })
    expect(only('身份证１１０１０５１９４９１２３１００２Ｘ号')).toMatchObject({ kind: 'id-number', start: 3, end: 21 })
  })

  const mutations = VALID_IDS.flatMap((id) =>
    [...id].map((c, i) => {
      const replacement = c === 'X' ? '0' : String((Number(c) + 1) % 10)
      return [id, `${id.slice(0, i)}${replacement}${id.slice(i + 1)}`] as const
    }),
  )
  it.each(mutations)('one digit of %s changed (%s) is no ID number', (_id, changed) => {
    expect(isValidIdNumber(changed, now)).toBe(false)
    expect(kinds(detect(`号码${changed}。`))).not.toContain('id-number')
  })

  const withCheck = (first17: string): string => first17 + idNumberCheckChar(first17)
  it.each([
    ['18800101 (before 1900)', '440524188001010014'],
    ['19000229 (1900 is no leap year)', withCheck('11010519000229001')],
    ['20230229', withCheck('11010520230229001')],
    ['19991301 (month 13)', withCheck('11010519991301001')],
    ['19990431 (31 April)', withCheck('11010519990431001')],
    ['19990100 (day 0)', withCheck('11010519990100001')],
    ['20300101 (in the future)', withCheck('11010520300101001')],
  ])('a correct checksum with birth date %s is no ID number', (_label, id) => {
    expect(isValidIdNumber(id, now)).toBe(false)
    expect(kinds(detect(id))).not.toContain('id-number')
  })

  it('rejects area codes starting 0 or 9', () => {
    expect(isValidIdNumber(withCheck('01010519491231002'), now)).toBe(false)
    expect(isValidIdNumber(withCheck('91010519491231002'), now)).toBe(false)
  })

  it.each([
    ['a digit before', '911010519491231002X'],
    ['a digit after', '4403011990030712301'],
    ['inside a 30-digit run', `123456${'440301199003071230'}789012`],
    ['an x after a digit check', '440301199003071230x'],
  ])('is not found with %s', (_label, text) => {
    expect(kinds(detect(text))).not.toContain('id-number')
  })
})

describe('mobile numbers', () => {
  it.each([
    ['13812345678', 0, 11],
    ['138 1234 5678', 0, 13],
    ['138-1234-5678', 0, 13],
    ['+8613812345678', 0, 14],
    ['+86 138 1234 5678', 0, 17],
    ['+86-138-1234-5678', 0, 17],
    ['0086 13812345678', 0, 16],
    ['8613812345678', 0, 13],
    ['１３８１２３４５６７８', 0, 11],
  ])('finds %s', (phone, start, end) => {
    const finding = only(phone)
    expect(finding).toEqual({ kind: 'mobile', masked: '138****5678', start, end })
  })

  it('finds every prefix 13–19 and reports the offsets within the text', () => {
    for (const second of '3456789') {
      const text = `联系电话：1${second}912345678。`
      expect(only(text)).toMatchObject({ kind: 'mobile', masked: `1${second}9****5678`, start: 5, end: 16 })
    }
  })

  it.each([
    ['starting 12', '12812345678'],
    ['starting 10', '10812345678'],
    ['12 digits', '138123456789'],
    ['a digit before', '213812345678'],
    ['inside a document number', '编号2024138123456789001'],
    ['10 digits', '1381234567'],
    ['mixed separators', '138 1234-5678'],
  ])('finds nothing %s', (_label, text) => {
    expect(kinds(detect(text))).not.toContain('mobile')
  })
})

describe('bank card numbers', () => {
  it.each([
    ['6222021234567894', '6222********7894'],
    ['6228480402564890018', '6228***********0018'],
    ['4111 1111 1111 1111', '4111********1111'],
    ['6222-0212-3456-7894', '6222********7894'],
    ['6222 0212 3456 7890 128', '6222***********0128'],
    ['62220212345678903', '6222*********8903'],
  ])('finds %s (Luhn)', (card, masked) => {
    const text = `卡号：${card}。`
    expect(passesLuhn(card.replace(/\D/g, ''))).toBe(true)
    expect(only(text)).toEqual({ kind: 'bank-card', masked, start: 3, end: 3 + card.length })
  })

  it.each([
    ['a failing Luhn check', '6222021234567895'],
    ['a failing Luhn check, grouped', '4111 1111 1111 1112'],
    ['15 digits', '622202123456789'],
    ['20 digits', '62220212345678940000'],
    ['five groups of four', '4111 1111 1111 1111 1111'],
    ['a digit before', '96222021234567894'.padStart(20, '9')],
  ])('finds nothing with %s', (_label, text) => {
    expect(kinds(detect(text))).not.toContain('bank-card')
  })

  it('reports an ID number that also passes Luhn only as an ID number', () => {
    const id = '320106198808081654'
    expect(passesLuhn(id)).toBe(true)
    expect(isValidIdNumber(id, now)).toBe(true)
    expect(kinds(detect(id))).toEqual(['id-number'])
  })
})

describe('e-mail addresses', () => {
  it.each([
    ['zhang.san@example.gov.cn', 'z***@example.gov.cn'],
    ['a+tag@sub.example.com', 'a***@sub.example.com'],
    ['Office@Demo.GOV.cn', 'O***@Demo.GOV.cn'],
    ['x@example.org', 'x***@example.org'],
  ])('finds %s', (email, masked) => {
    expect(only(`请发送至${email}。`)).toEqual({ kind: 'email', masked, start: 4, end: 4 + email.length })
  })

  it.each(['foo@bar', '@example.com', 'a@b.c', 'name at example.com', '张三@example'])('finds nothing in %s', (text) => {
    expect(detect(text)).toEqual([])
  })

  it('reports a mailbox named by a phone number once, as an e-mail', () => {
    expect(detect('13812345678@139.com')).toEqual([{ kind: 'email', masked: '1***@139.com', start: 0, end: 19 }])
    expect(kinds(detect('a@b.cn 13812345678 13912345678@139.com 11010519491231002X'))).toEqual(['email', 'mobile', 'email', 'id-number'])
  })
})

describe('sensitive words', () => {
  const words = ['国家秘密', '秘密', 'Secret', '机密', '', '   ', '机密']
  const text = '本文件含国家秘密和SECRET资料；机密，机密。ｓｅｃｒｅｔ'

  it('finds every occurrence, overlapping words each, case-insensitively, shown as written', () => {
    const found = detect(text, words)
    expect(found.map((f) => [f.masked, f.start, f.end, f.word])).toEqual([
      ['国家秘密', 4, 8, '国家秘密'],
      ['秘密', 6, 8, '秘密'],
      ['SECRET', 9, 15, 'Secret'],
      ['机密', 18, 20, '机密'],
      ['机密', 21, 23, '机密'],
      ['ｓｅｃｒｅｔ', 24, 30, 'Secret'],
    ])
    expect(new Set(kinds(found))).toEqual(new Set(['sensitive-word']))
  })

  it('ignores empty and blank words and an empty list', () => {
    expect(detect(text, ['', ' '])).toEqual([])
    expect(detect(text, [])).toEqual([])
    expect(detect(text)).toEqual([])
  })
})

describe('detectFindings', () => {
  const text = [
    '经办人张三，身份证号11010519491231002X，手机138-1234-5678，',
    '银行卡6222 0212 3456 7890 128，邮箱zhang.san@example.gov.cn。',
    '再次出现：11010519491231002X',
  ].join('\n')
  const found = detect(text, ['经办人'])

  it('returns findings sorted by position', () => {
    expect(kinds(found)).toEqual(['sensitive-word', 'id-number', 'mobile', 'bank-card', 'email', 'id-number'])
    const starts = found.map((f) => f.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('never shows a full value in `masked`', () => {
    for (const f of found.filter((f) => f.kind !== 'sensitive-word')) {
      const raw = text.slice(f.start, f.end)
      const rawDigits = raw.replace(/[^0-9Xx]/g, '')
      expect(f.masked).not.toBe(raw)
      expect(f.masked).toContain('*')
      if (f.kind !== 'email') expect(f.masked.replace(/[^0-9Xx]/g, '')).not.toContain(rawDigits)
      else expect(f.masked).not.toContain(raw.slice(0, raw.indexOf('@')))
    }
  })

  it('tolerates empty and non-string input', () => {
    expect(detectFindings('')).toEqual([])
    expect(detectFindings(undefined as unknown as string)).toEqual([])
    expect(detectFindings('没有任何个人信息的普通文本 2024年第12号')).toEqual([])
  })
})

describe('lexicalToPlainText', () => {
  const text = (t: string, extra: Record<string, unknown> = {}) => ({ type: 'text', text: t, format: 0, version: 1, ...extra })
  const el = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, children, version: 1, ...extra })
  const state = {
    root: el('root', [
      el('heading', [text('关于张三的')], { tag: 'h1' }),
      el('paragraph', [text('联系电话'), text('13812345678', { format: 1 }), { type: 'linebreak', version: 1 }, text('第二行')]),
      el('paragraph', [text('详见'), el('link', [text('网站')], { fields: { url: 'https://example.gov.cn' } }), text('。')]),
      el('list', [el('listitem', [text('第一项')]), el('listitem', [text('第二项')])], { listType: 'bullet' }),
      el('table', [el('tablerow', [el('tablecell', [el('paragraph', [text('姓名')])]), el('tablecell', [el('paragraph', [text('李四')])])])]),
      { type: 'block', version: 1, fields: { id: '65f1a13812345678aaaa', blockType: 'contact', blockName: '联系人', phone: '13900001111' } },
      el('paragraph', []),
    ]),
  }

  it('puts blocks on their own lines and keeps inline text together', () => {
    expect(lexicalToPlainText(state)).toBe(
      ['关于张三的', '联系电话13812345678', '第二行', '详见网站。', '第一项', '第二项', '姓名', '李四', '13900001111'].join('\n'),
    )
  })

  it('reads an editor state saved as JSON text and returns other strings as they are', () => {
    expect(lexicalToPlainText(JSON.stringify(state))).toBe(lexicalToPlainText(state))
    expect(lexicalToPlainText('普通文本 13812345678')).toBe('普通文本 13812345678')
    expect(lexicalToPlainText('{not json')).toBe('{not json')
  })

  it.each([null, undefined, 42, true, [], {}, { root: null }, { root: { children: 'x' } }, { root: { children: [null, 1, 'a', {}] } }])(
    'gives empty text, not an error, for %p',
    (value) => {
      expect(lexicalToPlainText(value)).toBe('')
    },
  )

  it('survives cycles and absurd nesting', () => {
    const cyclic: Record<string, unknown> = el('paragraph', [text('甲')])
    ;(cyclic.children as unknown[]).push(cyclic)
    expect(lexicalToPlainText({ root: el('root', [cyclic]) })).toBe('甲')
    let deep: unknown = text('深')
    for (let i = 0; i < 100_000; i++) deep = el('paragraph', [deep])
    expect(() => lexicalToPlainText({ root: el('root', [deep]) })).not.toThrow()
  })
})

describe('scanEntry and summarizeFindings', () => {
  const body = {
    root: {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', text: '申请人身份证号11010519491231002X。' }] }],
    },
  }

  it('labels each finding with its source', () => {
    const findings = scanEntry(
      {
        title: '关于13812345678反映问题的答复',
        body,
        attachments: [
          { name: '名单.xlsx', text: '姓名\t邮箱\n张三\tzhang.san@example.gov.cn' },
          { name: '说明.pdf', text: '本件不涉密' },
        ],
      },
      { sensitiveWords: ['涉密'], now },
    )
    expect(findings.map((f) => [f.source, f.kind, f.masked])).toEqual([
      ['title', 'mobile', '138****5678'],
      ['body', 'id-number', '110105********002X'],
      ['attachment:名单.xlsx', 'email', 'z***@example.gov.cn'],
      ['attachment:说明.pdf', 'sensitive-word', '涉密'],
    ])
  })

  it('accepts an entry with nothing in it', () => {
    expect(scanEntry({})).toEqual([])
    expect(scanEntry({ title: null, body: null, attachments: [] })).toEqual([])
  })

  it('counts per kind and says so in Chinese and English', () => {
    const summary = summarizeFindings(scanEntry({ title: '13812345678', body }, { now }))
    expect(summary).toMatchObject({
      total: 2,
      personalData: 2,
      sensitiveWords: 0,
      byKind: { 'id-number': 1, mobile: 1, 'bank-card': 0, email: 0, 'sensitive-word': 0 },
      bySource: { title: 1, body: 1 },
    })
    expect(summary.message.zh).toBe('发现2处疑似个人信息（身份证号1处、手机号1处）')
    expect(summary.message.en).toBe('Found 2 possible personal data items (ID number 1, mobile number 1)')
  })

  it('names sensitive words and reports an empty result', () => {
    const summary = summarizeFindings(detect('机密文件，机密', ['机密']))
    expect(summary.message.zh).toBe('发现2处敏感词（机密）')
    expect(summary.message.en).toBe('Found 2 sensitive-word matches (机密)')
    expect(summarizeFindings([]).message).toEqual({ zh: '未发现疑似个人信息或敏感词', en: 'No personal data or sensitive words found' })
  })
})
