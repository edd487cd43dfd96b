import type { Endpoint, PayloadRequest } from 'payload'

import { fieldError } from '../services/fieldError.js'
import { assertWellFormedId } from '../services/validId.js'
import { loadCatalogTree } from '../catalog/loadTree.js'
import type { ResolvedDisclosureOptions } from '../options.js'

const idParam = async (req: PayloadRequest, name: string, collection: string): Promise<string | undefined> => {
  const value = req.searchParams.get(name)
  if (value === null || value === '') return undefined
  assertWellFormedId(req.payload, value, name)
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
    const tree = await loadCatalogTree(req, slugs, { domain, department })
    return Response.json(tree, { headers: { 'cache-control': req.user ? 'private, no-store' : 'public, max-age=60' } })
  },
})
