import type { CollectionConfig, Field } from 'payload'

import { createInOwnDepartment, readOwnDepartmentOrPublic, trashOwnDepartment, writeOwnDepartment } from '../access/departmentScoped.js'
import { isStaff } from '../access/staff.js'
import { serverWritten } from '../access/serverWritten.js'
import { publicPublishedWhere } from '../access/publicPublishedOnly.js'
import { attachmentsOfOwnDepartment, syncAttachmentVisibility, syncAttachmentVisibilityOnDelete } from '../hooks/attachments.js'
import { catalogDomainHook } from '../hooks/catalogDomain.js'
import { keepPublishedVersion } from '../hooks/corrections.js'
import { computeDeadlineHook } from '../hooks/computeDeadline.js'
import { deadlineStateHook } from '../hooks/deadlineState.js'
import { departmentGuard } from '../hooks/departmentGuard.js'
import { entryDatesHook } from '../hooks/entryDates.js'
import { assignIndexNumber, refuseIndexNumberInput } from '../hooks/indexNumber.js'
import { attributeReasonHook, publicationHook } from '../hooks/publication.js'
import { relationExists, selectNotEmpty } from '../src/services/fieldValidators.js'
import { selectOptions } from '../src/labels.js'
import { entrySlugs, type ResolvedDisclosureOptions } from '../src/options.js'
import type { DeadlineRuleKey } from '../src/deadlines/rules.js'
import { ATTRIBUTE_BASES } from '../src/disclosure/attributeBases.js'
import { PUBLIC_ATTRIBUTE_LABELS, RECORD_STATUS_LABELS } from '../src/public-attribute.js'
import { deadlineFields } from './deadlineFields.js'
import { scanEntryFindings } from '../hooks/findings.js'
import { workflowGuard } from '../hooks/workflow.js'
import { workflowFields } from './workflowFields.js'

/** What differs between the kinds of published entries (records, policy documents, interpretations). */
export interface EntryKind {
  slug: string
  /** label of the title field */
  titleLabel: { zh: string; en: string }
  /** label of the owning department */
  departmentLabel?: { zh: string; en: string }
  /** a deadline rule of its own, whatever the information type (interpretations: 3 working days) */
  fixedRule?: DeadlineRuleKey
}

/**
 * The part every published entry shares: ownership ("谁制作、谁公开"), 索引号, 公开属性, the review state,
 * catalog item and domain, body and attachments, timeliness and the review record. Disclosure records,
 * policy documents and interpretations are built on it, so each rule is written once.
 */
