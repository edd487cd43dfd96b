/**
 * The states an entry passes through before and after release (发布前审查): drafted, submitted, its
 * disclosure attribute checked at the source (公开属性源头审查), secrecy-reviewed (保密审查), signed off
 * by the leader in charge (分管领导签发), published, and possibly withdrawn. Seeds 001, 004.
 */
export const WORKFLOW_STATES = ['draft', 'submitted', 'attribute-reviewed', 'secrecy-reviewed', 'approved', 'published', 'withdrawn'] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

export const WORKFLOW_STATE_LABELS: Record<WorkflowState, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交待审', en: 'Submitted' },
  'attribute-reviewed': { zh: '公开属性已审', en: 'Attribute reviewed' },
  'secrecy-reviewed': { zh: '保密审查通过', en: 'Secrecy reviewed' },
  approved: { zh: '已签发', en: 'Approved' },
  published: { zh: '已发布', en: 'Published' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
}

/** States in which the content is under review: an edit there sends the entry back to `submitted`. */
export const REVIEWED_STATES: readonly WorkflowState[] = ['attribute-reviewed', 'secrecy-reviewed', 'approved']

/** States of an entry not yet released (the deadline clock is still running). */
export const OPEN_STATES: readonly WorkflowState[] = ['draft', 'submitted', 'attribute-reviewed', 'secrecy-reviewed', 'approved']

/** 保密审查结论 (the seeds' secrecy review form). */
export const SECRECY_CONCLUSIONS = ['public', 'partial', 'withhold'] as const
export type SecrecyConclusion = (typeof SECRECY_CONCLUSIONS)[number]

export const SECRECY_CONCLUSION_LABELS: Record<SecrecyConclusion, { zh: string; en: string }> = {
  public: { zh: '可以公开', en: 'May be disclosed' },
  partial: { zh: '部分公开（去标识化后）', en: 'Partly, after de-identification' },
  withhold: { zh: '不予公开', en: 'Not to be disclosed' },
}
