/**
 * The on-request clock against the real calendar, across the 2025 Spring Festival (holiday 28 Jan – 4 Feb,
 * make-up working days Sun 26 Jan and Sat 8 Feb). Every date below was counted by hand.
 */
import { describe, expect, it } from '@jest/globals'

import { dayInfo } from '../../src/calendar/index.js'
import { computeRequestClock, receiptDate, RequestClockError, type ClockEvent, type ReceiptFacts } from '../../src/requests/clock.js'

const inPerson: ReceiptFacts = { channel: 'in-person', submittedOn: '2025-01-13' }
const clock = (events: ClockEvent[], today = '2025-01-20', facts = inPerson) => computeRequestClock(facts, events, { today })
const failure = (fn: () => unknown): { field: string; message: string } => {
  try {
    fn()
  } catch (error) {
    if (error instanceof RequestClockError) return { field: error.field, message: error.message }
    throw error
  }
  throw new Error('expected a RequestClockError')
}

describe('the calendar this file relies on', () => {
  it('has the 2025 Spring Festival as the State Council notice set it', () => {
    expect(dayInfo('2025-01-26').kind).toBe('makeup')
    expect(dayInfo('2025-02-08').kind).toBe('makeup')
    expect(dayInfo('2025-01-28').kind).toBe('holiday')
    expect(dayInfo('2025-02-04').kind).toBe('holiday')
  })
})

describe('receipt (条例 第三十一条)', () => {
  it('takes the date the channel names', () => {
    expect(receiptDate({ channel: 'in-person', submittedOn: '2025-01-13' })).toMatchObject({ on: '2025-01-13', fact: 'submittedOn' })
    expect(receiptDate({ channel: 'registered-mail', submittedOn: '2025-01-09', signedForOn: '2025-01-13' })).toMatchObject({ on: '2025-01-13', fact: 'signedForOn' })
    expect(receiptDate({ channel: 'ordinary-mail', submittedOn: '2025-01-09', confirmedOn: '2025-01-14' })).toMatchObject({ on: '2025-01-14', fact: 'confirmedOn' })
    expect(receiptDate({ channel: 'online', submittedOn: '2025-01-11', confirmedOn: '2025-01-13' })).toMatchObject({ on: '2025-01-13', fact: 'confirmedOn', basis: '第三十一条第（三）项' })
    expect(receiptDate({ channel: 'fax', confirmedOn: '2025-01-15' })).toMatchObject({ on: '2025-01-15' })
  })

  it('names the missing or impossible fact', () => {
    expect(failure(() => receiptDate({ channel: 'registered-mail', submittedOn: '2025-01-09' })).field).toBe('signedForOn')
    expect(failure(() => receiptDate({ channel: 'online', submittedOn: '2025-01-09' })).field).toBe('confirmedOn')
    expect(failure(() => receiptDate({ channel: 'in-person' })).field).toBe('submittedOn')
    expect(failure(() => receiptDate({ channel: 'fax', submittedOn: '2025-01-10', confirmedOn: '2025-01-09' })).field).toBe('confirmedOn')
    expect(failure(() => receiptDate({ channel: 'in-person', submittedOn: '13/01/2025' })).field).toBe('submittedOn')
  })
})

describe('the 20 working days (第三十三条)', () => {
  it('runs across the Spring Festival, counting both make-up days', () => {
    const result = clock([])
    // 14–17, 20–24 Jan (9), Sun 26 Jan (10), 27 Jan (11), 5–7 Feb (14), Sat 8 Feb (15), 10–14 Feb (20).
    expect(result).toMatchObject({ receivedOn: '2025-01-13', dueDate: '2025-02-14', status: 'running', daysUsed: 5, daysLeft: 15, overdue: false })
    expect(result.explanation).toContain('答复期限为2025年2月14日')
    // The same for a registered letter signed for that day.
    expect(clock([], '2025-01-20', { channel: 'registered-mail', submittedOn: '2025-01-09', signedForOn: '2025-01-13' }).dueDate).toBe('2025-02-14')
  })

  it('a reply on the due date is on time; two working days later is late by two', () => {
    expect(clock([{ type: 'replied', on: '2025-02-14' }], '2025-03-01')).toMatchObject({ status: 'replied', repliedOn: '2025-02-14', daysUsed: 20, overdue: false, daysLate: 0, daysLeft: null })
    expect(clock([{ type: 'replied', on: '2025-02-18' }], '2025-03-01')).toMatchObject({ overdue: true, daysLate: 2, daysUsed: 22 })
    // Still open on 18 Feb: overdue by two, nothing left.
    expect(clock([], '2025-02-18')).toMatchObject({ overdue: true, daysLate: 2, daysLeft: -2 })
  })
})

