/**
 * Benchmark: the public list of one domain's records over REST, anonymous,
 * `GET /api/disclosures?where[domain][equals]=<id>&limit=20&depth=0` (default sort -publishedAt, the
 * plugin's read access adds "published, proactive, not in the trash"), at 10k and 100k records, against
 * bare copies of the collection holding the same rows (`bench-bare-records` with the same indexes,
 * `bench-bare-records-noidx` with none declared) and no access rule.
 * Targets: plugin ≤ 1.2× bare (indexed) at each size, and flat (100k ≤ 1.2× 10k).
 * Also: the SQLite plans of the statements each request runs, that the compound indexes exist, and how
 * a record create scales with the table (the department read it does).
 * Rows are written straight through the database adapter (no hooks). The API-only Express app of the
 * project serves REST on a free port. BENCH_QUICK=1: 10k and 30k, fewer requests.
 */
import './env.js'

import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { performance } from 'node:perf_hooks'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { toBeijingDate } from '../src/calendar/index.js'
import { createApp } from '../src/http/app.js'
import { seedDemoData } from '../src/seed/seedDemo.js'
import {
  BARE,
  BARE_NO_INDEX,
  benchConfig,
  captureSql,
  DEMO,
  demoUser,
  FINANCE_ORG_CODE,
  lexicalParagraph,
  prng,
  QUICK,
  runBench,
  outerPlan,
  queryPlan,
  sqliteExecute,
  sqliteIndexes,
  stats,
  targetLine,
  type Doc,
  type Id,
  type Stats,
} from './support.js'

const SIZES = QUICK ? [10_000, 30_000] : [10_000, 100_000]
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? (QUICK ? 60 : 300))
const WARMUP = QUICK ? 10 : 30
const CREATES = QUICK ? 15 : 40
const RATIO_TARGET = 1.2
const FLAT_TARGET = 1.2
const BATCH = 500

const tableOf = (slug: string) => slug.replace(/-/g, '_')

interface Variant {
  key: string
  label: string
  path: (domain: Id) => string
  slug: string
}

const VARIANTS: Variant[] = [
  { key: 'plugin', label: 'disclosures (plugin, anonymous)', slug: 'disclosures', path: (d) => `/api/disclosures?where[domain][equals]=${d}&limit=20&depth=0` },
  { key: 'bare', label: 'bare, same indexes', slug: BARE, path: (d) => `/api/${BARE}?where[domain][equals]=${d}&limit=20&depth=0&sort=-publishedAt` },
  { key: 'noidx', label: 'bare, no declared indexes', slug: BARE_NO_INDEX, path: (d) => `/api/${BARE_NO_INDEX}?where[domain][equals]=${d}&limit=20&depth=0&sort=-publishedAt` },
  {
    key: 'bareFiltered',
    label: 'bare, same indexes, public filter in the URL',
    slug: BARE,
    path: (d) => `/api/${BARE}?where[domain][equals]=${d}&where[status][equals]=published&where[publicAttribute][equals]=proactive&limit=20&depth=0&sort=-publishedAt`,
  },
]

/** The generated table, in memory too, to know what each list must return. */
interface Generated {
  id: number
  domain: Id
  status: string
  publicAttribute: string
  publishedAt: string | null
  deleted: boolean
}

const DAY = 86_400_000
const FROM = Date.UTC(2015, 0, 1)
const SPAN = Date.UTC(2026, 5, 30) - FROM

