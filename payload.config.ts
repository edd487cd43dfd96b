/**
 * The host app: a county/district government site using payload-plugin-disclosure.
 * Database by DATABASE_URL (unset → embedded SQLite in ./data), admin in Chinese and English.
 */
import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'

import { databaseAdapter } from './src/database.js'
import { disclosurePlugin } from './src/index.js'
import { jobRunMode } from './src/jobRunMode.js'

// The project root: this file also runs compiled from dist/ (scripts/build-server.mjs).
const root = process.cwd()

// `next build` runs in production mode but serves nothing: it may go without the secret.
const building = process.env.NEXT_PHASE === 'phase-production-build'
const secret =
  process.env.PAYLOAD_SECRET ?? (process.env.NODE_ENV !== 'production' ? 'dev-secret-change-me' : building ? 'build-only-not-a-secret' : undefined)
if (!secret) throw new Error('PAYLOAD_SECRET must be set in production (NODE_ENV=production).')

// Jobs run in every server unless JOBS_AUTORUN=false (API instances next to a `npm run start:jobs` worker).
const jobs = jobRunMode()
const runsJobs = jobs.autoRun && process.env.JEST_WORKER_ID === undefined

export default buildConfig({
  secret,
  serverURL: process.env.SERVER_URL ?? '',
  admin: {
    user: 'users',
    importMap: { baseDir: path.resolve(root, 'src') },
    meta: { titleSuffix: ' · 政务公开' },
  },
  i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh' },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  // Shallow by default: staff documents link to users, whose private fields must never spill.
  defaultDepth: 1,
  maxDepth: 3,
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { autoGenerate: false, outputFile: path.resolve(root, 'src/payload-types.ts') },
  telemetry: false,
  // Background work (e.g. re-computing deadlines after a calendar change) runs every minute in the
  // long-running server (JOBS_AUTORUN, JOBS_CRON); tests run jobs explicitly.
  jobs: {
    // Neither runs nor schedules under Jest: a scheduled reminder queued at a minute boundary would
    // change what a test counts.
    autoRun: [{ cron: jobs.cron, limit: 50, queue: 'default', disableScheduling: !runsJobs }],
    shouldAutoRun: () => runsJobs,
  },
  collections: [
    {
      slug: 'users',
      auth: { tokenExpiration: 8 * 60 * 60 },
      labels: { singular: { zh: '用户', en: 'User' }, plural: { zh: '用户', en: 'Users' } },
      admin: { useAsTitle: 'email', group: { zh: '系统', en: 'System' } },
      fields: [{ name: 'name', type: 'text', label: { zh: '姓名', en: 'Name' } }],
    },
  ],
  // Attachments on local disk; point DISCLOSURE_FILES_DIR at persistent storage in production.
  plugins: [
    disclosurePlugin({
      filesDir: process.env.DISCLOSURE_FILES_DIR,
      filesMaxBytes: process.env.DISCLOSURE_FILES_MAX_BYTES ? Number(process.env.DISCLOSURE_FILES_MAX_BYTES) : undefined,
      // The demo government: its name on reply letters and the annual report, and where applicants seek remedies.
      requests: { agencyName: '示范区人民政府', reconsiderationBody: '示范区人民政府', court: '示范区人民法院' },
    }),
  ],
})
