/**
 * The host app's server: `npm run dev` / `npm start` (admin + API), `npm run start:api` (API only) or
 * `npm run start:jobs` (the job worker: runs background jobs, serves only /healthz; see src/jobRunMode.ts).
 * PORT defaults to 3000. On a non-production start the demo organisation is seeded if missing (not by the worker).
 *
 * The npm scripts start it with `NODE_OPTIONS=--conditions=production`: Lexical's default Node entry points
 * pick their build with a top-level await, and on Node 20 loading several of them together intermittently
 * leaves Node with an unsettled top-level await (exit code 13, before any output). The `production` export
 * condition loads Lexical's build directly.
 */
import nextPkg from 'next'
import { getPayload } from 'payload'

import config from '../payload.config.js'
import { createApp } from './http/app.js'
import { createJobsApp } from './http/jobsApp.js'
import { jobRunMode } from './jobRunMode.js'
import { seedDemoRecords } from './seed/demoRecords.js'
import { seedDemoSite } from './seed/demoSite.js'
import { seedDemoData } from './seed/seedDemo.js'
import { keepServingOnStrayErrors } from './services/keepServing.js'

process.env.NEXT_TELEMETRY_DISABLED ??= '1'

// The project root (where next.config.mjs is); the server itself runs compiled from dist/.
const root = process.cwd()
const apiOnly = process.argv.includes('--api-only') || process.env.API_ONLY === 'true'
const { jobsOnly } = jobRunMode()
const dev = process.env.NODE_ENV !== 'production'
const port = Number(process.env.PORT ?? 3000)

const main = async () => {
  const payload = await getPayload({ config })
  keepServingOnStrayErrors(payload.logger)
  if (jobsOnly) {
    // Payload's job crons started with it (jobs.autoRun in payload.config.ts); this only answers health checks.
    createJobsApp({ payload }).listen(port, () => payload.logger.info(`Disclosure job worker running jobs — health http://localhost:${port}/healthz`))
    return
  }
  if (dev && process.env.SEED_DEMO !== 'false') {
    const seeded = await seedDemoData(payload)
    // Sample records only on the first start (the demo users were just created), never over real work.
    const records = seeded.users.created > 0 ? await seedDemoRecords(payload) : { created: 0 }
    // The public column's demo content, once (while the column has no pages of its own).
    const site = await seedDemoSite(payload)
    if (seeded.departments.created + seeded.users.created + seeded.catalogItems.created + records.created + site.created > 0) {
      payload.logger.info(
        `Demo data seeded: ${seeded.departments.created} departments, ${seeded.catalogItems.created} catalog items, ${seeded.users.created} users, ${records.created} records, ${site.created} entries of the public column (see README, "Demo logins").`,
      )
    }
  }

  let fallback: Parameters<typeof createApp>[0]['fallback']
  if (!apiOnly) {
    // next's CommonJS default export under NodeNext resolution.
    const createNext = ((nextPkg as unknown as { default?: unknown }).default ?? nextPkg) as unknown as typeof import("next").default
    const nextApp = createNext({ dev, dir: root, port })
    await nextApp.prepare()
    const handle = nextApp.getRequestHandler()
    fallback = (req, res) => handle(req, res)
  }

  const app = createApp({ payload, config, fallback })
  app.listen(port, () => {
    payload.logger.info(`Disclosure server on http://localhost:${port}${apiOnly ? ' (API only)' : '/admin'} — REST /api, GraphQL /api/graphql, health /healthz`)
  })
    // Not being able to listen (port taken) is fatal; the stray-error guard must not keep a dead server alive.
    .on('error', (error) => {
      payload.logger.error({ err: error }, `cannot listen on port ${port}`)
      process.exit(1)
    })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
