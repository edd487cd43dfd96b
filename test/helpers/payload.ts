import { getPayload, type Payload } from 'payload'

import config from '../../payload.config.js'

/** Boots the host app's Payload on the test database (a fresh one per test file). */
export const bootPayload = async (): Promise<Payload> => getPayload({ config })

/**
 * Closes the database connections. Payload's destroy() leaves PostgreSQL pool clients checked out
 * (payloadcms/payload#15674), which keeps Jest alive for minutes, so end the pool ourselves.
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  const db = payload.db as unknown as {
    pool?: { end: () => Promise<void>; _clients?: { release?: () => void }[]; _idle?: { client: unknown }[] }
    client?: { close?: () => void }
    connection?: { close: () => Promise<void> }
  }
  await payload.destroy().catch(() => undefined)
  if (db.pool) {
    const idle = new Set((db.pool._idle ?? []).map((item) => item.client))
    for (const client of db.pool._clients ?? []) {
      if (!idle.has(client)) client.release?.()
    }
    await db.pool.end().catch(() => undefined)
  }
  db.client?.close?.()
  await db.connection?.close().catch(() => undefined)
}
