/**
 * The one vocabulary for where an entry stands in its life, and the query forms of each phase. Every
 * list, board, job, ledger and report asks these, never its own spelling of "open" or "released".
 * Pure: the `Where` forms are plain objects any Payload adapter accepts.
 *
 * - open: not yet released — drafted or under review; its publication clock runs (条例第二十六条).
 * - released: published, what the public reads.
 * - withdrawn: published once, then taken down; its timeliness was settled when it was published.
 * - in trash: deleted softly; part of no list, board, ledger or report.
 */
import { OPEN_STATES, type WorkflowState } from './states.js'

export type LifecyclePhase = 'open' | 'released' | 'withdrawn' | 'trashed'

export const LIFECYCLE_LABELS: Record<LifecyclePhase, { zh: string; en: string }> = {
  open: { zh: '未发布', en: 'Open' },
  released: { zh: '已发布', en: 'Released' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  trashed: { zh: '回收站', en: 'In trash' },
}

/** States of an entry that has been released at some time (published now, or published and withdrawn). */
export const EVER_RELEASED_STATES: readonly WorkflowState[] = ['published', 'withdrawn']

interface EntryLifecycleFacts {
  status?: string | null
  deletedAt?: unknown
}

export const lifecycleOf = (entry: EntryLifecycleFacts): LifecyclePhase => {
  if (entry.deletedAt) return 'trashed'
  if (entry.status === 'published') return 'released'
  if (entry.status === 'withdrawn') return 'withdrawn'
  return 'open'
}

export const isOpen = (entry: EntryLifecycleFacts): boolean => lifecycleOf(entry) === 'open'

/** Released at some time: published, or published and since withdrawn. */
export const wasReleased = (entry: EntryLifecycleFacts): boolean => {
  const phase = lifecycleOf(entry)
  return phase === 'released' || phase === 'withdrawn'
}

/** The query forms (a Payload `Where`) of each phase, for the status field `status`. */
export const NOT_TRASHED_WHERE = { deletedAt: { exists: false } }
export const OPEN_WHERE = { status: { in: [...OPEN_STATES] } }
export const RELEASED_WHERE = { status: { equals: 'published' } }
export const EVER_RELEASED_WHERE = { status: { in: [...EVER_RELEASED_STATES] } }
