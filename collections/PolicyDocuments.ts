import type { CollectionConfig } from 'payload'

import { isOfficeUser } from '../access/isOffice.js'
import { nobody } from '../access/staff.js'
import { serverWritten } from '../access/serverWritten.js'
import { beijingDateField } from './beijingDateField.js'
import { applyValidityChanges, documentNumberHook, formedOnWritingHook, startInterpretationClocks, validityNoticeHook } from '../hooks/policy.js'
import { selectNotEmpty } from '../src/services/fieldValidators.js'
import { selectOptions } from '../src/labels.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'
import { VALIDITY_LABELS } from '../src/policy/validity.js'
import { DOCUMENT_TYPE_LABELS, POLICY_SUBJECTS } from '../src/policy/vocabulary.js'
import { buildWorkflow } from '../src/workflow/definition.js'
import { workflowEndpoints } from '../src/workflow-runtime/endpoints.js'
import { factSourceFor } from '../src/workflow-runtime/facts.js'
import { ENTRY_INDEXES, entryAccess, entryFields, entryHooks } from './entryBase.js'

/**
 * 政策文件: a published entry (ownership, 索引号, attribute, review, deadline) plus the document's own
 * metadata — 文号, type, 成文日期, subjects, keywords — its validity (有效 / 已修改 / 已废止 / 已失效) and the
 * documents it amends or repeals, whose status changes when it is published (seed 000).
 */
export const policyDocumentsCollection = (options: ResolvedDisclosureOptions): CollectionConfig => {
  const slug = options.slugs.policyDocuments
  const officeOnly = ({ req }: { req: { user?: unknown } }) => isOfficeUser(req.user)
  const base = entryHooks(options, { slug, titleLabel: { zh: '文件标题', en: 'Title' } })
  return {
    slug,
    labels: { singular: { zh: '政策文件', en: 'Policy document' }, plural: { zh: '政策文件', en: 'Policy documents' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['documentNumber', 'title', 'documentType', 'department', 'validity', 'status', 'publishedAt'],
      group: { zh: '政务公开', en: 'Disclosure' },
    },
    defaultSort: '-publishedAt',
    trash: true,
    indexes: [...ENTRY_INDEXES, { fields: ['department', 'documentNumber'], unique: true }, { fields: ['validity', 'effectiveUntil'] }],
    // Endpoints stay when the plugin is disabled (only jobs and admin additions stop).
    endpoints: workflowEndpoints(slug, buildWorkflow(options.workflow.policyDocuments), { facts: factSourceFor(options, slug) }),
    access: entryAccess(),
    hooks: {
      ...base,
      beforeChange: [formedOnWritingHook, documentNumberHook({ slug }), ...(base.beforeChange ?? [])],
      afterChange: [...(base.afterChange ?? []), applyValidityChanges({ slug }), startInterpretationClocks({ interpretations: options.slugs.interpretations })],
      afterRead: [validityNoticeHook({ slug })],
    },
    fields: [
      ...entryFields(options, { slug, titleLabel: { zh: '文件标题', en: 'Title' }, departmentLabel: { zh: '发文机关（起草部门）', en: 'Issuing (drafting) department' } }),
      {
        name: 'documentNumber',
        type: 'text',
        index: true,
        label: { zh: '文号', en: 'Issuing number' },
        admin: { description: { zh: '如 兴政发〔2017〕24号；规章和行政规范性文件必填，同一发文机关内唯一', en: 'e.g. 兴政发〔2017〕24号; unique per issuing department' } },
      },
      {
        name: 'documentType',
        type: 'select',
        defaultValue: 'normative',
        validate: selectNotEmpty,
        index: true,
        options: selectOptions(DOCUMENT_TYPE_LABELS),
        label: { zh: '文件类型', en: 'Document type' },
      },
      beijingDateField({ name: 'writtenOn', index: true, label: { zh: '成文日期', en: 'Written on' } }),
      { name: 'subjects', type: 'select', hasMany: true, options: selectOptions(POLICY_SUBJECTS), label: { zh: '主题分类', en: 'Subjects' } },
      { name: 'keywords', type: 'text', hasMany: true, maxRows: 20, label: { zh: '关键词', en: 'Keywords' } },
      {
        name: 'validity',
        type: 'select',
        defaultValue: 'valid',
        index: true,
        options: selectOptions(VALIDITY_LABELS),
        // Changed by the documents that amend or repeal this one, by the expiry job, or by the office.
        access: { create: officeOnly, update: officeOnly },
        label: { zh: '有效性', en: 'Validity' },
        admin: { position: 'sidebar' },
      },
      beijingDateField({ name: 'effectiveFrom', label: { zh: '施行日期', en: 'In force from' }, admin: { position: 'sidebar' } }),
      beijingDateField({ name: 'effectiveUntil', index: true, label: { zh: '有效期至', en: 'In force until' }, admin: { position: 'sidebar' } }),
      beijingDateField({ name: 'validityChangedOn', access: { create: nobody, update: officeOnly }, label: { zh: '修改/废止/失效日期', en: 'Validity changed on' }, admin: { readOnly: true, position: 'sidebar' } }),
      { name: 'amends', type: 'relationship', relationTo: slug, hasMany: true, label: { zh: '修改的文件', en: 'Amends' } },
      { name: 'repeals', type: 'relationship', relationTo: slug, hasMany: true, label: { zh: '废止的文件', en: 'Repeals' } },
      {
        name: 'supersededBy',
        type: 'relationship',
        relationTo: slug,
        access: serverWritten(),
        label: { zh: '被以下文件修改或废止', en: 'Amended or repealed by' },
        admin: { readOnly: true, position: 'sidebar' },
      },
      {
        name: 'validityNotice',
        type: 'text',
        virtual: true,
        label: { zh: '效力说明', en: 'Validity notice' },
        admin: { readOnly: true, description: { zh: '修改、废止、失效的文件在原文上作出的标注', en: 'The notice shown on the original text' } },
      },
      {
        name: 'interpretationExemption',
        type: 'group',
        access: { create: officeOnly, update: officeOnly },
        label: { zh: '免于同步解读（政务公开办）', en: 'Exempt from a simultaneous interpretation (office)' },
        fields: [
          { name: 'reason', type: 'textarea', label: { zh: '理由', en: 'Reason' } },
        ],
      },
      {
        name: 'interpretations',
        type: 'join',
        collection: options.slugs.interpretations,
        on: 'policy',
        label: { zh: '政策解读', en: 'Interpretations' },
      },
    ],
  }
}
