/**
 * The review workflow as data: each action says from which states it may be taken, where it leads,
 * who may take it and what it requires. `buildWorkflow` drops the review steps a collection switches
 * off and re-links the chain; `src/workflow/apply.ts` is the one function that applies an action.
 */
import type { Role } from '../roles.js'
import type { GuardName } from './guards.js'
import type { WorkflowState } from './states.js'

export const WORKFLOW_ACTIONS = ['submit', 'reviewAttribute', 'reviewSecrecy', 'approve', 'publish', 'return', 'withdraw', 'reopen'] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/** The review steps a collection may switch off (all on by default, as the seeds require). */
export interface WorkflowSteps {
  /** 公开属性源头审查 */
  attributeReview: boolean
  /** 保密审查 */
  secrecyReview: boolean
  /** 分管领导签发 */
  signOff: boolean
}

export const DEFAULT_STEPS: WorkflowSteps = { attributeReview: true, secrecyReview: true, signOff: true }

export type Requirement =
  /** a non-empty comment (why it is sent back or withdrawn) */
  | 'comment'
  /** the secrecy review form: conclusion and basis */
  | 'secrecyReview'
  /** findings of personal data or sensitive words are acknowledged with a reason */
  | 'findingsAcknowledged'

export interface TransitionDefinition {
  action: WorkflowAction
  from: readonly WorkflowState[]
  to: WorkflowState
  /** Roles that may act within their own department; the office may always act. */
  roles: readonly Role[]
  requires: readonly Requirement[]
  /** What the entry's facts must meet (`guards.ts`); a guard whose fact an entry lacks does not apply. */
  guards: readonly GuardName[]
  /** Separation of duties: the entry's author (or whoever submitted it) may not take this action. */
  notByAuthor?: boolean
  label: { zh: string; en: string }
}

interface ReviewStep {
  step: keyof WorkflowSteps
  action: WorkflowAction
  to: WorkflowState
  requires: readonly Requirement[]
  guards: readonly GuardName[]
  notByAuthor?: boolean
  label: { zh: string; en: string }
}

/** The review chain between `submitted` and publication, in order. */
const REVIEW_CHAIN: readonly ReviewStep[] = [
  { step: 'attributeReview', action: 'reviewAttribute', to: 'attribute-reviewed', requires: [], guards: [], label: { zh: '公开属性审查通过', en: 'Confirm the disclosure attribute' } },
  { step: 'secrecyReview', action: 'reviewSecrecy', to: 'secrecy-reviewed', requires: ['secrecyReview'], guards: [], label: { zh: '保密审查通过', en: 'Pass the secrecy review' } },
  { step: 'signOff', action: 'approve', to: 'approved', requires: [], guards: ['threeSync'], notByAuthor: true, label: { zh: '签发', en: 'Sign off' } },
]

export interface Workflow {
  steps: WorkflowSteps
  transitions: readonly TransitionDefinition[]
  /** The state from which an entry is published (the last review state switched on). */
  publishableState: WorkflowState
  /** The review states in use, in order. */
  reviewStates: readonly WorkflowState[]
}

export const buildWorkflow = (steps: Partial<WorkflowSteps> = {}): Workflow => {
  const enabled = { ...DEFAULT_STEPS, ...steps }
  const transitions: TransitionDefinition[] = [
    { action: 'submit', from: ['draft'], to: 'submitted', roles: ['editor'], requires: [], guards: ['formedAtPresent', 'threeSync'], label: { zh: '提交审核', en: 'Submit for review' } },
  ]
  let previous: WorkflowState = 'submitted'
  const reviewStates: WorkflowState[] = []
  for (const step of REVIEW_CHAIN) {
    if (!enabled[step.step]) continue
    transitions.push({ action: step.action, from: [previous], to: step.to, roles: ['reviewer'], requires: step.requires, guards: step.guards, notByAuthor: step.notByAuthor, label: step.label })
    reviewStates.push(step.to)
    previous = step.to
  }
  transitions.push(
    {
      action: 'publish',
      from: [previous],
      to: 'published',
      roles: ['editor', 'reviewer'],
      requires: ['findingsAcknowledged'],
      guards: ['catalogItemForProactive', 'lateReasonWhenLate', 'policyPublished'],
      label: { zh: '发布', en: 'Publish' },
    },
    {
      action: 'return',
      from: ['submitted', ...reviewStates],
      to: 'draft',
      roles: ['reviewer'],
      requires: ['comment'],
      guards: [],
      label: { zh: '退回修改', en: 'Return for changes' },
    },
    { action: 'withdraw', from: ['published'], to: 'withdrawn', roles: ['reviewer'], requires: ['comment'], guards: [], label: { zh: '撤回', en: 'Withdraw' } },
    { action: 'reopen', from: ['withdrawn'], to: 'draft', roles: ['editor'], requires: ['comment'], guards: [], label: { zh: '重新编辑', en: 'Reopen as draft' } },
  )
  return { steps: enabled, transitions, publishableState: previous, reviewStates }
}
