/**
 * The one function that decides a workflow action: given the entry, the actor and the input, either the
 * target state and what to record, or the refusal with its HTTP status, field and reason. Pure.
 */
import type { Role } from '../roles.js'
import { WORKFLOW_ACTIONS, type TransitionDefinition, type Workflow, type WorkflowAction, type WorkflowSubject } from './definition.js'
import { failingGuards, type GuardFacts, type GuardRefusal } from './guards.js'
import { SECRECY_CONCLUSIONS, WORKFLOW_STATE_LABELS, type SecrecyConclusion, type WorkflowState } from './states.js'

type Id = number | string

export interface WorkflowActor {
  id: Id | null
  roles: readonly Role[]
  department: Id | null
  /** the server itself (scheduled publication): passes the who-checks */
  system?: boolean
}

export interface WorkflowEntry {
  status: WorkflowState
  department: Id | null
  /** who created the entry */
  author: Id | null
  /** who last submitted it */
  submittedBy: Id | null
  publicAttribute?: string | null
  /** unresolved automatic findings (personal data, sensitive words) */
  openFindings: number
  /**
   * A published entry's pending correction, as the workflow sees it: its own state, its author (who
   * started it), who submitted it and its findings. `null` or absent when there is none.
   */
  revision?: Omit<WorkflowEntry, 'revision'> | null
}

/** The guards' facts of each subject: the entry's, and its revision's (the entry as corrected). */
export type SubjectFacts = { entry: GuardFacts; revision?: GuardFacts }

export interface SecrecyReviewInput {
  conclusion?: string
  basis?: string
  notes?: string
}

export interface TransitionInput {
  action?: unknown
  comment?: unknown
  secrecyReview?: SecrecyReviewInput | null
  /** the reason for publishing despite the findings (发现疑似个人信息仍发布的理由) */
  acknowledgement?: unknown
}

export type Decision =
  | {
      ok: true
      transition: TransitionDefinition
      from: WorkflowState
      to: WorkflowState
      comment: string | null
      secrecyReview: { conclusion: SecrecyConclusion; basis: string; notes: string | null } | null
      acknowledgement: string | null
    }
  | { ok: false; status: 400 | 403 | 409; field: string; message: string }

const refuse = (status: 400 | 403 | 409, field: string, message: string): Decision => ({ ok: false, status, field, message })

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

const same = (a: Id | null, b: Id | null) => a !== null && b !== null && String(a) === String(b)

/** What `subject` of `entry` is, as the workflow sees it; `null` when there is no such subject now. */
const subjectOf = (entry: WorkflowEntry, subject: WorkflowSubject): Omit<WorkflowEntry, 'revision'> | null =>
  subject === 'entry' ? entry : entry.status === 'published' ? (entry.revision ?? null) : null

/** Whether `transition` may be taken from where its subject stands now. */
const applies = (transition: TransitionDefinition, entry: WorkflowEntry): boolean => {
  const subject = subjectOf(entry, transition.subject)
  return subject !== null && transition.from.includes(subject.status)
}

/** Whether `actor` is one of the people who may take `transition` on `entry` (role, department, duties). */
const mayAct = (transition: TransitionDefinition, entry: Omit<WorkflowEntry, 'revision'>, actor: WorkflowActor): Decision | null => {
  if (actor.system) return null
  const office = actor.roles.includes('office')
  if (!office) {
    if (!transition.roles.some((role) => actor.roles.includes(role))) {
      return refuse(403, 'action', `您没有“${transition.label.zh}”的权限 / your roles may not ${transition.label.en.toLowerCase()}`)
    }
    if (!same(actor.department, entry.department)) {
      return refuse(403, 'action', `只能审核本部门的信息 / you can act only on your own department's entries`)
    }
  }
  if (transition.notByAuthor && (same(actor.id, entry.author) || same(actor.id, entry.submittedBy))) {
    return refuse(403, 'action', `不能签发本人起草或提交的信息（审签分离）/ you cannot sign off an entry you wrote or submitted`)
  }
  return null
}

/** The actions `actor` may take on `entry` now (requirements such as a comment are checked on taking them). */
export const allowedActions = (workflow: Workflow, entry: WorkflowEntry, actor: WorkflowActor): TransitionDefinition[] =>
  workflow.transitions.filter((transition) => applies(transition, entry) && mayAct(transition, subjectOf(entry, transition.subject)!, actor) === null)