/** Writes `count` generated rows, with the same ids, into disclosures and both bare tables (and their side tables). */
async function insertRows(payload: Payload, count: number, world: { items: Doc[]; departments: Id[] }, random: () => number, generated: Generated[]) {
  const db = payload.db as unknown as { drizzle: any; tables: Record<string, unknown> }
  const tables = ['disclosures', BARE, BARE_NO_INDEX].map(tableOf)
  let firstId = 1
  for (const table of tables) firstId = Math.max(firstId, Number((await sqliteExecute(payload, `SELECT coalesce(max(id), 0) + 1 AS next FROM "${table}"`))[0]!.next))
  const lastId = firstId + count - 1
  // One transaction for the lot: the rows appear together, and SQLite syncs once.
  await sqliteExecute(payload, 'BEGIN')
  for (let start = firstId; start <= lastId; start += BATCH) {
    const rows: Doc[] = []
    const rels: Doc[] = []
    const bases: Doc[] = []
    for (let id = start; id <= Math.min(start + BATCH - 1, lastId); id++) {
      const item = world.items[Math.floor(random() * world.items.length)]!
      const department = world.departments[Math.floor(random() * world.departments.length)]!
      const kind = random()
      // 2/3 published and proactive (public); 1/6 drafts; 1/6 published on request (never public).
      const status = kind < 2 / 3 || kind >= 5 / 6 ? 'published' : 'draft'
      const publicAttribute = kind >= 5 / 6 ? 'on-request' : 'proactive'
      const published = FROM + Math.floor(random() * SPAN)
      const publishedAt = status === 'published' ? new Date(published).toISOString() : null
      const formedAt = toBeijingDate(new Date(published - 10 * DAY))
      // 1% of the public ones are in the trash.
      const deleted = status === 'published' && publicAttribute === 'proactive' && random() < 0.01
      const stamp = new Date(published - 5 * DAY).toISOString()
      rows.push({
        id,
        title: `${formedAt.slice(0, 4)}年度信息公开事项第${id}号`,
        indexNumber: `BULK/${id}`,
        department,
        publicAttribute,
        status,
        publishedAt,
        catalogItem: item.id,
        domain: item.domain,
        body: lexicalParagraph(`第${id}号信息正文。`),
        infoType: 'general',
        formedAt,
        dueDate: toBeijingDate(new Date(published + 18 * DAY)),
        daysLate: status === 'published' ? 0 : null,
        attributeReason: publicAttribute === 'on-request' ? '仅涉及特定对象' : null,
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: deleted ? new Date(published + 30 * DAY).toISOString() : null,
      })
      if (id % 10 === 0) rels.push({ parent: id, path: 'coDepartments', order: 1, departmentsID: world.departments[(id / 10) % world.departments.length] })
      if (publicAttribute === 'on-request') bases.push({ parent: id, order: 1, value: 'art27-on-request' })
      generated.push({ id, domain: item.domain as Id, status, publicAttribute, publishedAt, deleted })
    }
    for (const table of tables) {
      await db.drizzle.insert(db.tables[table]).values(rows)
      if (rels.length) await db.drizzle.insert(db.tables[`${table}_rels`]).values(rels)
      if (bases.length) await db.drizzle.insert(db.tables[`${table}_attribute_basis`]).values(bases)
    }
  }
  await sqliteExecute(payload, 'COMMIT')
}

const fmt = (x: number) => `${x.toFixed(2)} ms`.padStart(11)

