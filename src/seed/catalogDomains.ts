import type { Payload } from 'payload'

import type { ResolvedDisclosureOptions } from '../options.js'
import { REFERENCE_DOMAINS, type ReferenceDomain } from './reference/domains26.js'

/** Splits "财政部 [NOT VERIFIED]" into the fact ("财政部") and the caveat ("NOT VERIFIED"). */
const withoutCaveats = (text: string): { value: string | null; caveats: string[] } => {
  const caveats = [...text.matchAll(/\[([^\]]+)\]/g)].map((match) => match[1]!.trim())
  const value = text.replace(/\[[^\]]+\]/g, '').replace(/\s+/g, ' ').trim()
  return { value: value === '' ? null : value, caveats }
}

/** A domain document from the reference data; unverified facts are kept out of the fields and noted. */
export const domainFromReference = (domain: ReferenceDomain) => {
  const ministry = withoutCaveats(domain.ministry)
  const doc = withoutCaveats(domain.doc)
  const title = withoutCaveats(domain.title)
  const caveats = [
    ...ministry.caveats.map((caveat) => `部委 / ministry: ${caveat}`),
    ...doc.caveats.map((caveat) => `文号 / document: ${caveat}`),
    ...title.caveats.map((caveat) => `名称 / title: ${caveat}`),
  ]
  return {
    number: domain.no,
    name: domain.name,
    nameEn: domain.en,
    ministry: ministry.value,
    guidelineDoc: doc.value,
    guidelineTitle: title.value,
    guidelineDate: domain.date || null,
    description: domain.notes || null,
    verification: [domain.verified, ...caveats].filter(Boolean).join('\n') || null,
    local: false,
    sortOrder: domain.no,
    active: true,
  }
}

/**
 * Creates whichever of the 26 national domains is missing (matched by name). Idempotent; safe when
 * two processes start at once (a duplicate loses on the unique name and is ignored).
 */
export const seedCatalogDomains = async (payload: Payload, options: ResolvedDisclosureOptions): Promise<number> => {
  const slug = options.slugs.catalogDomains
  const existing = await payload.find({ collection: slug, depth: 0, pagination: false, select: { name: true } })
  const names = new Set(existing.docs.map((doc) => (doc as { name?: string }).name))
  let created = 0
  for (const domain of REFERENCE_DOMAINS) {
    if (names.has(domain.name)) continue
    try {
      await payload.create({ collection: slug, data: domainFromReference(domain) })
      created++
    } catch (error) {
      const again = await payload.count({ collection: slug, where: { name: { equals: domain.name } } })
      if (again.totalDocs === 0) throw error
    }
  }
  return created
}
