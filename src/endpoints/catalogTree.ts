import type { Endpoint, PayloadRequest, Where } from 'payload'

import { fieldError } from '../../hooks/errors.js'
import { buildCatalogTree, type TreeItemInput } from '../catalog/tree.js'
import type { ResolvedDisclosureOptions } from '../options.js'

/** The public fields of an item as the tree serves them (no editor or version data). */
const PUBLIC_ITEM_FIELDS = ['id', 'domain', 'l1', 'l2', 'l3', 'content', 'basis', 'basisRefs', 'timeLimit', 'timeLimitRule', 'subject', 'departments', 'channels', 'channelsOther', 'audience', 'mode', 'levels', 'sortOrder'] as const

const pick = (doc: Record<string, any>) => {
  const item: Record<string, unknown> = {}
  for (const field of PUBLIC_ITEM_FIELDS) if (doc[field] !== undefined) item[field] = doc[field]
  // A department the reader may not see (e.g. an inactive one, for the public) is left out.
  item.departments = (doc.departments ?? [])
    .filter((department: unknown) => department && typeof department === 'object')
    .map((department: Record<string, unknown>) => ({ id: department.id, name: department.name, shortName: department.shortName ?? null }))
  return item as TreeItemInput
}

const idParam = async (req: PayloadRequest, name: string, collection: string): Promise<string | undefined> => {
  const value = req.searchParams.get(name)
  if (value === null || value === '') return undefined
  const found = await req.payload.find({ collection, depth: 0, limit: 1, overrideAccess: false, req, user: req.user, where: { id: { equals: value } } })
  if (found.docs.length === 0) throw fieldError(400, name, `没有 id 为 ${value} 的${name === 'domain' ? '领域' : '部门'} / no ${collection} with id ${value}`)
  return value
}

/**
 * `GET /api/catalog-tree[?domain=<id>][&department=<id>]`: the active catalog as domain → 一级 → 二级 →
 * items with counts, filtered by what the reader may read (the public: active domains and items).
 */
export const catalogTreeEndpoint = (options: ResolvedDisclosureOptions): Endpoint => ({
  path: '/catalog-tree',
  method: 'get',
  handler: async (req) => {
    const { slugs } = options
    const domain = await idParam(req, 'domain', slugs.catalogDomains)
    const department = await idParam(req, 'department', slugs.departments)
    const domains = await req.payload.find({
      collection: slugs.catalogDomains,
      depth: 0,
      overrideAccess: false,
      pagination: false,
      req,
      sort: ['sortOrder', 'number'],
      user: req.user,
      where: { and: [{ active: { equals: true } }, ...(domain ? [{ id: { equals: domain } }] : [])] },
    })
    const where: Where = {
      and: [
        { active: { equals: true } },
        { domain: { in: domains.docs.map((doc) => doc.id) } },
        ...(department ? [{ departments: { in: [department] } }] : []),
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
    const tree = buildCatalogTree(
      domains.docs as unknown as { id: number | string; number?: number; name: string; nameEn?: string }[],
      (items.docs as Record<string, any>[]).map(pick),
    )
    return Response.json(tree, { headers: { 'cache-control': req.user ? 'private, no-store' : 'public, max-age=60' } })
  },
})
