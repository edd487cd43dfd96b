import type { CollectionConfig } from 'payload'

import { isOffice } from '../access/isOffice.js'
import { readOnlyForAuditors } from '../access/readOnlyForAuditors.js'
import { isStaff } from '../access/staff.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'
import { SITE_PAGE_KIND_LABELS } from '../src/site/vocabulary.js'
import { selectOptions } from '../src/labels.js'

/**
 * Pages of the public column the disclosure office writes (公开专栏页面): the 政府信息公开指南 (主动公开,
 * 依申请公开 with 受理机构, 地址, 电话, 传真, 邮编, 办公时间, 收费, 监督和救济) and the 政府信息公开制度
 * (one page per rule: 发布审查, 保密审查, 依申请公开办理 …). The office writes; the public reads those
 * marked 已发布; staff read all.
 */
export const sitePagesCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.sitePages,
  labels: { singular: { zh: '公开专栏页面', en: 'Column page' }, plural: { zh: '公开指南与制度', en: 'Guide and rules pages' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'published', 'sortOrder'], group: { zh: '公开专栏', en: 'Public column' } },
  defaultSort: 'sortOrder',
  access: {
    read: (args) => isStaff(args) || { published: { equals: true } },
    create: readOnlyForAuditors(isOffice),
    update: readOnlyForAuditors(isOffice),
    delete: isOffice,
  },
  fields: [
    { name: 'kind', type: 'select', required: true, index: true, options: selectOptions(SITE_PAGE_KIND_LABELS), label: { zh: '栏目', en: 'Column' } },
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { zh: '标题', en: 'Title' } },
    { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' } },
    { name: 'published', type: 'checkbox', defaultValue: true, index: true, label: { zh: '已发布', en: 'Published' }, admin: { position: 'sidebar' } },
    { name: 'sortOrder', type: 'number', defaultValue: 0, index: true, label: { zh: '排序', en: 'Sort order' }, admin: { position: 'sidebar' } },
  ],
})
