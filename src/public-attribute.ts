/**
 * 公开属性: every piece of government information carries one (条例 第十九条至第二十一条,
 * seeds 000 and 004: "公文类信息在拟制时须明确公开属性").
 */
export const PUBLIC_ATTRIBUTES = ['proactive', 'on-request', 'withheld'] as const
export type PublicAttribute = (typeof PUBLIC_ATTRIBUTES)[number]

export const PUBLIC_ATTRIBUTE_LABELS: Record<PublicAttribute, { zh: string; en: string }> = {
  proactive: { zh: '主动公开', en: 'Proactive disclosure' },
  'on-request': { zh: '依申请公开', en: 'Disclosed on request' },
  withheld: { zh: '不予公开', en: 'Not disclosed' },
}

/** Publication states of a record: the review workflow's states (src/workflow/states.ts). */
export { WORKFLOW_STATES as RECORD_STATUSES, WORKFLOW_STATE_LABELS as RECORD_STATUS_LABELS } from './workflow/states.js'
export type { WorkflowState as RecordStatus } from './workflow/states.js'
