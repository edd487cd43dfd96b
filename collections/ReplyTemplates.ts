import type { CollectionConfig } from 'payload'

import { isOffice } from '../access/isOffice.js'
import { readOnlyForAuditors } from '../access/readOnlyForAuditors.js'
import { isStaff } from '../access/staff.js'
import { fieldError } from '../src/services/fieldError.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'
import { OUTCOME_GROUP_LABELS, OUTCOMES, type Outcome, type OutcomeGroup } from '../src/requests/categories.js'
import { PLACEHOLDERS, ReplyTemplateError, validateTemplate } from '../src/requests/reply-letter/templates.js'

const TARGETS = [
  ...(Object.keys(OUTCOME_GROUP_LABELS) as OutcomeGroup[]).map((value) => ({ value, label: { zh: `整类：${OUTCOME_GROUP_LABELS[value].zh}`, en: `Group: ${OUTCOME_GROUP_LABELS[value].en}` } })),
  ...(Object.keys(OUTCOMES) as Outcome[]).filter((key) => !(key in OUTCOME_GROUP_LABELS)).map((value) => ({ value, label: { zh: OUTCOMES[value].zh, en: OUTCOMES[value].en } })),
]

/**
 * The office's own wording of reply letters (答复告知书模板), per outcome or per outcome group, replacing the
 * built-in text. Checked on save: an unknown placeholder is refused with 400 naming `body`.
 */
export const replyTemplatesCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.replyTemplates,
  labels: { singular: { zh: '答复告知书模板', en: 'Reply letter template' }, plural: { zh: '答复告知书模板', en: 'Reply letter templates' } },
  admin: {
    useAsTitle: 'target',
    group: { zh: '依申请公开', en: 'Requests' },
    description: { zh: `可用占位符：${PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')}。救济途径段落自动附加。`, en: 'The remedy paragraph is always appended.' },
  },
  access: { read: isStaff, create: readOnlyForAuditors(isOffice), update: readOnlyForAuditors(isOffice), delete: isOffice },
  hooks: {
    beforeChange: [
      ({ data, originalDoc }) => {
        try {
          validateTemplate(String({ ...originalDoc, ...data }.body ?? ''))
        } catch (error) {
          if (error instanceof ReplyTemplateError) throw fieldError(400, 'body', error.message)
          throw error
        }
        return data
      },
    ],
  },
  fields: [
    { name: 'target', type: 'select', required: true, unique: true, options: TARGETS, label: { zh: '适用的办理结果', en: 'Outcome' } },
    { name: 'body', type: 'textarea', required: true, label: { zh: '正文', en: 'Text' } },
  ],
})
