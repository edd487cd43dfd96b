/**
 * Benchmark: the monthly ledger export of one department's month at 100,000 rows (BENCH_QUICK=1: 30,000),
 * as XLSX (exceljs streaming writer) and as CSV, against a plain read of the same rows — the same
 * `where`, the same selected columns, page by page through the database adapter, rows discarded.
 * Target: export ≤ 2× that read. Also the peak heap during each export at two sizes: it must not grow
 * with the row count (the writers stream; only names are remembered) — measured as live heap, with a full
 * collection every 50 ms, in a run apart from the timed ones.
 * And, at the largest size, @payloadcms/plugin-import-export's CSV export of the same rows (its own `where`,
 * the same fields, the office user, its batch size set to the ledger's page size): both its paths — the
 * streamed download (`POST /api/exports/download`) and the saved export (`exports` create, synchronous with
 * `disableJobsQueue`) — with their ratio to the plain read and to the ledger CSV. No target: a reference.
 */
import './env.js'

import { readFileSync } from 'node:fs'
import { Writable } from 'node:stream'
import { performance } from 'node:perf_hooks'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

import { importExportPlugin } from '@payloadcms/plugin-import-export'
import { parse } from 'csv-parse/sync'
import { createLocalReq, getPayload, type Payload, type PayloadRequest, type Where } from 'payload'

import { getDefaultCalendar } from '../src/calendar/index.js'
import { LEDGER_SECTIONS } from '../src/ledger/columns.js'
import { ledgerMonth } from '../src/ledger/month.js'
import { ledgerCsvChunks } from '../src/ledger/write-csv.js'
import { writeLedgerXlsx } from '../src/ledger/write-xlsx.js'
import { buildLedgerDocument } from '../src/ledger-runtime/loadLedger.js'
import { ENTRY_SELECT, LEDGER_PAGE_SIZE, monthWhere, readPages } from '../src/ledger-runtime/sources.js'
import { resolveOptions } from '../src/options.js'
import { seedDemoData } from '../src/seed/seedDemo.js'
import { BENCH_FILES_DIR } from './env.js'
import { benchConfig, DEMO, demoUser, FINANCE_ORG_CODE, QUICK, runBench, sqliteExecute, targetLine, type Doc, type Id } from './support.js'

const SIZES = QUICK ? [10_000, 30_000] : [20_000, 100_000]
const RUNS = QUICK ? 2 : 3
const TARGET = 2
/** The plugin's export is a reference, not a target: one run at full size (its offset paging makes it long). */
const PLUGIN_RUNS = QUICK ? RUNS : 1
const BATCH = 500
const MONTH = ledgerMonth(2025, 1)

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** Adds rows to the finance department's January 2025, straight through the adapter (no hooks). */
async function insertRows(payload: Payload, from: number, to: number, world: { finance: Id; items: Doc[]; author: Id }): Promise<void> {
  const db = payload.db as unknown as { drizzle: any; tables: Record<string, unknown> }
  await sqliteExecute(payload, 'BEGIN')
  for (let start = from; start <= to; start += BATCH) {
    const rows: Doc[] = []
    for (let id = start; id <= Math.min(start + BATCH - 1, to); id++) {
      const item = world.items[id % world.items.length]!
      const day = 1 + (id % 28)
      const formedAt = `2025-01-${String(day).padStart(2, '0')}`
      const published = id % 3 !== 0
      const late = id % 7 === 0
      rows.push({
        id,
        title: `${id % 5 === 0 ? '=' : ''}2025年1月财政信息第${id}号`,
        indexNumber: `${FINANCE_ORG_CODE}/2025-${String(id).padStart(6, '0')}`,
        department: world.finance,
        publicAttribute: id % 10 === 0 ? 'on-request' : 'proactive',
        attributeReason: id % 10 === 0 ? '仅涉及特定对象' : null,
        status: published ? 'published' : 'draft',
        publishedAt: published ? new Date(Date.UTC(2025, 0, day, 2)).toISOString() : null,
        catalogItem: item.id,
        domain: item.domain,
        infoType: 'general',
        formedAt,
        dueDate: '2025-02-20',
        deadlineRule_rule: 'general',
        deadlineRule_days: 20,
        deadlineRule_unit: 'working',
        daysLate: published ? (late ? 3 : 0) : null,
        lateReason: published && late ? '材料报送延误' : null,
        author: world.author,
        createdAt: new Date(Date.UTC(2025, 0, day)).toISOString(),
        updatedAt: new Date(Date.UTC(2025, 0, day)).toISOString(),
      })
    }
    await db.drizzle.insert(db.tables.disclosures).values(rows)
  }
  await sqliteExecute(payload, 'COMMIT')
}

/** Wall time of `fn`. */
async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  gc()
  const t = performance.now()
  const value = await fn()
  return { ms: performance.now() - t, value }
}

