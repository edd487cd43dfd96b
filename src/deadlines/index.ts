export { computeDeadline } from './compute.js'
export type { Deadline } from './compute.js'
export { DEADLINE_RULES, INFO_TYPES, INFO_TYPE_LABELS, RECORD_INFO_TYPES } from './rules.js'
export type { DeadlineRule, DeadlineRuleKey, InfoType, RecordInfoType } from './rules.js'
export { NON_COMPUTABLE_NOTES, TRIGGER_LABELS, parseTimeLimit, resolveSameAsPrevious, timeLimitRule } from './timeLimit.js'
export type {
  Cadence,
  ComputableTimeLimit,
  NonComputableKind,
  NonComputableTimeLimit,
  ParsedTimeLimit,
  TriggerKind,
} from './timeLimit.js'
export { DEADLINE_STATES, DEADLINE_STATE_LABELS, deadlineState } from './state.js'
export type { DeadlineState } from './state.js'
