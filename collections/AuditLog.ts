import type { CollectionConfig } from 'payload'

import { isAuditor } from '../access/isAuditor.js'
import { isOffice } from '../access/isOffice.js'
import { nobody } from '../access/staff.js'
import { AUDIT_LOG_MARKER, type AuditLogMarker } from '../src/services/auditLog.js'
import { writeOnce } from '../hooks/immutable.js'
import { AUDIT_ACTION_LABELS } from '../src/audit/actions.js'
import { auditExportEndpoint } from '../src/endpoints/auditExport.js'
import { selectOptions } from '../src/labels.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'

/** 403 for any change to an entry once written: the log is append-only, even for the server. */
const appendOnly = writeOnce('审计日志只能追加，不能修改或删除 / the audit log is append-only: entries cannot be changed or deleted')

const readOnly = { readOnly: true }

/**
 * The audit log (审计日志): who did what to which record, when and from where. Entries are snapshots (text,
 * not relationships), so deleting a user or a department never changes the log. Written only by the server
 * (hooks/audit.ts, src/services/auditLog.ts); nobody — not even the server with overrideAccess — updates or
 * deletes an entry. The office and auditors read it, filter it with `where` and export it as CSV.
 */
export const auditLogCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.auditLog,
  labels: {
    singular: { zh: '审计日志', en: 'Audit log entry' },
    plural: { zh: '审计日志', en: 'Audit log' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'action', 'userEmail', 'departmentName', 'collection', 'documentTitle', 'ip'],
    group: { zh: '政务公开', en: 'Disclosure' },
    description: {
      zh: '系统自动记录的操作日志，只能追加，任何人不能修改或删除。可按用户、部门、数据集合、操作和时间筛选，并导出CSV（/api/audit-log/export.csv）。',
      en: 'Written by the system, append-only: nobody can change or delete an entry. Filter by user, department, collection, action and time; export as CSV.',
    },
  },
  custom: { [AUDIT_LOG_MARKER]: { departments: options.slugs.departments } satisfies AuditLogMarker },
  defaultSort: '-at',
  disableDuplicate: true,
  lockDocuments: false,
  indexes: [{ fields: ['collection', 'documentId'] }],
  access: {
    read: (args) => isOffice(args) || isAuditor(args),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  hooks: {
    // Data guards stay on even when the plugin is disabled.
    beforeChange: [appendOnly.beforeChange],
    beforeDelete: [appendOnly.beforeDelete],
  },
    // Endpoints stay when the plugin is disabled (only jobs and admin additions stop).
    endpoints: [auditExportEndpoint(options)],
  fields: [
    { name: 'summary', type: 'text', label: { zh: '摘要', en: 'Summary' }, admin: readOnly },
    { name: 'action', type: 'select', required: true, index: true, options: selectOptions(AUDIT_ACTION_LABELS), label: { zh: '操作', en: 'Action' }, admin: readOnly },
    { name: 'at', type: 'date', required: true, index: true, label: { zh: '时间', en: 'At' }, admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' } } },
    {
      type: 'row',
      fields: [
        { name: 'userId', type: 'text', index: true, label: { zh: '用户ID', en: 'User id' }, admin: readOnly },
        { name: 'userEmail', type: 'text', index: true, label: { zh: '用户', en: 'User' }, admin: readOnly },
        { name: 'roles', type: 'text', label: { zh: '角色', en: 'Roles' }, admin: readOnly },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'departmentId', type: 'text', index: true, label: { zh: '部门ID', en: 'Department id' }, admin: readOnly },
        { name: 'departmentName', type: 'text', label: { zh: '部门', en: 'Department' }, admin: readOnly },
        { name: 'ip', type: 'text', label: { zh: 'IP地址', en: 'IP address' }, admin: readOnly },
      ],
    },
    {
      type: 'row',
      fields: [
        // No index of its own: the (collection, documentId) index serves lookups by collection too.
        { name: 'collection', type: 'text', label: { zh: '数据集合', en: 'Collection' }, admin: readOnly },
        { name: 'documentId', type: 'text', index: true, label: { zh: '记录ID', en: 'Document id' }, admin: readOnly },
        { name: 'documentTitle', type: 'text', label: { zh: '记录名称', en: 'Document title' }, admin: readOnly },
      ],
    },
    {
      name: 'changes',
      type: 'json',
      label: { zh: '变更内容', en: 'Changes' },
      admin: { ...readOnly, description: { zh: '[{ field, from, to }]：富文本、数组、附件等只记字段名', en: '[{ field, from, to }]; rich text, arrays and uploads by name only' } },
    },
    { name: 'details', type: 'json', label: { zh: '详情', en: 'Details' }, admin: readOnly },
  ],
})
