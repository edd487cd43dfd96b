/**
 * What counts as an entry's content: every field but those the workflow or the server owns. Editing
 * content after a review sends the entry back; editing a published entry's content starts a correction.
 */
import { diffScalarFields, type FieldLike } from '../audit/diff.js'

/**
 * Fields the workflow or the server owns. Everything else is content: editing it after a review sends
 * the entry back to `submitted`.
 */
const NOT_CONTENT = new Set([
  'status',
  'author',
  'submittedBy',
  'scheduledPublishAt',
  'secrecyReview',
  'findings',
  'findingsSignature',
  'findingsAcknowledgement',
  'workflowHistory',
  'revision',
  'revisionState',
  'correctedAt',
  'publishedAt',
  'daysLate',
  'lateReason',
  'dueDate',
  'deadlineRule',
  'deadlineExplain',
  'deadlineState',
  'provisional',
  'domain',
  // A policy document's validity is the office's decision (or its expiry date's), not a change of content.
  'validity',
  'validityChangedOn',
  'supersededBy',
  'validityNotice',
  'interpretationExemption',
  'generalRuleByOffice',
  'indexNumber',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'id',
])

/**
 * Content fields `data` changes compared with `original`, by the audit log's field-by-field diff (which
 * compares relationships by id, populated or not); fields the workflow or the server owns are not content.
 */
export const changedContentFields = (fields: readonly FieldLike[], data: Record<string, unknown>, original: Record<string, unknown> | undefined): string[] =>
  diffScalarFields(fields, original ?? {}, data)
    .map((change) => change.field)
    .filter((field) => !NOT_CONTENT.has(field.split('.')[0]!))