export const entryFields = (options: ResolvedDisclosureOptions, kind: EntryKind): Field[] => [
  {
    name: 'title',
    type: 'text',
    required: true,
    maxLength: options.maxTitleLength,
    label: kind.titleLabel,
  },
  {
    name: 'indexNumber',
    type: 'text',
    unique: true,
    index: true,
    label: { zh: '索引号', en: 'Index number' },
    admin: { readOnly: true, position: 'sidebar', description: { zh: '首次保存时由系统分配，此后不变', en: 'Assigned on first save; never changes' } },
  },
  {
    name: 'department',
    type: 'relationship',
    relationTo: options.slugs.departments,
    required: true,
    index: true,
    validate: relationExists(),
    label: kind.departmentLabel ?? { zh: '责任部门', en: 'Department' },
    admin: {
      position: 'sidebar',
      description: { zh: '谁制作、谁公开：默认为本人所在部门。', en: 'Defaults to your own department.' },
    },
  },
  {
    name: 'publicAttribute',
    type: 'select',
    defaultValue: 'proactive',
    validate: selectNotEmpty,
    index: true,
    options: selectOptions(PUBLIC_ATTRIBUTE_LABELS),
    label: { zh: '公开属性', en: 'Disclosure attribute' },
    admin: { position: 'sidebar' },
  },
  {
    name: 'status',
    type: 'select',
    defaultValue: 'draft',
    validate: selectNotEmpty,
    index: true,
    options: selectOptions(RECORD_STATUS_LABELS),
    label: { zh: '状态', en: 'Status' },
    // Changed only by the review actions (the panel below), never by editing the field.
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'publishedAt',
    type: 'date',
    label: { zh: '发布时间', en: 'Published at' },
    access: serverWritten(),
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'correctedAt',
    type: 'date',
    label: { zh: '更正时间', en: 'Corrected at' },
    access: serverWritten(),
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' }, condition: (data) => Boolean(data?.correctedAt) },
  },
  {
    name: 'catalogItem',
    type: 'relationship',
    relationTo: options.slugs.catalogItems,
    index: true,
    validate: relationExists(),
    label: { zh: '公开目录事项', en: 'Catalog item' },
    admin: { description: { zh: '主动公开的信息须对应目录事项后才能发布', en: 'Required before a proactive record is published' } },
  },
  {
    name: 'domain',
    type: 'relationship',
    relationTo: options.slugs.catalogDomains,
    index: true,
    access: serverWritten(),
    label: { zh: '领域', en: 'Domain' },
    admin: { readOnly: true, description: { zh: '取自目录事项', en: "From the catalog item" } },
  },
  {
    name: 'coDepartments',
    type: 'relationship',
    relationTo: options.slugs.departments,
    hasMany: true,
    index: true,
    validate: relationExists(),
    label: { zh: '协办部门', en: 'Co-departments' },
    admin: { description: { zh: '可查看，不可修改或发布（谁制作、谁公开）', en: 'May read the record; only the owning department edits or publishes it' } },
  },
  { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' } },
  {
    name: 'attachments',
    type: 'upload',
    relationTo: options.slugs.disclosureFiles,
    hasMany: true,
    label: { zh: '附件', en: 'Attachments' },
    admin: { description: { zh: 'PDF、Office文档或图片；只能附加本部门上传的文件', en: "PDF, Office documents or images uploaded by this record's department" } },
  },
  {
    name: 'attributeBasis',
    type: 'select',
    hasMany: true,
    options: selectOptions(ATTRIBUTE_BASES),
    label: { zh: '非主动公开的依据', en: 'Legal basis (not proactive)' },
    admin: { condition: (data) => Boolean(data?.publicAttribute) && data?.publicAttribute !== 'proactive' },
  },
  {
    name: 'attributeReason',
    type: 'textarea',
    label: { zh: '非主动公开的理由', en: 'Reason (not proactive)' },
    access: { read: isStaff },
    admin: { condition: (data) => Boolean(data?.publicAttribute) && data?.publicAttribute !== 'proactive' },
  },
  {
    name: 'lateReason',
    type: 'textarea',
    label: { zh: '超期说明', en: 'Late reason' },
    access: { read: isStaff },
    admin: { description: { zh: '超过应公开日期发布时必填', en: 'Required to publish after the due date' } },
  },
  {
    name: 'daysLate',
    type: 'number',
    label: { zh: '超期工作日数', en: 'Working days late' },
    access: serverWritten(isStaff),
    admin: { readOnly: true, position: 'sidebar' },
  },
  ...deadlineFields(),
  ...workflowFields({ usersSlug: options.usersSlug }),
]

/** The hooks of a published entry, in the order they must run. */
export const entryHooks = (options: ResolvedDisclosureOptions, kind: EntryKind): NonNullable<CollectionConfig['hooks']> => ({
  beforeValidate: [departmentGuard('department'), refuseIndexNumberInput],
  // Order matters: the deadline first, then publication is judged against it.
  beforeChange: [
    // First: it may move the entry back to `submitted`, which the hooks below then see.
    workflowGuard,
    entryDatesHook,
    attributeReasonHook,
    scanEntryFindings({ sensitiveWords: options.sensitiveWords, files: options.slugs.disclosureFiles }),
    catalogDomainHook({ catalogItems: options.slugs.catalogItems }),
    attachmentsOfOwnDepartment({ files: options.slugs.disclosureFiles }),
    computeDeadlineHook({ calendarDays: options.slugs.calendarDays, catalogItems: options.slugs.catalogItems, fixedRule: kind.fixedRule }),
    publicationHook({ calendarDays: options.slugs.calendarDays }),
    deadlineStateHook({ calendarDays: options.slugs.calendarDays, dueSoonWithin: options.dueSoonWithin }),
    // After every check of the revised content: a correction of a published entry is set aside for review.
    keepPublishedVersion,
    // Last: a serial is claimed only for a record that passed every other check.
    assignIndexNumber({ departments: options.slugs.departments, indexCounters: options.slugs.indexCounters, format: options.indexNumberFormat }),
  ],
  afterChange: [syncAttachmentVisibility({ records: entrySlugs(options), files: options.slugs.disclosureFiles })],
  afterDelete: [syncAttachmentVisibilityOnDelete({ records: entrySlugs(options), files: options.slugs.disclosureFiles })],
})

/** Access of a published entry: the owner's department writes, co-departments read, the public reads what is published. */
export const entryAccess = (): NonNullable<CollectionConfig['access']> => ({
  // Co-departments read a record they helped produce; only the owner edits or publishes it.
  // The public never sees the trash, even when it asks for it.
  read: readOwnDepartmentOrPublic({ and: [publicPublishedWhere(), { deletedAt: { exists: false } }] }, 'department', 'coDepartments'),
  create: createInOwnDepartment(['editor']),
  update: writeOwnDepartment(['editor', 'reviewer']),
  // Editors may move their own drafts to the trash; published entries are withdrawn, not deleted.
  delete: trashOwnDepartment(['editor'], { status: { equals: 'draft' } }),
})

/** Indexes of a published entry: the public lists, newest first, at any table size. */
export const ENTRY_INDEXES: NonNullable<CollectionConfig['indexes']> = [
  { fields: ['status', 'publicAttribute', 'domain', 'deletedAt', 'publishedAt', 'createdAt'] },
  { fields: ['status', 'publicAttribute', 'catalogItem', 'deletedAt', 'publishedAt', 'createdAt'] },
  { fields: ['status', 'publicAttribute', 'department', 'deletedAt', 'publishedAt', 'createdAt'] },
  { fields: ['status', 'publicAttribute', 'deletedAt', 'publishedAt', 'createdAt'] },
  // A department's records (the departments' join, newest first) without sorting them all.
  { fields: ['department', 'createdAt'] },
  ]
