/**
 * The review workflow as data: each action says from which states it may be taken, where it leads,
 * who may take it and what it requires. `buildWorkflow` drops the review steps a collection switches
 * off and re-links the chain; `src/workflow/apply.ts` is the one function that applies an action.
 *
 * A published entry is corrected (更正) through the same chain: its rows with `subject: 'revision'` move a
 * pending revision (`src/workflow/corrections.ts`) while the published version stays public, and
 * publishing the revision replaces it (条例第二十六条: changed information is published within 20 working
 * days of the change, after the same review, 发布前审查).
 */
import type { Role } from '../roles.js'
import type { GuardName } from './guards.js'
import type { WorkflowState } from './states.js'

export const WORKFLOW_ACTIONS = ['submit', 'reviewAttribute', 'reviewSecrecy', 'approve', 'publish', 'return', 'withdraw', 'reopen', 'discard'] as const
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

/**
 * What an action moves: the entry itself, or the pending revision of a published entry (a correction),
 * whose own state runs `draft` → … → the publishable state while the entry stays `published`.
 */
export type WorkflowSubject = 'entry' | 'revision'

export interface TransitionDefinition {
  action: WorkflowAction
  subject: WorkflowSubject
  /** states of the subject (the entry's, or its revision's) the action may be taken from */
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
  /** a correction's step as the panel names it */
  correctionLabel: { zh: string; en: string }
}

/** The review chain between `submitted` and publication, in order. */
const REVIEW_CHAIN: readonly ReviewStep[] = [
  {
    step: 'attributeReview',
    action: 'reviewAttribute',
    to: 'attribute-reviewed',
    requires: [],
    guards: [],
    label: { zh: '公开属性审查通过', en: 'Confirm the disclosure attribute' },
    correctionLabel: { zh: '更正：公开属性审查通过', en: 'Correction: confirm the disclosure attribute' },
  },
  {
    step: 'secrecyReview',
    action: 'reviewSecrecy',
    to: 'secrecy-reviewed',
    requires: ['secrecyReview'],
    guards: [],
    label: { zh: '保密审查通过', en: 'Pass the secrecy review' },
    correctionLabel: { zh: '更正：保密审查通过', en: 'Correction: pass the secrecy review' },
  },
  {
    step: 'signOff',
    action: 'approve',
    to: 'approved',
    requires: [],
    guards: ['threeSync'],
    notByAuthor: true,
    label: { zh: '签发', en: 'Sign off' },
    correctionLabel: { zh: '更正：签发', en: 'Correction: sign off' },
  },
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
  const chain = REVIEW_CHAIN.filter((step) => enabled[step.step])
  const reviewStates = chain.map((step) => step.to)
  const publishableState: WorkflowState = reviewStates.at(-1) ?? 'submitted'
  const inReview: WorkflowState[] = ['submitted', ...reviewStates]
  /** The chain from `submit` to `publish` for one subject: a new entry, or a published entry's revision. */
  const reviewRows = (subject: WorkflowSubject): TransitionDefinition[] => {
    const correction = subject === 'revision'
    const rows: TransitionDefinition[] = [
      {
        action: 'submit',
        subject,
        from: ['draft'],
        to: 'submitted',
        roles: ['editor'],
        // A correction says why the published information changes (recorded in the history).
        requires: correction ? ['comment'] : [],
        guards: ['formedAtPresent', 'threeSync'],
        label: correction ? { zh: '提交更正审核', en: 'Submit the correction' } : { zh: '提交审核', en: 'Submit for review' },
      },
    ]
    chain.forEach((step, index) =>
      rows.push({
        action: step.action,
        subject,
        from: [inReview[index]!],
        to: step.to,
        roles: ['reviewer'],
        requires: step.requires,
        guards: step.guards,
        notByAuthor: step.notByAuthor,
        label: correction ? step.correctionLabel : step.label,
      }),
    )
    rows.push(
      {
        action: 'publish',
        subject,
        from: [publishableState],
        to: 'published',
        roles: ['editor', 'reviewer'],
        requires: ['findingsAcknowledged'],
        guards: ['catalogItemForProactive', 'lateReasonWhenLate', 'policyPublished'],
        label: correction ? { zh: '发布更正', en: 'Publish the correction' } : { zh: '发布', en: 'Publish' },
      },
      {
        action: 'return',
        subject,
        from: inReview,
        to: 'draft',
        roles: ['reviewer'],
        requires: ['comment'],
        guards: [],
        label: correction ? { zh: '退回更正', en: 'Return the correction' } : { zh: '退回修改', en: 'Return for changes' },
      },
    )
    return rows
  }
  const transitions: TransitionDefinition[] = [
    ...reviewRows('entry'),
    { action: 'withdraw', subject: 'entry', from: ['published'], to: 'withdrawn', roles: ['reviewer'], requires: ['comment'], guards: [], label: { zh: '撤回', en: 'Withdraw' } },
    { action: 'reopen', subject: 'entry', from: ['withdrawn'], to: 'draft', roles: ['editor'], requires: ['comment'], guards: [], label: { zh: '重新编辑', en: 'Reopen as draft' } },
    ...reviewRows('revision'),
    // Abandoning a correction leaves the published version as it is.
    {
      action: 'discard',
      subject: 'revision',
      from: ['draft', ...inReview],
      to: 'published',
      roles: ['editor', 'reviewer'],
      requires: ['comment'],
      guards: [],
      label: { zh: '放弃更正', en: 'Discard the correction' },
    },
  ]
  return { steps: enabled, transitions, publishableState, reviewStates }
}
