import type { Field } from 'payload'

import { isStaff } from '../access/staff.js'
import { serverWritten } from '../access/serverWritten.js'
import { selectOptions } from '../src/labels.js'
import { REVISION_STATES, validateRevision } from '../src/workflow/corrections.js'
import { SECRECY_CONCLUSION_LABELS, WORKFLOW_STATE_LABELS } from '../src/workflow/states.js'
import { validateHistory } from '../src/workflow/history.js'

/** Written only by the workflow (through the transition endpoint) and read only by staff. */
const serverOnly = serverWritten(isStaff)

/**
 * The review record of an entry: who wrote and submitted it, the secrecy review form (保密审查表),
 * the automatic findings and their acknowledgement, a scheduled publication time, and the history of
 * every transition. Never shown to the public (no reviewer names leave the building).
 */
export const workflowFields = ({ usersSlug, withPanel = true }: { usersSlug: string; withPanel?: boolean }): Field[] => [
  ...(withPanel
    ? [
        {
          name: 'workflowPanel',
          type: 'ui',
          label: { zh: '审核流程', en: 'Review' },
          admin: { position: 'sidebar', components: { Field: 'payload-plugin-disclosure/client#WorkflowPanel' } },
        } satisfies Field,
      ]
    : []),
  {
    name: 'author',
    type: 'relationship',
    relationTo: usersSlug,
    access: serverOnly,
    label: { zh: '起草人', en: 'Author' },
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'submittedBy',
    type: 'relationship',
    relationTo: usersSlug,
    access: serverOnly,
    label: { zh: '提交人', en: 'Submitted by' },
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'scheduledPublishAt',
    type: 'date',
    index: true,
    access: serverOnly,
    label: { zh: '定时发布时间', en: 'Scheduled for' },
    admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, condition: (data) => Boolean(data?.scheduledPublishAt) },
  },
  {
    name: 'secrecyReview',
    type: 'group',
    access: serverOnly,
    label: { zh: '保密审查', en: 'Secrecy review' },
    admin: { readOnly: true, condition: (data) => Boolean(data?.secrecyReview?.conclusion) },
    fields: [
      { name: 'reviewer', type: 'relationship', relationTo: usersSlug, label: { zh: '审查人', en: 'Reviewer' } },
      { name: 'reviewedAt', type: 'date', label: { zh: '审查日期', en: 'Reviewed at' } },
      { name: 'conclusion', type: 'select', options: selectOptions(SECRECY_CONCLUSION_LABELS), label: { zh: '审查结论', en: 'Conclusion' } },
      { name: 'basis', type: 'textarea', label: { zh: '审查依据', en: 'Basis' } },
      { name: 'notes', type: 'textarea', label: { zh: '备注', en: 'Notes' } },
    ],
  },
  {
    name: 'findings',
    type: 'json',
    access: serverOnly,
    label: { zh: '自动检查发现', en: 'Automatic findings' },
    // Shown by the review panel; the JSON editor would load its code from a CDN that intranets block.
    admin: { readOnly: true, hidden: true },
  },
  { name: 'findingsSignature', type: 'text', access: serverOnly, admin: { hidden: true } },
  {
    name: 'findingsAcknowledgement',
    type: 'group',
    access: serverOnly,
    label: { zh: '发现项确认', en: 'Findings acknowledged' },
    admin: { readOnly: true, condition: (data) => Boolean(data?.findingsAcknowledgement?.reason) },
    fields: [
      { name: 'reason', type: 'textarea', label: { zh: '仍予发布的理由', en: 'Reason' } },
      { name: 'by', type: 'relationship', relationTo: usersSlug, label: { zh: '确认人', en: 'By' } },
      { name: 'at', type: 'date', label: { zh: '确认时间', en: 'At' } },
      { name: 'signature', type: 'text', admin: { hidden: true } },
    ],
  },
  {
    name: 'revisionState',
    type: 'select',
    index: true,
    access: serverOnly,
    options: REVISION_STATES.map((state) => ({ value: state, label: WORKFLOW_STATE_LABELS[state] })),
    label: { zh: '待审更正', en: 'Pending correction' },
    admin: {
      readOnly: true,
      position: 'sidebar',
      condition: (data) => Boolean(data?.revisionState),
      description: { zh: '已发布的信息修改后须重新审核；审核发布前公众看到的仍是原版本', en: 'The public reads the published version until the correction is reviewed and published' },
    },
  },
  {
    name: 'revision',
    type: 'json',
    access: serverOnly,
    label: { zh: '更正内容', en: 'Correction' },
    // Shown by the review panel (the JSON editor would load its code from a CDN that intranets block).
    admin: { readOnly: true, hidden: true },
    validate: validateRevision,
  },
  {
    name: 'workflowHistory',
    type: 'json',
    access: serverOnly,
    label: { zh: '审核记录', en: 'Review history' },
    // One JSON value, not an array field: the history only grows and is read whole, and an array field
    // would be deleted and re-inserted row by row (and validated field by field) on every save of the
    // entry. Shown by the review panel, with its labels.
    admin: { readOnly: true, hidden: true },
    validate: validateHistory,
  },
]
