import type { CollectionConfig } from 'payload'

import { isDepartmentStaff, readOwnDepartmentAsStaff } from '../access/departmentScope.js'
import { isOffice, isOfficeUser } from '../access/isOffice.js'
import { ownDepartmentWhere } from '../access/ownDepartment.js'
import { readOnlyForAuditors } from '../access/readOnlyForAuditors.js'
import { nobody } from '../access/staff.js'
import { serverWritten } from '../access/serverWritten.js'
import { beijingDateField } from './beijingDateField.js'
import { requestClockHook, requestDefaultsHook, requestDepartmentGuard } from '../hooks/requests.js'
import { relationExists, selectNotEmpty } from '../src/services/fieldValidators.js'
import { replyLetterEndpoint, requestStatusEndpoint, requestSubmitEndpoint } from '../src/endpoints/requests.js'
import { selectOptions } from '../src/labels.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'
import { APPLICANT_TYPE_LABELS, OUTCOMES, REQUEST_CHANNEL_LABELS, type Outcome } from '../src/requests/categories.js'
import { REQUEST_EVENT_LABELS, REQUEST_STATUS_LABELS, ID_DOCUMENT_LABELS } from '../src/requests/labels.js'

const serverSet = serverWritten()
const readOnly = { readOnly: true }

const OUTCOME_OPTIONS = (Object.keys(OUTCOMES) as Outcome[]).map((value) => ({ value, label: { zh: OUTCOMES[value].zh, en: OUTCOMES[value].en } }))

/**
 * 依申请公开: an application, its handling department, and its clock as a list of events (补正, consultations,
 * extension, reply). The due date, days used and left, and the explanation are derived from the events by
 * the request clock, never entered. The applicant's identity and contact are staff-only; the public only
 * submits through `POST /submit` and checks status with the tracking number and contact.
 */
