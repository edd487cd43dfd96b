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
 * Writes a checked import plan: creates and updates items as the importing user, new items after the
 * domain's existing ones — all of it or nothing. Where the adapter runs the request in a transaction the
 * caller rolls it back on failure; where it has none (SQLite by default) the writes already made are undone
 * here (created items deleted, updated items restored) before the error is passed on.
 */
export const applyImport = async (args: ApplyImportArgs): Promise<{ created: number; updated: number }> => {
  const undo: (() => Promise<unknown>)[] = []
  try {
    return await writeRows(args, undo)
  } catch (error) {
    // Payload keeps a promise of the transaction id on the request; it resolves to null without transactions.
    if (!(await Promise.resolve(args.req.transactionID))) {
      for (const step of undo.reverse()) await step()
    }
    throw error
  }
}

const writeRows = async (
  { req, slugs, domain, rows, user, ownDepartment }: ApplyImportArgs,
  undo: (() => Promise<unknown>)[],
): Promise<{ created: number; updated: number }> => {
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
      const doc = await req.payload.create({
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
      undo.push(() => req.payload.delete({ collection: slugs.catalogItems, id: doc.id, overrideAccess: true, req }))
      sortOrder += 10
      created++
    } else if (row.action === 'update') {
      const before = (await req.payload.findByID({ collection: slugs.catalogItems, id: row.itemId!, depth: 0, overrideAccess: true, req })) as Record<string, unknown>
      await req.payload.update({ collection: slugs.catalogItems, id: row.itemId!, data: row.values!, depth: 0, overrideAccess: false, req, user })
      const restore = Object.fromEntries(Object.keys(row.values!).map((field) => [field, before[field] ?? null]))
      undo.push(() => req.payload.update({ collection: slugs.catalogItems, id: row.itemId!, data: restore, overrideAccess: true, req }))
      updated++
    }
  }
  return { created, updated }
}
