import { readJsonObject } from '../endpoints/readJsonObject.js'
import { APIError, NotFound, type Endpoint, type PayloadRequest } from 'payload'

import { rolesOf } from '../../access/user.js'
import { fieldError } from '../../hooks/errors.js'
import { allowedActions } from '../workflow/apply.js'
import type { Workflow } from '../workflow/definition.js'
import { WORKFLOW_STATE_LABELS } from '../workflow/states.js'
import { actorOf, entryFacts, performTransition, type PerformInput, type TransitionGuard } from './perform.js'
import { loadReviewQueue } from './queue.js'

const requireUser = (req: PayloadRequest) => {
  if (!req.user) throw new APIError('请先登录 / log in first', 401, undefined, true)
  return req.user
}

/**
 * Reads the entry as the user may see it. Staff asking to act on another department's entry are told
 * they may not (403) rather than that it does not exist; the entry itself is not disclosed.
 */
const readEntry = async (req: PayloadRequest, collection: string, id: string, forAction = false) => {
  const doc = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
  if (doc) return doc as Record<string, any>
  if (forAction && rolesOf(req.user).length > 0) {
    const exists = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, req, disableErrors: true, select: {} })
    if (exists) throw fieldError(403, 'action', '只能处理本部门的信息 / you can act only on your own department\'s entries')
  }
  throw new NotFound(req.t)
}

const readBody = async (req: PayloadRequest): Promise<PerformInput> => (await readJsonObject(req, '{"action":"submit"}')) as PerformInput

export const actionsFor = (workflow: Workflow, doc: Record<string, any>, req: PayloadRequest) =>
  allowedActions(workflow, entryFacts(doc), actorOf(req)).map((transition) => ({
    action: transition.action,
    to: transition.to,
    label: transition.label,
    requires: transition.requires,
  }))

/**
 * `POST /api/<collection>/:id/transition` with `{ action, comment?, secrecyReview?, acknowledgement?,
 * publishAt?, lateReason? }`: takes one review action. `GET /api/<collection>/:id/transitions`: the
 * current state, the actions the user may take now, the findings and the history.
 * `GET /api/<collection>/review-queue`: entries waiting for the user's action.
 */
export const workflowEndpoints = (collection: string, workflow: Workflow, { guard }: { guard?: TransitionGuard } = {}): Endpoint[] => [
  {
    path: '/:id/transition',
    method: 'post',
    handler: async (req) => {
      requireUser(req)
      const id = String(req.routeParams?.id ?? '')
      const input = await readBody(req)
      const doc = await readEntry(req, collection, id, true)
      const updated = await performTransition(req, { collection, workflow, doc, input, guard })
      return Response.json({
        message: `${WORKFLOW_STATE_LABELS[updated.status as keyof typeof WORKFLOW_STATE_LABELS]?.zh ?? updated.status}`,
        doc: updated,
        actions: actionsFor(workflow, updated, req),
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
          actions: actionsFor(workflow, doc, req),
          findings: doc.findings ?? [],
          openFindings: entryFacts(doc).openFindings,
          findingsAcknowledgement: doc.findingsAcknowledgement ?? null,
          secrecyReview: doc.secrecyReview ?? null,
          scheduledPublishAt: doc.scheduledPublishAt ?? null,
          history: doc.workflowHistory ?? [],
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
