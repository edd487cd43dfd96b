/**
 * The adapter between the pure workflow and Payload: reads the entry, asks `decideTransition`, and writes
 * the new state with what the step records (history, secrecy review form, acknowledgement, schedule),
 * in one update that the audit log labels as a transition. Used by the REST endpoint and the scheduler.
 */
import type { PayloadRequest, SelectType } from 'payload'

import type { FactSource } from './facts.js'

import { departmentOf, relationId, rolesOf } from '../../access/user.js'
import { fieldError } from '../services/fieldError.js'
import { openFindings } from '../workflow/findings/stored.js'
import { WORKFLOW_CONTEXT_KEY } from './context.js'
import { historyEntry } from './historyEntry.js'
import { toBeijingDate } from '../calendar/index.js'
import { SCHEDULED_PUBLISH_TASK } from '../options.js'
import { decideTransition, type Decision, type SubjectFacts, type TransitionInput, type WorkflowActor, type WorkflowEntry } from '../workflow/apply.js'
import { revisedView, revisionOf, storedRevision, type Revision } from '../workflow/corrections.js'
import type { Workflow } from '../workflow/definition.js'
import type { HistoryEntry } from '../workflow/history.js'
import type { WorkflowState } from '../workflow/states.js'

export interface PerformInput extends TransitionInput {
  /** publish at this time instead of now (ISO date-time in the future) */
  publishAt?: unknown
  /** the reason for publishing after the due date */
  lateReason?: unknown
}

/**
 * The fields of the entry `performTransition` reads: its workflow facts (`entryFacts`), its history (to
 * append to), its due date and late reason (for a scheduled publication). An endpoint reads only these.
 */
export const TRANSITION_FIELDS = {
  status: true,
  department: true,
  author: true,
  submittedBy: true,
  publicAttribute: true,
  findings: true,
  findingsSignature: true,
  findingsAcknowledgement: true,
  workflowHistory: true,
  dueDate: true,
  lateReason: true,
  revision: true,
  revisionState: true,
} as const satisfies SelectType

const EMPTY_SECRECY_REVIEW = { reviewer: null, reviewedAt: null, conclusion: null, basis: null, notes: null }

const MAX_SCHEDULE_MS = 366 * 24 * 60 * 60 * 1000

/** The workflow's view of a pending correction: its state, who started and submitted it, its findings. */
const revisionFacts = (doc: Record<string, any>, revision: Revision): Omit<WorkflowEntry, 'revision'> => ({
  status: revision.state,
  department: relationId(doc.department),
  author: revision.startedBy,
  submittedBy: revision.submittedBy,
  publicAttribute: (revision.data.publicAttribute as string | undefined) ?? doc.publicAttribute ?? null,
  // The published version's acknowledgement still covers findings the correction leaves as they were.
  openFindings: openFindings({ findings: revision.derived.findings, findingsSignature: revision.derived.findingsSignature, findingsAcknowledgement: doc.findingsAcknowledgement }),
})

export const entryFacts = (doc: Record<string, any>): WorkflowEntry => {
  const revision = revisionOf(doc)
  return {
    status: doc.status as WorkflowState,
    department: relationId(doc.department),
    author: relationId(doc.author),
    submittedBy: relationId(doc.submittedBy),
    publicAttribute: doc.publicAttribute ?? null,
    openFindings: openFindings(doc),
    revision: revision ? revisionFacts(doc, revision) : null,
  }
}

export const actorOf = (req: PayloadRequest, system = false): WorkflowActor => ({
  id: req.user?.id ?? null,
  roles: rolesOf(req.user),
  department: departmentOf(req.user),
  system,
})

/** The Beijing day a publication takes effect: the scheduled day when one is given, else today. */
const publishDayOf = (publishAt: unknown): string => {
  if (typeof publishAt === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(publishAt) && !Number.isNaN(new Date(publishAt).getTime())) return toBeijingDate(new Date(publishAt))
  return toBeijingDate(new Date())
}

const givenText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null)

/**
 * The guards' facts of `doc` for this input (the late reason given now counts as given): of the entry,
 * and of the entry as its pending correction would make it. A correction's lateness is its own: the
 * published version's late reason does not cover it.
 */
