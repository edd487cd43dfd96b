/**
 * The guards of the workflow: every requirement an action has on the entry's facts, each a pure check
 * named in the action's row of the workflow table (`definition.ts`). `decideTransition` is the only place
 * that applies them, and `GET …/transitions` lists the ones an action still misses, so nothing downstream
 * refuses what the table allowed. The facts come from one read (`src/workflow-runtime/facts.ts`); a fact a
 * kind of entry does not have is `undefined`, and its guard does not apply.
 */
import { WORKFLOW_STATES, type WorkflowState } from './states.js'

export const GUARD_NAMES = ['formedAtPresent', 'catalogItemForProactive', 'lateReasonWhenLate', 'policyPublished', 'threeSync'] as const
export type GuardName = (typeof GUARD_NAMES)[number]

export interface GuardFacts {
  /** 信息形成日期; `undefined` where the server sets it (an interpretation's clock starts with its policy) */
  formedAt?: string | null
  publicAttribute?: string | null
  /** the catalog item's id, or null */
  catalogItem?: unknown
  dueDate?: string | null
  /** the late reason stored or given with the action */
  lateReason?: string | null
  /** the Beijing date the publication takes effect (today, or the scheduled day) */
  publishOn: string
  /** an interpretation's policy document: its state (`undefined` for other entries) */
  policyStatus?: string | null
  /** a policy document that needs an interpretation (三同步): how far its interpretations have got */
  threeSync?: { exempt: boolean; interpretationStates: readonly string[] }
}

export interface GuardRefusal {
  guard: GuardName
  status: 400 | 409
  field: string
  message: string
}

interface Guard {
  label: { zh: string; en: string }
  check: (facts: GuardFacts, step: { action: string; to: WorkflowState }) => Omit<GuardRefusal, 'guard'> | null
}

const rank = (state: string) => WORKFLOW_STATES.indexOf(state as WorkflowState)

export const GUARDS: Record<GuardName, Guard> = {
  // 条例第二十六条: the clock runs from the day the information is formed; without it there is no deadline.
  formedAtPresent: {
    label: { zh: '已填写信息形成日期', en: 'Formation date given' },
    check: ({ formedAt }) =>
      formedAt === undefined || (typeof formedAt === 'string' && formedAt !== '')
        ? null
        : { status: 400, field: 'formedAt', message: '请先填写信息形成日期（公开时限自该日起算）/ give the date the information was formed first: the deadline runs from it' },
  },
  // A proactive record fulfils a catalog item's obligation (基层政务公开标准目录).
  catalogItemForProactive: {
    label: { zh: '主动公开的信息已对应目录事项', en: 'A proactive entry is filed under a catalog item' },
    check: ({ publicAttribute, catalogItem }) =>
      publicAttribute === 'proactive' && (catalogItem === null || catalogItem === undefined || catalogItem === '')
        ? { status: 400, field: 'catalogItem', message: '主动公开的信息须对应公开目录事项后才能发布 / a proactive record is published under a catalog item: choose one' }
        : null,
  },
  lateReasonWhenLate: {
    label: { zh: '超期发布已说明理由', en: 'A late publication gives its reason' },
    check: ({ dueDate, lateReason, publishOn }) =>
      dueDate && publishOn > dueDate && !(typeof lateReason === 'string' && lateReason.trim() !== '')
        ? { status: 400, field: 'lateReason', message: `发布日期${publishOn}晚于应公开日期${dueDate}，请填写超期说明 / published on ${publishOn}, after the due date ${dueDate}: give a late reason` }
        : null,
  },
  // 国办发〔2016〕19号: an interpretation is released with or after its policy, never before it.
  policyPublished: {
    label: { zh: '所解读的政策文件已发布', en: 'Its policy document is published' },
    check: ({ policyStatus }) =>
      policyStatus === undefined || policyStatus === 'published'
        ? null
        : { status: 409, field: 'policy', message: '政策文件发布后才能发布其解读（可同日发布）/ publish the policy document first (the same day is fine)' },
  },
  // 三同步 (seed 001; seed 004: 未附解读材料的文件予以退回): an interpretation at least as far along the review
  // as the document is going, unless the office recorded an exemption.
  threeSync: {
    label: { zh: '三同步：政策解读同步报送、同步审核', en: '三同步: its interpretation goes along' },
    check: ({ threeSync }, { action, to }) => {
      if (!threeSync || threeSync.exempt) return null
      const needed = Math.min(rank(to), rank('approved'))
      if (threeSync.interpretationStates.some((state) => state !== 'withdrawn' && rank(state) >= needed)) return null
      return {
        status: 400,
        field: 'interpretations',
        message:
          action === 'submit'
            ? '三同步：规章和行政规范性文件须与政策解读同步报送，请先起草并提交解读，或由政务公开办登记免于解读的理由 / submit an interpretation with this document (三同步), or have the office record an exemption'
            : '三同步：政策解读须与文件同步审核，请先将解读审核至同一阶段 / the interpretation must be reviewed as far as the document before sign-off (三同步)',
      }
    },
  },
}

/** The guards of `guards` that `facts` do not meet, in the table's order. */
export const failingGuards = (guards: readonly GuardName[], facts: GuardFacts, step: { action: string; to: WorkflowState }): GuardRefusal[] =>
  guards.flatMap((guard) => {
    const refusal = GUARDS[guard].check(facts, step)
    return refusal ? [{ guard, ...refusal }] : []
  })
