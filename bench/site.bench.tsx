/**
 * Benchmark: the public column's server time — the column home, a catalog item page (its records, newest
 * first, 20 a page) and a search — at 10k and 100k records, as the Next.js page renders them
 * (`renderSite` + the shell, to HTML with react-dom/server), against a bare page that makes the same
 * Local API reads of the same rows without the access layer (`overrideAccess: true`, the public filter
 * written in its `where`) and renders them as a plain list. Next.js's own work is the same for both and
 * left out. Targets: ≤ 1.5× bare at each size, and flat (100k ≤ 1.5× 10k).
 * Rows are written straight through the SQLite adapter (⅔ public, ⅙ drafts, ⅙ on request, 1% trashed).
 * BENCH_QUICK=1: 10k and 30k, fewer iterations.
 */
import './env.js'

import { performance } from 'node:perf_hooks'

import { getPayload, type Payload, type Where } from 'payload'
import { renderToString } from 'react-dom/server'

import { toBeijingDate } from '../src/calendar/index.js'
import { seedDemoData } from '../src/seed/seedDemo.js'
import { renderSite, type SiteActions } from '../src/site/router.js'
import { activeWhere } from '../access/publicReadsActive.js'
import { EMPTY_APPLICATION, EMPTY_LOOKUP } from '../src/site/formState.js'
import { SiteShell } from '../src/site/views.js'
import { benchConfig, lexicalParagraph, prng, QUICK, runBench, sqliteExecute, stats, targetLine, type Doc, type Id, type Stats } from './support.js'

const SIZES = QUICK ? [10_000, 30_000] : [10_000, 100_000]
const ITERATIONS = Number(process.env.BENCH_REQUESTS ?? (QUICK ? 40 : 150))
const WARMUP = QUICK ? 15 : 30
const RATIO_TARGET = 1.5
const FLAT_TARGET = 1.5
const BATCH = 500
const SEARCH_WORD = '救助资金'

const actions: SiteActions = { submitApplication: async () => EMPTY_APPLICATION, lookupApplication: async () => EMPTY_LOOKUP }

/** `count` more public-looking records written through the adapter, each with a body and its search text. */
const addRecords = async (payload: Payload, count: number, items: Doc[], departments: Id[], random: () => number): Promise<void> => {
  const db = payload.db as unknown as { drizzle: any; tables: Record<string, unknown> }
  const first = Number((await sqliteExecute(payload, 'SELECT coalesce(max(id), 0) + 1 AS next FROM "disclosures"'))[0]!.next)
  const from = Date.UTC(2015, 0, 1)
  const span = Date.UTC(2026, 5, 30) - from
  await sqliteExecute(payload, 'BEGIN')
  for (let start = first; start < first + count; start += BATCH) {
    const rows: Doc[] = []
    for (let id = start; id < Math.min(start + BATCH, first + count); id++) {
      const item = items[Math.floor(random() * items.length)]!
      const roll = random()
      const isPublic = roll < 2 / 3
      const status = isPublic || roll >= 5 / 6 ? 'published' : 'draft'
      const when = from + Math.floor(random() * span)
      // One record in fifty speaks of 救助资金: the search has a few hundred to a few thousand hits.
      const text = `第${id}号信息。${random() < 0.02 ? `本年度${SEARCH_WORD}发放情况予以公开。` : '现将有关情况予以公开。'}`
      rows.push({
        id,
        title: `信息公开事项第${id}号`,
        indexNumber: `SITE/${id}`,
        department: departments[Math.floor(random() * departments.length)],
        publicAttribute: roll >= 5 / 6 ? 'on-request' : 'proactive',
        status,
        publishedAt: status === 'published' ? new Date(when).toISOString() : null,
        catalogItem: item.id,
        domain: item.domain,
        body: lexicalParagraph(text),
        searchText: text,
        infoType: 'general',
        formedAt: toBeijingDate(new Date(when - 864e6)),
        createdAt: new Date(when).toISOString(),
        updatedAt: new Date(when).toISOString(),
        deletedAt: isPublic && random() < 0.01 ? new Date(when + 864e6).toISOString() : null,
      })
    }
    await db.drizzle.insert(db.tables.disclosures).values(rows)
  }
  await sqliteExecute(payload, 'COMMIT')
}