async function main(): Promise<void> {
  const t0 = performance.now()
  const configPromise = benchConfig([
    { slug: BARE, keepIndexes: true },
    { slug: BARE_NO_INDEX, keepIndexes: false },
  ])
  const config: SanitizedConfig = await configPromise
  const payload = await getPayload({ config })
  if (payload.db.name !== 'sqlite') throw new Error('bench: records-list writes rows through the SQLite adapter')
  await seedDemoData(payload)
  const items = (await payload.find({ collection: 'catalog-items', depth: 0, pagination: false, overrideAccess: true })).docs as Doc[]
  const departments = (await payload.find({ collection: 'departments', depth: 0, pagination: false, overrideAccess: true })).docs.map((d) => d.id as Id)
  const finance = (await payload.find({ collection: 'departments', where: { orgCode: { equals: FINANCE_ORG_CODE } }, depth: 0, limit: 1 })).docs[0]!.id
  const editor = await demoUser(payload, DEMO.editorFinance)
  console.log(
    `booted and seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${items.length} catalog items in ${new Set(items.map((i) => i.domain)).size} domains, ${departments.length} departments`,
  )

  // The compound indexes the collection declares, as SQLite has them.
  const indexes = await sqliteIndexes(payload, 'disclosures')
  const wanted = [
    ['status', 'public_attribute', 'domain_id', 'published_at'],
    ['status', 'public_attribute', 'catalog_item_id', 'published_at'],
    ['status', 'public_attribute', 'department_id', 'published_at'],
    ['status', 'public_attribute', 'published_at'],
  ]
  console.log('\ncompound indexes on disclosures (sqlite_master):')
  let indexesOk = true
  // deleted_at (trash) and created_at (Payload's tie-breaker sort) may be added to them.
  const columnsOf = (sql: string) => (/\((.*)\)\s*$/.exec(sql)?.[1] ?? '').split(',').map((c) => c.trim().replace(/[`"]/g, ''))
  for (const columns of wanted) {
    const found = indexes.find((index) => columnsOf(index.sql).filter((c) => c !== 'deleted_at' && c !== 'created_at').join() === columns.join())
    if (!found) indexesOk = false
    console.log(`  ${found ? 'present' : 'MISSING'} (${columns.join(', ')})${found ? `: ${found.name} (${columnsOf(found.sql).join(', ')})` : ''}`)
  }

  const server = await new Promise<Server>((resolve) => {
    const listening = createApp({ payload, config }).listen(0, '127.0.0.1', () => resolve(listening))
  })
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const get = async (path: string): Promise<{ ms: number; status: number; body: Doc }> => {
    const start = performance.now()
    const response = await fetch(`${base}${path}`)
    const text = await response.text()
    const ms = performance.now() - start
    return { ms, status: response.status, body: JSON.parse(text) as Doc }
  }

  const random = prng(20260101)
  const generated: Generated[] = []
  const results: { size: number; domain: Id; rows: number; stats: Record<string, Stats>; create: { ours: Stats; bare: Stats }; departmentRead: Stats }[] = []
  const planProblems: string[] = []
  let inserted = 0

  for (const size of SIZES) {
    const ti = performance.now()
    await insertRows(payload, size - inserted, { items, departments }, random, generated)
    inserted = size
    console.log(`\n=== ${size.toLocaleString('en-US')} records (inserted through the adapter into 3 tables in ${((performance.now() - ti) / 1000).toFixed(1)} s)`)

    // The domain with the most public records: the longest list.
    const perDomain = new Map<string, number>()
    for (const row of generated) if (row.status === 'published' && row.publicAttribute === 'proactive' && !row.deleted) perDomain.set(String(row.domain), (perDomain.get(String(row.domain)) ?? 0) + 1)
    const [domain, publicRows] = [...perDomain.entries()].sort((a, b) => b[1] - a[1])[0]!
    const allRows = generated.filter((row) => String(row.domain) === domain && !row.deleted).length
    const newest = generated
      .filter((row) => String(row.domain) === domain && row.status === 'published' && row.publicAttribute === 'proactive' && !row.deleted)
      .map((row) => row.publishedAt!)
      .sort()
      .reverse()[0]
    console.log(`domain ${domain}: ${allRows} records not in the trash, ${publicRows} of them public`)

    // Correctness first: the plugin returns exactly the public records, newest first.
    for (const variant of VARIANTS) {
      const { status, body } = await get(variant.path(domain))
      const expected = variant.key === 'plugin' || variant.key === 'bareFiltered' ? publicRows : allRows
      const first = body.docs?.[0]
      const okOrder = variant.key === 'plugin' || variant.key === 'bareFiltered' ? first?.publishedAt === newest : true
      const problems = [
        status !== 200 && `status ${status}`,
        body.totalDocs !== expected && `totalDocs ${body.totalDocs}, expected ${expected}`,
        body.docs?.length !== 20 && `${body.docs?.length} docs`,
        !okOrder && `first publishedAt ${first?.publishedAt}, expected ${newest}`,
        variant.key === 'plugin' && body.docs?.some((doc: Doc) => doc.status !== 'published' || doc.publicAttribute !== 'proactive') && 'non-public record listed',
      ].filter(Boolean)
      if (problems.length) throw new Error(`bench: ${variant.label}: ${problems.join('; ')}`)
    }

    // What SQLite does for each request.
    console.log('\nquery plans (EXPLAIN QUERY PLAN of the statements one request runs on the list table):')
    for (const variant of VARIANTS) {
      const statements = await captureSql(payload, () => get(variant.path(domain)))
      const table = tableOf(variant.slug)
      const onTable = statements.filter((s) => new RegExp(`from "${table}" "${table}"`).test(s.sql) || new RegExp(`from "${table}"\\s*(where|$)`).test(s.sql))
      console.log(`  ${variant.label} — ${statements.length} statement(s) in all`)
      for (const statement of onTable) {
        const kind = /^select count/i.test(statement.sql) ? 'count' : 'rows '
        const plan = outerPlan(await queryPlan(payload, statement))
        console.log(`    ${kind}: ${plan}`)
        if (variant.key !== 'plugin') continue
        const problems = [
          !/USING (COVERING )?INDEX status_publicAttribute_domain_\w*idx/.test(plan) && 'the (status, publicAttribute, domain, publishedAt) index is not used',
          new RegExp(`SCAN ${table}\\b(?! USING)`).test(plan) && 'full table scan',
          /USE TEMP B-TREE FOR ORDER BY/.test(plan) && 'sorts every matching row',
          kind === 'count' &&
            !/COVERING INDEX/.test(plan) &&
            "the count reads every matching row from the table (deleted_at, which the trash filter tests, is not in the index), so it grows with the domain's record count",
        ].filter(Boolean)
        if (problems.length) planProblems.push(`${size}: plugin ${kind.trim()} query: ${problems.join('; ')} — ${plan}`)
      }
    }

    // Latency: warm up, then round-robin so every variant sees the same conditions.
    for (let i = 0; i < WARMUP; i++) for (const variant of VARIANTS) await get(variant.path(domain))
    const times: Record<string, number[]> = Object.fromEntries(VARIANTS.map((v) => [v.key, []]))
    for (let i = 0; i < REQUESTS; i++) {
      const order = i % 2 === 0 ? VARIANTS : [...VARIANTS].reverse()
      for (const variant of order) times[variant.key]!.push((await get(variant.path(domain))).ms)
    }
    const byVariant = Object.fromEntries(VARIANTS.map((v) => [v.key, stats(times[v.key]!)]))
    console.log(`\nGET, ${REQUESTS} requests each after ${WARMUP} warm-up (client-side latency, keep-alive):`)
    console.log(`  ${'variant'.padEnd(46)} ${'median'.padStart(11)} ${'p95'.padStart(11)} ${'vs plugin'.padStart(10)}`)
    for (const variant of VARIANTS) {
      const x = byVariant[variant.key]!
      console.log(`  ${variant.label.padEnd(46)} ${fmt(x.median)} ${fmt(x.p95)} ${`${(byVariant.plugin!.median / x.median).toFixed(2)}×`.padStart(10)}`)
    }

    // A record create at this table size (the plugin reads the department, and Payload joins its records).
    const deptTimes: number[] = []
    for (let i = 0; i < 50; i++) {
      const start = performance.now()
      await payload.find({ collection: 'departments', where: { id: { equals: finance } }, depth: 0, limit: 1, overrideAccess: true, pagination: false })
      deptTimes.push(performance.now() - start)
    }
    const departmentRead = stats(deptTimes)
    const ours: number[] = []
    const bare: number[] = []
    const today = toBeijingDate(new Date())
    const item = items[0]!
    for (let i = 0; i < CREATES; i++) {
      const data = { title: `规模测试 ${size}-${i}`, department: finance, publicAttribute: 'proactive', status: 'draft', catalogItem: item.id, formedAt: today, infoType: 'general' }
      let start = performance.now()
      await payload.create({ collection: 'disclosures', data, user: editor, overrideAccess: false, depth: 0 })
      ours.push(performance.now() - start)
      start = performance.now()
      await payload.create({ collection: BARE, data: { ...data, domain: item.domain, indexNumber: `SCALE/${size}-${i}` }, user: editor, overrideAccess: false, depth: 0 })
      bare.push(performance.now() - start)
    }
    const create = { ours: stats(ours), bare: stats(bare) }
    console.log(
      `\ncreate (draft, Local API as ${DEMO.editorFinance}), ${CREATES} each: plugin median ${create.ours.median.toFixed(2)} ms (p95 ${create.ours.p95.toFixed(2)}), bare ${create.bare.median.toFixed(2)} ms (p95 ${create.bare.p95.toFixed(2)})`,
    )
    console.log(`department read by id (what relationExists and the 索引号 hook do), 50×: median ${departmentRead.median.toFixed(2)} ms, p95 ${departmentRead.p95.toFixed(2)} ms`)
    const statements = await captureSql(payload, () =>
      payload.create({ collection: 'disclosures', data: { title: `规模测试 ${size}-sql`, department: finance, catalogItem: item.id, formedAt: today }, user: editor, overrideAccess: false, depth: 0 }),
    )
    const slowest = [...statements].sort((a, b) => b.ms - a.ms).slice(0, 3)
    console.log(`one plugin create: ${statements.length} SQL statements, ${statements.reduce((sum, x) => sum + x.ms, 0).toFixed(1)} ms in SQLite; slowest:`)
    for (const statement of slowest) console.log(`  ${statement.ms.toFixed(2).padStart(7)} ms  ${statement.sql.replace(/\s+/g, ' ').slice(0, 110)}…`)
    const departmentStatement = (
      await captureSql(payload, () => payload.find({ collection: 'departments', where: { id: { equals: finance } }, depth: 0, limit: 1, overrideAccess: true, pagination: false }))
    )[0]
    if (departmentStatement) {
      const plan = (await queryPlan(payload, departmentStatement)).map((step) => step.detail).join(' | ')
      console.log(`  department read plan: ${plan}`)
      if (/USE TEMP B-TREE FOR ORDER BY/.test(plan)) {
        planProblems.push(
          `${size}: reading a department sorts all its records (the join departments.disclosures, newest createdAt first, has no (department, createdAt) index): ${departmentRead.median.toFixed(2)} ms per read`,
        )
      }
    }
    // The probe's rows leave the tables, so the next size lists exactly the generated rows.
    for (const table of ['disclosures', BARE].map(tableOf)) await sqliteExecute(payload, `DELETE FROM "${table}" WHERE title LIKE '规模测试%'`)
    results.push({ size, domain, rows: publicRows, stats: byVariant, create, departmentRead })
  }

  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))

  // Summary and targets.
  console.log('\nSummary (medians; ratio = plugin / bare):')
  for (const r of results) {
    const s = r.stats
    console.log(
      `  ${String(r.size).padStart(7)} records: plugin ${s.plugin!.median.toFixed(2)} ms (p95 ${s.plugin!.p95.toFixed(2)}), bare ${s.bare!.median.toFixed(2)} ms (p95 ${s.bare!.p95.toFixed(2)}) → ${(s.plugin!.median / s.bare!.median).toFixed(2)}×; ` +
        `bare without indexes ${s.noidx!.median.toFixed(2)} ms → ${(s.plugin!.median / s.noidx!.median).toFixed(2)}×; bare with the public filter ${s.bareFiltered!.median.toFixed(2)} ms → ${(s.plugin!.median / s.bareFiltered!.median).toFixed(2)}×`,
    )
  }
  console.log('')
  for (const r of results) {
    const s = r.stats
    targetLine(`records-list ${r.size} plugin vs bare (same indexes), median`, s.plugin!.median / s.bare!.median, RATIO_TARGET, `p95 ratio ${(s.plugin!.p95 / s.bare!.p95).toFixed(2)}×`)
  }
  for (const r of results) {
    const s = r.stats
    targetLine(`records-list ${r.size} plugin vs bare (no indexes), median`, s.plugin!.median / s.noidx!.median, RATIO_TARGET)
  }
  const first = results[0]!
  const last = results[results.length - 1]!
  targetLine(
    `records-list flat ${first.size}→${last.size}, plugin median`,
    last.stats.plugin!.median / first.stats.plugin!.median,
    FLAT_TARGET,
    `p95 ${(last.stats.plugin!.p95 / first.stats.plugin!.p95).toFixed(2)}×`,
  )
  console.log(
    `INFO records-list flat ${first.size}→${last.size}: bare ${(last.stats.bare!.median / first.stats.bare!.median).toFixed(2)}×, bare without indexes ${(last.stats.noidx!.median / first.stats.noidx!.median).toFixed(2)}×`,
  )
  console.log(
    `INFO create at ${first.size}→${last.size} records: plugin ${first.create.ours.median.toFixed(2)}→${last.create.ours.median.toFixed(2)} ms (${(last.create.ours.median / first.create.ours.median).toFixed(2)}×), bare ${first.create.bare.median.toFixed(2)}→${last.create.bare.median.toFixed(2)} ms; department read ${first.departmentRead.median.toFixed(2)}→${last.departmentRead.median.toFixed(2)} ms`,
  )
  console.log(indexesOk ? 'OK   compound indexes present in the SQLite schema' : 'MISSING compound indexes: see above')
  if (planProblems.length === 0) console.log('OK   the plugin list query and its count use the (status, publicAttribute, domain, publishedAt) index: no full scan, no full sort; department reads need no sort')
  else for (const problem of planProblems) console.log(`PLAN ${problem}`)

  await payload.destroy()
}

runBench(main)
