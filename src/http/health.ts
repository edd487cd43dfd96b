import type { Payload } from 'payload'

export interface Health {
  status: 'ok' | 'unavailable'
  database: string
  error?: string
}

/** Health of the service: the database answers a trivial query (adapter-neutral: a count). */
export const checkHealth = async (payload: Payload, probeCollection: string, timeoutMs = 3000): Promise<Health> => {
  const database = payload.db.name ?? 'unknown'
  try {
    await Promise.race([
      payload.count({ collection: probeCollection, overrideAccess: true }),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
    ])
    return { status: 'ok', database }
  } catch (error) {
    return { status: 'unavailable', database, error: error instanceof Error ? error.message : String(error) }
  }
}
