/**
 * Cross-site request protection (#16 defect 10) and security headers (defect 15).
 * With a logged-in cookie, a JSON POST, a multipart POST and a GraphQL mutation from another site used to
 * succeed (Payload's origin check was off: no serverURL, no csrf list). Now the allowed origins come from
 * SERVER_URL / CSRF_ORIGINS with a development default, and every response carries helmet's headers.
 */
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import config from '../../payload.config.js'
import { createApp } from '../../src/http/app.js'
import { originsFromEnvironment, resolveOptions } from '../../src/options.js'
import { useTestWorld, type TestContext } from '../helpers/context.js'
import { pdf as pdfPages } from '../helpers/pdf.js'
import { DEMO_PASSWORD } from '../../src/seed/demo-data.js'

let ctx: TestContext
useTestWorld((context) => (ctx = context))

const EVIL = 'http://evil.example'
const ALLOWED = 'http://localhost:3000'

let cookie: string
const record = () => ({ title: `跨站测试 ${Math.random()}`, catalogItem: ctx.world.catalogItem })

const send = async (path: string, init: RequestInit & { headers?: Record<string, string> }) => {
  const response = await fetch(`${ctx.server.baseUrl}${path}`, init)
  const text = await response.text()
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    // keep the text
  }
  return { status: response.status, headers: response.headers, body }
}

const jsonPost = (origin: string, auth: Record<string, string>) =>
  send('/api/disclosures', { method: 'POST', headers: { 'content-type': 'application/json', origin, ...auth }, body: JSON.stringify(record()) })

const multipartPost = (origin: string, auth: Record<string, string>) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(pdfPages([['csrf']]))], { type: 'application/pdf' }), 'csrf.pdf')
  return send('/api/disclosure-files', { method: 'POST', headers: { origin, ...auth }, body: form })
}

const graphQLMutation = (origin: string, auth: Record<string, string>) =>
  send('/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, ...auth },
    body: JSON.stringify({
      query: 'mutation ($data: mutationDisclosureInput!) { createDisclosure(data: $data) { id } }',
      variables: { data: record() },
    }),
  })

beforeAll(async () => {
  const email = ctx.world.actors.editorFinance.email!
  const login = await send('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ALLOWED },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  expect(login.status).toBe(200)
  const token = login.headers.getSetCookie().find((value) => value.startsWith('payload-token='))
  expect(token).toBeDefined()
  cookie = token!.split(';')[0]!
})

describe('cross-site requests with the login cookie', () => {
  it.each([
    ['a JSON POST', jsonPost],
    ['a multipart upload', multipartPost],
    ['a GraphQL mutation', graphQLMutation],
  ])('%s from another origin is refused with 403 and stores nothing', async (_name, call) => {
    const before = (await ctx.payload.count({ collection: 'disclosures' })).totalDocs + (await ctx.payload.count({ collection: 'disclosure-files' })).totalDocs
    const result = await call(EVIL, { cookie })
    expect(result.status).toBe(403)
    const after = (await ctx.payload.count({ collection: 'disclosures' })).totalDocs + (await ctx.payload.count({ collection: 'disclosure-files' })).totalDocs
    expect(after).toBe(before)
  })

  it('a cross-site request without Origin (Sec-Fetch-Site: cross-site) is refused too', async () => {
    const result = await send('/api/disclosures', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site', cookie },
      body: JSON.stringify(record()),
    })
    expect(result.status).toBe(403)
  })

  it('Payload ignores the cookie on reads from another origin (the csrf list is on)', async () => {
    const evil = await send('/api/users/me', { headers: { origin: EVIL, cookie } })
    expect(evil.body.user).toBeNull()
    const own = await send('/api/users/me', { headers: { origin: ALLOWED, cookie } })
    expect(own.body.user?.email).toBe(ctx.world.actors.editorFinance.email)
  })

  it.each([
    ['a JSON POST', jsonPost, 201],
    ['a multipart upload', multipartPost, 201],
    ['a GraphQL mutation', graphQLMutation, 200],
  ])('%s from the allowed origin with the cookie works', async (_name, call, status) => {
    const result = await call(ALLOWED, { cookie })
    expect(result.status).toBe(status)
    expect(result.body.errors).toBeUndefined()
  })

  it.each([
    ['a JSON POST', jsonPost, 201],
    ['a multipart upload', multipartPost, 201],
    ['a GraphQL mutation', graphQLMutation, 200],
  ])('%s by a token client (Authorization: JWT) works whatever the Origin', async (_name, call, status) => {
    const result = await call(EVIL, { authorization: `JWT ${ctx.tokens.editorFinance}` })
    expect(result.status).toBe(status)
    expect(result.body.errors).toBeUndefined()
  })
})

