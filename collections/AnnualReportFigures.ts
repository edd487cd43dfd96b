import type { CollectionConfig } from 'payload'

import { isAuditor } from '../access/isAuditor.js'
import { isOffice } from '../access/isOffice.js'
import { readOnlyForAuditors } from '../access/readOnlyForAuditors.js'
import { relationExists } from '../src/services/fieldValidators.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'

/**
 * Figures of the annual report that are not in the records (行政强制 decisions, 行政事业性收费 in 万元, and
 * optionally licensing and penalty counts kept in another system), plus the report's sections 五 and 六 —
 * entered by the office per year, for the whole government or one department.
 */
export const annualReportFiguresCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.annualReportFigures,
  labels: { singular: { zh: '年度报告填报数据', en: 'Annual report figures' }, plural: { zh: '年度报告填报数据', en: 'Annual report figures' } },
  admin: { useAsTitle: 'year', defaultColumns: ['year', 'department', 'coercion', 'feesTenThousandYuan'], group: { zh: '依申请公开', en: 'Requests' } },
  indexes: [{ fields: ['year', 'department'], unique: true }],
  access: { read: (args) => isOffice(args) || isAuditor(args), create: readOnlyForAuditors(isOffice), update: readOnlyForAuditors(isOffice), delete: isOffice },
  fields: [
    { name: 'year', type: 'number', required: true, min: 2008, max: 2100, label: { zh: '年度', en: 'Year' } },
    { name: 'department', type: 'relationship', relationTo: options.slugs.departments, validate: relationExists(), label: { zh: '部门（空为本级政府）', en: 'Department (empty: the government)' } },
    { name: 'coercion', type: 'number', min: 0, label: { zh: '行政强制本年处理决定数量', en: 'Administrative coercion decisions' } },
    { name: 'feesTenThousandYuan', type: 'number', min: 0, label: { zh: '行政事业性收费本年收费金额（万元）', en: 'Administrative fees (10,000 yuan)' } },
    { name: 'licensing', type: 'number', min: 0, label: { zh: '行政许可决定数量（留空则按公开信息统计）', en: 'Licensing decisions (empty: counted from records)' } },
    { name: 'penalty', type: 'number', min: 0, label: { zh: '行政处罚决定数量（留空则按公开信息统计）', en: 'Penalty decisions (empty: counted from records)' } },
    { name: 'problems', type: 'textarea', label: { zh: '五、存在的主要问题及改进情况', en: 'V. Main problems and improvements' } },
    { name: 'other', type: 'textarea', label: { zh: '六、其他需要报告的事项', en: 'VI. Other matters' } },
  ],
})
