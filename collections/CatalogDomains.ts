import type { CollectionConfig } from 'payload'

import { isOffice } from '../access/isOffice.js'
import { publicReadsActive } from '../access/publicReadsActive.js'
import { preventDeleteWhenReferenced } from '../hooks/preventDeleteWhenReferenced.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'

/**
 * The key domains of the grassroots standard catalogs (26个重点领域基层政务公开标准目录), office-managed.
 * Localities may add their own (e.g. 乡村振兴 replacing 扶贫); a domain with items cannot be deleted.
 */
export const catalogDomainsCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.catalogDomains,
  labels: {
    singular: { zh: '公开领域', en: 'Catalog domain' },
    plural: { zh: '公开领域', en: 'Catalog domains' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['number', 'name', 'ministry', 'guidelineDoc', 'active'],
    group: { zh: '公开目录', en: 'Catalogs' },
    description: {
      zh: '26个重点领域基层政务公开标准目录的领域；可增加本地领域。有目录事项的领域不能删除，请改为停用。',
      en: 'The 26 key domains of the standard catalogs, plus any local ones. A domain with items cannot be deleted: deactivate it.',
    },
  },
  defaultSort: 'sortOrder',
  access: { read: publicReadsActive, create: isOffice, update: isOffice, delete: isOffice },
  hooks: {
    beforeDelete: [
      preventDeleteWhenReferenced(
        () => [{ collection: options.slugs.catalogItems, field: 'domain', label: '个目录事项 (catalog items)' }],
        '请改为停用。/ Deactivate the domain instead.',
      ),
    ],
  },
  fields: [
    {
      name: 'number',
      type: 'number',
      unique: true,
      min: 1,
      max: 999,
      label: { zh: '序号', en: 'Number' },
      admin: { description: { zh: '国家26个领域为1–26；本地领域可用27及以后', en: '1–26 for the national domains; 27+ for local ones' } },
    },
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 50, label: { zh: '领域名称', en: 'Name (Chinese)' } },
    { name: 'nameEn', type: 'text', maxLength: 120, label: { zh: '英文名称', en: 'Name (English)' } },
    { name: 'ministry', type: 'text', label: { zh: '牵头部委', en: 'Issuing ministry' } },
    { name: 'guidelineDoc', type: 'text', label: { zh: '标准指引文号', en: 'Guideline document number' } },
    { name: 'guidelineTitle', type: 'text', label: { zh: '标准指引名称', en: 'Guideline title' } },
    { name: 'guidelineDate', type: 'text', label: { zh: '印发日期', en: 'Issued on' } },
    { name: 'description', type: 'textarea', label: { zh: '说明', en: 'Description' } },
    {
      name: 'verification',
      type: 'textarea',
      label: { zh: '核实情况', en: 'Verification notes' },
      admin: { description: { zh: '上述部委、文号等信息的核实情况', en: 'How far the ministry and document facts above are verified' } },
    },
    { name: 'local', type: 'checkbox', defaultValue: false, label: { zh: '本地增设领域', en: 'Local domain' } },
    { name: 'sortOrder', type: 'number', defaultValue: 0, index: true, label: { zh: '排序', en: 'Sort order' }, admin: { position: 'sidebar' } },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: { zh: '启用', en: 'Active' }, admin: { position: 'sidebar' } },
    {
      name: 'items',
      type: 'join',
      collection: options.slugs.catalogItems,
      on: 'domain',
      defaultSort: 'sortOrder',
      label: { zh: '目录事项', en: 'Catalog items' },
    },
  ],
})
