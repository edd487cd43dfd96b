import type { CollectionConfig } from 'payload'

import { interpretationClockHook, interpretationOwnerHook } from '../hooks/policy.js'
import { relationExists } from '../src/services/fieldValidators.js'
import { selectOptions } from '../src/labels.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'
import { INTERPRETATION_FORM_LABELS } from '../src/policy/vocabulary.js'
import { buildWorkflow } from '../src/workflow/definition.js'
import { workflowEndpoints } from '../src/workflow-runtime/endpoints.js'
import { factSourceFor } from '../src/workflow-runtime/facts.js'
import { ENTRY_INDEXES, entryAccess, entryFields, entryHooks } from './entryBase.js'

/**
 * 政策解读: belongs to its policy's drafting department (谁起草、谁解读), follows the same review, and is due
 * within 3 working days of its policy's publication (国办发〔2016〕19号) — its clock starts when the policy
 * is published.
 */
export const interpretationsCollection = (options: ResolvedDisclosureOptions): CollectionConfig => {
  const slug = options.slugs.interpretations
  const base = entryHooks(options, { slug, titleLabel: { zh: '解读标题', en: 'Title' }, fixedRule: 'interpretation' })
  return {
    slug,
    labels: { singular: { zh: '政策解读', en: 'Interpretation' }, plural: { zh: '政策解读', en: 'Interpretations' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'policy', 'form', 'department', 'status', 'dueDate', 'publishedAt'],
      group: { zh: '政务公开', en: 'Disclosure' },
    },
    defaultSort: '-publishedAt',
    trash: true,
    indexes: ENTRY_INDEXES,
    // Endpoints stay when the plugin is disabled (only jobs and admin additions stop).
    endpoints: workflowEndpoints(slug, buildWorkflow(options.workflow.interpretations), { facts: factSourceFor(options, slug) }),
    access: entryAccess(),
    hooks: {
      ...base,
      beforeValidate: [interpretationOwnerHook({ policies: options.slugs.policyDocuments }), ...(base.beforeValidate ?? [])],
      // Before the deadline hook: the clock runs from the policy's publication.
      beforeChange: [interpretationClockHook({ policies: options.slugs.policyDocuments }), ...(base.beforeChange ?? [])],
    },
    fields: [
      {
        name: 'policy',
        type: 'relationship',
        relationTo: options.slugs.policyDocuments,
        required: true,
        index: true,
        validate: relationExists(),
        label: { zh: '所解读的政策文件', en: 'Policy document' },
      },
      { name: 'form', type: 'select', defaultValue: 'text', options: selectOptions(INTERPRETATION_FORM_LABELS), label: { zh: '解读形式', en: 'Form' } },
      { name: 'followUp', type: 'checkbox', defaultValue: false, label: { zh: '二次解读/跟踪解读', en: 'Follow-up interpretation' } },
      ...entryFields(options, { slug, titleLabel: { zh: '解读标题', en: 'Title' }, fixedRule: 'interpretation' }),
    ],
  }
}
