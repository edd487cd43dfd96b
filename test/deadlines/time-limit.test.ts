/** Catalog 公开时限 wordings → computable rules or a stated reason (src/deadlines/timeLimit.ts). */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { createCalendar } from '../../src/calendar/index.js'
import {
  NON_COMPUTABLE_NOTES,
  TRIGGER_LABELS,
  computeDeadline,
  parseTimeLimit,
  resolveSameAsPrevious,
  timeLimitRule,
  type NonComputableKind,
  type ParsedTimeLimit,
  type TriggerKind,
} from '../../src/deadlines/index.js'

type Expected =
  | { trigger: TriggerKind; amount: number; unit: 'working' | 'calendar'; defaultStart?: true; proviso?: true }
  | { kind: NonComputableKind; cadence?: 'monthly' | 'quarterly' | 'yearly' }

/** Check one parse against a compact expectation; notes are checked where they carry a decision. */
function expectParse(text: string | null | undefined, expected: Expected): ParsedTimeLimit {
  const parsed = parseTimeLimit(text)
  expect(parsed.text).toBe((text ?? '').trim())
  if ('trigger' in expected) {
    expect(parsed).toMatchObject({ computable: true, trigger: expected.trigger, amount: expected.amount, unit: expected.unit })
    if (!parsed.computable) return parsed
    if (expected.defaultStart) expect(parsed.note).toContain('未写明起算日')
    else expect(parsed.note ?? '').not.toContain('未写明起算日')
    if (expected.proviso) expect(parsed.note).toContain('从其规定')
  } else {
    expect(parsed).toMatchObject({ computable: false, kind: expected.kind })
    if (parsed.computable) return parsed
    expect(parsed.cadence).toBe(expected.cadence)
    expect(parsed.note).toContain(NON_COMPUTABLE_NOTES[expected.kind].zh)
  }
  return parsed
}

// Every distinct 公开时限 of shared/reference/catalog_example_rows.json, verbatim (count in the file).
const REAL_WORDINGS: [string | null, Expected][] = [
  ['信息形成或者变更之日起20个工作日内', { trigger: 'formed-or-changed', amount: 20, unit: 'working' }], // 12
  ['信息形成或变更之日起20个工作日内', { trigger: 'formed-or-changed', amount: 20, unit: 'working' }], // 9
  [null, { kind: 'unspecified' }], // 9 (absent: "limit": null)
  ['制定或获取信息之日起10个工作日内', { trigger: 'made-or-obtained', amount: 10, unit: 'working' }], // 5
  ['形成或者变更之日起20个工作日内予以公开', { trigger: 'formed-or-changed', amount: 20, unit: 'working' }], // 5
  ['公开事项信息形成或变更之日起20个工作日内公开', { trigger: 'formed-or-changed', amount: 20, unit: 'working' }], // 5
  ['信息形成(变更)20个工作日内', { trigger: 'formed-or-changed', amount: 20, unit: 'working' }], // 5
  ['20个工作日', { trigger: 'formed-or-changed', amount: 20, unit: 'working', defaultStart: true }], // 5
  ['自该信息形成或者变更之日起20个工作日内', { trigger: 'formed-or-changed', amount: 20, unit: 'working' }], // 4
  ['自制作或获取该信息之日起20个工作日内公开', { trigger: 'made-or-obtained', amount: 20, unit: 'working' }], // 4
  ['信息形成之日起20个工作日内', { trigger: 'formed', amount: 20, unit: 'working' }], // 3
  ['实时公开', { kind: 'realtime' }], // 3
  [
    '信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的,从其规定。',
    { trigger: 'formed-or-changed', amount: 20, unit: 'working', proviso: true },
  ], // 3
  ['信息形成或者变更之日起20个工作日内公开', { trigger: 'formed-or-changed', amount: 20, unit: 'working' }], // 3
  ['信息形成或变更之日起3个工作日内', { trigger: 'formed-or-changed', amount: 3, unit: 'working' }], // 2
  ['本级人民代表大会或其常务委员会批准后20日内', { trigger: 'approval', amount: 20, unit: 'calendar' }], // 2 (预算法第十四条)
  ['及时公开', { kind: 'timely' }], // 2
  ['1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。', { kind: 'composite' }], // 2
  ['(same)', { kind: 'same-as-previous' }], // 2
  ['20工作日', { trigger: 'formed-or-changed', amount: 20, unit: 'working', defaultStart: true }], // 2
  ['自信息形成或者变更之日起20个工作日内予以公开', { trigger: 'formed-or-changed', amount: 20, unit: 'working' }], // 2
  ['制定或获取文件之日起10个工作日内', { trigger: 'made-or-obtained', amount: 10, unit: 'working' }],
  ['制定或获取扶持政策措施之日起10个工作日内', { trigger: 'made-or-obtained', amount: 10, unit: 'working' }],
  ['制定或获取指南之日起10个工作日内', { trigger: 'made-or-obtained', amount: 10, unit: 'working' }],
  ['自收到申请之日起20个工作日内', { trigger: 'application-received', amount: 20, unit: 'working' }],
  ['本级政府财政部门批复后20日内', { trigger: 'approval', amount: 20, unit: 'calendar' }],
  ['同上', { kind: 'same-as-previous' }],
  ['信息形成20个工作日内公开', { trigger: 'formed', amount: 20, unit: 'working' }],
  [
    '信息形成或者变更之日起20个工作日内 (玉环) / 信息形成之日起20个工作日内 (乌恰)',
    { trigger: 'formed-or-changed', amount: 20, unit: 'working' },
  ],
  ['分配结果确定后20个工作日内', { trigger: 'result-determined', amount: 20, unit: 'working' }],
  ['信息形成或者变更之日起20个工作日内予以公开;', { trigger: 'formed-or-changed', amount: 20, unit: 'working' }],
  ['每年1月31日前', { kind: 'fixed-date' }],
]

