/** GET /healthz: 200 with the database reachable, 503 when it is not. */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { TestServer } from './helpers/http.js'
import { bootPayload, closePayload } from './helpers/payload.js'

let payload: Payload
let server: TestServer
beforeAll(async () => {
  payload = await bootPayload()
  server = await TestServer.start(payload)
})
afterAll(async () => {
  await server.stop()
  await closePayload(payload)
})

it('answers 200 with the adapter name while the database answers', async () => {
  const result = await server.request('GET', '/healthz')
  expect(result.status).toBe(200)
  expect(result.body).toMatchObject({ status: 'ok' })
  expect(['sqlite', 'postgres', 'mongoose']).toContain(result.body.database)
})

it('answers 503 when the database is unreachable', async () => {
  const db = payload.db as unknown as { count: (...args: unknown[]) => Promise<unknown> }
  const original = db.count
  db.count = async () => {
    throw new Error('connection refused')
  }
  try {
    const result = await server.request('GET', '/healthz')
    expect(result.status).toBe(503)
    expect(result.body).toMatchObject({ status: 'unavailable', error: 'connection refused' })
  } finally {
    db.count = original
  }
})

it('serves unknown API paths as 404 JSON, not the admin', async () => {
  const result = await server.request('GET', '/api/no-such-collection')
  expect(result.status).toBe(404)
})
