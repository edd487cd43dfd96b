import type { Payload } from 'payload'

import { resolveOptions, type DisclosurePluginOptions } from '../options.js'
import { seedCatalogDomains } from './catalogDomains.js'
import { DEMO_DEPARTMENTS, DEMO_PASSWORD, DEMO_USERS } from './demo-data.js'
import { seedDemoCatalog } from './demoCatalog.js'

export interface SeedResult {
  departments: { created: number; existing: number }
  users: { created: number; existing: number }
  catalogItems: { created: number; existing: number }
}

export class DemoSeedRefusedError extends Error {}

/**
 * Creates whatever of the demo organisation is missing: departments by `orgCode`, the 100 real catalog
 * rows of the reference file (in the 26 domains), users by e-mail.
 * Running it again changes nothing. Demo users have a published password, so they are never
 * created when NODE_ENV is production.
 */
export const seedDemoData = async (
  payload: Payload,
  pluginOptions: DisclosurePluginOptions = {},
  { withUsers = true }: { withUsers?: boolean } = {},
): Promise<SeedResult> => {
  if (withUsers && process.env.NODE_ENV === 'production') {
    throw new DemoSeedRefusedError('Refusing to seed demo users with known passwords when NODE_ENV=production.')
  }
  const options = resolveOptions(pluginOptions)
  const { slugs, usersSlug } = options
  const result: SeedResult = {
    departments: { created: 0, existing: 0 },
    users: { created: 0, existing: 0 },
    catalogItems: { created: 0, existing: 0 },
  }
  const ids = new Map<string, number | string>()

  for (const department of DEMO_DEPARTMENTS) {
    const found = await payload.find({ collection: slugs.departments, depth: 0, limit: 1, where: { orgCode: { equals: department.orgCode } } })
    const existing = found.docs[0]
    if (existing) {
      ids.set(department.key, existing.id)
      result.departments.existing++
      continue
    }
    const { key, parentKey, ...data } = department
    const created = await payload.create({
      collection: slugs.departments,
      data: { ...data, parent: parentKey ? ids.get(parentKey) : undefined, active: true },
    })
    ids.set(key, created.id)
    result.departments.created++
  }

  // The catalog rows name departments by text: seed them after the departments.
  await seedCatalogDomains(payload, options)
  result.catalogItems = await seedDemoCatalog(payload, options)

  if (!withUsers) return result
  for (const user of DEMO_USERS) {
    const found = await payload.find({ collection: usersSlug, depth: 0, limit: 1, where: { email: { equals: user.email } } })
    if (found.docs.length > 0) {
      result.users.existing++
      continue
    }
    await payload.create({
      collection: usersSlug,
      data: {
        email: user.email,
        password: DEMO_PASSWORD,
        name: user.name,
        roles: user.roles,
        department: user.departmentKey ? ids.get(user.departmentKey) : undefined,
      },
    })
    result.users.created++
  }
  return result
}
