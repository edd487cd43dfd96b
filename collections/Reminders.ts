import type { CollectionConfig } from 'payload'

import { departmentScopeWhere } from '../access/departmentScope.js'
import { isOffice } from '../access/isOffice.js'
import { nobody } from '../access/staff.js'
import { selectOptions } from '../src/labels.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'
import { REMINDER_DELIVERY_LABELS, REMINDER_KIND_LABELS } from '../src/reminders/compose.js'

/**
 * The reminder outbox (催办提醒): one row per record, kind and Beijing day, written by the daily job.
 * With an email adapter configured the row says whether the mail went out; without one the row is the
 * reminder (shown on the dashboard), never a silent no-op.
 */
export const remindersCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.reminders,
  labels: {
    singular: { zh: '催办提醒', en: 'Reminder' },
    plural: { zh: '催办提醒', en: 'Reminders' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['day', 'kind', 'subject', 'department', 'delivery'],
    group: { zh: '政务公开', en: 'Disclosure' },
  },
  defaultSort: '-day',
  indexes: [{ fields: ['entryCollection', 'entryId', 'kind', 'day'], unique: true }],
  access: {
    read: ({ req }) => departmentScopeWhere(req.user),
    // Written by the server only; the office may clear old rows.
    create: nobody,
    update: nobody,
    delete: isOffice,
  },
  fields: [
    { name: 'day', type: 'text', required: true, index: true, label: { zh: '提醒日期', en: 'Day' }, admin: { readOnly: true } },
    { name: 'kind', type: 'select', required: true, options: selectOptions(REMINDER_KIND_LABELS), label: { zh: '类型', en: 'Kind' }, admin: { readOnly: true } },
    // The entry reminded of: a record, policy document or interpretation (collection and id).
    { name: 'entryCollection', type: 'text', required: true, label: { zh: '信息类别', en: 'Collection' }, admin: { readOnly: true } },
    { name: 'entryId', type: 'text', required: true, index: true, label: { zh: '信息ID', en: 'Entry id' }, admin: { readOnly: true } },
    { name: 'department', type: 'relationship', relationTo: options.slugs.departments, required: true, index: true, label: { zh: '责任部门', en: 'Department' }, admin: { readOnly: true } },
    { name: 'dueDate', type: 'text', label: { zh: '应公开日期', en: 'Due date' }, admin: { readOnly: true } },
    { name: 'workingDaysLeft', type: 'number', label: { zh: '剩余工作日（负数为超期）', en: 'Working days left (negative: overdue)' }, admin: { readOnly: true } },
    { name: 'subject', type: 'text', required: true, label: { zh: '标题', en: 'Subject' }, admin: { readOnly: true } },
    { name: 'message', type: 'textarea', label: { zh: '内容', en: 'Message' }, admin: { readOnly: true } },
    { name: 'recipients', type: 'textarea', label: { zh: '收件人', en: 'Recipients' }, admin: { readOnly: true } },
    { name: 'delivery', type: 'select', required: true, options: selectOptions(REMINDER_DELIVERY_LABELS), label: { zh: '发送情况', en: 'Delivery' }, admin: { readOnly: true } },
    { name: 'error', type: 'text', label: { zh: '发送错误', en: 'Delivery error' }, admin: { readOnly: true } },
  ],
})
