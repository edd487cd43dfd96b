/**
 * Benchmark: creating and publishing a disclosure record through the Local API, as a real staff user
 * (`overrideAccess: false`) with every hook and access rule of the plugin, against a bare collection with
 * the same fields and indexes and no hooks or access (`bench-bare-records`).
 * Target: create + publish ≤ 1.3× bare (medians). Also a floor for reference: the bare collection plus
 * only the writes the issues require of every save (the 索引号 counter on create, an audit entry per
 * write). Run with `npm run bench` (all benches) or
 * `cross-env NODE_OPTIONS=--conditions=production tsx bench/records-write.bench.ts`; BENCH_QUICK=1 for a
 * short run, BENCH_ITERATIONS=N to choose. Prints PASS/OVER; always exits 0 unless it could not run.
 */
import './env.js'

import { performance } from 'node:perf_hooks'

import { createLocalReq, getPayload, type Payload } from 'payload'

import { writeAuditEntry } from '../src/services/auditLog.js'
import { nextSerial } from '../src/services/serialCounter.js'

import { seedDemoData } from '../src/seed/seedDemo.js'
import { toBeijingDate } from '../src/calendar/index.js'
import {
  BARE,
  benchConfig,
  DEMO,
  demoUser,
  FINANCE_ORG_CODE,
  lexicalParagraph,
  printComparison,
  publishRecord,
  QUICK,
  runBench,
  sqliteExecute,
  stats,
  targetLine,
  type Doc,
  type Id,
} from './support.js'

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? (QUICK ? 60 : 300))
const WARMUP = QUICK ? 10 : 30
const TARGET = 1.3

const body = (i: number) => lexicalParagraph(`根据《中华人民共和国政府信息公开条例》，现将示范区财政局第${i}号预算执行情况予以公开。`)

