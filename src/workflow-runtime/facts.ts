/**
 * The facts the workflow's guards read (`src/workflow/guards.ts`), in one read per kind of entry. The
 * kind decides which facts exist: an interpretation has its policy's state and no formation date of its
 * own (its clock starts with the policy); a policy document that needs an interpretation has 三同步 facts.
 */
import type { PayloadRequest, SelectType } from 'payload'

import { relationId } from '../../access/user.js'
import type { ResolvedDisclosureOptions } from '../options.js'
import { TYPES_REQUIRING_INTERPRETATION, type DocumentType } from '../policy/vocabulary.js'
import type { GuardFacts } from '../workflow/guards.js'
import { NOT_TRASHED_WHERE } from '../workflow/lifecycle.js'

/** What a transition reads of the entry for its guards, and how it adds what lives elsewhere. */
export interface FactSource {
  fields: SelectType
  load: (req: PayloadRequest, doc: Record<string, any>) => Promise<Omit<GuardFacts, 'publishOn' | 'lateReason'>>
}

const ENTRY_FIELDS = { formedAt: true, publicAttribute: true, catalogItem: true, dueDate: true, lateReason: true } as const

const entryFactsOf = (doc: Record<string, any>) => ({
  formedAt: (doc.formedAt as string | null | undefined) ?? null,
  publicAttribute: (doc.publicAttribute as string | null | undefined) ?? null,
  catalogItem: relationId(doc.catalogItem),
  dueDate: (doc.dueDate as string | null | undefined) ?? null,
})

/** The fact source of the collection `slug` (records, policy documents, interpretations). */
export const factSourceFor = (options: ResolvedDisclosureOptions, slug: string): FactSource => {
  const { slugs } = options
  if (slug === slugs.interpretations) {
    return {
      fields: { ...ENTRY_FIELDS, policy: true },
      load: async (req, doc) => {
        const policyId = relationId(doc.policy)
        const policy =
          policyId === null
            ? null
            : ((await req.payload.findByID({ collection: slugs.policyDocuments, id: policyId, depth: 0, overrideAccess: true, disableErrors: true, req, select: { status: true } })) as Record<string, any> | null)
        // The formation date is the policy's publication day, set by the server: not the editor's to give.
        return { ...entryFactsOf(doc), formedAt: undefined, policyStatus: policy?.status ?? null }
      },
    }
  }
  if (slug === slugs.policyDocuments) {
    return {
      fields: { ...ENTRY_FIELDS, documentType: true, interpretationExemption: true },
      load: async (req, doc) => {
        const facts = entryFactsOf(doc)
        if (!TYPES_REQUIRING_INTERPRETATION.includes(doc.documentType as DocumentType)) return facts
        const reason = doc.interpretationExemption?.reason
        const exempt = typeof reason === 'string' && reason.trim() !== ''
        if (exempt) return { ...facts, threeSync: { exempt, interpretationStates: [] } }
        const { docs } = await req.payload.find({
          collection: slugs.interpretations,
          depth: 0,
          overrideAccess: true,
          pagination: false,
          req,
          select: { status: true },
          where: { and: [{ policy: { equals: doc.id } }, NOT_TRASHED_WHERE] },
        })
        return { ...facts, threeSync: { exempt, interpretationStates: (docs as Record<string, any>[]).map((item) => String(item.status)) } }
      },
    }
  }
  return { fields: ENTRY_FIELDS, load: async (_req, doc) => entryFactsOf(doc) }
}
