import type { Payload } from 'payload'

import { referenceRowToCatalogRow } from '../catalog-io/reference.js'
import type { CatalogRow } from '../catalog-io/types.js'
import { departmentsForSubject, type NamedDepartment } from '../catalog/departmentsForSubject.js'
import type { ResolvedDisclosureOptions } from '../options.js'
import { REFERENCE_CATALOG } from './reference/catalogRows.js'

/** The two general catalogs of the reference file become local domains (本地增设领域). */
export const LOCAL_DOMAINS: Record<string, { name: string; nameEn: string; number: number }> = {
  '(通用/综合) 乡镇主动公开': { name: '乡镇通用目录', nameEn: 'General catalog (townships)', number: 27 },
  '(通用/综合) 部门主动公开': { name: '部门通用目录', nameEn: 'General catalog (departments)', number: 28 },
}

/** The 一级事项 given to a row whose source does not state one (the first row of a few source excerpts). */
export const MISSING_L1 = '（原目录未列一级事项）'

/** Reference rows in order, with merged cells (empty 一级/二级事项) filled from the row above. */
export const referenceRows = (): { domain: string; source: string; row: CatalogRow }[] => {
  const out: { domain: string; source: string; row: CatalogRow }[] = []
  for (const group of REFERENCE_CATALOG) {
    let previous: CatalogRow | undefined
    for (const reference of group.rows) {
      const row = referenceRowToCatalogRow(reference, previous)
      row.l1 ||= previous?.l1 || MISSING_L1
      row.l2 ||= previous?.l2 ?? ''
      row.content ||= row.l3 || row.l2
      out.push({ domain: group.domain, source: group.source, row })
      previous = row
    }
  }
  return out
}

/**
 * Seeds the 100 real catalog rows of the reference file as demo items, in their domains, with
 * responsible departments resolved against the demo departments by name. Idempotent.
 */
export const seedDemoCatalog = async (payload: Payload, options: ResolvedDisclosureOptions): Promise<{ created: number; existing: number }> => {
  const { slugs } = options
  const departments = (await payload.find({ collection: slugs.departments, depth: 0, pagination: false })).docs as unknown as NamedDepartment[]
  const domainIds = new Map<string, number | string>()
  const domainId = async (name: string) => {
    const local = LOCAL_DOMAINS[name]
    const target = local?.name ?? name
    if (domainIds.has(target)) return domainIds.get(target)!
    const found = await payload.find({ collection: slugs.catalogDomains, depth: 0, limit: 1, where: { name: { equals: target } } })
    const id =
      found.docs[0]?.id ??
      (await payload.create({ collection: slugs.catalogDomains, data: { ...local, name: target, local: true, sortOrder: local?.number ?? 99, active: true } })).id
    domainIds.set(target, id)
    return id
  }

  let created = 0
  let existing = 0
  let sortOrder = 0
  for (const { domain, source, row } of referenceRows()) {
    sortOrder += 10
    const domainRef = await domainId(domain)
    const match = await payload.count({
      collection: slugs.catalogItems,
      where: {
        and: [
          { domain: { equals: domainRef } },
          { l1: { equals: row.l1 } },
          { l2: { equals: row.l2 } },
          { content: { equals: row.content } },
        ],
      },
    })
    if (match.totalDocs > 0) {
      existing++
      continue
    }
    await payload.create({
      collection: slugs.catalogItems,
      data: {
        domain: domainRef,
        l1: row.l1,
        l2: row.l2,
        l3: row.l3 || null,
        content: row.content,
        basis: row.basis,
        timeLimit: row.timeLimit,
        subject: row.subject,
        departments: departmentsForSubject(row.subject, departments),
        channels: row.channels,
        channelsOther: row.channelsOther || null,
        audience: row.audience,
        mode: row.mode,
        levels: row.levels,
        extra: row.extra && Object.keys(row.extra).length > 0 ? row.extra : null,
        source,
        sortOrder,
        active: true,
      },
    })
    created++
  }
  return { created, existing }
}
