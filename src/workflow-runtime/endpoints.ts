import { readJsonObject } from '../endpoints/readJsonObject.js'
import { APIError, NotFound, type Endpoint, type PayloadRequest, type SelectType, type Where } from 'payload'

import { rolesOf } from '../../access/user.js'
import { fieldError } from '../services/fieldError.js'
import { assertWellFormedId } from '../services/validId.js'
import { lockRows } from '../services/rowLock.js'
import { inTransaction } from '../services/transaction.js'
import { allowedActions, missingGuards } from '../workflow/apply.js'
import type { Workflow } from '../workflow/definition.js'
import { revisionOf } from '../workflow/corrections.js'
import { labelledHistory } from '../workflow/history.js'
import { WORKFLOW_STATE_LABELS } from '../workflow/states.js'
import type { FactSource } from './facts.js'
import { actorOf, entryFacts, guardFactsOf, performTransition, TRANSITION_FIELDS, type PerformInput } from './perform.js'
import { loadReviewQueue } from './queue.js'

const requireUser = (req: PayloadRequest) => {
  if (!req.user) throw new APIError('请先登录 / log in first', 401, undefined, true)
  return req.user
}

/** Reads the entry as the user may see it (Payload's read: field access applies), to show it. */
const readEntry = async (req: PayloadRequest, collection: string, id: string) => {
  const doc = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
  if (doc) return doc as Record<string, any>
  throw new NotFound(req.t)
}

/**
 * The entry a user asks to act on, as far as the transition reads it (`select`): read through the
 * adapter under the collection's own read rule, the where Payload's read would add, so that only what
 * the transition needs is loaded (not the body, attachments or field hooks of a full read). Staff asking
 * to act on another department's entry are told they may not (403) rather than that it does not exist;
 * the entry itself is not disclosed.
 */
const readEntryToAct = async (req: PayloadRequest, collection: string, id: string, select: SelectType) => {
  assertWellFormedId(req.payload, id)
  const config = req.payload.collections[collection]!.config
  const rule: boolean | Where = config.access.read ? await config.access.read({ id, req }) : Boolean(req.user)
  const byId: Where[] = [{ id: { equals: id } }, ...(config.trash ? [{ deletedAt: { exists: false } }] : [])]
  if (rule !== false) {
    const where = { and: rule === true ? byId : [...byId, rule] }
    const doc = await req.payload.db.findOne({ collection, req, select, where })
    if (doc) return doc as Record<string, any>
  }
  if (rolesOf(req.user).length > 0) {
    const { totalDocs } = await req.payload.db.count({ collection, req, where: { and: byId } })
    if (totalDocs > 0) throw fieldError(403, 'action', '只能处理本部门的信息 / you can act only on your own department\'s entries')
  }
  throw new NotFound(req.t)
}

const readBody = async (req: PayloadRequest): Promise<PerformInput> => (await readJsonObject(req, '{"action":"submit"}')) as PerformInput

/**
 * The actions the user may take now, each with the guards it still misses (`missing`: field and reason),
 * so a screen shows why an action is not available instead of offering it and failing.
 */
export const actionsFor = async (workflow: Workflow, doc: Record<string, any>, req: PayloadRequest, facts: FactSource) => {
  const known = await guardFactsOf(req, facts, doc)
  return allowedActions(workflow, entryFacts(doc), actorOf(req)).map((transition) => ({
    action: transition.action,
    subject: transition.subject,
    to: transition.to,
    label: transition.label,
    requires: transition.requires,
    guards: transition.guards,
    missing: missingGuards(transition, known[transition.subject] ?? known.entry).map(({ guard, field, message }) => ({ guard, field, message })),
  }))
}

/** A pending correction as the review panel shows it: its state, what it changes and to what, its deadline. */
const correctionSummary = (doc: Record<string, any>) => {
  const revision = revisionOf(doc)
  if (!revision) return null
  const facts = entryFacts(doc).revision!
  return {
    state: revision.state,
    stateLabel: WORKFLOW_STATE_LABELS[revision.state] ?? null,
    fields: Object.keys(revision.data),
    data: revision.data,
    reason: revision.reason,
    startedBy: revision.startedBy,
    startedAt: revision.startedAt,
    submittedBy: revision.submittedBy,
    dueDate: revision.derived.dueDate ?? null,
    deadlineExplain: revision.derived.deadlineExplain ?? null,
    findings: revision.derived.findings ?? [],
    openFindings: facts.openFindings,
    secrecyReview: revision.secrecyReview,
  }
}

/**
 * `POST /api/<collection>/:id/transition` with `{ action, comment?, secrecyReview?, acknowledgement?,
 * publishAt?, lateReason? }`: takes one review action. `GET /api/<collection>/:id/transitions`: the
 * current state, the actions the user may take now, the findings and the history.
 * `GET /api/<collection>/review-queue`: entries waiting for the user's action.
 */
export const workflowEndpoints = (collection: string, workflow: Workflow, { facts }: { facts: FactSource }): Endpoint[] => [
  {
    path: '/:id/transition',
    method: 'post',
    handler: async (req) => {
      requireUser(req)
      const id = String(req.routeParams?.id ?? '')
      const input = await readBody(req)
      assertWellFormedId(req.payload, id)
      // Lock, read, decide and write in one transaction: a concurrent second request for the same step
      // waits for the first, then reads the new state and is refused (409 naming `status`).
      const updated = await inTransaction(req, async () => {
        await lockRows(req, collection, [id], { read: false })
        const doc = await readEntryToAct(req, collection, id, { ...TRANSITION_FIELDS, ...facts.fields })
        return performTransition(req, { collection, workflow, doc, input, facts })
      })
      return Response.json({
        message: `${WORKFLOW_STATE_LABELS[updated.status as keyof typeof WORKFLOW_STATE_LABELS]?.zh ?? updated.status}`,
        doc: updated,
        actions: await actionsFor(workflow, updated, req, facts),
      })
    },
  },
  {
    path: '/:id/transitions',
    method: 'get',
    handler: async (req) => {
      requireUser(req)
      const doc = await readEntry(req, collection, String(req.routeParams?.id ?? ''))
      return Response.json(
        {
          id: doc.id,
          status: doc.status,
          statusLabel: WORKFLOW_STATE_LABELS[doc.status as keyof typeof WORKFLOW_STATE_LABELS] ?? null,
          actions: await actionsFor(workflow, doc, req, facts),
          findings: doc.findings ?? [],
          openFindings: entryFacts(doc).openFindings,
          findingsAcknowledgement: doc.findingsAcknowledgement ?? null,
          secrecyReview: doc.secrecyReview ?? null,
          scheduledPublishAt: doc.scheduledPublishAt ?? null,
          correction: correctionSummary(doc),
          history: labelledHistory(doc.workflowHistory),
          steps: workflow.steps,
        },
        { headers: { 'cache-control': 'private, no-store' } },
      )
    },
  },
  {
    path: '/review-queue',
    method: 'get',
    handler: async (req) => {
      requireUser(req)
      const docs = await loadReviewQueue(req, collection, workflow)
      return Response.json({ totalDocs: docs.length, docs }, { headers: { 'cache-control': 'private, no-store' } })
    },
  },
]
