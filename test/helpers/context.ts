import { afterAll, beforeAll } from '@jest/globals'
import type { Payload } from 'payload'

import { TestServer } from './http.js'
import { bootPayload, closePayload } from './payload.js'
import { tokensFor } from './transports.js'
import { buildWorld, type ActorKey, type World } from './world.js'

export interface TestContext {
  payload: Payload
  server: TestServer
  world: World
  tokens: Partial<Record<ActorKey, string>>
}

/**
 * The usual setting of an integration test file: Payload on a fresh database with the demo world, the
 * API-only HTTP server on a free port, and every actor logged in. `ready` receives it before the tests run.
 */
export const useTestWorld = (ready: (context: TestContext) => void): void => {
  let context: Partial<TestContext> = {}
  beforeAll(async () => {
    const payload = await bootPayload()
    context.payload = payload
    const world = await buildWorld(payload)
    const server = await TestServer.start(payload)
    context = { payload, world, server, tokens: await tokensFor(server, world.actors) }
    ready(context as TestContext)
  })
  afterAll(async () => {
    await context.server?.stop()
    if (context.payload) await closePayload(context.payload)
  })
}
