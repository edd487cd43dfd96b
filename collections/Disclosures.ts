import type { CollectionConfig } from 'payload'

import { createInOwnDepartment, readOwnDepartmentOrPublic, writeOwnDepartment } from '../access/departmentScoped.js'
import { publicPublishedWhere } from '../access/publicPublishedOnly.js'
import { computeDeadlineHook } from '../hooks/computeDeadline.js'
import { departmentGuard } from '../hooks/departmentGuard.js'
import { stampPublishedAt } from '../hooks/stampPublishedAt.js'
import { relationExists, selectNotEmpty } from '../hooks/validators.js'
import { selectOptions } from '../src/labels.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'
import { PUBLIC_ATTRIBUTE_LABELS, RECORD_STATUS_LABELS } from '../src/public-attribute.js'
import { deadlineFields } from './deadlineFields.js'

/**
 * Disclosure records (公开信息). This is the foundation's skeleton: ownership, publication state and
 * the disclosure attribute, with the department-scoped access every later collection reuses.
 */
export const disclosuresCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.disclosures,
  labels: {
    singular: { zh: '公开信息', en: 'Disclosure record' },
    plural: { zh: '公开信息', en: 'Disclosure records' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'department', 'publicAttribute', 'status', 'dueDate', 'publishedAt'],
    group: { zh: '政务公开', en: 'Disclosure' },
  },
  access: {
    read: readOwnDepartmentOrPublic(publicPublishedWhere()),
    create: createInOwnDepartment(['editor']),
    update: writeOwnDepartment(['editor', 'reviewer']),
    // Editors may discard their own drafts; published entries are withdrawn, not deleted.
    delete: writeOwnDepartment(['editor'], { status: { equals: 'draft' } }),
  },
  hooks: {
    beforeValidate: [departmentGuard('department')],
    beforeChange: [stampPublishedAt, computeDeadlineHook(options.slugs.calendarDays)],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: options.maxTitleLength,
      label: { zh: '信息名称', en: 'Title' },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: options.slugs.departments,
      required: true,
      index: true,
      validate: relationExists(),
      label: { zh: '责任部门', en: 'Department' },
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
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: { zh: '发布时间', en: 'Published at' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    ...deadlineFields(),
  ],
})
