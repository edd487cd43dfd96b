import type { CollectionConfig } from 'payload'

import { auditCollectionHooks } from '../../hooks/audit.js'
import type { ResolvedDisclosureOptions } from '../options.js'

/**
 * Adds the audit hooks (after the collection's own) to every collection the plugin adds — except the audit
 * log itself and the index counters — and to the host's users collection.
 */
export const withAuditHooks = (collections: CollectionConfig[], options: ResolvedDisclosureOptions): CollectionConfig[] => {
  const excluded = new Set([options.slugs.auditLog, options.slugs.indexCounters])
  const audited = new Set([...Object.values(options.slugs).filter((slug) => !excluded.has(slug)), options.usersSlug])
  return collections.map((collection) => {
    if (!audited.has(collection.slug)) return collection
    const hooks = auditCollectionHooks(options, { auth: collection.slug === options.usersSlug })
    const own = collection.hooks ?? {}
    return {
      ...collection,
      hooks: {
        ...own,
        beforeOperation: [...(own.beforeOperation ?? []), ...hooks.beforeOperation],
        beforeChange: [...(own.beforeChange ?? []), ...hooks.beforeChange],
        afterChange: [...(own.afterChange ?? []), ...hooks.afterChange],
        afterDelete: [...(own.afterDelete ?? []), ...hooks.afterDelete],
        afterLogin: [...(own.afterLogin ?? []), ...hooks.afterLogin],
      },
    }
  })
}
