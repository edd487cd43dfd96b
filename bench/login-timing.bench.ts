/**
 * Benchmark: does the login's answer time tell whether an account exists (#16 defect 12)? Over REST through
 * the project's Express app, each attempt from its own client address (X-Forwarded-For, trusted from
 * loopback) so the throttle never refuses or delays: a wrong password for a real account against an
 * unknown e-mail. Before the login guard, about 110 ms against 3 ms. Target: the medians within 1.25× of
 * each other (unknown/wrong and wrong/unknown). Also the cost of a successful login (two hashes: the
 * guard's and Payload's). BENCH_QUICK=1: fewer attempts.
 */
import './env.js'

import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { performance } from 'node:perf_hooks'

import { getPayload } from 'payload'

import config from '../payload.config.js'
import { createApp } from '../src/http/app.js'
import { DEMO_PASSWORD, DEMO_USERS } from '../src/seed/demo-data.js'
import { seedDemoData } from '../src/seed/seedDemo.js'
import { ms, QUICK, runBench, stats, targetLine } from './support.js'

// Below the per-account delay threshold (5 failures), so no attempt waits.
const PER_ACCOUNT = 4
const ROUNDS = QUICK ? 1 : 3

runBench(async () => {
  const payload = await getPayload({ config })
  await seedDemoData(payload)
  const app = createApp({ payload, config, trustProxy: 'loopback' })
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
  })
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  let address = 0
  const attempt = async (email: string, password: string, expected: number): Promise<number> => {
    address += 1
    const started = performance.now()
    const response = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}` },
      body: JSON.stringify({ email, password }),
    })
    await response.arrayBuffer()
    const elapsed = performance.now() - started
    if (response.status !== expected) throw new Error(`login of ${email}: ${response.status}, expected ${expected}`)
    return elapsed
  }

  const emails = DEMO_USERS.map((user) => user.email)
  await attempt(emails[0]!, DEMO_PASSWORD, 200) // warm-up
  const wrong: number[] = []
  const unknown: number[] = []
  const correct: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    for (let index = 0; index < PER_ACCOUNT; index++) {
      for (const email of emails) {
        wrong.push(await attempt(email, `wrong-${round}-${index}`, 401))
        unknown.push(await attempt(`nobody-${round}-${index}-${email}`, 'whatever', 401))
      }
    }
    // A success clears the accounts' failure counts for the next round.
    for (const email of emails) correct.push(await attempt(email, DEMO_PASSWORD, 200))
  }
  server.closeAllConnections()
  server.close()

  const [w, u, c] = [stats(wrong), stats(unknown), stats(correct)]
  console.log(`\nlogin over REST (${w.n} wrong / ${u.n} unknown / ${c.n} correct)`)
  console.log(`wrong password     median ${ms(w.median)}  p95 ${ms(w.p95)}`)
  console.log(`unknown account    median ${ms(u.median)}  p95 ${ms(u.p95)}`)
  console.log(`correct password   median ${ms(c.median)}  p95 ${ms(c.p95)}`)
  targetLine('login unknown/wrong median', u.median / w.median, 1.25)
  targetLine('login wrong/unknown median', w.median / u.median, 1.25)
  console.log(`INFO successful login ${ms(c.median)} median (the guard's hash plus Payload's)`)
})
