/**
 * The review history of an entry (审核记录): one entry per step, appended by the server only, stored as
 * one JSON value and read whole. Pure: the shape, the labels of its actions and the check of its form.
 */
import type { WorkflowAction } from './definition.js'
import { WORKFLOW_STATE_LABELS, WORKFLOW_STATES, type WorkflowState } from './states.js'

/**
 * What is recorded besides the workflow's own actions: a scheduled publication, an edit after review, and
 * the start of a correction of a published entry.
 */
export type HistoryAction = WorkflowAction | 'schedule' | 'edited-after-review' | 'correction-drafted'

export const HISTORY_ACTION_LABELS: Record<HistoryAction, { zh: string; en: string }> = {
  submit: { zh: '提交审核', en: 'Submitted' },
  reviewAttribute: { zh: '公开属性审查', en: 'Attribute reviewed' },
  reviewSecrecy: { zh: '保密审查', en: 'Secrecy reviewed' },
  approve: { zh: '签发', en: 'Signed off' },
  publish: { zh: '发布', en: 'Published' },
  schedule: { zh: '定时发布', en: 'Scheduled' },
  return: { zh: '退回', en: 'Returned' },
  withdraw: { zh: '撤回', en: 'Withdrawn' },
  reopen: { zh: '重新编辑', en: 'Reopened' },
  discard: { zh: '放弃更正', en: 'Correction discarded' },
  'edited-after-review': { zh: '审核后修改，退回待审', en: 'Edited after review: back to submitted' },
  'correction-drafted': { zh: '起草更正', en: 'Correction drafted' },
}

export interface HistoryEntry {
  action: HistoryAction
  from: WorkflowState
  to: WorkflowState
  /** the acting user's id; `null` for the system (a scheduled publication) */
  by: string | number | null
  /** the actor's name as it was then */
  byName: string
  /** ISO instant */
  at: string
  comment: string | null
  /** a step of a correction of the published entry (更正), not of the entry itself */
  correction?: boolean
}

const isState = (value: unknown): boolean => WORKFLOW_STATES.includes(value as WorkflowState)
const isInstant = (value: unknown): boolean => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))

/** Why `value` is not a history, or `null`. Entries are written by the server: this catches its mistakes. */
export const historyProblem = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  if (!Array.isArray(value)) return 'the history must be a list'
  for (const [index, entry] of value.entries()) {
    const at = `entry ${index + 1}`
    if (typeof entry !== 'object' || entry === null) return `${at} is not an object`
    const { action, from, to, byName } = entry as Record<string, unknown>
    if (!(typeof action === 'string' && action in HISTORY_ACTION_LABELS)) return `${at}: unknown action ${JSON.stringify(action)}`
    if (!isState(from) || !isState(to)) return `${at}: unknown state`
    if (typeof byName !== 'string' || byName === '') return `${at}: no actor name`
    if (!isInstant((entry as Record<string, unknown>).at)) return `${at}: no ISO time`
  }
  return null
}

/** The field's validation: `true`, or the reason in Chinese and English. */
export const validateHistory = (value: unknown): true | string => {
  const problem = historyProblem(value)
  return problem === null ? true : `审核记录格式有误 / malformed review history: ${problem}`
}

const CORRECTION_PREFIX = { zh: '更正·', en: 'Correction: ' }

/** The history as the review panel shows it: each entry with the labels of its action and states. */
export const labelledHistory = (value: unknown) =>
  (Array.isArray(value) ? (value as HistoryEntry[]) : []).map((entry) => {
    const label = HISTORY_ACTION_LABELS[entry.action] ?? { zh: entry.action, en: entry.action }
    const prefixed = entry.correction && entry.action !== 'correction-drafted'
    return {
      ...entry,
      actionLabel: prefixed ? { zh: CORRECTION_PREFIX.zh + label.zh, en: CORRECTION_PREFIX.en + label.en } : label,
      fromLabel: WORKFLOW_STATE_LABELS[entry.from] ?? { zh: entry.from, en: entry.from },
      toLabel: WORKFLOW_STATE_LABELS[entry.to] ?? { zh: entry.to, en: entry.to },
    }
  })
