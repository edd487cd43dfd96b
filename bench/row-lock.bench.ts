/**
 * The cost of the row lock (hooks/lockForUpdate.ts) on the database DATABASE_URL names — meant for
 * PostgreSQL, where the lock is a `SELECT … FOR UPDATE` (on SQLite the hook does nothing): one disclosure
 * record updated as its editor (`overrideAccess: false`), 25 saves with the hook and 25 without, in
 * alternating blocks on one booted Payload so machine noise hits both alike. Not part of `npm run bench`
 * (it needs a PostgreSQL database, which it drops):
 * `DATABASE_URL=postgres://… npx cross-env NODE_OPTIONS=--conditions=production tsx bench/row-lock.bench.ts`
 */
process.env.PAYLOAD_DROP_DATABASE = 'true'
process.env.PAYLOAD_SECRET ??= 'bench'
const { performance } = await import('node:perf_hooks')
const { getPayload } = await import('payload')
const config = (await import('../payload.config.js')).default
const { lockForUpdate } = await import('../hooks/lockForUpdate.js')
const { seedDemoData } = await import('../src/seed/seedDemo.js')
const payload = await getPayload({ config })
await seedDemoData(payload)
const editor = (await payload.find({ collection: 'users', where: { email: { equals: 'editor.finance@demo.gov.cn' } }, depth: 0 })).docs[0]!
const user = { ...editor, collection: 'users' }
const item = (await payload.find({ collection: 'catalog-items', depth: 0, limit: 1 })).docs[0]!.id
const doc = await payload.create({ collection: 'disclosures', data: { title: 'lock bench', catalogItem: item } as any, user, overrideAccess: false })
const hooks = payload.collections['disclosures']!.config.hooks
const withLock = hooks.beforeOperation
const withoutLock = withLock.filter((hook) => hook !== lockForUpdate)
if (withoutLock.length !== withLock.length - 1) throw new Error('lock hook not found')
const times: Record<'lock' | 'none', number[]> = { lock: [], none: [] }
let n = 0
for (let block = 0; block < 16; block++) {
  for (const mode of (block % 2 ? ['lock', 'none'] : ['none', 'lock']) as ('lock' | 'none')[]) {
    hooks.beforeOperation = mode === 'lock' ? withLock : withoutLock
    for (let i = 0; i < 25; i++) {
      const t = performance.now()
      await payload.update({ collection: 'disclosures', id: doc.id, data: { title: `lock bench ${n++}` }, user, overrideAccess: false, depth: 0 })
      if (block > 0) times[mode].push(performance.now() - t)
    }
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!
console.log(`update (editor, overrideAccess:false) on ${payload.db.name}: with lock median ${median(times.lock).toFixed(2)} ms p95 ${p95(times.lock).toFixed(2)}; without median ${median(times.none).toFixed(2)} ms p95 ${p95(times.none).toFixed(2)}; n=${times.lock.length} each; ratio ${(median(times.lock) / median(times.none)).toFixed(3)}`)
await payload.destroy()
process.exit(0)
