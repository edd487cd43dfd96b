import type { CollectionConfig } from 'payload'

import { isAuditor } from '../access/isAuditor.js'
import { isOffice } from '../access/isOffice.js'
import { readOnlyForAuditors } from '../access/readOnlyForAuditors.js'
import { beijingDateField } from './beijingDateField.js'
import { relationExists, selectNotEmpty } from '../src/services/fieldValidators.js'
import { fieldError } from '../src/services/fieldError.js'
import { selectOptions } from '../src/labels.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'
import { REVIEW_KIND_LABELS, REVIEW_RESULT_LABELS } from '../src/requests/categories.js'

/**
 * 政府信息公开行政复议、行政诉讼: cases brought against the government's disclosure decisions, entered by
 * the office. They fill the annual report's fourth table (result categories as in its columns).
 */
export const administrativeReviewsCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.administrativeReviews,
  labels: { singular: { zh: '复议诉讼案件', en: 'Review or litigation case' }, plural: { zh: '复议诉讼案件', en: 'Review and litigation cases' } },
  admin: {
    useAsTitle: 'caseNumber',
    defaultColumns: ['caseNumber', 'kind', 'filedOn', 'result', 'decidedOn'],
    group: { zh: '依申请公开', en: 'Requests' },
  },
  defaultSort: '-filedOn',
  access: {
    read: (args) => isOffice(args) || isAuditor(args),
    create: readOnlyForAuditors(isOffice),
    update: readOnlyForAuditors(isOffice),
    delete: isOffice,
  },
  hooks: {
    beforeChange: [
      ({ data, originalDoc }) => {
        const merged = { ...originalDoc, ...data }
        // A decided case has a decision date, and a decision date means the case is decided.
        if (merged.result && merged.result !== 'pending' && !merged.decidedOn) throw fieldError(400, 'decidedOn', '已审结的案件须填写审结日期 / a decided case needs its decision date')
        if (merged.decidedOn && (!merged.result || merged.result === 'pending')) throw fieldError(400, 'result', '填写审结日期时须选择审理结果 / a decision date needs a result')
        if (merged.decidedOn && merged.filedOn && merged.decidedOn < merged.filedOn) throw fieldError(400, 'decidedOn', '审结日期不能早于立案日期 / the decision cannot precede the filing')
        return data
      },
    ],
  },
  fields: [
    { name: 'caseNumber', type: 'text', required: true, maxLength: 200, label: { zh: '案号', en: 'Case number' } },
    { name: 'kind', type: 'select', required: true, validate: selectNotEmpty, options: selectOptions(REVIEW_KIND_LABELS), label: { zh: '类型', en: 'Kind' } },
    beijingDateField({ name: 'filedOn', required: true, index: true, label: { zh: '受理（立案）日期', en: 'Filed on' } }),
    { name: 'result', type: 'select', defaultValue: 'pending', options: selectOptions(REVIEW_RESULT_LABELS), label: { zh: '审理结果', en: 'Result' } },
    beijingDateField({ name: 'decidedOn', index: true, label: { zh: '审结日期', en: 'Decided on' } }),
    { name: 'body', type: 'text', maxLength: 200, label: { zh: '复议机关或法院', en: 'Reviewing body or court' } },
    { name: 'request', type: 'relationship', relationTo: options.slugs.disclosureRequests, validate: relationExists(), label: { zh: '相关申请', en: 'Related request' } },
    { name: 'department', type: 'relationship', relationTo: options.slugs.departments, validate: relationExists(), label: { zh: '被申请（被诉）部门', en: 'Department concerned' } },
    { name: 'notes', type: 'textarea', label: { zh: '备注', en: 'Notes' } },
  ],
})
