import type { TaskConfig } from 'payload'

import { SCHEDULED_PUBLISH_TASK, type ResolvedDisclosureOptions } from '../options.js'
import { withJobLock } from '../services/jobLock.js'
import { lockRows } from '../services/rowLock.js'
import { buildWorkflow } from '../workflow/definition.js'
import { factSourceFor } from '../workflow-runtime/facts.js'
import { performTransition } from '../workflow-runtime/perform.js'

/**
 * Publishes an entry at its scheduled time — only if, at that moment, it is still in the publishable
 * (approved) state and still scheduled for this time: an edit after approval, a return or a new schedule
 * cancels this run. Runs once (no retries: a refused publication is reported, not repeated).
 * The check and the publication run under the entry's job lock, with the entry read inside it: a second
 * run of the same publication (another instance, a duplicate job) finds it published and does nothing.
 */
export const scheduledPublishTask = (options: ResolvedDisclosureOptions): TaskConfig => ({
  slug: SCHEDULED_PUBLISH_TASK,
  label: '定时发布 / Scheduled publication',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'publishAt', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'published', type: 'checkbox' },
    { name: 'reason', type: 'text' },
  ],
  retries: 0,
  handler: async ({ input, req }) => {
    const { collection, id, publishAt } = input as { collection: string; id: string; publishAt: string }
    const key = (Object.entries(options.slugs).find(([, slug]) => slug === collection)?.[0] ?? '') as keyof typeof options.workflow
    const steps = options.workflow[key]
    if (!steps) return { output: { published: false, reason: `集合 ${collection} 没有审核流程` } }
    const workflow = buildWorkflow(steps)
    // One run at a time per entry (the job lock), and the state checked under the row lock in the
    // transaction that publishes: a concurrent review step or a second run waits, then finds it changed.
    return withJobLock(req, `${SCHEDULED_PUBLISH_TASK}:${collection}:${id}`, async (taskReq) => {
      await lockRows(taskReq, collection, [id], { read: false })
      const doc = (await taskReq.payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true, req: taskReq })) as Record<string, any> | null
      if (!doc) return { output: { published: false, reason: '信息已删除 / the entry no longer exists' } }
      if (doc.status !== workflow.publishableState || !doc.scheduledPublishAt || new Date(doc.scheduledPublishAt).toISOString() !== new Date(publishAt).toISOString()) {
        return { output: { published: false, reason: `未发布：当前状态为 ${doc.status}，定时 ${doc.scheduledPublishAt ?? '无'} / not published: no longer approved and scheduled for this time` } }
      }
      await performTransition(taskReq, { collection, workflow, doc, input: { action: 'publish', acknowledgement: doc.findingsAcknowledgement?.reason }, system: true, facts: factSourceFor(options, collection) })
      return { output: { published: true, reason: null } }
    })
  },
})