export const guardFactsOf = async (req: PayloadRequest, source: FactSource, doc: Record<string, any>, input: PerformInput = {}): Promise<SubjectFacts> => {
  const publishOn = publishDayOf(input.publishAt)
  const entry = { ...(await source.load(req, doc)), publishOn, lateReason: givenText(input.lateReason) ?? ((doc.lateReason as string | null | undefined) ?? null) }
  const revision = revisionOf(doc)
  if (!revision) return { entry }
  return { entry, revision: { ...(await source.load(req, revisedView(doc, revision))), publishOn, lateReason: givenText(input.lateReason) } }
}

const auditAction = (action: string) => (action === 'publish' ? 'publish' : action === 'withdraw' ? 'withdraw' : 'transition')

export const performTransition = async (
  req: PayloadRequest,
  {
    collection,
    workflow,
    doc,
    input,
    system = false,
    facts,
  }: { collection: string; workflow: Workflow; doc: Record<string, any>; input: PerformInput; system?: boolean; facts: FactSource },
): Promise<Record<string, any>> => {
  // The table decides, guards included; the hooks after it only stamp what the decision implies.
  const decision = decideTransition(workflow, entryFacts(doc), actorOf(req, system), input, await guardFactsOf(req, facts, doc, input))
  if (!decision.ok) throw fieldError(decision.status, decision.field, decision.message)
  if (decision.transition.subject === 'revision') return performCorrectionStep(req, { collection, doc, decision, input, revision: revisionOf(doc)! })
  const { transition, from, comment } = decision
  const now = new Date().toISOString()
  const history: HistoryEntry[] = [...((doc.workflowHistory as HistoryEntry[] | null | undefined) ?? [])]
  const data: Record<string, unknown> = {}

  let scheduleAt: Date | null = null
  if (transition.action === 'publish' && input.publishAt !== undefined && input.publishAt !== null && input.publishAt !== '') {
    scheduleAt = typeof input.publishAt === 'string' ? new Date(input.publishAt) : new Date(NaN)
    const ahead = scheduleAt.getTime() - Date.now()
    if (Number.isNaN(ahead) || !/^\d{4}-\d{2}-\d{2}T/.test(String(input.publishAt))) {
      throw fieldError(400, 'publishAt', '定时发布时间应为ISO日期时间，如 2026-12-01T09:00:00+08:00 / publishAt must be an ISO date-time')
    }
    if (ahead <= 0) throw fieldError(400, 'publishAt', '定时发布时间须晚于现在 / publishAt must be in the future')
    if (ahead > MAX_SCHEDULE_MS) throw fieldError(400, 'publishAt', '定时发布时间不能超过一年 / publishAt must be within a year')
  }
  const lateReason = typeof input.lateReason === 'string' && input.lateReason.trim() !== '' ? input.lateReason.trim() : undefined
  if (lateReason !== undefined) data.lateReason = lateReason
  if (transition.action === 'publish' && decision.acknowledgement) {
    data.findingsAcknowledgement = { reason: decision.acknowledgement, by: req.user?.id ?? null, at: now, signature: doc.findingsSignature ?? null }
  }

  if (scheduleAt) {
    // A scheduled publication stays in the publishable state; the job re-checks it at the time (the
    // late-reason guard already judged it against the scheduled day).
    data.scheduledPublishAt = scheduleAt.toISOString()
    history.push(historyEntry(req, 'schedule', from, from, comment ?? `定时发布：${scheduleAt.toISOString()}`))
    data.workflowHistory = history
    const updated = await req.payload.update({
      collection,
      id: doc.id,
      data,
      depth: 0,
      overrideAccess: true,
      req,
      context: { [WORKFLOW_CONTEXT_KEY]: true, audit: { action: 'transition', details: { action: 'schedule', from, to: from, publishAt: data.scheduledPublishAt, comment } } },
    })
    await req.payload.jobs.queue({
      task: SCHEDULED_PUBLISH_TASK,
      input: { collection, id: String(doc.id), publishAt: data.scheduledPublishAt as string },
      waitUntil: scheduleAt,
      req,
    })
    return updated as Record<string, any>
  }

  data.status = decision.to
  history.push(historyEntry(req, transition.action, from, decision.to, comment))
  data.workflowHistory = history
  if (transition.action === 'submit') data.submittedBy = req.user?.id ?? null
  if (decision.secrecyReview) data.secrecyReview = { reviewer: req.user?.id ?? null, reviewedAt: now, ...decision.secrecyReview }
  if (transition.action === 'publish' || transition.action === 'return') data.scheduledPublishAt = null
  if (transition.action === 'return' || transition.action === 'reopen') {
    // A returned entry is reviewed afresh.
    data.secrecyReview = EMPTY_SECRECY_REVIEW
  }
  const revision = revisionOf(doc)
  if (transition.action === 'reopen' && revision) {
    // A correction pending when the entry was withdrawn becomes the reopened draft: nothing is lost.
    Object.assign(data, revision.data, storedRevision(null))
  }
  return writeStep(req, collection, doc.id, data, { action: transition.action, from, to: decision.to, comment, ...(decision.secrecyReview ? { secrecyReview: decision.secrecyReview } : {}) })
}

