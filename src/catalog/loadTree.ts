import type { PayloadRequest, Where } from 'payload'

import { activeWhere } from '../../access/publicReadsActive.js'
import type { DisclosureSlugs } from '../options.js'
import { buildCatalogTree, type CatalogTree, type TreeItemInput } from './tree.js'

/** The fields of an item a tree shows: public ones only (no editor or version data). */
export const PUBLIC_ITEM_FIELDS = ['id', 'domain', 'l1', 'l2', 'l3', 'content', 'basis', 'basisRefs', 'timeLimit', 'timeLimitRule', 'subject', 'departments', 'channels', 'channelsOther', 'audience', 'mode', 'levels', 'sortOrder'] as const

const pick = (doc: Record<string, any>) => {
  const item: Record<string, unknown> = {}
  for (const field of PUBLIC_ITEM_FIELDS) if (doc[field] !== undefined) item[field] = doc[field]
  // A department the reader may not see (e.g. an inactive one, for the public) is left out.
  item.departments = (doc.departments ?? [])
    .filter((department: unknown) => department && typeof department === 'object')
    .map((department: Record<string, unknown>) => ({ id: department.id, name: department.name, shortName: department.shortName ?? null }))
  return item as TreeItemInput
}

/**
 * The active catalog as the reader of `req` may see it, as a tree, optionally one domain's or one
 * department's part. Shared by the REST endpoint and the admin view.
 */
export const loadCatalogTree = async (
  req: PayloadRequest,
  slugs: Pick<DisclosureSlugs, 'catalogDomains' | 'catalogItems'>,
  { domain, department }: { domain?: number | string; department?: number | string } = {},
): Promise<CatalogTree<TreeItemInput>> => {
  const domains = await req.payload.find({
    collection: slugs.catalogDomains,
    depth: 0,
    overrideAccess: false,
    pagination: false,
    req,
    sort: ['sortOrder', 'number'],
    user: req.user,
    where: { and: [activeWhere(), ...(domain !== undefined ? [{ id: { equals: domain } }] : [])] },
  })
  const where: Where = {
    and: [
      activeWhere(),
      { domain: { in: domains.docs.map((doc) => doc.id) } },
      ...(department !== undefined ? [{ departments: { in: [department] } }] : []),
    ],
  }
  const items = await req.payload.find({
    collection: slugs.catalogItems,
    depth: 1,
    overrideAccess: false,
    pagination: false,
    req,
    select: Object.fromEntries(PUBLIC_ITEM_FIELDS.map((field) => [field, true])),
    sort: ['sortOrder', 'createdAt'],
    user: req.user,
    where,
  })
  return buildCatalogTree(
    domains.docs as unknown as { id: number | string; number?: number; name: string; nameEn?: string }[],
    (items.docs as Record<string, any>[]).map(pick),
  )
}
