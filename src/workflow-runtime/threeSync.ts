/**
 * 三同步 (seed 001; seed 004: 未附解读材料的文件予以退回): a policy document of a type that needs an
 * interpretation is submitted and signed off only together with one — an interpretation at least as far
 * along the review as the document is going — unless the office has recorded an exemption with a reason.
 */
import type { PayloadRequest } from 'payload'

import { fieldError } from '../../hooks/errors.js'
import type { ResolvedDisclosureOptions } from '../options.js'
import { TYPES_REQUIRING_INTERPRETATION, type DocumentType } from '../policy/vocabulary.js'
import { WORKFLOW_STATES, type WorkflowState } from '../workflow/states.js'
import type { TransitionGuard } from './perform.js'

/** Review states in order; an interpretation never has to be ahead of `approved` (they are released together). */
const rank = (state: WorkflowState) => WORKFLOW_STATES.indexOf(state)

export const threeSyncGuard = (options: ResolvedDisclosureOptions): TransitionGuard => ({
  fields: { documentType: true, interpretationExemption: true },
  check: async (req: PayloadRequest, { doc, action, to }) => {
    if (action !== 'submit' && action !== 'approve') return
    if (!TYPES_REQUIRING_INTERPRETATION.includes(doc.documentType as DocumentType)) return
    if (typeof doc.interpretationExemption?.reason === 'string' && doc.interpretationExemption.reason.trim() !== '') return
    const needed = WORKFLOW_STATES.filter((state) => state !== 'withdrawn' && rank(state) >= Math.min(rank(to), rank('approved')))
    const { totalDocs } = await req.payload.count({
      collection: options.slugs.interpretations,
      overrideAccess: true,
      req,
      where: { and: [{ policy: { equals: doc.id } }, { status: { in: needed } }] },
    })
    if (totalDocs === 0) {
      throw fieldError(
        400,
        'interpretations',
        action === 'submit'
          ? '三同步：规章和行政规范性文件须与政策解读同步报送，请先起草并提交解读，或由政务公开办登记免于解读的理由 / submit an interpretation with this document (三同步), or have the office record an exemption'
          : '三同步：政策解读须与文件同步审核，请先将解读审核至同一阶段 / the interpretation must be reviewed as far as the document before sign-off (三同步)',
      )
    }
  },
})