interface CatalogGroup {
  domain: string
  rows: { l2?: string; limit: string | null }[]
}
const catalog: CatalogGroup[] = JSON.parse(
  fs.readFileSync(path.resolve(process.cwd(), '../shared/reference/catalog_example_rows.json'), 'utf8'),
)

describe('real catalog wordings', () => {
  it.each(REAL_WORDINGS)('%j', (text, expected) => {
    expectParse(text, expected)
  })

  it('lists every distinct wording of the reference file', () => {
    const inFile = new Set(catalog.flatMap((group) => group.rows.map((row) => row.limit)))
    expect(new Set(REAL_WORDINGS.map(([text]) => text))).toEqual(inFile)
  })

  it('parses all 100 rows: each computable, or a specific kind with a note', () => {
    const rows = catalog.flatMap((group) => group.rows)
    expect(rows).toHaveLength(100)
    for (const row of rows) {
      const parsed = parseTimeLimit(row.limit)
      if (parsed.computable) {
        expect(timeLimitRule(parsed)).not.toBeNull()
      } else {
        expect(parsed.kind).not.toBe('unrecognised')
        expect(parsed.note.length).toBeGreaterThan(0)
      }
    }
  })

  it('keeps the parts of a composite wording', () => {
    const parsed = parseTimeLimit('1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。')
    expect(parsed).toMatchObject({
      kind: 'composite',
      parts: [
        { computable: false, kind: 'long-term', text: '除处罚决定外其他内容:长期公开(动态调整)' },
        { computable: true, trigger: 'formed-or-changed', amount: 20, unit: 'working', text: '处罚决定:20个工作日内' },
      ],
    })
  })

  it('merges variants with the same period into the broader start, and says so', () => {
    const parsed = parseTimeLimit('信息形成或者变更之日起20个工作日内 (玉环) / 信息形成之日起20个工作日内 (乌恰)')
    expect(parsed.computable && parsed.note).toContain('多种表述')
  })

  it('resolves 同上 within each catalog group to the row before it', () => {
    const group = catalog.find((g) => g.rows.some((row) => row.limit === '同上'))!
    const resolved = resolveSameAsPrevious(group.rows.map((row) => parseTimeLimit(row.limit)))
    const index = group.rows.findIndex((row) => row.limit === '同上')
    expect(resolved[index]).toMatchObject({ kind: 'timely', text: group.rows[index - 1].limit })
    expect(resolved[index].computable === false && resolved[index].note).toContain('同上')
    for (const g of catalog) {
      const rows = resolveSameAsPrevious(g.rows.map((row) => parseTimeLimit(row.limit)))
      // the reference file never starts a group with 同上, so nothing stays unresolved
      expect(rows.some((row) => !row.computable && row.kind === 'same-as-previous')).toBe(false)
    }
  })
})

