import type { Access, CollectionConfig } from 'payload'

import { seesEveryDepartment } from '../access/departmentScope.js'
import { nobody } from '../access/staff.js'
import { selectOptions } from '../src/labels.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'

export const IMPORT_STATUS_LABELS = {
  queued: { zh: '排队中', en: 'Queued' },
  running: { zh: '导入中', en: 'Running' },
  succeeded: { zh: '已完成', en: 'Succeeded' },
  failed: { zh: '失败（未写入）', en: 'Failed (nothing written)' },
} as const

/** Office and auditors see every import; others see the imports they started. */
const readImports: Access = ({ req }) => {
  const user = req.user
  if (!user) return false
  if (seesEveryDepartment(user)) return true
  return { requestedBy: { equals: user.id } }
}


/**
 * Catalog imports run as jobs (large files): their status, counts and row report, shown in the admin.
 * Written only by the import endpoint and its job.
 */
export const catalogImportsCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.catalogImports,
  labels: {
    singular: { zh: '目录导入', en: 'Catalog import' },
    plural: { zh: '目录导入', en: 'Catalog imports' },
  },
  admin: {
    useAsTitle: 'fileName',
    defaultColumns: ['fileName', 'domain', 'status', 'progress', 'requestedBy', 'createdAt'],
    group: { zh: '公开目录', en: 'Catalogs' },
    description: {
      zh: '较大的目录文件在后台导入。导入在一个事务中完成：要么全部写入，要么什么也不写。',
      en: 'Large catalog files are imported in the background, in one transaction: all of it or nothing.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: readImports, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'fileName', type: 'text', label: { zh: '文件', en: 'File' } },
    { name: 'domain', type: 'relationship', relationTo: options.slugs.catalogDomains, label: { zh: '领域', en: 'Domain' } },
    { name: 'requestedBy', type: 'relationship', relationTo: options.usersSlug, index: true, label: { zh: '导入人', en: 'Requested by' } },
    { name: 'status', type: 'select', options: selectOptions(IMPORT_STATUS_LABELS), defaultValue: 'queued', index: true, label: { zh: '状态', en: 'Status' } },
    { name: 'progress', type: 'text', label: { zh: '进度', en: 'Progress' } },
    { name: 'total', type: 'number', label: { zh: '待写入行数', en: 'Rows to write' } },
    { name: 'created', type: 'number', label: { zh: '新增', en: 'Created' } },
    { name: 'updated', type: 'number', label: { zh: '更新', en: 'Updated' } },
    { name: 'summary', type: 'json', label: { zh: '检查结果', en: 'Check summary' } },
    { name: 'plan', type: 'json', label: { zh: '逐行计划', en: 'Row plan' }, admin: { description: { zh: '每一行将新增、更新或保持不变', en: 'What each row creates, updates or leaves' } } },
    { name: 'error', type: 'textarea', label: { zh: '错误', en: 'Error' } },
    { name: 'startedAt', type: 'date', label: { zh: '开始时间', en: 'Started at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', label: { zh: '完成时间', en: 'Finished at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
})
