import type { CollectionBeforeChangeHook } from 'payload'

/**
 * `publishedAt` is the server's record of the first publication: set when the entry first becomes
 * published, never taken from the request (field access strips client values before this runs).
 */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data.status === 'published' && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  if (originalDoc?.publishedAt) return { ...data, publishedAt: originalDoc.publishedAt }
  return data
}
