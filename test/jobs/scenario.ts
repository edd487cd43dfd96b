/**
 * What the job tests do through the API, against this process's test server or another instance:
 * records taken through the review and scheduled, made due without waiting, and what came of them.
 */
import { toBeijingDate } from '../../src/calendar/index.js'
import type { Payload } from 'payload'

import { SCHEDULED_PUBLISH_TASK } from '../../src/options.js'
import type { HttpResult } from '../helpers/http.js'
import { REVIEW_PATH } from '../helpers/workflow.js'
import type { ActorKey } from '../helpers/world.js'

export interface Api {
  request(method: string, path: string, options?: { token?: string; body?: unknown }): Promise<HttpResult>
}

export type Tokens = Partial<Record<ActorKey, string>>

const ok = (result: HttpResult, what: string): HttpResult => {
  if (result.status >= 300) throw new Error(`${what}: HTTP ${result.status} ${JSON.stringify(result.body)}`)
  return result
}

/** A finance record taken through the review and scheduled for publication in an hour. */
export const scheduledRecord = async (api: Api, tokens: Tokens, catalogItem: unknown, title: string): Promise<Record<string, any>> => {
  const created = ok(await api.request('POST', '/api/disclosures?depth=0', { token: tokens.editorFinance, body: { title, catalogItem, formedAt: toBeijingDate(new Date()) } }), 'create')
  const id = created.body.doc.id
  for (const step of REVIEW_PATH) {
    ok(await api.request('POST', `/api/disclosures/${id}/transition?depth=0`, { token: tokens[step.actor], body: { action: step.action, ...step.extra } }), step.action)
  }
  const publishAt = new Date(Date.now() + 60 * 60 * 1000).toISOString()
  ok(await api.request('POST', `/api/disclosures/${id}/transition?depth=0`, { token: tokens.editorFinance, body: { action: 'publish', publishAt } }), 'schedule')
  return created.body.doc
}

/** Makes the waiting scheduled publications due now (their jobs' time passed; the entries' schedule stays). */
export const makePublicationsDue = async (payload: Payload): Promise<void> => {
  const db = payload.db as unknown as { updateJobs: (args: Record<string, unknown>) => Promise<unknown> }
  await db.updateJobs({
    where: { taskSlug: { equals: SCHEDULED_PUBLISH_TASK } },
    data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    req: {},
    returning: false,
  })
}

/** The audit entries of one record, oldest first. */
export const auditOf = async (payload: Payload, id: unknown) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: 'disclosures' } }, { documentId: { equals: String(id) } }] },
      sort: 'at',
      depth: 0,
      pagination: false,
    })
  ).docs as Record<string, any>[]

/** How a scheduled publication ended: status, publish steps in the history, and its publish audit entries. */
export const publicationOf = async (payload: Payload, id: unknown) => {
  const doc = (await payload.findByID({ collection: 'disclosures', id: id as string, depth: 0 })) as Record<string, any>
  const audit = await auditOf(payload, id)
  const afterSchedule = audit.slice(audit.findIndex((entry) => entry.details?.action === 'schedule') + 1)
  return {
    status: doc.status,
    publishSteps: ((doc.workflowHistory ?? []) as Record<string, any>[]).filter((entry) => entry.action === 'publish').length,
    // Everything the job wrote: exactly one `publish` with its details, nothing plain.
    jobEntries: afterSchedule.map((entry) => ({ action: entry.action, step: entry.details?.action ?? null, to: entry.details?.to ?? null })),
  }
}

/** Jobs that failed (kept by Payload with `hasError`). */
export const failedJobs = async (payload: Payload) =>
  (await payload.find({ collection: 'payload-jobs', where: { hasError: { equals: true } }, depth: 0, pagination: false })).docs as Record<string, any>[]
