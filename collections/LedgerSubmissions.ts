import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { readOwnDepartmentAsStaff } from '../access/departmentScope.js'
import { nobody } from '../access/staff.js'
import { writeOnce } from '../hooks/immutable.js'
import { ledgerBoardEndpoint, ledgerSubmitEndpoint, ledgerVerifyEndpoints } from '../src/endpoints/ledgerSubmissions.js'
import { XLSX_MIME } from '../src/ledger-runtime/respond.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'

const readOnly = { readOnly: true }

/**
 * 台账报送: a department's monthly ledger as submitted — the XLSX the server generated, its SHA-256, row
 * count and summary, and whether it came in by the due day. Written once by the submit endpoint and never
 * changed or deleted by anyone; a correction is a new revision pointing at the previous one, and every
 * revision stays downloadable.
 */
export const ledgerSubmissionsCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.ledgerSubmissions,
  labels: { singular: { zh: '台账报送', en: 'Ledger submission' }, plural: { zh: '台账报送', en: 'Ledger submissions' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['month', 'department', 'revision', 'nil', 'onTime', 'rowCount', 'submittedAt'],
    group: { zh: '政务公开', en: 'Disclosure' },
    description: {
      zh: `每月${options.ledger.dueDay}日前报送上月《政务信息公开台账》。报送后不可修改；更正会生成新版本。`,
      en: `Each month's ledger is due on day ${options.ledger.dueDay} of the next month. Submissions cannot be changed; a correction is a new revision.`,
    },
  },
  defaultSort: ['-month', 'department', '-revision'],
  disableDuplicate: true,
  lockDocuments: false,
  upload: {
    staticDir: path.join(options.filesDir, 'ledgers'),
    mimeTypes: [XLSX_MIME],
    disableLocalStorage: false,
  },
  indexes: [{ fields: ['department', 'month', 'revision'], unique: true }],
  access: { read: readOwnDepartmentAsStaff, create: nobody, update: nobody, delete: nobody },
  hooks: (() => {
    const once = writeOnce('已报送的台账不能修改或删除，请提交更正版本 / a submitted ledger cannot be changed or deleted; submit a corrected revision')
    return { beforeChange: [once.beforeChange], beforeDelete: [once.beforeDelete] }
  })(),
    // Endpoints stay when the plugin is disabled (only jobs and admin additions stop).
    endpoints: [ledgerSubmitEndpoint(options), ledgerBoardEndpoint(options), ...ledgerVerifyEndpoints(options)],
  fields: [
    { name: 'title', type: 'text', required: true, admin: readOnly, label: { zh: '标题', en: 'Title' } },
    { name: 'department', type: 'relationship', relationTo: options.slugs.departments, required: true, index: true, admin: readOnly, label: { zh: '报送部门', en: 'Department' } },
    { name: 'month', type: 'text', required: true, index: true, admin: readOnly, label: { zh: '台账月份', en: 'Month' } },
    { name: 'revision', type: 'number', required: true, min: 1, admin: readOnly, label: { zh: '版本', en: 'Revision' } },
    { name: 'previous', type: 'relationship', relationTo: options.slugs.ledgerSubmissions, admin: readOnly, label: { zh: '更正前版本', en: 'Previous revision' } },
    { name: 'correctionReason', type: 'textarea', admin: { ...readOnly, condition: (data) => Boolean(data?.previous) }, label: { zh: '更正说明', en: 'Correction reason' } },
    { name: 'nil', type: 'checkbox', defaultValue: false, admin: readOnly, label: { zh: '零报告', en: 'Nil return' } },
    { name: 'nilStatement', type: 'textarea', admin: { ...readOnly, condition: (data) => Boolean(data?.nil) }, label: { zh: '零报告说明', en: 'Nil statement' } },
    { name: 'rowCount', type: 'number', admin: readOnly, label: { zh: '条数', en: 'Rows' } },
    { name: 'summary', type: 'json', admin: { ...readOnly, hidden: true }, label: { zh: '汇总', en: 'Summary' } },
    { name: 'sha256', type: 'text', index: true, admin: readOnly, label: { zh: 'SHA-256校验值', en: 'SHA-256' } },
    { name: 'dueDate', type: 'text', admin: readOnly, label: { zh: '报送截止日', en: 'Due on' } },
    { name: 'onTime', type: 'checkbox', admin: readOnly, label: { zh: '按时报送', en: 'On time' } },
    { name: 'daysLate', type: 'number', admin: readOnly, label: { zh: '逾期天数', en: 'Days late' } },
    { name: 'submittedAt', type: 'date', admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } }, label: { zh: '报送时间', en: 'Submitted at' } },
    { name: 'submittedBy', type: 'relationship', relationTo: options.usersSlug, admin: readOnly, label: { zh: '报送人', en: 'Submitted by' } },
    { name: 'submittedByName', type: 'text', admin: readOnly, label: { zh: '报送人姓名', en: 'Submitted by (name)' } },
  ],
})