/** Writes a step's changes as the workflow (past the state guard), labelled for the audit log. */
const writeStep = async (req: PayloadRequest, collection: string, id: number | string, data: Record<string, unknown>, details: { action: string } & Record<string, unknown>) =>
  (await req.payload.update({
    collection,
    id,
    data,
    depth: 0,
    overrideAccess: true,
    req,
    context: { [WORKFLOW_CONTEXT_KEY]: true, audit: { action: auditAction(details.action), details } },
  })) as Record<string, any>

/**
 * A step of a published entry's correction (更正). Before publication only the revision moves (the
 * published version stays public); publishing it writes the revised content over the published one,
 * stamps `correctedAt` and records the correction with its reason. The hooks then recompute the deadline
 * from the change date (条例第二十六条) and the findings, and open or close the attachments to the public.
 */
const performCorrectionStep = async (
  req: PayloadRequest,
  { collection, doc, decision, input, revision }: { collection: string; doc: Record<string, any>; decision: Extract<Decision, { ok: true }>; input: PerformInput; revision: Revision },
): Promise<Record<string, any>> => {
  const { transition, from, to, comment } = decision
  if (input.publishAt !== undefined && input.publishAt !== null && input.publishAt !== '') {
    throw fieldError(400, 'publishAt', '更正审核通过后即时发布，不能定时发布 / a correction is published once approved; it cannot be scheduled')
  }
  const now = new Date().toISOString()
  const history: HistoryEntry[] = [...((doc.workflowHistory as HistoryEntry[] | null | undefined) ?? [])]
  const record = (note: string | null) => history.push({ ...historyEntry(req, transition.action, from, to, note), correction: true })
  let data: Record<string, unknown>
  if (transition.action === 'publish') {
    const lateReason = givenText(input.lateReason)
    record([revision.reason ? `更正理由：${revision.reason}` : null, lateReason ? `超期说明：${lateReason}` : null, comment].filter(Boolean).join('；') || null)
    data = {
      ...revision.data,
      ...storedRevision(null),
      correctedAt: now,
      ...(revision.secrecyReview ? { secrecyReview: revision.secrecyReview } : {}),
      ...(decision.acknowledgement ? { findingsAcknowledgement: { reason: decision.acknowledgement, by: req.user?.id ?? null, at: now, signature: revision.derived.findingsSignature ?? null } } : {}),
    }
  } else if (transition.action === 'discard') {
    record(comment)
    data = storedRevision(null)
  } else {
    record(comment)
    const next: Revision = { ...revision, state: to }
    if (transition.action === 'submit') Object.assign(next, { submittedBy: req.user?.id ?? null, reason: comment })
    if (decision.secrecyReview) next.secrecyReview = { reviewer: req.user?.id ?? null, reviewedAt: now, ...decision.secrecyReview }
    if (transition.action === 'return') next.secrecyReview = EMPTY_SECRECY_REVIEW
    data = storedRevision(next)
  }
  data.workflowHistory = history
  return writeStep(req, collection, doc.id, data, { action: transition.action, correction: true, from, to, comment })
}