export const disclosureRequestsCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.disclosureRequests,
  labels: { singular: { zh: '依申请公开', en: 'Disclosure request' }, plural: { zh: '依申请公开', en: 'Disclosure requests' } },
  admin: {
    useAsTitle: 'trackingNumber',
    defaultColumns: ['trackingNumber', 'applicantName', 'department', 'receivedOn', 'dueDate', 'status', 'outcome'],
    group: { zh: '依申请公开', en: 'Requests' },
  },
  defaultSort: '-receivedOn',
  indexes: [{ fields: ['department', 'dueDate'] }, { fields: ['status', 'dueDate'] }],
  access: {
    read: readOwnDepartmentAsStaff,
    // Paper and in-person requests are entered by the office; the public uses the submit endpoint.
    create: readOnlyForAuditors(isOffice),
    update: readOnlyForAuditors(({ req }) => (isOfficeUser(req.user) ? true : isDepartmentStaff(req.user) ? ownDepartmentWhere(req.user) : false)),
    delete: isOffice,
  },
  hooks: {
    beforeValidate: [requestDepartmentGuard],
    beforeChange: [requestDefaultsHook(options), requestClockHook(options)],
  },
    // Endpoints stay when the plugin is disabled (only jobs and admin additions stop).
    endpoints: [requestSubmitEndpoint(options), requestStatusEndpoint(options), replyLetterEndpoint(options)],
  fields: [
    {
      name: 'trackingNumber',
      type: 'text',
      unique: true,
      index: true,
      access: serverSet,
      label: { zh: '申请编号', en: 'Tracking number' },
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      index: true,
      access: serverSet,
      options: selectOptions(REQUEST_STATUS_LABELS),
      label: { zh: '办理状态', en: 'Status' },
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: options.slugs.departments,
      index: true,
      validate: relationExists(),
      label: { zh: '承办部门', en: 'Handling department' },
      admin: { position: 'sidebar', description: { zh: '由政务公开办分派；部门只办理分派给本部门的申请', en: 'Assigned by the office' } },
    },
    {
      type: 'collapsible',
      label: { zh: '申请人', en: 'Applicant' },
      fields: [
        { name: 'applicantType', type: 'select', required: true, validate: selectNotEmpty, options: selectOptions(APPLICANT_TYPE_LABELS), label: { zh: '申请人类型', en: 'Applicant type' } },
        { name: 'applicantName', type: 'text', required: true, maxLength: 200, label: { zh: '姓名或名称', en: 'Name' } },
        {
          name: 'idDocument',
          type: 'group',
          label: { zh: '身份证件', en: 'Identity document' },
          fields: [
            { name: 'type', type: 'select', options: selectOptions(ID_DOCUMENT_LABELS), label: { zh: '证件类型', en: 'Type' } },
            { name: 'number', type: 'text', maxLength: 100, label: { zh: '证件号码', en: 'Number' } },
          ],
        },
        {
          name: 'contact',
          type: 'group',
          label: { zh: '联系方式', en: 'Contact' },
          fields: [
            { name: 'phone', type: 'text', maxLength: 50, label: { zh: '电话', en: 'Phone' } },
            { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'Email' } },
            { name: 'address', type: 'text', maxLength: 300, label: { zh: '通信地址', en: 'Address' } },
            { name: 'postcode', type: 'text', maxLength: 10, label: { zh: '邮政编码', en: 'Postcode' } },
          ],
        },
      ],
    },
    { name: 'description', type: 'textarea', required: true, maxLength: 5000, label: { zh: '所需政府信息的名称、文号或便于查询的其他特征性描述', en: 'Information sought' } },
    { name: 'purpose', type: 'textarea', maxLength: 2000, label: { zh: '用途（选填）', en: 'Purpose (optional)' } },
    {
      type: 'collapsible',
      label: { zh: '收到申请（条例第三十一条）', en: 'Receipt (Art. 31)' },
      fields: [
        { name: 'channel', type: 'select', required: true, validate: selectNotEmpty, options: selectOptions(REQUEST_CHANNEL_LABELS), label: { zh: '提交方式', en: 'Channel' } },
        beijingDateField({ name: 'submittedOn', required: true, label: { zh: '提交日期', en: 'Submitted on' } }),
        beijingDateField({ name: 'signedForOn', label: { zh: '签收日期（邮寄）', en: 'Signed for on (mail)' } }),
        beijingDateField({ name: 'confirmedOn', label: { zh: '确认日期（平信、网络、传真）', en: 'Confirmed on (letter, online, fax)' } }),
      ],
    },
    {
      name: 'events',
      type: 'array',
      label: { zh: '办理过程', en: 'Clock events' },
      labels: { singular: { zh: '事件', en: 'Event' }, plural: { zh: '事件', en: 'Events' } },
      admin: { description: { zh: '补正告知、收到补正、征求意见开始/结束、延期、答复——答复期限据此自动计算', en: 'The due date is derived from these events' } },
      fields: [
        { name: 'type', type: 'select', required: true, options: selectOptions(REQUEST_EVENT_LABELS), label: { zh: '事件', en: 'Event' } },
        beijingDateField({ name: 'on', required: true, label: { zh: '日期', en: 'Date' } }),
        { name: 'days', type: 'number', label: { zh: '延长工作日数', en: 'Extension (working days)' }, admin: { condition: (_, sibling) => sibling?.type === 'extension-approved' } },
        { name: 'approver', type: 'text', maxLength: 100, label: { zh: '批准人', en: 'Approved by' }, admin: { condition: (_, sibling) => sibling?.type === 'extension-approved' } },
        { name: 'party', type: 'select', options: [{ value: 'third-party', label: { zh: '第三方', en: 'Third party' } }, { value: 'agency', label: { zh: '其他机关', en: 'Other agency' } }], label: { zh: '征求对象', en: 'Consulted' }, admin: { condition: (_, sibling) => sibling?.type === 'consultation-opened' } },
        { name: 'consultation', type: 'text', maxLength: 50, label: { zh: '征求意见编号', en: 'Consultation id' }, admin: { condition: (_, sibling) => String(sibling?.type ?? '').startsWith('consultation') } },
        { name: 'note', type: 'textarea', maxLength: 2000, label: { zh: '说明', en: 'Note' } },
      ],
    },
    { name: 'outcome', type: 'select', index: true, options: OUTCOME_OPTIONS, label: { zh: '办理结果', en: 'Outcome' }, admin: { description: { zh: '与年度报告的分类一致；答复时必填', en: 'As in the annual report; required with the reply' } } },
    { name: 'outcomeReason', type: 'textarea', maxLength: 5000, label: { zh: '理由（不予公开、无法提供、不予处理时必填）', en: 'Reason' } },
    { name: 'replyLetter', type: 'upload', relationTo: options.slugs.disclosureFiles, access: serverSet, label: { zh: '答复告知书', en: 'Reply letter' }, admin: readOnly },
    beijingDateField({ name: 'receivedOn', index: true, access: serverSet, label: { zh: '收到申请日期', en: 'Received on' }, admin: { ...readOnly, position: 'sidebar' } }),
    beijingDateField({ name: 'dueDate', index: true, access: serverSet, label: { zh: '答复期限', en: 'Reply due' }, admin: { ...readOnly, position: 'sidebar' } }),
    beijingDateField({ name: 'closedOn', index: true, access: serverSet, label: { zh: '答复日期', en: 'Replied on' }, admin: { ...readOnly, position: 'sidebar' } }),
    { name: 'daysUsed', type: 'number', access: serverSet, label: { zh: '已用工作日', en: 'Working days used' }, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'pausedDays', type: 'number', access: serverSet, label: { zh: '不计入期限的工作日', en: 'Paused working days' }, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'clockExplain', type: 'textarea', access: serverSet, label: { zh: '期限计算说明', en: 'How the due date was computed' }, admin: readOnly },
    { name: 'clockWarnings', type: 'json', access: serverSet, label: { zh: '提醒', en: 'Warnings' }, admin: { ...readOnly, hidden: true } },
    { name: 'submittedOnline', type: 'checkbox', access: serverSet, label: { zh: '网上提交', en: 'Submitted online' }, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'submitterKey', type: 'text', index: true, access: { ...serverSet, read: nobody }, admin: { hidden: true } },
  ],
})
