/**
 * Corrections of published entries (更正), as data. Editing a published entry never changes what the
 * public reads: the edit becomes the entry's pending revision, which goes through the same review chain
 * (`definition.ts`, rows with `subject: 'revision'`) while the published version stays public; publishing
 * the revision replaces the published content and restarts the clock from the change (条例第二十六条:
 * changed information is published within 20 working days of the change). Pure: no Payload import.
 */
import type { HistoryAction } from './history.js'
import { REVIEWED_STATES, type WorkflowState } from './states.js'

type Id = number | string

/** What the server derives from an entry's content; a revision keeps its own until it is published. */
export const REVISION_DERIVED_FIELDS = ['findings', 'findingsSignature', 'domain', 'dueDate', 'deadlineRule', 'deadlineExplain', 'provisional'] as const

/** What a revising save leaves as it was besides the content: the published version's own timeliness. */
const PUBLISHED_ONLY_FIELDS = ['deadlineState', 'publishedAt', 'daysLate'] as const

/** The states a revision passes through before it is published (it is then no longer a revision). */
export const REVISION_STATES: readonly WorkflowState[] = ['draft', 'submitted', 'attribute-reviewed', 'secrecy-reviewed', 'approved']

/**
 * A pending revision. Stored in two fields of the entry: `revisionState` (a plain column, so queues and
 * boards can ask for it) and `revision` (the rest, one JSON value read whole).
 */
export interface Revision {
  state: WorkflowState
  /** the revised content fields, as they will be published */
  data: Record<string, unknown>
  /** what the server derived from the revised content (findings, deadline from the change date) */
  derived: Record<string, unknown>
  /** who started the correction, and when (ISO instant) */
  startedBy: Id | null
  startedAt: string
  /** who last submitted it */
  submittedBy: Id | null
  /** why the published information changes, given on submitting it */
  reason: string | null
  /** the secrecy review of the revised content */
  secrecyReview: Record<string, unknown> | null
}

/** A step the server records in the history for a save that revised a published entry. */
export interface RevisionStep {
  action: HistoryAction
  from: WorkflowState
  to: WorkflowState
  comment: string
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Why a stored `revision` value is not one, or `null` (it is written by the server: this catches its mistakes). */
export const revisionProblem = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  if (!isObject(value)) return 'the revision must be an object'
  if (!isObject(value.data) || !isObject(value.derived)) return 'the revision has no content'
  if (typeof value.startedAt !== 'string' || Number.isNaN(Date.parse(value.startedAt))) return 'the revision has no start time'
  return null
}

/** The field's validation: `true`, or the reason in Chinese and English. */
export const validateRevision = (value: unknown): true | string => {
  const problem = revisionProblem(value)
  return problem === null ? true : `待审更正格式有误 / malformed pending correction: ${problem}`
}

/** The stored revision of an entry, or `null` when it has none. */
export const revisionOf = (entry: Record<string, unknown> | null | undefined): Revision | null => {
  if (!entry || !REVISION_STATES.includes(entry.revisionState as WorkflowState)) return null
  if (entry.revision === undefined || entry.revision === null || revisionProblem(entry.revision) !== null) return null
  return { ...(entry.revision as Omit<Revision, 'state'>), state: entry.revisionState as WorkflowState }
}

/** The two stored fields of `revision` (both `null`: no revision). */
export const storedRevision = (revision: Revision | null): { revision: Omit<Revision, 'state'> | null; revisionState: WorkflowState | null } => {
  if (!revision) return { revision: null, revisionState: null }
  const { state, ...rest } = revision
  return { revision: rest, revisionState: state }
}

const pick = (source: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((field) => field in source).map((field) => [field, source[field]]))

/**
 * What a save of a published entry asks for, folded onto its pending revision: the fields this save
 * changes, over what the revision already changed, so the server's checks (dates, findings, deadline)
 * see the whole revised content. Returns the data to check and every field the revision changes.
 */
export const foldIntoRevision = (previous: Revision | null, data: Record<string, unknown>, changed: readonly string[]) => {
  const fields = [...new Set([...Object.keys(previous?.data ?? {}), ...changed])]
  const earlier = Object.fromEntries(Object.entries(previous?.data ?? {}).filter(([field]) => !changed.includes(field)))
  return { data: { ...data, ...earlier }, fields }
}

/**
 * The save that revises a published entry, after the server's checks ran on the revised content
 * (`incoming`): the published fields are kept as they are, the revised ones and what was derived from
 * them go into the revision, and the steps to record are returned. An edit of a revision under review
 * sends it back to `submitted` (as for a new entry, 发布前审查 of what is finally published).
 */
export const reviseEntry = ({
  original,
  incoming,
  fields,
  actorId,
  now,
}: {
  original: Record<string, unknown>
  incoming: Record<string, unknown>
  fields: readonly string[]
  actorId: Id | null
  now: string
}): { data: Record<string, unknown>; steps: RevisionStep[] } => {
  const previous = revisionOf(original)
  const kept: Record<string, unknown> = { ...incoming }
  for (const field of [...fields, ...REVISION_DERIVED_FIELDS, ...PUBLISHED_ONLY_FIELDS]) kept[field] = original[field] ?? null
  const list = fields.join('、')
  const steps: RevisionStep[] = []
  let state: WorkflowState = previous?.state ?? 'draft'
  if (!previous) steps.push({ action: 'correction-drafted', from: 'published', to: 'draft', comment: `更正：修改了${list} / correction drafted: ${fields.join(', ')}` })
  else if (REVIEWED_STATES.includes(state)) {
    steps.push({ action: 'edited-after-review', from: state, to: 'submitted', comment: `更正修改了：${list} / the correction changed: ${fields.join(', ')}` })
    state = 'submitted'
  }
  const revision: Revision = {
    state,
    data: pick(incoming, fields),
    derived: pick(incoming, REVISION_DERIVED_FIELDS),
    startedBy: previous?.startedBy ?? actorId,
    startedAt: previous?.startedAt ?? now,
    submittedBy: previous?.submittedBy ?? null,
    reason: previous?.reason ?? null,
    secrecyReview: previous?.secrecyReview ?? null,
  }
  return { data: { ...kept, ...storedRevision(revision) }, steps }
}

/** The entry as it will read once its revision is published: for the guards and the review screen. */
export const revisedView = (entry: Record<string, unknown>, revision: Revision): Record<string, unknown> => ({
  ...entry,
  ...revision.data,
  ...revision.derived,
})
