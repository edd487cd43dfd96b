export { computeDeadline } from './compute.js'
export type { Deadline } from './compute.js'
export { DEADLINE_RULES, INFO_TYPES, INFO_TYPE_LABELS } from './rules.js'
export type { DeadlineRule, DeadlineRuleKey, InfoType } from './rules.js'
