import type { PayloadRequest } from 'payload'

import type { HistoryAction, HistoryEntry } from '../workflow/history.js'
import type { WorkflowState } from '../workflow/states.js'

/** The history entry of a step taken now by the request's user (the system when there is none). */
export const historyEntry = (req: PayloadRequest, action: HistoryAction, from: WorkflowState, to: WorkflowState, comment: string | null): HistoryEntry => {
  const user = req.user as Record<string, any> | null | undefined
  return {
    action,
    from,
    to,
    by: user?.id ?? null,
    byName: user ? String(user.name || user.email || user.id) : '系统 / system',
    at: new Date().toISOString(),
    comment,
  }
}
