/**
 * Shared by the Payload benches: the bench's own Payload config (the host's adapter, editor, users
 * collection and plugin, plus bare copies of the disclosures collection), the demo users, the one
 * publishing function, timing statistics and SQLite query plans. Import `./env.js` before this module.
 */
import { rmSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig, createLocalReq, type CollectionConfig, type Config, type Field, type Payload, type Plugin, type SanitizedConfig } from 'payload'

import { databaseAdapter } from '../src/database.js'
import { disclosurePlugin } from '../src/index.js'
import { DEMO_REVIEW_CHAIN } from '../src/seed/demoRecords.js'
import { BENCH_DB_FILE, BENCH_FILES_DIR } from './env.js'

export const QUICK = process.env.BENCH_QUICK === '1' || process.env.BENCH_QUICK === 'true'

/** Bare copy of `disclosures` with the same compound and field indexes. */
export const BARE = 'bench-bare-records'
/** Bare copy without any index (unique constraints stay: they are data rules, not speed-ups). */
export const BARE_NO_INDEX = 'bench-bare-records-noidx'

export type Doc = Record<string, any>
export type Id = number | string

// ---------------------------------------------------------------------------------------------------
// Bare collections: the disclosures fields as the plugin builds them, without hooks, access, validation
// or admin; same storage, so the difference measured is the plugin's behaviour.

const strip = (fields: Field[], keepIndexes: boolean): Field[] =>
  fields
    .filter((field) => field.type !== 'ui' && field.type !== 'join')
    .map((field) => {
      const { hooks: _hooks, access: _access, validate: _validate, admin: _admin, filterOptions: _filter, ...rest } = field as Doc
      const copy: Doc = { ...rest }
      if (typeof copy.defaultValue === 'function') delete copy.defaultValue
      if (!keepIndexes) delete copy.index
      if (Array.isArray(copy.fields)) copy.fields = strip(copy.fields, keepIndexes)
      if (Array.isArray(copy.tabs)) copy.tabs = copy.tabs.map((tab: Doc) => ({ ...tab, fields: strip(tab.fields ?? [], keepIndexes) }))
      if (Array.isArray(copy.blocks)) copy.blocks = copy.blocks.map((block: Doc) => ({ ...block, fields: strip(block.fields ?? [], keepIndexes) }))
      return copy as Field
    })

const bareCopy = (source: CollectionConfig, slug: string, keepIndexes: boolean): CollectionConfig => ({
  slug,
  // Readable by anyone (the public list); writes need a logged-in user, Payload's default.
  access: { read: () => true },
  admin: { hidden: true },
  // Same storage as the source: trash adds `deletedAt`, and Payload filters it out of every find.
  trash: source.trash,
  timestamps: source.timestamps,
  indexes: keepIndexes ? source.indexes : [],
  fields: strip(source.fields, keepIndexes),
})

/** Runs after the disclosure plugin: appends bare copies of its disclosures collection. */
const bareCollections =
  (slugs: { slug: string; keepIndexes: boolean }[]): Plugin =>
  (config: Config): Config => {
    const source = config.collections?.find((collection) => collection.slug === 'disclosures')
    if (!source) throw new Error('bench: the plugin added no `disclosures` collection')
    return { ...config, collections: [...(config.collections ?? []), ...slugs.map(({ slug, keepIndexes }) => bareCopy(source, slug, keepIndexes))] }
  }

/**
 * The host app's pieces (payload.config.ts): the adapter chosen by DATABASE_URL, Lexical, the users
 * collection and the plugin with its defaults; no job runner (nothing runs in the background while
 * timing), no admin. Plus the bare collections.
 */
export const benchConfig = (bare: { slug: string; keepIndexes: boolean }[], { plugins = [] }: { plugins?: Plugin[] } = {}): Promise<SanitizedConfig> =>
  buildConfig({
    secret: process.env.PAYLOAD_SECRET!,
    serverURL: '',
    i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh' },
    editor: lexicalEditor(),
    db: databaseAdapter(),
    defaultDepth: 1,
    maxDepth: 3,
    telemetry: false,
    typescript: { autoGenerate: false },
    collections: [
      {
        slug: 'users',
        auth: { tokenExpiration: 8 * 60 * 60 },
        fields: [{ name: 'name', type: 'text' }],
      },
    ],
    // `plugins`: experiments on the plugin's output (e.g. other indexes), applied before the bare copies.
    plugins: [disclosurePlugin({ filesDir: BENCH_FILES_DIR }), ...plugins, bareCollections(bare)],
  })

