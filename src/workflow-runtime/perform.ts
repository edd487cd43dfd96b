/**
 * The adapter between the pure workflow and Payload: reads the entry, asks `decideTransition`, and writes
 * the new state with what the step records (history, secrecy review form, acknowledgement, schedule),
 * in one update that the audit log labels as a transition. Used by the REST endpoint and the scheduler.
 */
import type { PayloadRequest, SelectType } from 'payload'

import type { GuardFacts } from '../workflow/guards.js'
import type { FactSource } from './facts.js'

import { departmentOf, relationId, rolesOf } from '../../access/user.js'
import { fieldError } from '../services/fieldError.js'
import { openFindings } from '../workflow/findings/stored.js'
import { historyEntry, WORKFLOW_CONTEXT_KEY } from '../../hooks/workflow.js'
import { toBeijingDate } from '../calendar/index.js'
import { SCHEDULED_PUBLISH_TASK } from '../options.js'
import { decideTransition, type TransitionInput, type WorkflowActor, type WorkflowEntry } from '../workflow/apply.js'
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
} as const satisfies SelectType

const MAX_SCHEDULE_MS = 366 * 24 * 60 * 60 * 1000

export const entryFacts = (doc: Record<string, any>): WorkflowEntry => ({
  status: doc.status as WorkflowState,
  department: relationId(doc.department),
  author: relationId(doc.author),
  submittedBy: relationId(doc.submittedBy),
  publicAttribute: doc.publicAttribute ?? null,
  openFindings: openFindings(doc),
})

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

/** The guards' facts of `doc` for this input (the late reason given now counts as given). */
export const guardFactsOf = async (req: PayloadRequest, source: FactSource, doc: Record<string, any>, input: PerformInput = {}): Promise<GuardFacts> => ({
  ...(await source.load(req, doc)),
  publishOn: publishDayOf(input.publishAt),
  lateReason: typeof input.lateReason === 'string' && input.lateReason.trim() !== '' ? input.lateReason : ((doc.lateReason as string | null | undefined) ?? null),
})

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
    data.secrecyReview = { reviewer: null, reviewedAt: null, conclusion: null, basis: null, notes: null }
  }
  return (await req.payload.update({
    collection,
    id: doc.id,
    data,
    depth: 0,
    overrideAccess: true,
    req,
    context: {
      [WORKFLOW_CONTEXT_KEY]: true,
      audit: { action: auditAction(transition.action), details: { action: transition.action, from, to: decision.to, comment, ...(decision.secrecyReview ? { secrecyReview: decision.secrecyReview } : {}) } },
    },
  })) as Record<string, any>
}
