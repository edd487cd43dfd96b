/** The review history's form: what the field's validation accepts and why it refuses the rest. */
import { describe, expect, it } from '@jest/globals'

import { historyProblem, labelledHistory, validateHistory } from '../../src/workflow/history.js'

const entry = { action: 'submit', from: 'draft', to: 'submitted', by: 7, byName: '张三', at: '2025-01-20T02:00:00.000Z', comment: null }

describe('review history', () => {
  it('accepts no history, an empty one and well-formed entries (a system step has no user id)', () => {
    expect(historyProblem(null)).toBeNull()
    expect(historyProblem(undefined)).toBeNull()
    expect(historyProblem([])).toBeNull()
    expect(historyProblem([entry, { ...entry, action: 'publish', from: 'approved', to: 'published', by: null, byName: '系统 / system' }])).toBeNull()
    expect(validateHistory([entry])).toBe(true)
  })

  it('names the entry and what is wrong with it', () => {
    expect(historyProblem({})).toBe('the history must be a list')
    expect(historyProblem([entry, 'x'])).toBe('entry 2 is not an object')
    expect(historyProblem([{ ...entry, action: 'teleport' }])).toBe('entry 1: unknown action "teleport"')
    expect(historyProblem([{ ...entry, to: 'lost' }])).toBe('entry 1: unknown state')
    expect(historyProblem([{ ...entry, byName: '' }])).toBe('entry 1: no actor name')
    expect(historyProblem([{ ...entry, at: '2025-01-20' }])).toBe('entry 1: no ISO time')
    expect(validateHistory([{ ...entry, at: 'yesterday' }])).toBe('审核记录格式有误 / malformed review history: entry 1: no ISO time')
  })

  it('labels each step for the review panel', () => {
    expect(labelledHistory([entry])).toEqual([
      { ...entry, actionLabel: { zh: '提交审核', en: 'Submitted' }, fromLabel: { zh: '草稿', en: 'Draft' }, toLabel: { zh: '已提交待审', en: 'Submitted' } },
    ])
    expect(labelledHistory(null)).toEqual([])
  })
})