/** Removes the bench's database file and attachments directory. */
export const cleanUp = (): void => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${BENCH_DB_FILE}${suffix}`, { force: true })
  rmSync(BENCH_FILES_DIR, { recursive: true, force: true })
}

// ---------------------------------------------------------------------------------------------------
// The demo organisation (src/seed/seedDemo.ts), found the way test/helpers/world.ts finds it.

export const DEMO = {
  office: 'office@demo.gov.cn',
  editorFinance: 'editor.finance@demo.gov.cn',
  reviewerFinance: 'reviewer.finance@demo.gov.cn',
} as const

export const FINANCE_ORG_CODE = '1121039900MB00027G'

/** A user document as the Local API expects it in `user`. */
export { findDemoUser as demoUser } from '../src/seed/demoRecords.js'

export { lexicalParagraph } from '../src/seed/lexical.js'

// ---------------------------------------------------------------------------------------------------
// Publishing. The ONE place that knows how a record gets published, so the workflow can change it.

export interface PublishTimings {
  /** how the record was published: one update, or the workflow's transitions */
  mode: 'update' | 'workflow'
  /** milliseconds per step, in order (`update`, or each transition's action) */
  steps: { step: string; ms: number }[]
}

const transitionEndpoint = (payload: Payload, collection: string) => {
  const endpoints = payload.collections[collection]?.config.endpoints
  return endpoints ? endpoints.find((endpoint) => endpoint.path === '/:id/transition' && endpoint.method === 'post') : undefined
}

/**
 * Publishes record `id` as a real staff user would.
 * - Without the review workflow: `update({ status: 'published' })` as `user` with `overrideAccess: false`.
 * - With it (the collection has `POST /:id/transition`): the transitions of the default chain, each
 *   through that endpoint's handler (no HTTP), `user` taking the author's steps (submit, publish) and
 *   `reviewer` the review steps (a reviewer may not sign off what they wrote or submitted).
 * Throws unless the record ends up published. Returns the time of each step.
 */
export const publishRecord = async (payload: Payload, id: Id, user: Doc, reviewer: Doc = user): Promise<PublishTimings> => {
  const collection = 'disclosures'
  const endpoint = transitionEndpoint(payload, collection)
  if (!endpoint) {
    const t0 = performance.now()
    const doc = await payload.update({ collection, id, data: { status: 'published' }, user, overrideAccess: false, depth: 0 })
    const ms = performance.now() - t0
    if ((doc as Doc).status !== 'published') throw new Error(`bench: record ${id} not published (status ${(doc as Doc).status})`)
    return { mode: 'update', steps: [{ step: 'update', ms }] }
  }
  const steps: PublishTimings['steps'] = []
  let status: unknown
  for (const { action, by, input: extra } of DEMO_REVIEW_CHAIN) {
    const actor = by === 'author' ? user : reviewer
    const t0 = performance.now()
    const req = await createLocalReq({ user: actor as any }, payload)
    req.routeParams = { id: String(id) }
    const body = { action, ...extra }
    req.json = async () => body
    let response: Response
    try {
      response = (await endpoint.handler(req)) as Response
    } catch (error) {
      throw new Error(`bench: transition ${action} of record ${id} failed: ${error instanceof Error ? error.message : String(error)}`)
    }
    const result = (await response.json()) as Doc
    steps.push({ step: action, ms: performance.now() - t0 })
    if (!response.ok) throw new Error(`bench: transition ${action} of record ${id}: ${response.status} ${JSON.stringify(result)}`)
    status = result.doc?.status
  }
  if (status !== 'published') throw new Error(`bench: record ${id} ended ${String(status)}, not published`)
  return { mode: 'workflow', steps }
}

// ---------------------------------------------------------------------------------------------------
// Statistics and output.

/** mulberry32: small, seeded, reproducible. */
export const prng = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Stats {
  n: number
  median: number
  p95: number
  mean: number
}

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]

export const stats = (values: number[]): Stats => {
  const sorted = [...values].sort((a, b) => a - b)
  return { n: values.length, median: percentile(sorted, 50), p95: percentile(sorted, 95), mean: values.reduce((sum, v) => sum + v, 0) / values.length }
}

export const ms = (value: number): string => `${value.toFixed(2)} ms`.padStart(11)
export const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`

export const printComparison = (title: string, rows: { name: string; ours: Stats; bare: Stats }[]): void => {
  console.log(`\n${title}`)
  console.log(
    `${'operation'.padEnd(40)} ${'plugin med'.padStart(11)} ${'plugin p95'.padStart(11)} ${'bare med'.padStart(11)} ${'bare p95'.padStart(11)} ${'ratio med'.padStart(9)} ${'ratio p95'.padStart(9)}`,
  )
  for (const { name, ours, bare } of rows) {
    console.log(
      `${name.padEnd(40)} ${ms(ours.median)} ${ms(ours.p95)} ${ms(bare.median)} ${ms(bare.p95)} ${ratio(ours.median, bare.median).padStart(9)} ${ratio(ours.p95, bare.p95).padStart(9)}`,
    )
  }
}

