/**
 * Login throttling for the users collection, in front of Payload's own password check.
 *
 * Payload locks an account for everyone after `maxLoginAttempts` wrong passwords, so any stranger could lock the
 * office out; concurrent attempts were all checked before the lock applied; and an unknown e-mail answered at
 * once while a known one cost a password hash. Here, before Payload runs, the password is checked by this
 * service, one check at a time per account (in this process), and:
 * - failures are counted per account AND client address: after `maxFailuresPerAccountAndAddress` that pair is
 *   refused (429) for the window, while the owner at another address still logs in;
 * - failures per address (any accounts) are capped too, so one address cannot spray many accounts;
 * - after `delayAfterAccountFailures` failures of an account from anywhere, each further check waits
 *   progressively longer (doubling up to `maxDelayMs`), which slows a distributed guesser without locking anyone;
 * - an unknown account costs one password hash like a known one and gets the same answer.
 * A wrong password never reaches Payload's check, so Payload's account-wide lock no longer counts strangers' guesses.
 */
import crypto from 'node:crypto'

import { APIError, AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

import { clientIpFromHeaders } from '../audit/ip.js'
import type { LoginGuardOptions } from '../options.js'

// Payload 3.90's password hash formats (auth/strategies/local/generatePasswordSaltHash.js).
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')

const pbkdf2 = (password: string, salt: string, iterations: number, keyLength: number): Promise<Buffer> =>
  new Promise((resolve, reject) => crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) => (error ? reject(error) : resolve(key))))

/** The password hashing, as an object so tests can observe that unknown accounts are hashed too. */
export const passwordHasher = {
  /** Does `password` match the stored `hash`/`salt` (constant-time comparison)? */
  async verify(password: string, hash: string, salt: string): Promise<boolean> {
    const current = hash.startsWith(CURRENT_PREFIX)
    const { iterations, keyLength } = current ? CURRENT : LEGACY
    const stored = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
    const computed = await pbkdf2(password, salt, iterations, keyLength)
    return computed.length === stored.length && crypto.timingSafeEqual(computed, stored)
  },
  /** Spends what a real check of a current hash costs, for accounts that do not exist. */
  async dummy(password: string): Promise<void> {
    await pbkdf2(password, DUMMY_SALT, CURRENT.iterations, CURRENT.keyLength)
  },
}

interface Failures {
  count: number
  first: number
}

/** In-memory failure counters and per-account queues of one process. */
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>()
  private readonly queues = new Map<string, Promise<unknown>>()

  constructor(
    private readonly limits: Required<LoginGuardOptions>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs `task` after every earlier task of the same account has finished. */
  async serialise<T>(account: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(account) ?? Promise.resolve()
    const run = previous.then(task, task)
    const settled = run.catch(() => undefined)
    this.queues.set(account, settled)
    void settled.then(() => {
      if (this.queues.get(account) === settled) this.queues.delete(account)
    })
    return run
  }

  private count(key: string): number {
    const entry = this.failures.get(key)
    if (!entry) return 0
    if (this.now() - entry.first >= this.limits.windowSeconds * 1000) {
      this.failures.delete(key)
      return 0
    }
    return entry.count
  }

  private bump(key: string): void {
    const count = this.count(key)
    const entry = this.failures.get(key)
    this.failures.set(key, { count: count + 1, first: count === 0 || !entry ? this.now() : entry.first })
  }

  private prune(): void {
    if (this.failures.size < 10_000) return
    for (const key of [...this.failures.keys()]) this.count(key)
  }

  /** Why this account may not be tried from this address now, or null. */
  refusal(account: string, address: string): string | null {
    const minutes = Math.ceil(this.limits.windowSeconds / 60)
    if (this.count(`pair:${account}\u0000${address}`) >= this.limits.maxFailuresPerAccountAndAddress) {
      return `该账号从此地址登录失败次数过多，请 ${minutes} 分钟后再试 / too many failed logins for this account from this address; try again in ${minutes} minutes`
    }
    if (this.count(`address:${address}`) >= this.limits.maxFailuresPerAddress) {
      return `此地址登录失败次数过多，请 ${minutes} 分钟后再试 / too many failed logins from this address; try again in ${minutes} minutes`
    }
    return null
  }

  /** How long to wait before checking this account's password, in milliseconds. */
  delayFor(account: string): number {
    const over = this.count(`account:${account}`) - this.limits.delayAfterAccountFailures
    if (over < 0) return 0
    return Math.min(this.limits.maxDelayMs, 250 * 2 ** Math.min(over, 20))
  }

  recordFailure(account: string, address: string): void {
    this.prune()
    this.bump(`pair:${account}\u0000${address}`)
    this.bump(`address:${address}`)
    this.bump(`account:${account}`)
  }

  recordSuccess(account: string, address: string): void {
    this.failures.delete(`pair:${account}\u0000${address}`)
    this.failures.delete(`account:${account}`)
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The beforeOperation hook of the users collection that runs every login (REST, GraphQL, Local API) through the throttle. */
export const guardLogin = (throttle: LoginThrottle): CollectionBeforeOperationHook => async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  // Missing or non-text credentials: Payload's own check answers with its 400.
  if (typeof data?.email !== 'string' || typeof data.password !== 'string' || data.email.trim() === '') return args
  const account = data.email.toLowerCase().trim()
  const password = data.password
  const address = clientIpFromHeaders((name) => req.headers?.get(name)) ?? 'local'
  return throttle.serialise(account, async () => {
    const refusal = throttle.refusal(account, address)
    if (refusal) throw new APIError(refusal, 429, null, true)
    const delay = throttle.delayFor(account)
    if (delay > 0) await sleep(delay)
    const user = (await req.payload.db.findOne({ collection: collection.slug, req, where: { email: { equals: account } } })) as
      | { hash?: unknown; salt?: unknown }
      | null
    let valid = false
    if (user && typeof user.hash === 'string' && typeof user.salt === 'string') {
      valid = await passwordHasher.verify(password, user.hash, user.salt)
    } else {
      await passwordHasher.dummy(password)
    }
    if (!valid) {
      throttle.recordFailure(account, address)
      throw new AuthenticationError(req.t)
    }
    throttle.recordSuccess(account, address)
    return args
  })
}
