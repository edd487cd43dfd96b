import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../access/user.js'
import { CATALOG_ITEM_FACTS, findInRequest } from '../src/services/requestDocs.js'

/**
 * A record's 领域 (domain) is its catalog item's domain, copied onto the record so the public list
 * "this domain's published records, newest first" is one indexed query instead of a join.
 * The server keeps it: whatever a client sends is replaced.
 */
export const catalogDomainHook =
  ({ catalogItems }: { catalogItems: string }): CollectionBeforeChangeHook =>
  async ({ context, data, originalDoc, req }) => {
    const item = relationId('catalogItem' in data ? data.catalogItem : originalDoc?.catalogItem)
    const unchanged = originalDoc && String(item ?? '') === String(relationId(originalDoc.catalogItem) ?? '') && !context[DOMAIN_REFRESH_KEY]
    if (unchanged) return { ...data, domain: relationId(originalDoc.domain) }
    if (item === null) return { ...data, domain: null }
    const found = await findInRequest(req, catalogItems, item, CATALOG_ITEM_FACTS)
    // A missing item is reported by the field's own validation; the domain simply stays empty.
    return { ...data, domain: found ? relationId(found.domain) : null }
  }

/** Set when a catalog item moved to another domain, so its records follow it. */
export const DOMAIN_REFRESH_KEY = 'disclosureRefreshDomain'

/** On the catalog items: when an item moves to another domain, the records filed under it follow. */
export const propagateCatalogDomain =
  ({ collections }: { collections: string[] }): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (operation !== 'update') return doc
    if (String(relationId(doc.domain) ?? '') === String(relationId(previousDoc?.domain) ?? '')) return doc
    for (const collection of collections) {
      await req.payload.update({
        collection,
        where: { catalogItem: { equals: doc.id } },
        data: {},
        overrideAccess: true,
        context: { [DOMAIN_REFRESH_KEY]: true },
        req,
        trash: true,
      })
    }
    return doc
  }
