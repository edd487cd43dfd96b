import type { Field } from 'payload'

import { isStaff, nobody } from '../access/staff.js'
import { selectOptions } from '../src/labels.js'
import { WORKFLOW_ACTIONS } from '../src/workflow/definition.js'
import { SECRECY_CONCLUSION_LABELS, WORKFLOW_STATE_LABELS } from '../src/workflow/states.js'

/** Written only by the workflow (through the transition endpoint) and read only by staff. */
const serverOnly = { create: nobody, update: nobody, read: isStaff }

const ACTION_LABELS = {
  submit: { zh: '提交审核', en: 'Submitted' },
  reviewAttribute: { zh: '公开属性审查', en: 'Attribute reviewed' },
  reviewSecrecy: { zh: '保密审查', en: 'Secrecy reviewed' },
  approve: { zh: '签发', en: 'Signed off' },
  publish: { zh: '发布', en: 'Published' },
  schedule: { zh: '定时发布', en: 'Scheduled' },
  return: { zh: '退回', en: 'Returned' },
  withdraw: { zh: '撤回', en: 'Withdrawn' },
  reopen: { zh: '重新编辑', en: 'Reopened' },
  'edited-after-review': { zh: '审核后修改，退回待审', en: 'Edited after review: back to submitted' },
} satisfies Record<(typeof WORKFLOW_ACTIONS)[number] | 'schedule' | 'edited-after-review', { zh: string; en: string }>

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
    name: 'workflowHistory',
    type: 'array',
    access: serverOnly,
    label: { zh: '审核记录', en: 'Review history' },
    labels: { singular: { zh: '记录', en: 'Entry' }, plural: { zh: '记录', en: 'Entries' } },
    admin: { readOnly: true, initCollapsed: true },
    fields: [
      { name: 'action', type: 'select', options: selectOptions(ACTION_LABELS), label: { zh: '操作', en: 'Action' } },
      { name: 'from', type: 'select', options: selectOptions(WORKFLOW_STATE_LABELS), label: { zh: '原状态', en: 'From' } },
      { name: 'to', type: 'select', options: selectOptions(WORKFLOW_STATE_LABELS), label: { zh: '新状态', en: 'To' } },
      { name: 'by', type: 'relationship', relationTo: usersSlug, label: { zh: '操作人', en: 'By' } },
      { name: 'byName', type: 'text', label: { zh: '操作人姓名', en: 'By (name)' } },
      { name: 'at', type: 'date', label: { zh: '时间', en: 'At' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'comment', type: 'textarea', label: { zh: '意见', en: 'Comment' } },
    ],
  },
]
