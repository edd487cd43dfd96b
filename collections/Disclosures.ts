import type { CollectionConfig } from 'payload'

import { deadlineBoardEndpoint } from '../src/endpoints/deadlineBoard.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'
import { buildWorkflow } from '../src/workflow/definition.js'
import { workflowEndpoints } from '../src/workflow-runtime/endpoints.js'
import { factSourceFor } from '../src/workflow-runtime/facts.js'
import { ENTRY_INDEXES, entryAccess, entryFields, entryHooks } from './entryBase.js'

/**
 * Disclosure records (公开信息): the published entry of `entryBase` — ownership, 索引号, the disclosure
 * attribute, deadlines, review and publication — plus the overdue board and the review endpoints.
 */
const KIND = (options: ResolvedDisclosureOptions) => ({ slug: options.slugs.disclosures, titleLabel: { zh: '信息名称', en: 'Title' } })

export const disclosuresCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.disclosures,
  labels: {
    singular: { zh: '公开信息', en: 'Disclosure record' },
    plural: { zh: '公开信息', en: 'Disclosure records' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['indexNumber', 'title', 'department', 'publicAttribute', 'status', 'dueDate', 'publishedAt'],
    group: { zh: '政务公开', en: 'Disclosure' },
  },
  // Newest publications first: the order of every public list (public lists filter by domain,
  // catalog item, department and publishedAt through the ordinary `where` query).
  defaultSort: '-publishedAt',
  // Deleting is soft: records go to the trash and can be restored; only the office deletes for good.
  trash: true,
  // The public list "published, proactive, in this domain / under this item / of this department,
  // newest first" is answered from an index at any table size.
  indexes: ENTRY_INDEXES,
  // Endpoints stay when the plugin is disabled (only jobs and admin additions stop).
  endpoints: [deadlineBoardEndpoint(options), ...workflowEndpoints(options.slugs.disclosures, buildWorkflow(options.workflow.disclosures), { facts: factSourceFor(options, options.slugs.disclosures) })],
  access: entryAccess(),
  hooks: entryHooks(options, KIND(options)),
  fields: entryFields(options, KIND(options)),
})