describe('allowed origins from the environment', () => {
  it('SERVER_URL and CSRF_ORIGINS, else localhost on PORT and 3000', () => {
    expect(originsFromEnvironment({ SERVER_URL: 'https://gk.example.gov.cn/', CSRF_ORIGINS: 'https://a.gov.cn, https://b.gov.cn' })).toEqual([
      'https://gk.example.gov.cn',
      'https://a.gov.cn',
      'https://b.gov.cn',
    ])
    expect(originsFromEnvironment({ PORT: '8080' })).toEqual(['http://localhost:8080', 'http://127.0.0.1:8080', 'http://localhost:3000', 'http://127.0.0.1:3000'])
    expect(ctx.payload.config.csrf).toEqual(expect.arrayContaining([ALLOWED]))
  })

  it('the login cookie is Secure in production (or with COOKIE_SECURE=true), not in development', () => {
    const saved = { ...process.env }
    const env = process.env as Record<string, string | undefined>
    try {
      env.NODE_ENV = 'production'
      delete process.env.COOKIE_SECURE
      expect(resolveOptions().secureCookies).toBe(true)
      process.env.COOKIE_SECURE = 'false'
      expect(resolveOptions().secureCookies).toBe(false)
      env.NODE_ENV = 'test'
      delete process.env.COOKIE_SECURE
      expect(resolveOptions().secureCookies).toBe(false)
      expect(resolveOptions({ secureCookies: true }).secureCookies).toBe(true)
    } finally {
      process.env = saved
    }
    const users = ctx.payload.collections.users.config
    expect(users.auth.cookies.secure).toBe(false)
  })
})

describe('security headers', () => {
  let admin: Server
  let adminUrl: string
  beforeAll(async () => {
    // With a stand-in for the Next.js admin, as the full server has.
    const app = createApp({ payload: ctx.payload, config, fallback: (_req, res) => {
        // As Next.js and withPayload do on admin pages.
        res.setHeader('X-Powered-By', 'Next.js, Payload')
        res.type('html').send('<!doctype html><title>admin</title>')
      },
    })
    admin = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
    })
    adminUrl = `http://127.0.0.1:${(admin.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    admin.closeAllConnections()
    await new Promise<void>((resolve) => admin.close(() => resolve()))
  })

  const expectSecure = (headers: Headers) => {
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('referrer-policy')).toBe('same-origin')
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(headers.get('x-powered-by')).toBeNull()
    const csp = headers.get('content-security-policy') ?? ''
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("object-src 'none'")
    // Offline intranets: no external host anywhere, and no forced upgrade to HTTPS.
    expect(csp).not.toMatch(/https?:\/\//)
    expect(csp).not.toContain('upgrade-insecure-requests')
  }

  it('on /healthz, REST, GraphQL, errors and downloads', async () => {
    expectSecure((await send('/healthz', {})).headers)
    expectSecure((await send('/api/disclosures?limit=1', {})).headers)
    expectSecure((await send('/api/disclosures/999999', {})).headers)
    expectSecure((await send('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).headers)
    expectSecure((await send('/api/catalog-items/export', {})).headers)
    const file = await multipartPost(ALLOWED, { authorization: `JWT ${ctx.tokens.editorFinance}` })
    const download = await fetch(`${ctx.server.baseUrl}/api/disclosure-files/file/${encodeURIComponent(file.body.doc.filename)}`, {
      headers: { authorization: `JWT ${ctx.tokens.editorFinance}` },
    })
    expect(download.status).toBe(200)
    expectSecure(download.headers)
  })

  it('on the admin pages', async () => {
    const page = await fetch(`${adminUrl}/admin`)
    expect(page.status).toBe(200)
    expectSecure(page.headers)
  })
})