/** The guards of `transition` the entry's facts do not meet yet (what is missing before it can be taken). */
export const missingGuards = (transition: TransitionDefinition, facts: GuardFacts): GuardRefusal[] =>
  failingGuards(transition.guards, facts, { action: transition.action, to: transition.to })

/**
 * Decides an action: the state it may be taken from, who may take it, what the input must give
 * (`requires`) and what the subject's facts must meet (`guards`, when `facts` are given — every caller
 * that writes passes them). On a published entry with a pending correction, the review actions move the
 * correction and `withdraw` the entry.
 */
export const decideTransition = (workflow: Workflow, entry: WorkflowEntry, actor: WorkflowActor, input: TransitionInput, facts?: SubjectFacts): Decision => {
  const action = input.action
  if (typeof action !== 'string' || !(WORKFLOW_ACTIONS as readonly string[]).includes(action)) {
    return refuse(400, 'action', `未知的操作“${String(action ?? '')}”，可用：${WORKFLOW_ACTIONS.join(', ')} / unknown action`)
  }
  const rows = workflow.transitions.filter((candidate) => candidate.action === (action as WorkflowAction))
  if (rows.length === 0) return refuse(400, 'action', `此类信息未启用“${action}”步骤 / this step is switched off for this collection`)
  const transition = rows.find((candidate) => applies(candidate, entry))
  if (!transition) {
    const allowed = workflow.transitions.filter((candidate) => applies(candidate, entry)).map((candidate) => candidate.action)
    const label = rows[0]!.label
    const correcting = entry.status === 'published' && entry.revision ? `（待审更正：${WORKFLOW_STATE_LABELS[entry.revision.status]?.zh ?? entry.revision.status}）` : ''
    return refuse(
      409,
      'status',
      `当前状态为“${WORKFLOW_STATE_LABELS[entry.status]?.zh ?? entry.status}”${correcting}，不能“${label.zh}”${allowed.length ? `（可进行：${allowed.join(', ')}）` : ''} / cannot ${label.en.toLowerCase()} an entry that is ${entry.status}`,
    )
  }
  const subject = subjectOf(entry, transition.subject)!
  const who = mayAct(transition, subject, actor)
  if (who) return who

  const comment = text(input.comment)
  if (transition.requires.includes('comment') && comment === '') {
    return refuse(400, 'comment', `请填写“${transition.label.zh}”的理由 / give a comment saying why`)
  }

  let secrecyReview: Extract<Decision, { ok: true }>['secrecyReview'] = null
  if (transition.requires.includes('secrecyReview')) {
    const form = input.secrecyReview ?? {}
    const conclusion = text(form.conclusion)
    if (!(SECRECY_CONCLUSIONS as readonly string[]).includes(conclusion)) {
      return refuse(400, 'secrecyReview.conclusion', `请选择保密审查结论：${SECRECY_CONCLUSIONS.join(' / ')} / choose the secrecy review conclusion`)
    }
    if (conclusion === 'withhold') {
      return refuse(
        400,
        'secrecyReview.conclusion',
        '保密审查结论为“不予公开”的信息不能继续发布流程，请退回并修改公开属性 / an entry found not disclosable cannot go on: return it and change its disclosure attribute',
      )
    }
    const basis = text(form.basis)
    if (basis === '') return refuse(400, 'secrecyReview.basis', '请填写保密审查依据 / give the basis of the secrecy review')
    secrecyReview = { conclusion: conclusion as SecrecyConclusion, basis, notes: text(form.notes) || null }
  }

  const acknowledgement = text(input.acknowledgement)
  if (transition.requires.includes('findingsAcknowledged') && subject.openFindings > 0 && acknowledgement === '') {
    return refuse(
      400,
      'acknowledgement',
      `自动检查发现${subject.openFindings}处疑似个人信息或敏感词，请处理后再发布，或说明仍予发布的理由 / ${subject.openFindings} finding(s) of personal data or sensitive words: resolve them or acknowledge with a reason`,
    )
  }

  const subjectFacts = facts?.[transition.subject]
  if (facts && !subjectFacts) return refuse(409, 'status', '没有待审的更正 / there is no pending correction')
  if (subjectFacts) {
    const [failing] = missingGuards(transition, subjectFacts)
    if (failing) return refuse(failing.status, failing.field, failing.message)
  }

  return { ok: true, transition, from: subject.status, to: transition.to, comment: comment || null, secrecyReview, acknowledgement: acknowledgement || null }
}