// ——————————————————————————————————————————— the bare pages: the same reads, no access layer, a plain list

const PUBLIC: Where[] = [{ status: { equals: 'published' } }, { publicAttribute: { equals: 'proactive' } }, { deletedAt: { exists: false } }]
const LIST_SELECT = { title: true, publishedAt: true, department: true, indexNumber: true } as const

const bareList = async (payload: Payload, collection: string, where: Where[], limit: number) =>
  (await payload.find({ collection, overrideAccess: true, depth: 1, limit, sort: '-publishedAt', where: { and: [...PUBLIC, ...where] }, select: LIST_SELECT, populate: { departments: { name: true } } })).docs as Doc[]

const BarePage = ({ heading = '', lists }: { heading?: string; lists: Doc[][] }) => (
  <html>
    <body>
      <h1>{heading}</h1>
      {lists.map((docs, i) => (
        <ul key={i}>
          {docs.map((doc) => (
            <li key={String(doc.id)}>
              <a href={`/xxgk/xx/${doc.id}`}>{String(doc.title)}</a> {String(doc.publishedAt ?? '')}
            </li>
          ))}
        </ul>
      ))}
    </body>
  </html>
)

const bareHome = async (payload: Payload): Promise<string> => {
  const [records, policies, interpretations, domains, items, reports] = await Promise.all([
    bareList(payload, 'disclosures', [], 8),
    bareList(payload, 'policy-documents', [], 6),
    bareList(payload, 'interpretations', [], 6),
    payload.find({ collection: 'catalog-domains', overrideAccess: true, depth: 0, pagination: false, where: activeWhere() }),
    payload.find({ collection: 'catalog-items', overrideAccess: true, depth: 1, pagination: false, where: activeWhere() }),
    payload.find({ collection: 'published-reports', overrideAccess: true, depth: 1, pagination: false, select: { title: true, year: true } }),
  ])
  return renderToString(<BarePage lists={[records, policies, interpretations, domains.docs as Doc[], items.docs as Doc[], reports.docs as Doc[]]} />)
}

const bareItem = async (payload: Payload, item: Id): Promise<string> => {
  const doc = (await payload.findByID({ collection: 'catalog-items', id: item, overrideAccess: true, depth: 1 })) as Doc
  return renderToString(<BarePage heading={`${doc.l2} ${doc.timeLimit ?? ''} ${doc.basis ?? ''}`} lists={[await bareList(payload, 'disclosures', [{ catalogItem: { equals: item } }], 20)]} />)
}

const bareSearch = async (payload: Payload, word: string): Promise<string> => {
  const or = (fields: string[]): Where[] => [{ or: fields.map((field) => ({ [field]: { like: word } })) }]
  const lists = await Promise.all([
    bareList(payload, 'disclosures', or(['title', 'indexNumber', 'searchText']), 200),
    bareList(payload, 'policy-documents', or(['title', 'indexNumber', 'documentNumber', 'searchText']), 200),
    bareList(payload, 'interpretations', or(['title', 'indexNumber', 'searchText']), 200),
  ])
  return renderToString(<BarePage lists={lists} />)
}

// ——————————————————————————————————————————— the column's pages, as the Next.js route renders them

const columnPage = async (payload: Payload, segments: string[], query: Record<string, string> = {}): Promise<string> => {
  const result = await renderSite(payload, segments, query, actions)
  if (!result) throw new Error(`bench: /xxgk/${segments.join('/')} is not a page`)
  return renderToString(
    <html>
      <body>
        <SiteShell siteName="示范区人民政府" base="/xxgk" crumbs={result.crumbs} active={result.active}>
          {result.content}
        </SiteShell>
      </body>
    </html>,
  )
}

const time = async (fn: () => Promise<string>): Promise<Stats> => {
  for (let i = 0; i < WARMUP; i++) await fn()
  const values: number[] = []
  for (let i = 0; i < ITERATIONS; i++) {
    const start = performance.now()
    await fn()
    values.push(performance.now() - start)
  }
  return stats(values)
}