/** One PASS/OVER line per target. Benchmarks report; they never fail the run. */
export const targetLine = (name: string, value: number, target: number, detail = ''): string => {
  const line = `${value <= target ? 'PASS' : 'OVER'} ${name}: ${value.toFixed(2)}× (target ≤ ${target}×)${detail ? ` — ${detail}` : ''}`
  console.log(line)
  return line
}

// ---------------------------------------------------------------------------------------------------
// SQLite: capture the statements a request runs and ask the planner about them.

interface LibsqlClient {
  execute: (statement: string | { sql: string; args?: unknown[] }) => Promise<{ rows: Doc[] }>
}

const sqliteClient = (payload: Payload): LibsqlClient | null => {
  const client = (payload.db as unknown as { client?: LibsqlClient }).client
  return payload.db.name === 'sqlite' && client ? client : null
}

/** Runs `fn` and returns the SQL statements (with arguments) Payload sent to SQLite meanwhile. */
export const captureSql = async (payload: Payload, fn: () => Promise<unknown>): Promise<{ sql: string; args: unknown[]; ms: number }[]> => {
  const client = sqliteClient(payload)
  if (!client) {
    await fn()
    return []
  }
  const captured: { sql: string; args: unknown[]; ms: number }[] = []
  const original = client.execute
  client.execute = async function (this: unknown, statement) {
    const entry = typeof statement === 'string' ? { sql: statement, args: [], ms: 0 } : { sql: statement.sql, args: statement.args ?? [], ms: 0 }
    captured.push(entry)
    const start = performance.now()
    try {
      return await original.call(this, statement)
    } finally {
      entry.ms = performance.now() - start
    }
  } as LibsqlClient['execute']
  try {
    await fn()
  } finally {
    client.execute = original
  }
  return captured
}

export interface PlanStep {
  id: number
  parent: number
  detail: string
}

/** EXPLAIN QUERY PLAN of a statement, one entry per plan step (`parent` 0: the outer query). */
export const queryPlan = async (payload: Payload, statement: { sql: string; args: unknown[] }): Promise<PlanStep[]> => {
  const client = sqliteClient(payload)
  if (!client) return []
  const { rows } = await client.execute({ sql: `EXPLAIN QUERY PLAN ${statement.sql}`, args: statement.args })
  return rows.map((row) => ({ id: Number(row.id ?? row[0]), parent: Number(row.parent ?? row[1]), detail: String(row.detail ?? row[3]) }))
}

/** The outer query's steps, with the number of correlated subqueries (Payload loads arrays and relations that way). */
export const outerPlan = (plan: PlanStep[]): string => {
  const outer = plan.filter((step) => step.parent === 0)
  const subqueries = outer.filter((step) => /CORRELATED SCALAR SUBQUERY/.test(step.detail)).length
  const main = outer.filter((step) => !/CORRELATED SCALAR SUBQUERY/.test(step.detail)).map((step) => step.detail)
  return `${main.join(' | ')}${subqueries ? ` (+ ${subqueries} correlated subqueries for arrays/relations of the 20 rows)` : ''}`
}

/** A short form of an error for the console (Drizzle puts the whole statement and its arguments in the message). */
export const shortError = (error: unknown): string => {
  const text = error instanceof Error ? `${error.stack ?? error.message}${error.cause instanceof Error ? `\ncause: ${error.cause.message}` : ''}` : String(error)
  return text.length > 3000 ? `${text.slice(0, 3000)}… (${text.length - 3000} more characters)` : text
}

/** Runs one SQL statement on the SQLite database. */
export const sqliteExecute = async (payload: Payload, sql: string, args: unknown[] = []): Promise<Doc[]> => {
  const client = sqliteClient(payload)
  if (!client) throw new Error('bench: not an SQLite database')
  return (await client.execute({ sql, args })).rows
}

/** Every index of a table, as SQLite stores it. */
export const sqliteIndexes = async (payload: Payload, table: string): Promise<{ name: string; sql: string }[]> => {
  const client = sqliteClient(payload)
  if (!client) return []
  const { rows } = await client.execute({ sql: `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? ORDER BY name`, args: [table] })
  return rows.map((row) => ({ name: String(row.name), sql: String(row.sql ?? '(automatic)') }))
}

/** Runs a bench's `main`, removes its scratch database whatever happens, and exits 0 (or 1 if it crashed). */
export const runBench = (main: () => Promise<void>): void => {
  main()
    .then(() => {
      cleanUp()
      process.exit(0)
    })
    .catch((error: unknown) => {
      console.error(shortError(error))
      cleanUp()
      process.exit(1)
    })
}