describe('补正 (第三十条)', () => {
  it('a notice on the 7th working day is in time; on the 8th it is flagged', () => {
    expect(clock([{ type: 'clarification-requested', on: '2025-01-22' }]).warnings).toEqual([])
    const late = clock([{ type: 'clarification-requested', on: '2025-01-23' }])
    expect(late.warnings.map((w) => w.code)).toEqual(['late-clarification-notice'])
    expect(late.warnings[0]!.message).toContain('2025年1月22日')
  })

  it('stops the clock until the clarified request arrives, then runs 20 days again from it', () => {
    expect(clock([{ type: 'clarification-requested', on: '2025-01-15' }], '2025-01-20')).toMatchObject({ status: 'awaiting-clarification', dueDate: null, daysLeft: null })
    const restarted = clock([{ type: 'clarification-requested', on: '2025-01-15' }, { type: 'clarification-received', on: '2025-02-05' }], '2025-02-06')
    // 6–7 Feb (2), Sat 8 Feb (3), 10–14 (8), 17–21 (13), 24–28 (18), 3–4 Mar (20).
    expect(restarted).toMatchObject({ clockStart: '2025-02-05', dueDate: '2025-03-04', status: 'running', daysUsed: 1 })
    expect(restarted.explanation).toContain('重新计算20个工作日')
  })
})

describe('consultations (第三十二条、第三十三条第三款)', () => {
  it('a third-party pause of 4 working days moves the due date by 4 working days', () => {
    const paused = clock([{ type: 'consultation-opened', on: '2025-01-20', consultation: 'T1', party: 'third-party' }, { type: 'consultation-closed', on: '2025-01-24', consultation: 'T1' }], '2025-01-27')
    expect(paused).toMatchObject({ pausedDays: 4, dueDate: '2025-02-20' })
    expect(paused.pauses).toEqual([{ from: '2025-01-20', to: '2025-01-24', party: 'third-party', workingDays: 4 }])
  })

  it('overlapping consultations count each paused day once (the make-up Sunday included)', () => {
    const result = clock(
      [
        { type: 'consultation-opened', on: '2025-01-20', consultation: 'T1', party: 'third-party' },
        { type: 'consultation-opened', on: '2025-01-22', consultation: 'A1', party: 'agency' },
        { type: 'consultation-closed', on: '2025-01-24', consultation: 'T1' },
        { type: 'consultation-closed', on: '2025-01-27', consultation: 'A1' },
      ],
      '2025-02-05',
    )
    // 21, 22, 23, 24, Sun 26 and 27 Jan: six working days.
    expect(result).toMatchObject({ pausedDays: 6, dueDate: '2025-02-24' })
  })

  it('an open consultation keeps the clock paused as of today', () => {
    const open = clock([{ type: 'consultation-opened', on: '2025-01-20', consultation: 'T1' }], '2025-01-24')
    expect(open).toMatchObject({ status: 'consulting', pausedDays: 4, dueDate: '2025-02-20', daysUsed: 5 })
    expect(open.warnings.map((w) => w.code)).toEqual(['provisional'])
  })
})

describe('extension (第三十三条第二款)', () => {
  it('+20 once, approved within the original period', () => {
    const extended = clock([{ type: 'extension-approved', on: '2025-02-10', days: 20, approver: '王主任' }], '2025-02-10')
    expect(extended).toMatchObject({ dueDate: '2025-03-14', allowedDays: 40, extension: { days: 20, approver: '王主任' } })
    expect(extended.explanation).toContain('经王主任同意延长20个工作日')
  })

  it('refuses a second extension, more than 20 days, no approver, or an approval after the due date', () => {
    const first: ClockEvent = { type: 'extension-approved', on: '2025-02-10', days: 10, approver: '王主任' }
    expect(failure(() => clock([first, { type: 'extension-approved', on: '2025-02-11', days: 5, approver: '王主任' }])).field).toBe('events.1.type')
    expect(failure(() => clock([{ ...first, days: 21 }])).field).toBe('events.0.days')
    expect(failure(() => clock([{ ...first, days: 0 }])).field).toBe('events.0.days')
    expect(failure(() => clock([{ ...first, approver: ' ' }])).field).toBe('events.0.approver')
    expect(failure(() => clock([{ ...first, on: '2025-02-17' }])).field).toBe('events.0.on')
  })
})

describe('event checks', () => {
  it('names the offending event', () => {
    expect(failure(() => clock([{ type: 'replied', on: '2025-01-10' }])).field).toBe('events.0.on')
    expect(failure(() => clock([{ type: 'clarification-received', on: '2025-01-20' }])).field).toBe('events.0.type')
    expect(failure(() => clock([{ type: 'consultation-closed', on: '2025-01-20', consultation: 'X' }])).field).toBe('events.0.consultation')
    expect(failure(() => clock([{ type: 'replied', on: '2025-01-20' }, { type: 'clarification-requested', on: '2025-01-21' }])).field).toBe('events.1.type')
    expect(failure(() => clock([{ type: 'consultation-opened', on: '2025-01-20', consultation: 'T' }, { type: 'replied', on: '2025-01-21' }])).field).toBe('events.1.type')
    // Recorded out of order: sorted by date, the index still names the recorded row.
    expect(clock([{ type: 'consultation-closed', on: '2025-01-24', consultation: 'T1' }, { type: 'consultation-opened', on: '2025-01-20', consultation: 'T1' }]).dueDate).toBe('2025-02-20')
  })
})
