/** One timeliness rule: the stored state, the board, the reminders and the ledger all answer the same. */
import { describe, expect, it } from '@jest/globals'

import { getDefaultCalendar } from '../../src/calendar/index.js'
import { deadlineState } from '../../src/deadlines/state.js'
import { timeliness, type LedgerSource } from '../../src/ledger/rows.js'
import { isOpen, lifecycleOf, wasReleased } from '../../src/workflow/lifecycle.js'
import { WORKFLOW_STATES } from '../../src/workflow/states.js'

const calendar = getDefaultCalendar()
const BASE: Omit<LedgerSource, 'publicAttribute'> = { category: 'record', title: '测试', channels: [], departmentName: '示范区财政局' }
const today = '2026-12-04'
const LEDGER_OF: Record<string, string> = {
  'published-on-time': 'on-time',
  'published-late': 'late',
  overdue: 'overdue',
  'due-soon': 'pending',
  'on-track': 'pending',
  none: 'not-applicable',
}

describe('the one timeliness rule', () => {
  const cases = WORKFLOW_STATES.flatMap((status) =>
    ['proactive', 'on-request', 'withheld', null].flatMap((publicAttribute) =>
      [null, '2026-11-20', '2026-12-04', '2027-01-20'].flatMap((dueDate) =>
        [null, '2026-11-25'].flatMap((publishedOn) => [0, 3].map((daysLate) => ({ status, publicAttribute, dueDate, publishedOn, daysLate }))),
      ),
    ),
  )

  it('the ledger classifies every combination as deadlineState does', () => {
    for (const entry of cases) {
      const state = deadlineState({ ...entry, publishedAt: entry.publishedOn }, today, today)
      expect({ entry, ledger: timeliness({ ...BASE, ...entry } as LedgerSource, today, calendar).state }).toEqual({ entry, ledger: LEDGER_OF[state] })
    }
  })

  it('an open 依申请公开 or 不予公开 entry past its due date has no deadline to keep (not overdue)', () => {
    for (const publicAttribute of ['on-request', 'withheld']) {
      expect(deadlineState({ status: 'draft', publicAttribute, dueDate: '2026-11-20' }, today, today)).toBe('none')
      expect(timeliness({ ...BASE, status: 'draft', publicAttribute, dueDate: '2026-11-20' } as LedgerSource, today, calendar).state).toBe('not-applicable')
    }
    expect(deadlineState({ status: 'draft', publicAttribute: 'proactive', dueDate: '2026-11-20' }, today, today)).toBe('overdue')
  })

  it('withdrawn entries never published, and entries in the trash, have no deadline', () => {
    expect(deadlineState({ status: 'withdrawn', dueDate: '2026-11-20' }, today, today)).toBe('none')
    expect(deadlineState({ status: 'draft', dueDate: '2026-11-20', deletedAt: '2026-12-01T00:00:00Z' }, today, today)).toBe('none')
  })
})

describe('the lifecycle vocabulary', () => {
  it('names every workflow state one phase', () => {
    expect(WORKFLOW_STATES.map((status) => lifecycleOf({ status }))).toEqual(['open', 'open', 'open', 'open', 'open', 'released', 'withdrawn'])
    expect(lifecycleOf({ status: 'published', deletedAt: '2026-01-01' })).toBe('trashed')
    expect(isOpen({ status: 'approved' })).toBe(true)
    expect(wasReleased({ status: 'withdrawn' })).toBe(true)
    expect(wasReleased({ status: 'approved' })).toBe(false)
  })
})