describe('resolveSameAsPrevious', () => {
  it('copies the previous computable rule, chains, and leaves a leading 同上 alone', () => {
    const rows = ['同上', '制定或获取信息之日起10个工作日内', '同上', '(same)', '实时公开'].map(parseTimeLimit)
    const resolved = resolveSameAsPrevious(rows)
    expect(resolved[0]).toMatchObject({ kind: 'same-as-previous' })
    expect(resolved[2]).toMatchObject({ computable: true, trigger: 'made-or-obtained', amount: 10, text: '制定或获取信息之日起10个工作日内' })
    expect(resolved[3]).toMatchObject({ computable: true, amount: 10 })
    expect(resolved[3].computable && resolved[3].note).toContain('同上')
    expect(resolved[4]).toBe(rows[4])
    expect(rows[2]).toMatchObject({ kind: 'same-as-previous' }) // the input is not changed
  })
})

describe('wordings common elsewhere', () => {
  it.each<[string, Expected]>([
    ['自作出行政决定之日起7个工作日内', { trigger: 'decision', amount: 7, unit: 'working' }], // 双公示
    ['行政许可决定作出之日起7个工作日内', { trigger: 'decision', amount: 7, unit: 'working' }],
    ['行政许可（处罚）决定作出之日起7个工作日内', { trigger: 'decision', amount: 7, unit: 'working' }],
    ['批准后20日内', { trigger: 'approval', amount: 20, unit: 'calendar' }],
    ['制定或获取之日起10个工作日内', { trigger: 'made-or-obtained', amount: 10, unit: 'working' }],
    ['信息形成之日起15个自然日内', { trigger: 'formed', amount: 15, unit: 'calendar' }],
    ['5天内', { trigger: 'formed-or-changed', amount: 5, unit: 'calendar', defaultStart: true }],
    ['按季度公开', { kind: 'periodic', cadence: 'quarterly' }],
    ['每季度', { kind: 'periodic', cadence: 'quarterly' }],
    ['按月公开', { kind: 'periodic', cadence: 'monthly' }],
    ['每月更新', { kind: 'periodic', cadence: 'monthly' }],
    ['每年公开', { kind: 'periodic', cadence: 'yearly' }],
    ['按年度公开', { kind: 'periodic', cadence: 'yearly' }],
    ['每半年公开', { kind: 'periodic' }],
    ['定期公开', { kind: 'periodic' }],
    ['按月定期公开', { kind: 'periodic', cadence: 'monthly' }],
    ['季度结束后15日内', { kind: 'periodic', cadence: 'quarterly' }], // no computable start: the cycle decides
    ['长期公开', { kind: 'long-term' }],
    ['动态更新', { kind: 'long-term' }],
    ['及时公开', { kind: 'timely' }],
    ['实时公开', { kind: 'realtime' }],
    ['5小时内', { kind: 'hours' }],
    ['信息形成之日起24小时内', { kind: 'hours' }],
    ['每年3月31日前', { kind: 'fixed-date' }],
    ['', { kind: 'unspecified' }],
    ['   ', { kind: 'unspecified' }],
    ['—', { kind: 'unspecified' }],
    ['/', { kind: 'unspecified' }],
  ])('%j', (text, expected) => {
    expectParse(text, expected)
  })

  it('treats null like an absent cell', () => {
    expectParse(null, { kind: 'unspecified' })
  })
})

describe('Chinese numerals and full-width characters', () => {
  it.each<[string, Expected]>([
    ['二十个工作日', { trigger: 'formed-or-changed', amount: 20, unit: 'working', defaultStart: true }],
    ['信息形成或者变更之日起二十个工作日内', { trigger: 'formed-or-changed', amount: 20, unit: 'working' }],
    ['制定或获取信息之日起十个工作日内', { trigger: 'made-or-obtained', amount: 10, unit: 'working' }],
    ['自作出行政决定之日起七个工作日内', { trigger: 'decision', amount: 7, unit: 'working' }],
    ['两个工作日内', { trigger: 'formed-or-changed', amount: 2, unit: 'working', defaultStart: true }],
    ['批准后二十日内', { trigger: 'approval', amount: 20, unit: 'calendar' }],
    ['信息形成或者变更之日起１５个工作日内', { trigger: 'formed-or-changed', amount: 15, unit: 'working' }],
    ['信息形成（变更）２０个工作日内', { trigger: 'formed-or-changed', amount: 20, unit: 'working' }],
    ['２０工作日', { trigger: 'formed-or-changed', amount: 20, unit: 'working', defaultStart: true }],
    ['每年一月三十一日前', { kind: 'fixed-date' }],
    ['二十四小时内', { kind: 'hours' }],
    [
      '信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。',
      { trigger: 'formed-or-changed', amount: 20, unit: 'working', proviso: true },
    ],
    ['１．除处罚决定外其他内容：长期公开（动态调整）；２．处罚决定：20个工作日内。', { kind: 'composite' }],
  ])('%j', (text, expected) => {
    expectParse(text, expected)
  })
})

