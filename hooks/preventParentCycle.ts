import type { CollectionBeforeChangeHook } from 'payload'

import { relationId, sameId } from '../access/user.js'
import { fieldError } from '../src/services/fieldError.js'

/** A department tree must stay a tree: no department may become its own ancestor. */
export const preventParentCycle =
  (field = 'parent'): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const selfId = relationId(originalDoc)
    let parentId = relationId(data[field])
    if (selfId === null || parentId === null) return data
    const seen = new Set<string>()
    while (parentId !== null && !seen.has(String(parentId))) {
      if (sameId(parentId, selfId)) {
        throw fieldError(400, field, '上级部门不能是本部门或其下级部门 / a department cannot be its own parent or ancestor')
      }
      seen.add(String(parentId))
      const parent = await req.payload.findByID({ collection: collection.slug, depth: 0, disableErrors: true, id: parentId, req })
      parentId = relationId((parent as Record<string, unknown> | null)?.[field])
    }
    return data
  }
