import type { PayloadRequest, Where } from 'payload'

import { isOfficeUser } from '../../access/isOffice.js'
import { departmentOf } from '../../access/user.js'
import { allowedActions } from '../workflow/apply.js'
import type { Workflow } from '../workflow/definition.js'
import { actorOf, entryFacts } from './perform.js'

export interface QueueEntry {
  id: number | string
  title: string
  indexNumber: string | null
  status: string
  /** the state of the pending correction of a published entry, if that is what waits */
  correction: string | null
  department: { id: number | string; name: string } | null
  dueDate: string | null
  openFindings: number
  updatedAt: string
  actions: { action: string; label: { zh: string; en: string } }[]
}

/**
 * "My queue": entries in review that wait for an action the user may take (not sending back, which is
 * always possible), oldest first — for a reviewer their department's, for the office all. An author
 * does not see its own entries for sign-off.
 */
export const loadReviewQueue = async (req: PayloadRequest, collection: string, workflow: Workflow): Promise<QueueEntry[]> => {
  const user = req.user
  if (!user) return []
  const forward = workflow.transitions.filter((transition) => !['submit', 'return', 'withdraw', 'reopen', 'discard'].includes(transition.action))
  const waiting = [...new Set(forward.flatMap((transition) => transition.from))]
  const own = departmentOf(user)
  if (!isOfficeUser(user) && own === null) return []
  // Published entries whose correction waits for review are in the queue too.
  const where: Where = {
    and: [{ or: [{ status: { in: waiting } }, { revisionState: { in: waiting } }] }, ...(isOfficeUser(user) ? [] : [{ department: { equals: own } }])],
  }
  const { docs } = await req.payload.find({ collection, where, depth: 1, pagination: false, overrideAccess: false, user, req, sort: 'updatedAt' })
  const actor = actorOf(req)
  return (docs as Record<string, any>[]).flatMap((doc) => {
    const facts = entryFacts({ ...doc, department: doc.department?.id ?? doc.department })
    const actions = allowedActions(workflow, facts, actor).filter((transition) => forward.includes(transition))
    if (actions.length === 0) return []
    return [
      {
        id: doc.id,
        title: doc.title,
        indexNumber: doc.indexNumber ?? null,
        status: doc.status,
        correction: doc.revisionState ?? null,
        department: doc.department && typeof doc.department === 'object' ? { id: doc.department.id, name: doc.department.name } : null,
        dueDate: doc.dueDate ?? null,
        openFindings: facts.openFindings,
        updatedAt: doc.updatedAt,
        actions: actions.map((transition) => ({ action: transition.action, label: transition.label })),
      },
    ]
  })
}
