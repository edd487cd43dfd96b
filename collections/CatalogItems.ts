import type { CollectionConfig, Field } from 'payload'

import { createInOwnDepartment, writeOwnDepartment } from '../access/departmentScoped.js'
import { isStaff } from '../access/staff.js'
import { serverWritten } from '../access/serverWritten.js'
import { isOffice } from '../access/isOffice.js'
import { publicReadsActive } from '../access/publicReadsActive.js'
import { catalogItemDerived } from '../hooks/catalogItemDerived.js'
import { propagateCatalogDomain } from '../hooks/catalogDomain.js'
import { departmentGuard } from '../hooks/departmentGuard.js'
import { relationExists } from '../src/services/fieldValidators.js'
import { CATALOG_TEXT_LIMITS } from '../src/catalog/limits.js'
import { catalogExportEndpoint } from '../src/endpoints/catalogExport.js'
import { catalogImportEndpoint } from '../src/endpoints/catalogImport.js'
import { AUDIENCES, CHANNELS, LEVELS, MODES } from '../src/catalog-io/vocabulary.js'
import { NON_COMPUTABLE_NOTES, TRIGGER_LABELS } from '../src/deadlines/timeLimit.js'
import { selectOptions } from '../src/labels.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'

const vocabularyOptions = (entries: readonly { value: string; label: string; en: string }[]) =>
  entries.map((entry) => ({ value: entry.value, label: { zh: entry.label, en: entry.en } }))


