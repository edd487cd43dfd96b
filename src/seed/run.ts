/**
 * `npm run seed`: creates whatever of the demo organisation is missing (idempotent), and sample records
 * into a database that has none.
 * Refused when NODE_ENV=production, because the demo accounts have a published password.
 */
import { getPayload } from 'payload'

import config from '../../payload.config.js'
import { seedDemoRecords } from './demoRecords.js'
import { seedDemoSite } from './demoSite.js'
import { DemoSeedRefusedError, seedDemoData } from './seedDemo.js'

const main = async () => {
  // Refuse before connecting: a production database must not even be opened for demo data.
  if (process.env.NODE_ENV === 'production') {
    throw new DemoSeedRefusedError('Refusing to seed demo users with known passwords when NODE_ENV=production.')
  }
  const payload = await getPayload({ config })
  try {
    const result = await seedDemoData(payload)
    const records = await seedDemoRecords(payload)
    const site = await seedDemoSite(payload)
    payload.logger.info(
      `Departments: ${result.departments.created} created, ${result.departments.existing} already there. ` +
        `Catalog items: ${result.catalogItems.created} created, ${result.catalogItems.existing} already there. ` +
        `Users: ${result.users.created} created, ${result.users.existing} already there. ` +
        (records.skipped ? 'Records: the database already has some, no samples added.' : `Records: ${records.created} samples created.`) +
        (site.skipped ? ' Public column: already has pages, nothing added.' : ` Public column: ${site.created} pages and entries created.`),
    )
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof DemoSeedRefusedError ? error.message : error)
    process.exit(1)
  },
)
