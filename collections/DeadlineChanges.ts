import type { CollectionConfig } from 'payload'

import { readOwnDepartmentOrPublic } from '../access/departmentScoped.js'
import { nobody } from '../access/staff.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'


/**
 * The trail of due dates moved by calendar changes: which record, from which date to which, and why.
 * Written only by the re-computation job; office and auditors read all, departments their own.
 */
export const deadlineChangesCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.deadlineChanges,
  labels: {
    singular: { zh: '时限重算记录', en: 'Deadline change' },
    plural: { zh: '时限重算记录', en: 'Deadline changes' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'oldDueDate', 'newDueDate', 'reason', 'createdAt'],
    group: { zh: '系统', en: 'System' },
  },
  access: {
    // Never public: the "public" part of the rule matches nothing.
    read: readOwnDepartmentOrPublic({ id: { exists: false } }),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'collectionSlug', type: 'text', required: true, label: { zh: '集合', en: 'Collection' } },
    { name: 'documentId', type: 'text', required: true, index: true, label: { zh: '记录ID', en: 'Document id' } },
    { name: 'title', type: 'text', label: { zh: '信息名称', en: 'Title' } },
    { name: 'department', type: 'relationship', relationTo: options.slugs.departments, index: true, label: { zh: '责任部门', en: 'Department' } },
    { name: 'oldDueDate', type: 'text', label: { zh: '原应公开日期', en: 'Old due date' } },
    { name: 'newDueDate', type: 'text', label: { zh: '新应公开日期', en: 'New due date' } },
    { name: 'reason', type: 'text', label: { zh: '原因', en: 'Reason' } },
    { name: 'explanation', type: 'textarea', label: { zh: '计算说明', en: 'Explanation' } },
  ],
})
