import type { CollectionBeforeDeleteHook, Where } from 'payload'

import { fieldError } from '../src/services/fieldError.js'

export interface Reference {
  collection: string
  field: string
  /** Chinese and English plural label used in the error message. */
  label: string
}

/**
 * Refuses to delete a document that others still point to (e.g. a department with records,
 * users or sub-departments): deleting it would orphan them. Deactivate instead.
 */
export const preventDeleteWhenReferenced =
  (references: () => Reference[], advice: string): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const found: string[] = []
    for (const reference of references()) {
      if (!req.payload.collections[reference.collection]) continue
      const where: Where = { [reference.field]: { equals: id } }
      const { totalDocs } = await req.payload.count({ collection: reference.collection, overrideAccess: true, req, where })
      if (totalDocs > 0) found.push(`${totalDocs} ${reference.label}`)
    }
    if (found.length > 0) {
      throw fieldError(409, 'id', `仍被引用，不能删除：${found.join('，')}。${advice}`)
    }
  }
