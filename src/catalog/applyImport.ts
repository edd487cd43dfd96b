import type { PayloadRequest, TypedUser } from 'payload'

import type { DisclosureSlugs } from '../options.js'
import { departmentsForSubject, type NamedDepartment } from './departmentsForSubject.js'
import type { PlannedRow } from './importPlan.js'

export interface ApplyImportArgs {
  req: PayloadRequest
  slugs: Pick<DisclosureSlugs, 'catalogItems' | 'departments'>
  domain: number | string
  rows: PlannedRow[]
  /** the importing user; writes go through their access rules */
  user: TypedUser
  /** the user's department when they are not the office: new items belong to it */
  ownDepartment: number | string | null
}

/**
 * Writes a checked import plan: creates and updates items as the importing user, in the request's
 * transaction (the caller begins and commits it), new items after the domain's existing ones.
 */
export const applyImport = async ({ req, slugs, domain, rows, user, ownDepartment }: ApplyImportArgs): Promise<{ created: number; updated: number }> => {
  const existing = await req.payload.find({
    collection: slugs.catalogItems,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { sortOrder: true },
    where: { domain: { equals: domain } },
  })
  let sortOrder = (existing.docs as { sortOrder?: number }[]).reduce((max, item) => Math.max(max, Number(item.sortOrder) || 0), 0) + 10
  const departments =
    ownDepartment === null
      ? ((await req.payload.find({ collection: slugs.departments, depth: 0, pagination: false, req })).docs as unknown as NamedDepartment[])
      : []
  let created = 0
  let updated = 0
  for (const row of rows) {
    if (row.action === 'create') {
      await req.payload.create({
        collection: slugs.catalogItems,
        data: {
          ...row.values,
          domain,
          departments: ownDepartment === null ? departmentsForSubject(row.values?.subject as string, departments) : [ownDepartment],
          sortOrder,
          active: true,
        },
        depth: 0,
        overrideAccess: false,
        req,
        user,
      })
      sortOrder += 10
      created++
    } else if (row.action === 'update') {
      await req.payload.update({ collection: slugs.catalogItems, id: row.itemId!, data: row.values!, depth: 0, overrideAccess: false, req, user })
      updated++
    }
  }
  return { created, updated }
}