const fmt = (s: Stats) => `${s.median.toFixed(2)} / ${s.p95.toFixed(2)} ms`

async function main(): Promise<void> {
  const payload = await getPayload({ config: await benchConfig([]) })
  if (payload.db.name !== 'sqlite') throw new Error('bench: site writes rows through the SQLite adapter')
  await seedDemoData(payload)
  const items = (await payload.find({ collection: 'catalog-items', depth: 0, pagination: false, overrideAccess: true })).docs as Doc[]
  const departments = (await payload.find({ collection: 'departments', depth: 0, pagination: false, overrideAccess: true })).docs.map((d) => d.id as Id)
  const random = prng(20261206)
  const pages: { name: string; ours: (item: Id) => Promise<string>; bare: (item: Id) => Promise<string> }[] = [
    { name: 'column home', ours: () => columnPage(payload, []), bare: () => bareHome(payload) },
    { name: 'catalog item page', ours: (item) => columnPage(payload, ['fdzdgknr', 'sx', String(item)]), bare: (item) => bareItem(payload, item) },
    { name: `search "${SEARCH_WORD}"`, ours: () => columnPage(payload, ['search'], { q: SEARCH_WORD }), bare: () => bareSearch(payload, SEARCH_WORD) },
  ]
  const results = new Map<string, { size: number; ours: Stats; bare: Stats }[]>()
  let inserted = 0
  for (const size of SIZES) {
    const t = performance.now()
    await addRecords(payload, size - inserted, items, departments, random)
    inserted = size
    // The item with the most records: the longest catalog list.
    const [busiest] = (await sqliteExecute(payload, 'SELECT catalog_item_id AS item, count(*) AS n FROM disclosures GROUP BY catalog_item_id ORDER BY n DESC LIMIT 1')) as Doc[]
    console.log(`\n=== ${size.toLocaleString('en-US')} records (inserted in ${((performance.now() - t) / 1000).toFixed(1)} s); catalog item ${busiest!.item} holds ${busiest!.n}`)
    console.log(`${'page'.padEnd(24)} ${'column median / p95'.padStart(22)} ${'bare median / p95'.padStart(22)} ratio`)
    // The first size also warms every code path once over, so it is not measured cold.
    if (size === SIZES[0]) for (const page of pages) for (let i = 0; i < WARMUP; i++) await Promise.all([page.ours(busiest!.item), page.bare(busiest!.item)])
    for (const page of pages) {
      // Both pages list the same records.
      const ours = await page.ours(busiest!.item)
      const bare = await page.bare(busiest!.item)
      const firstLink = (html: string) => /href="(\/xxgk\/xx\/\d+)"/.exec(html.slice(html.indexOf('<main')))?.[1]
      if (page.name !== 'column home' && firstLink(ours) !== /href="(\/xxgk\/xx\/\d+)"/.exec(bare)?.[1]) throw new Error(`bench: ${page.name}: the column and the bare page list different records first`)
      const oursStats = await time(() => page.ours(busiest!.item))
      const bareStats = await time(() => page.bare(busiest!.item))
      results.set(page.name, [...(results.get(page.name) ?? []), { size, ours: oursStats, bare: bareStats }])
      console.log(`${page.name.padEnd(24)} ${fmt(oursStats).padStart(22)} ${fmt(bareStats).padStart(22)} ${(oursStats.median / bareStats.median).toFixed(2)}×`)
    }
  }
  console.log('')
  for (const [name, rows] of results) {
    for (const row of rows) targetLine(`site ${name} vs bare page, ${row.size.toLocaleString('en-US')} records (median)`, row.ours.median / row.bare.median, RATIO_TARGET, `p95 ${(row.ours.p95 / row.bare.p95).toFixed(2)}×`)
    const [small, large] = [rows[0]!, rows[rows.length - 1]!]
    targetLine(`site ${name} growth ${small.size.toLocaleString('en-US')} → ${large.size.toLocaleString('en-US')} (median)`, large.ours.median / small.ours.median, FLAT_TARGET, `bare ${(large.bare.median / small.bare.median).toFixed(2)}×`)
  }
  await payload.destroy()
}

runBench(main)
