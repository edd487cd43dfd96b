/**
 * `npm run bench`: every benchmark, one after the other, each in its own process (each Payload bench
 * boots on its own fresh SQLite file), then the PASS/OVER lines of all of them together.
 * `npm run bench -- records-list` runs only the benches whose file name contains an argument.
 * BENCH_QUICK=1 for a short run. Exits 0 whatever the numbers; 1 only when a bench could not run.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const BENCHES = ['calendar.bench.ts', 'records-write.bench.ts', 'records-list.bench.ts', 'ledger-export.bench.ts', 'login-timing.bench.ts', 'site.bench.tsx']
const SUMMARY = /^(PASS|OVER|INFO|OK|MISSING|PLAN)\b|^slowest ratio/

// Lexical's default Node entry can stop Node 20 with exit code 13 while loading (see README, "HTTP server"):
// the Payload benches load the `production` build, as every script of package.json does.
const nodeOptions = process.env.NODE_OPTIONS ?? ''
const env = { ...process.env, NODE_OPTIONS: nodeOptions.includes('--conditions=production') ? nodeOptions : `${nodeOptions} --conditions=production`.trim() }
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli')

const runOnce = (file: string, summary: string[]): Promise<number> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [tsxCli, path.join(here, file)], { env, stdio: ['ignore', 'pipe', 'inherit'] })
    let pending = ''
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk)
      pending += chunk.toString('utf8')
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) if (SUMMARY.test(line)) summary.push(line)
    })
    child.on('close', (code, signal) => {
      if (SUMMARY.test(pending)) summary.push(pending)
      resolve(code ?? (signal ? 128 : 1))
    })
  })

async function main(): Promise<void> {
  const filters = process.argv.slice(2)
  const selected = BENCHES.filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  if (selected.length === 0) {
    console.error(`no bench matches ${filters.join(', ')}; benches: ${BENCHES.join(', ')}`)
    process.exit(1)
  }
  const started = performance.now()
  const failed: string[] = []
  const summaries: [string, string[], number][] = []
  for (const file of selected) {
    console.log(`\n━━━ ${file}${process.env.BENCH_QUICK ? ' (BENCH_QUICK)' : ''}\n`)
    const t0 = performance.now()
    let summary: string[] = []
    let code = await runOnce(file, summary)
    // Exit 13 before any output is the Node 20 top-level-await stall: try again rather than report nothing.
    for (let attempt = 1; code === 13 && attempt <= 2; attempt++) {
      console.log(`\n${file} stopped with exit code 13 (unsettled top-level await while loading); retrying (${attempt}/2)\n`)
      summary = []
      code = await runOnce(file, summary)
    }
    if (code !== 0) failed.push(`${file} (exit code ${code})`)
    summaries.push([file, summary, (performance.now() - t0) / 1000])
  }

  console.log('\n━━━ summary\n')
  for (const [file, lines, seconds] of summaries) {
    console.log(`${file} (${seconds.toFixed(0)} s)`)
    for (const line of lines) console.log(`  ${line}`)
  }
  console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s${failed.length ? `; FAILED to run: ${failed.join(', ')}` : ''}`)
  console.log('Benchmarks report; they never fail on their numbers. Times depend on the machine and its load.')
  process.exit(failed.length ? 1 : 0)
}

void main()