describe('garbage and near misses', () => {
  it.each(['abc', '20个苹果', '公开', '请咨询办公室', '12345', '随便写写'])('%j is unrecognised', (text) => {
    expectParse(text, { kind: 'unrecognised' })
  })

  it('says when a period was found but not its start', () => {
    const parsed = parseTimeLimit('会议结束后3个工作日内')
    expect(parsed).toMatchObject({ computable: false, kind: 'unrecognised' })
    expect(!parsed.computable && parsed.note).toContain('无法识别起算事件')
  })

  it('calls a wording with two different periods composite', () => {
    const parsed = parseTimeLimit('1.行政许可决定:7个工作日内; 2.其他信息:20个工作日内')
    expect(parsed).toMatchObject({ kind: 'composite', parts: [{ amount: 7 }, { amount: 20 }] })
  })
})

describe('timeLimitRule', () => {
  it('builds a DEADLINE_RULES-shaped rule whose basis is the wording', () => {
    expect(timeLimitRule(parseTimeLimit('本级政府财政部门批复后20日内'))).toEqual({
      days: 20,
      unit: 'calendar',
      label: { zh: '自批准或者批复之日起20日内', en: 'Within 20 calendar days after it is approved' },
      basis: '本级政府财政部门批复后20日内',
    })
    expect(timeLimitRule(parseTimeLimit('1个工作日'))?.label.en).toBe(
      `Within 1 working day after ${TRIGGER_LABELS['formed-or-changed'].en}`,
    )
  })

  it('is null when there is nothing to compute', () => {
    for (const text of ['实时公开', '同上', undefined, 'abc', '1.除处罚决定外其他内容:长期公开(动态调整); 2.处罚决定:20个工作日内。']) {
      expect(timeLimitRule(parseTimeLimit(text))).toBeNull()
    }
  })

  it('has zh and en labels for every trigger', () => {
    for (const label of Object.values(TRIGGER_LABELS)) {
      expect(label.zh).toMatch(/之日$/)
      expect(label.en.length).toBeGreaterThan(0)
    }
  })
})

describe('computeDeadline with a catalog rule', () => {
  const calendar = createCalendar()

  it('counts 制定或获取信息之日起10个工作日内 from 2025-09-26 across National Day', () => {
    // Start Fri 2025-09-26 (not counted). 9/27 Sat off; 9/28 Sun worked (调休) = 1; 9/29 = 2; 9/30 = 3;
    // 10/1-10/8 国庆节、中秋节 off; 10/9 = 4; 10/10 = 5; 10/11 Sat worked (调休) = 6; 10/12 Sun off;
    // 10/13 = 7; 10/14 = 8; 10/15 = 9; 10/16 Thu = 10.
    const rule = timeLimitRule(parseTimeLimit('制定或获取信息之日起10个工作日内'))!
    expect(computeDeadline(calendar, rule, '2025-09-26')).toMatchObject({
      dueDate: '2025-10-16',
      rule: 'catalog',
      days: 10,
      unit: 'working',
      triggerDate: '2025-09-26',
      basis: '制定或获取信息之日起10个工作日内',
      provisional: false,
    })
  })

  it('counts calendar days and moves a holiday end to the next working day', () => {
    // 2025-09-15 + 20 days = 10-05 (国庆节), so the period ends on the next working day, 10-09.
    const rule = timeLimitRule(parseTimeLimit('批准后20日内'))!
    expect(computeDeadline(calendar, rule, '2025-09-15')).toMatchObject({ dueDate: '2025-10-09', rule: 'catalog', unit: 'calendar' })
  })

  it('keeps rule keys working as before', () => {
    expect(computeDeadline(calendar, 'general', '2025-09-26')).toMatchObject({
      rule: 'general',
      days: 20,
      unit: 'working',
      basis: '《中华人民共和国政府信息公开条例》第二十六条',
    })
  })
})