const timeLimitRuleField: Field = {
  name: 'timeLimitRule',
  type: 'group',
  label: { zh: '公开时限规则（由公开时限解析）', en: 'Time-limit rule (parsed from the wording)' },
  admin: {
    description: {
      zh: '保存时由“公开时限”原文自动解析；如解析不符，勾选“人工指定时限规则”后修改。',
      en: 'Parsed from the wording on save; tick "override" to set it by hand.',
    },
  },
  fields: [
    { name: 'computable', type: 'checkbox', label: { zh: '可计算截止日期', en: 'Has a computable due date' } },
    {
      name: 'trigger',
      type: 'select',
      options: selectOptions(TRIGGER_LABELS),
      label: { zh: '起算事件', en: 'Period starts when' },
      admin: { condition: (_, sibling) => Boolean(sibling?.computable) },
    },
    { name: 'amount', type: 'number', min: 1, label: { zh: '期限', en: 'Amount' }, admin: { condition: (_, sibling) => Boolean(sibling?.computable) } },
    {
      name: 'unit',
      type: 'select',
      options: [
        { value: 'working', label: { zh: '工作日', en: 'working days' } },
        { value: 'calendar', label: { zh: '自然日', en: 'calendar days' } },
      ],
      label: { zh: '单位', en: 'Unit' },
      admin: { condition: (_, sibling) => Boolean(sibling?.computable) },
    },
    {
      name: 'kind',
      type: 'select',
      options: selectOptions(NON_COMPUTABLE_NOTES),
      label: { zh: '不可计算的类型', en: 'Kind of non-computable limit' },
      admin: { condition: (_, sibling) => !sibling?.computable },
    },
    {
      name: 'cadence',
      type: 'select',
      options: [
        { value: 'monthly', label: { zh: '按月', en: 'monthly' } },
        { value: 'quarterly', label: { zh: '按季度', en: 'quarterly' } },
        { value: 'yearly', label: { zh: '按年度', en: 'yearly' } },
      ],
      label: { zh: '周期', en: 'Cadence' },
      admin: { condition: (_, sibling) => !sibling?.computable },
    },
    { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Note' } },
  ],
}

/**
 * Catalog items (目录事项): one disclosure obligation each, with the official columns of the standard
 * catalogs. Versions keep every change of an obligation; `lastEditedBy` records who made it.
 */
export const catalogItemsCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.catalogItems,
  labels: {
    singular: { zh: '目录事项', en: 'Catalog item' },
    plural: { zh: '目录事项', en: 'Catalog items' },
  },
  admin: {
    useAsTitle: 'l2',
    defaultColumns: ['domain', 'l1', 'l2', 'timeLimit', 'departments', 'active'],
    group: { zh: '公开目录', en: 'Catalogs' },
    listSearchableFields: ['l1', 'l2', 'l3', 'content', 'subject'],
  },
  defaultSort: 'sortOrder',
  versions: { maxPerDoc: 100 },
  // A disabled plugin serves no endpoints.
    // Endpoints stay when the plugin is disabled (only jobs and admin additions stop).
    endpoints: [catalogImportEndpoint(options), catalogExportEndpoint(options)],
  access: {
    read: publicReadsActive,
    create: createInOwnDepartment(['editor']),
    update: writeOwnDepartment(['editor'], undefined, 'departments'),
    delete: isOffice,
    readVersions: isStaff,
  },
  hooks: {
    beforeValidate: [departmentGuard('departments', { hasMany: true })],
    beforeChange: [catalogItemDerived],
    afterChange: [propagateCatalogDomain({ collections: [options.slugs.disclosures] })],
  },
  fields: [
    {
      name: 'domain',
      type: 'relationship',
      relationTo: options.slugs.catalogDomains,
      required: true,
      index: true,
      validate: relationExists(),
      label: { zh: '所属领域', en: 'Domain' },
    },
    {
      type: 'row',
      fields: [
        { name: 'l1', type: 'text', required: true, maxLength: CATALOG_TEXT_LIMITS.l1.max, index: true, label: { zh: '一级事项', en: 'Level-1 item' } },
        { name: 'l2', type: 'text', required: true, maxLength: CATALOG_TEXT_LIMITS.l2.max, label: { zh: '二级事项', en: 'Level-2 item' } },
        { name: 'l3', type: 'text', maxLength: CATALOG_TEXT_LIMITS.l3.max, label: { zh: '三级事项', en: 'Level-3 item' } },
      ],
    },
    { name: 'content', type: 'textarea', required: true, label: { zh: '公开内容（要素）', en: 'Content to disclose' } },
    { name: 'basis', type: 'textarea', label: { zh: '公开依据', en: 'Legal basis' } },
    {
      name: 'basisRefs',
      type: 'array',
      label: { zh: '依据（结构化）', en: 'Basis references' },
      access: serverWritten(),
      admin: { readOnly: true, description: { zh: '由“公开依据”自动提取', en: 'Extracted from the legal basis text' } },
      fields: [
        { name: 'law', type: 'text', label: { zh: '法规', en: 'Law' } },
        { name: 'articles', type: 'text', hasMany: true, label: { zh: '条款', en: 'Articles' } },
      ],
    },
    { name: 'timeLimit', type: 'text', maxLength: CATALOG_TEXT_LIMITS.timeLimit.max, label: { zh: '公开时限', en: 'Time limit (verbatim)' } },
    {
      name: 'timeLimitOverride',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '人工指定时限规则', en: 'Override the parsed rule' },
    },
    timeLimitRuleField,
    { name: 'subject', type: 'text', maxLength: CATALOG_TEXT_LIMITS.subject.max, label: { zh: '公开主体', en: 'Disclosing body (text)' } },
    {
      name: 'departments',
      type: 'relationship',
      relationTo: options.slugs.departments,
      hasMany: true,
      index: true,
      validate: relationExists(),
      label: { zh: '责任部门', en: 'Responsible departments' },
    },
    {
      name: 'channels',
      type: 'select',
      hasMany: true,
      options: vocabularyOptions(CHANNELS),
      label: { zh: '公开渠道和载体', en: 'Channels' },
    },
    { name: 'channelsOther', type: 'text', label: { zh: '其他渠道', en: 'Other channels' } },
    { name: 'audience', type: 'select', hasMany: true, options: vocabularyOptions(AUDIENCES), label: { zh: '公开对象', en: 'Audience' } },
    { name: 'mode', type: 'select', hasMany: true, options: vocabularyOptions(MODES), label: { zh: '公开方式', en: 'Mode' } },
    { name: 'levels', type: 'select', hasMany: true, options: vocabularyOptions(LEVELS), label: { zh: '公开层级', en: 'Levels' } },
    {
      name: 'extra',
      type: 'json',
      label: { zh: '其他列', en: 'Other columns' },
      admin: { description: { zh: '导入文件中的其他列（如 咨询电话、责任科室），导出时原样写回', en: 'Other columns of an imported file, written back on export' } },
    },
    { name: 'source', type: 'text', label: { zh: '来源', en: 'Source' }, admin: { description: { zh: '目录事项的出处（如发布页面）', en: 'Where the row comes from' } } },
    { name: 'sortOrder', type: 'number', defaultValue: 0, index: true, label: { zh: '排序', en: 'Sort order' }, admin: { position: 'sidebar' } },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: { zh: '启用', en: 'Active' }, admin: { position: 'sidebar' } },
    {
      name: 'lastEditedBy',
      type: 'relationship',
      relationTo: options.usersSlug,
      label: { zh: '最后编辑人', en: 'Last edited by' },
      access: serverWritten(isStaff),
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
})