async function main(): Promise<void> {
  const t0 = performance.now()
  const payload: Payload = await getPayload({ config: benchConfig([{ slug: BARE, keepIndexes: true }]) })
  await seedDemoData(payload)
  const editor = await demoUser(payload, DEMO.editorFinance)
  const reviewer = await demoUser(payload, DEMO.reviewerFinance)
  const finance = (await payload.find({ collection: 'departments', where: { orgCode: { equals: FINANCE_ORG_CODE } }, depth: 0, limit: 1 })).docs[0]!.id
  const item = (await payload.find({ collection: 'catalog-items', depth: 0, limit: 1, sort: 'sortOrder' })).docs[0] as Doc
  const catalogItem = item.id as Id
  const domain = item.domain as Id
  const today = toBeijingDate(new Date())
  const journal = payload.db.name === 'sqlite' ? String((await sqliteExecute(payload, 'PRAGMA journal_mode'))[0]?.journal_mode) : 'n/a'
  console.log(`booted and seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s (${payload.db.name}, journal mode ${journal})`)

  const ours = { create: [] as number[], publishSave: [] as number[], publishAll: [] as number[], createPublish: [] as number[], full: [] as number[] }
  const bare = { create: [] as number[], publish: [] as number[], createPublish: [] as number[] }
  const floor: number[] = []
  const perStep = new Map<string, number[]>()
  let mode = ''

  const runOurs = async (i: number, record: boolean) => {
    const start = performance.now()
    const doc = await payload.create({
      collection: 'disclosures',
      data: { title: `${today} 财政预算执行情况（基准 ${i}）`, department: finance, publicAttribute: 'proactive', status: 'draft', catalogItem, body: body(i), formedAt: today, infoType: 'general' },
      user: editor,
      overrideAccess: false,
      depth: 0,
    })
    const created = performance.now() - start
    const published = await publishRecord(payload, doc.id, editor, reviewer)
    mode = published.mode
    if (!record) return
    const all = published.steps.reduce((sum, step) => sum + step.ms, 0)
    const last = published.steps[published.steps.length - 1]!.ms
    ours.create.push(created)
    ours.publishSave.push(last)
    ours.publishAll.push(all)
    ours.createPublish.push(created + last)
    ours.full.push(created + all)
    for (const step of published.steps) perStep.set(step.step, [...(perStep.get(step.step) ?? []), step.ms])
  }

  /** A bare record carries what the plugin would have derived (domain, due date, 索引号) as plain data. */
  const bareRecord = (title: string, indexNumber: string, i: number) => ({
    title,
    department: finance,
    publicAttribute: 'proactive',
    status: 'draft',
    catalogItem,
    domain,
    body: body(i),
    formedAt: today,
    infoType: 'general',
    dueDate: today,
    indexNumber,
  })

  const runBare = async (i: number, record: boolean) => {
    const start = performance.now()
    const doc = await payload.create({
      collection: BARE,
      data: bareRecord(`${today} 财政预算执行情况（基准 ${i}）`, `BENCH/${process.pid}-${i}`, i),
      user: editor,
      overrideAccess: false,
      depth: 0,
    })
    const created = performance.now() - start
    const t1 = performance.now()
    const updated = await payload.update({
      collection: BARE,
      id: doc.id,
      data: { status: 'published', publishedAt: new Date().toISOString() },
      user: editor,
      overrideAccess: false,
      depth: 0,
    })
    const publishedMs = performance.now() - t1
    if ((updated as Doc).status !== 'published') throw new Error('bench: bare record not published')
    if (!record) return
    bare.create.push(created)
    bare.publish.push(publishedMs)
    bare.createPublish.push(created + publishedMs)
  }

  /** Bare create + update, plus the writes every save of the plugin must make: serial counter, two audit entries. */
  const runFloor = async (i: number, record: boolean) => {
    const start = performance.now()
    const req = await createLocalReq({ user: editor as never }, payload)
    const doc = await payload.create({
      collection: BARE,
      data: bareRecord(`${today} 下限（基准 ${i}）`, `FLOOR/${process.pid}-${i}`, i),
      user: editor,
      overrideAccess: false,
      depth: 0,
      req,
    })
    await nextSerial(req, 'index-counters', `floor:${today.slice(0, 4)}`)
    await writeAuditEntry(req, { action: 'create', collection: BARE, documentId: doc.id as Id, documentTitle: String(doc.title) })
    const publishReq = await createLocalReq({ user: editor as never }, payload)
    await payload.update({ collection: BARE, id: doc.id, data: { status: 'published', publishedAt: new Date().toISOString() }, user: editor, overrideAccess: false, depth: 0, req: publishReq })
    await writeAuditEntry(publishReq, { action: 'publish', collection: BARE, documentId: doc.id as Id, documentTitle: String(doc.title) })
    if (record) floor.push(performance.now() - start)
  }

  const t1 = performance.now()
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    const record = i >= WARMUP
    // Alternate which goes first, so neither always runs on a warmer cache.
    if (i % 2 === 0) {
      await runOurs(i, record)
      await runBare(i, record)
    } else {
      await runBare(i, record)
      await runOurs(i, record)
    }
    await runFloor(i, record)
  }
  const loopSeconds = (performance.now() - t1) / 1000

  // The plugin really did its work: 索引号, due date, domain, publication stamp.
  const sample = (await payload.find({ collection: 'disclosures', sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true })).docs[0] as Doc
  const published = await payload.count({ collection: 'disclosures', where: { status: { equals: 'published' } }, overrideAccess: true })

  console.log(`\n${ITERATIONS} iterations after ${WARMUP} warm-up${QUICK ? ' (BENCH_QUICK)' : ''}, ${loopSeconds.toFixed(1)} s; user ${DEMO.editorFinance}, overrideAccess: false`)
  console.log(`publishing: ${mode === 'workflow' ? `review workflow (${[...perStep.keys()].join(' → ')}; review steps by ${DEMO.reviewerFinance})` : 'update({ status: "published" })'}`)
  console.log(`last record: indexNumber ${sample.indexNumber}, dueDate ${sample.dueDate}, domain ${sample.domain}, publishedAt ${sample.publishedAt}; ${published.totalDocs} published`)

  const s = (values: number[]) => stats(values)
  const rows = [
    { name: 'create', ours: s(ours.create), bare: s(bare.create) },
    { name: mode === 'workflow' ? 'publish (the `publish` transition)' : 'publish (update status)', ours: s(ours.publishSave), bare: s(bare.publish) },
    { name: 'create + publish', ours: s(ours.createPublish), bare: s(bare.createPublish) },
  ]
  if (mode === 'workflow') {
    rows.push({ name: 'create + whole review chain → published', ours: s(ours.full), bare: s(bare.createPublish) })
  }
  printComparison('Local API, per record (ms)', rows)
  if (mode === 'workflow') {
    console.log('\nper transition (endpoint handler: access-checked read + update with every hook):')
    for (const [step, values] of perStep) {
      const x = s(values)
      console.log(`  ${step.padEnd(18)} median ${x.median.toFixed(2)} ms, p95 ${x.p95.toFixed(2)} ms`)
    }
  }
  console.log('')
  const createPublish = rows[2]!
  targetLine('records-write create + publish (median)', createPublish.ours.median / createPublish.bare.median, TARGET, `p95 ratio ${(createPublish.ours.p95 / createPublish.bare.p95).toFixed(2)}×`)
  const floorStats = s(floor)
  console.log(
    `INFO records-write floor — bare create + publish plus only the writes every save must make (索引号 counter, two audit entries): ` +
      `median ${floorStats.median.toFixed(2)} ms = ${(floorStats.median / createPublish.bare.median).toFixed(2)}× bare; the plugin is ${(createPublish.ours.median / floorStats.median).toFixed(2)}× this floor`,
  )
  if (mode === 'workflow') {
    const full = rows[3]!
    console.log(
      `INFO records-write create + ${perStep.size} transitions vs bare create + one update: ${(full.ours.median / full.bare.median).toFixed(2)}× (median; no target: the review chain has no bare equivalent)`,
    )
  }

  await payload.destroy()
}

runBench(main)