/** Each task `runs` times, interleaved; per task the fastest time and the value of its last run. */
async function bestOf<K extends string>(runs: number, tasks: Record<K, () => Promise<number>>): Promise<Record<K, { ms: number; value: number }>> {
  const best = Object.fromEntries(Object.keys(tasks).map((key) => [key, { ms: Infinity, value: 0 }])) as Record<K, { ms: number; value: number }>
  for (let run = 0; run < runs; run++) {
    for (const key of Object.keys(tasks) as K[]) {
      const { ms, value } = await timed(tasks[key])
      best[key] = { ms: Math.min(best[key].ms, ms), value }
    }
  }
  return best
}

/**
 * Peak live heap (MB above the start) while `fn` runs: every 50 ms a full collection, then the heap in use —
 * what the export holds on to, not garbage the collector has not reached yet. A separate run from the timing.
 */
async function livePeak(fn: () => Promise<unknown>): Promise<number> {
  gc()
  const base = process.memoryUsage().heapUsed
  let peak = base
  const timer = setInterval(() => {
    gc()
    peak = Math.max(peak, process.memoryUsage().heapUsed)
  }, 50)
  await fn()
  clearInterval(timer)
  return (peak - base) / 1_048_576
}

/** The import-export plugin on `disclosures`, synchronous, its files under the bench's temp directory. */
const importExport = importExportPlugin({
  collections: [{ slug: 'disclosures', export: { disableJobsQueue: true, batchSize: LEDGER_PAGE_SIZE }, import: false }],
  overrideExportCollection: ({ collection }) => ({ ...collection, upload: { ...(typeof collection.upload === 'object' ? collection.upload : {}), staticDir: `${BENCH_FILES_DIR}/exports` } }),
})

/** Bytes of a web stream, read to the end. */
async function drain(body: ReadableStream<Uint8Array> | null): Promise<number> {
  if (!body) return 0
  let bytes = 0
  const reader = body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return bytes
    bytes += value.byteLength
  }
}

const sink = (): Writable & { bytes: number } => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      ;(stream as Writable & { bytes: number }).bytes += chunk.length
      done()
    },
  }) as Writable & { bytes: number }
  stream.bytes = 0
  return stream
}

