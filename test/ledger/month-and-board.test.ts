/** The ledger month, its due day (configurable), the board's cells and the summary's counts. Pure. */
import { describe, expect, it } from '@jest/globals'

import { getDefaultCalendar } from '../../src/calendar/index.js'
import { buildLedgerBoard } from '../../src/ledger/board.js'
import { calendarDaysBetween, ledgerDueDate, ledgerMonth, monthsBetween, parseLedgerMonth } from '../../src/ledger/month.js'
import { ledgerRow, timeliness, type LedgerSource } from '../../src/ledger/rows.js'
import { disclosurePlugin } from '../../src/plugin.js'

describe('ledger month', () => {
  it('bounds a month in Beijing time whatever the server’s zone', () => {
    const january = ledgerMonth(2025, 1)
    expect(january).toMatchObject({ month: '2025-01', first: '2025-01-01', last: '2025-01-31', label: '2025年1月' })
    expect(january.startInstant).toBe('2024-12-31T16:00:00.000Z')
    expect(january.endInstant).toBe('2025-01-31T16:00:00.000Z')
    expect(ledgerMonth(2024, 2).last).toBe('2024-02-29')
    expect(ledgerMonth(2025, 12).endInstant).toBe('2025-12-31T16:00:00.000Z')
  })

  it('parses YYYY-MM only', () => {
    expect(parseLedgerMonth('2025-03')).toMatchObject({ ok: true, value: { month: '2025-03' } })
    for (const bad of ['2025-3', '2025-13', '2025-00', '25-03', '', null, '2025-03-01']) expect(parseLedgerMonth(bad).ok).toBe(false)
  })

  it('is due on the configured day of the next month', () => {
    expect(ledgerDueDate(ledgerMonth(2025, 3), 4)).toBe('2025-04-04')
    expect(ledgerDueDate(ledgerMonth(2025, 12), 4)).toBe('2026-01-04')
    expect(ledgerDueDate(ledgerMonth(2025, 3), 3)).toBe('2025-04-03')
    expect(calendarDaysBetween('2025-04-04', '2025-04-05')).toBe(1)
    expect(monthsBetween(ledgerMonth(2024, 11), ledgerMonth(2025, 2)).map((m) => m.month)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02'])
  })

  it('refuses a due day outside 1–28 when the plugin is configured', () => {
    const config = { collections: [{ slug: 'users', auth: true, fields: [] }] } as any
    expect(() => disclosurePlugin({ ledger: { dueDay: 0 } })(config)).toThrow(/ledger\.dueDay/)
    expect(() => disclosurePlugin({ ledger: { dueDay: 31 } })(config)).toThrow(/ledger\.dueDay/)
  })
})

describe('board', () => {
  const departments = [
    { id: 1, name: '甲局' },
    { id: 2, name: '乙局' },
    { id: 3, name: '丙局' },
  ]
  const march = ledgerMonth(2025, 3)
  const april = ledgerMonth(2025, 4)
  it('uses the first revision for timeliness and the configured due day for missing', () => {
    const submissions = [
      { id: 10, department: 1, month: '2025-03', revision: 1, nil: false, onTime: true, submittedAt: '2025-04-02T02:00:00Z' },
      { id: 11, department: 1, month: '2025-03', revision: 2, nil: false, onTime: false, submittedAt: '2025-04-09T02:00:00Z' },
      { id: 12, department: 2, month: '2025-03', revision: 1, nil: true, onTime: false, submittedAt: '2025-04-09T02:00:00Z' },
    ]
    const board = buildLedgerBoard(departments, [march, april], submissions, '2025-05-04', 3)
    const statuses = board.departments.map((row) => row.cells.map((cell) => cell.status))
    expect(statuses).toEqual([
      ['on-time', 'missing'],
      ['nil', 'missing'],
      ['missing', 'missing'],
    ])
    expect(board.departments[0]!.cells[0]).toMatchObject({ revisions: 2, onTime: true, dueDate: '2025-04-03', latestSubmission: { id: 11 } })
    expect(board.departments[1]!.cells[0]!.onTime).toBe(false)
    // With the due day on the 4th, April is not yet overdue on 4 May.
    const byFourth = buildLedgerBoard(departments, [april], [], '2025-05-04', 4)
    expect(byFourth.departments.map((row) => row.cells[0]!.status)).toEqual(['open', 'open', 'open'])
    expect(byFourth.totals).toMatchObject({ open: 3, missing: 0 })
  })
})

describe('timeliness', () => {
  const calendar = getDefaultCalendar()
  const base: LedgerSource = { category: 'record', title: 't', channels: [], departmentName: 'd', publicAttribute: 'proactive' }
  it('counts working days late for what is still unpublished past due, across the Spring Festival', () => {
    // Due Fri 24 Jan 2025; on Fri 7 Feb: 26 Jan (make-up Sunday), 27 Jan, 5–7 Feb are working days.
    expect(timeliness({ ...base, dueDate: '2025-01-24', status: 'draft' }, '2025-02-07', calendar)).toEqual({ text: '超期未公开（已超5个工作日）', daysLate: 5, state: 'overdue' })
    expect(timeliness({ ...base, dueDate: '2025-02-07', status: 'draft' }, '2025-02-07', calendar).state).toBe('pending')
    expect(timeliness({ ...base, dueDate: '2025-01-24', status: 'published', publishedOn: '2025-01-27', daysLate: 1 }, '2025-02-07', calendar).text).toBe('否（超期1个工作日）')
    expect(timeliness({ ...base, publicAttribute: 'withheld', dueDate: '2025-01-24' }, '2025-02-07', calendar).text).toBe('不适用')
  })

  it('writes the withheld reason with its basis and the policy’s interpretations', () => {
    const row = ledgerRow(
      { ...base, category: 'policy', publicAttribute: 'withheld', attributeReason: '内部事务', attributeBasis: ['art16-internal'], interpretations: [{ title: '解读甲', publishedOn: null, dueDate: '2025-01-17' }] },
      1,
      '2025-01-10',
      calendar,
    )
    expect(row.withholdReason).toMatch(/^内部事务；依据：.*第十六条/)
    expect(row.interpretation).toBe('《解读甲》未发布（应于2025-01-17前）')
    expect(ledgerRow({ ...base, category: 'policy', interpretationExemption: '程序性文件' }, 1, '2025-01-10', calendar).interpretation).toBe('免于解读：程序性文件')
  })
})
