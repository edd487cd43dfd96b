/**
 * Login (#16 defect 12, build 8): 5 wrong passwords from anyone locked any account, the office's included; a burst
 * of 26 concurrent logins had 25 passwords checked before the lock applied; unknown accounts answered at once.
 * Now failures count per account and client address, checks of one account run one at a time, and an unknown
 * account costs a password hash like a known one (observed through the hasher, never by timing).
 */
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'

import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'

import config from '../../payload.config.js'
import { createApp } from '../../src/http/app.js'
import { DEMO_PASSWORD } from '../../src/seed/demo-data.js'
import { LoginThrottle, passwordHasher } from '../../src/services/loginGuard.js'
import { useTestWorld, type TestContext } from '../helpers/context.js'

let ctx: TestContext
useTestWorld((context) => (ctx = context))

// A server that believes X-Forwarded-For from this machine, so each test can speak from its own address.
let server: Server
let baseUrl: string
beforeAll(async () => {
  const app = createApp({ payload: ctx.payload, config, trustProxy: 'loopback' })
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
  })
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})
afterEach(() => {
  jest.restoreAllMocks()
})

const login = async (email: string, password: string, address: string) => {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ email, password }),
  })
  return { status: response.status, body: (await response.json()) as any }
}

const graphQLLogin = async (email: string, password: string, address: string) => {
  const response = await fetch(`${baseUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }', variables: { e: email, p: password } }),
  })
  return (await response.json()) as any
}

const officeEmail = () => ctx.world.actors.office.email!

describe('a stranger cannot lock the owner out', () => {
  it('5 wrong passwords from address X stop X, not the owner logging in from address Y', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await login(officeEmail(), 'wrong-password', '203.0.113.10')).status).toBe(401)
    }
    // X is refused for this account now, even with the right password.
    const refused = await login(officeEmail(), DEMO_PASSWORD, '203.0.113.10')
    expect(refused.status).toBe(429)
    expect(JSON.stringify(refused.body)).toContain('too many failed logins')
    // The owner, elsewhere, logs in; Payload's own account lock never counted the stranger's guesses.
    const owner = await login(officeEmail(), DEMO_PASSWORD, '198.51.100.20')
    expect(owner.status).toBe(200)
    expect(typeof owner.body.token).toBe('string')
    const user = await ctx.payload.findByID({ collection: 'users', id: ctx.world.actors.office.user!.id as number, showHiddenFields: true })
    expect(user.lockUntil ?? null).toBeNull()
  })

  it('one address guessing many accounts is refused after 20 failures', async () => {
    const address = '203.0.113.30'
    for (let attempt = 0; attempt < 20; attempt += 1) {
      expect((await login(`nobody-${attempt}@example.cn`, 'x', address)).status).toBe(401)
    }
    expect((await login(ctx.world.actors.auditor.email!, DEMO_PASSWORD, address)).status).toBe(429)
    expect((await login(ctx.world.actors.auditor.email!, DEMO_PASSWORD, '198.51.100.31')).status).toBe(200)
  })

  it('GraphQL logins count the same as REST ones', async () => {
    const email = ctx.world.actors.reviewerFinance.email!
    const address = '203.0.113.40'
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const result = await graphQLLogin(email, 'wrong-password', address)
      expect(result.errors?.[0]?.extensions?.statusCode ?? result.errors?.[0]?.status).toBe(401)
    }
    const blocked = await graphQLLogin(email, DEMO_PASSWORD, address)
    expect(JSON.stringify(blocked.errors)).toContain('too many failed logins')
    expect((await login(email, DEMO_PASSWORD, address)).status).toBe(429)
    const elsewhere = await graphQLLogin(email, DEMO_PASSWORD, '198.51.100.41')
    expect(typeof elsewhere.data?.loginUser?.token).toBe('string')
  })
})

describe('one password check at a time per account', () => {
  it('a burst of 26 concurrent wrong logins checks 5 passwords; the rest are refused unchecked', async () => {
    const verify = jest.spyOn(passwordHasher, 'verify')
    const results = await Promise.all(Array.from({ length: 26 }, () => login(ctx.world.actors.editorEducation.email!, 'wrong-password', '203.0.113.50')))
    const statuses = results.map((result) => result.status).sort()
    expect(statuses.filter((status) => status === 401)).toHaveLength(5)
    expect(statuses.filter((status) => status === 429)).toHaveLength(21)
    expect(verify).toHaveBeenCalledTimes(5)
  })

  it('checks of one account never overlap', async () => {
    const throttle = new LoginThrottle({ maxFailuresPerAccountAndAddress: 5, maxFailuresPerAddress: 20, windowSeconds: 900, delayAfterAccountFailures: 5, maxDelayMs: 0 })
    let running = 0
    let most = 0
    const task = async () => {
      running += 1
      most = Math.max(most, running)
      await new Promise((resolve) => setImmediate(resolve))
      running -= 1
    }
    await Promise.all([...Array.from({ length: 10 }, () => throttle.serialise('a@x.cn', task)), throttle.serialise('b@x.cn', task)])
    expect(most).toBe(2) // one of a@x.cn beside the one of b@x.cn, never two of a@x.cn
  })
})

describe('unknown accounts', () => {
  it('cost a password hash and get the same answer as a wrong password', async () => {
    const dummy = jest.spyOn(passwordHasher, 'dummy')
    const verify = jest.spyOn(passwordHasher, 'verify')
    const unknown = await login('no-such-user@demo.gov.cn', 'whatever', '203.0.113.60')
    expect(dummy).toHaveBeenCalledTimes(1)
    expect(verify).not.toHaveBeenCalled()
    const wrong = await login(ctx.world.actors.editorFinance.email!, 'whatever', '203.0.113.61')
    expect(verify).toHaveBeenCalledTimes(1)
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(401)
    expect(unknown.body).toEqual(wrong.body)
  })
})

describe('progressive delay per account', () => {
  it('grows after the account\'s failures from anywhere, capped, and resets on a successful login', () => {
    let now = 0
    const throttle = new LoginThrottle({ maxFailuresPerAccountAndAddress: 5, maxFailuresPerAddress: 20, windowSeconds: 900, delayAfterAccountFailures: 3, maxDelayMs: 1000 }, () => now)
    const delays: number[] = []
    for (let failure = 0; failure < 8; failure += 1) {
      delays.push(throttle.delayFor('a@x.cn'))
      throttle.recordFailure('a@x.cn', `10.0.0.${failure}`)
    }
    expect(delays).toEqual([0, 0, 0, 250, 500, 1000, 1000, 1000])
    now += 900_000
    expect(throttle.delayFor('a@x.cn')).toBe(0)
    throttle.recordFailure('a@x.cn', '10.0.0.1')
    throttle.recordSuccess('a@x.cn', '10.0.0.2')
    expect(throttle.delayFor('a@x.cn')).toBe(0)
  })
})