async function main(): Promise<void> {
  const payload = await getPayload({ config: await benchConfig([], { plugins: [importExport] }) })
  if (payload.db.name !== 'sqlite') throw new Error('bench: ledger-export writes rows through the SQLite adapter')
  await seedDemoData(payload)
  const options = resolveOptions()
  const finance = (await payload.find({ collection: 'departments', where: { orgCode: { equals: FINANCE_ORG_CODE } }, depth: 0, limit: 1 })).docs[0]!
  const items = (await payload.find({ collection: 'catalog-items', depth: 0, pagination: false })).docs as Doc[]
  const author = (await demoUser(payload, DEMO.editorFinance)).id as Id
  const req: PayloadRequest = await createLocalReq({}, payload)
  const calendar = getDefaultCalendar()
  const department = { id: finance.id as Id, name: String(finance.name) }
  const firstId = Number((await sqliteExecute(payload, 'SELECT coalesce(max(id), 0) + 1 AS next FROM disclosures'))[0]!.next)

  const plainRead = async (): Promise<number> => {
    let rows = 0
    for (const key of Object.keys(LEDGER_SECTIONS) as (keyof typeof LEDGER_SECTIONS)[]) {
      for await (const page of readPages(req, options.slugs.disclosures, monthWhere(MONTH, LEDGER_SECTIONS[key].attributes, department.id), ENTRY_SELECT)) rows += page.length
    }
    return rows
  }
  // The plugin reads with the user's access (overrideAccess: false), so it exports as the office, who reads every department.
  const office = await demoUser(payload, DEMO.office)
  const allAttributes = [...new Set(Object.values(LEDGER_SECTIONS).flatMap((section) => section.attributes))]
  const pluginExport = { collectionSlug: options.slugs.disclosures, format: 'csv' as const, where: monthWhere(MONTH, allAttributes, department.id) as Where, fields: Object.keys(ENTRY_SELECT) }
  const downloadEndpoint = payload.collections.exports?.config.endpoints && (payload.collections.exports.config.endpoints as { path: string; handler: (req: PayloadRequest) => Promise<Response> }[]).find((endpoint) => endpoint.path === '/download')
  if (!downloadEndpoint) throw new Error('bench: @payloadcms/plugin-import-export registered no /exports/download endpoint')
  const pluginDownload = async (): Promise<number> => {
    const pluginReq = await createLocalReq({ user: office as never }, payload)
    ;(pluginReq as unknown as { json: () => Promise<unknown> }).json = async () => ({ data: pluginExport })
    const response = await downloadEndpoint.handler(pluginReq)
    if (response.status !== 200) throw new Error(`bench: plugin download answered ${response.status}: ${await response.text()}`)
    return drain(response.body)
  }
  let lastSavedFile = ''
  const pluginSaved = async (): Promise<number> => {
    const saved = (await payload.create({ collection: 'exports' as never, data: { name: `bench-${Date.now()}`, ...pluginExport } as never, user: office, overrideAccess: false })) as { filesize?: number; filename?: string }
    lastSavedFile = `${BENCH_FILES_DIR}/exports/${saved.filename}`
    return Number(saved.filesize ?? 0)
  }
  const document = () => buildLedgerDocument(req, options, { month: MONTH, department, today: '2026-11-20', calendar })
  const xlsx = async (): Promise<number> => {
    const out = sink()
    await writeLedgerXlsx(document(), out)
    return out.bytes
  }
  const csv = async (): Promise<number> => {
    let bytes = 0
    for await (const chunk of ledgerCsvChunks(document())) bytes += chunk.length
    return bytes
  }

  const peaks: Record<string, number[]> = { xlsx: [], csv: [] }
  let inserted = firstId - 1
  for (const size of SIZES) {
    await insertRows(payload, inserted + 1, firstId - 1 + size, { finance: finance.id as Id, items, author })
    inserted = firstId - 1 + size
    const { read, xlsx: xlsxRun, csv: csvRun } = await bestOf(RUNS, { read: plainRead, xlsx, csv })
    const best = { read: read.ms, xlsx: xlsxRun.ms, csv: csvRun.ms }
    const rows = read.value
    const xlsxBytes = xlsxRun.value
    const csvBytes = csvRun.value
    const xlsxPeak = await livePeak(xlsx)
    const csvPeak = await livePeak(csv)
    peaks.xlsx!.push(xlsxPeak)
    peaks.csv!.push(csvPeak)
    console.log(
      `\n${size.toLocaleString('en')} rows in the month (${rows.toLocaleString('en')} read): plain read ${best.read.toFixed(0)} ms; ` +
        `XLSX ${best.xlsx.toFixed(0)} ms (${(xlsxBytes / 1_048_576).toFixed(1)} MB, peak live heap +${xlsxPeak.toFixed(1)} MB); ` +
        `CSV ${best.csv.toFixed(0)} ms (${(csvBytes / 1_048_576).toFixed(1)} MB, peak live heap +${csvPeak.toFixed(1)} MB)`,
    )
    if (size === SIZES[SIZES.length - 1]) {
      targetLine(`ledger XLSX export vs plain read, ${size.toLocaleString('en')} rows`, best.xlsx / best.read, TARGET)
      targetLine(`ledger CSV export vs plain read, ${size.toLocaleString('en')} rows`, best.csv / best.read, TARGET)
      const { download, saved } = await bestOf(PLUGIN_RUNS, { download: pluginDownload, saved: pluginSaved })
      // The same rows, or the comparison means nothing: count the saved file's records.
      const pluginRows = (parse(readFileSync(lastSavedFile), { bom: true, relax_column_count: true }) as unknown[]).length - 1
      if (pluginRows !== rows) throw new Error(`bench: the plugin exported ${pluginRows} rows, the ledger ${rows}`)
      for (const [name, ms, bytes] of [
        ['streamed download', download.ms, download.value],
        ['saved export', saved.ms, saved.value],
      ] as const) {
        console.log(
          `INFO @payloadcms/plugin-import-export CSV ${name}, same ${pluginRows.toLocaleString('en')} rows: ${ms.toFixed(0)} ms (${(bytes / 1_048_576).toFixed(1)} MB) = ` +
            `${(ms / best.read).toFixed(2)}× the plain read, ${(ms / best.csv).toFixed(2)}× the ledger CSV`,
        )
      }
    }
  }
  // Flat: the peak may not grow with the rows. A ledger row kept in memory costs well over 1 KB (its cells
  // as strings and dates), so growth above 64 bytes per extra row means something holds on to rows.
  // (A ratio of the two peaks is no good measure: they are a few MB, and 1 MB of noise moves it a lot.)
  const extraRows = SIZES[SIZES.length - 1]! - SIZES[0]!
  for (const format of ['xlsx', 'csv'] as const) {
    const list = peaks[format]!
    const perRow = (Math.max(0, list[list.length - 1]! - list[0]!) * 1_048_576) / extraRows
    console.log(`${perRow <= 64 ? 'PASS' : 'OVER'} ledger ${format.toUpperCase()} peak live heap ${list.map((p) => `+${p.toFixed(1)} MB`).join(' → ')} for ${extraRows.toLocaleString('en')} more rows: ${perRow.toFixed(1)} bytes per extra row (target ≤ 64)`)
  }
}

runBench(main)
