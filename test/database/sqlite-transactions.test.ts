import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { primeConnections, TurnLock } from '../../src/sqliteTransactions.js'
import { bootPayload, closePayload } from '../helpers/payload.js'

const file = path.join(tmpdir(), `disclosure-prime-${process.pid}.db`)

describe('SQLite connections handed to transactions (libSQL opens a fresh one for everything else)', () => {
  afterAll(() => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
  })

  it('every fresh connection carries the busy timeout and synchronous setting before its first statement', async () => {
    const client = createClient({ url: `file:${file}` })
    primeConnections(client as any, { busyTimeoutMs: 4321, synchronous: 'FULL', wal: true })
    const timeout = async () => Number(Object.values((await client.execute('PRAGMA busy_timeout')).rows[0] as object)[0])
    expect(await timeout()).toBe(4321)
    for (let round = 0; round < 3; round += 1) {
      const transaction = await client.transaction('write')
      // The transaction holds the old connection; this statement runs on a new one.
      expect(await timeout()).toBe(4321)
      await transaction.rollback()
      transaction.close()
    }
    expect((await client.execute('PRAGMA journal_mode')).rows[0]).toMatchObject({ journal_mode: 'wal' })
    client.close()
  })

  it('transactions of one process take turns, first come first served', async () => {
    const lock = new TurnLock()
    const order: string[] = []
    const first = await lock.acquire()
    const second = lock.acquire().then((release) => {
      order.push('second')
      release()
    })
    const third = lock.acquire().then((release) => {
      order.push('third')
      release()
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(order).toEqual([])
    first()
    await Promise.all([second, third])
    expect(order).toEqual(['second', 'third'])
  })
})

const onSqliteFile = (process.env.DATABASE_URL ?? '').startsWith('file:') && !process.env.DATABASE_URL!.includes(':memory:')

;(onSqliteFile ? describe : describe.skip)('Payload on a SQLite file: operations in transactions', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await bootPayload()
  })
  afterAll(async () => {
    await closePayload(payload)
  })

  it('runs transactions', async () => {
    expect(payload.db.beginTransaction).toBeDefined()
    const id = await payload.db.beginTransaction()
    expect(id).toBeTruthy()
    await payload.db.rollbackTransaction(id!)
  })

  it('concurrent writes all succeed (they queue on the write lock)', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 24 }, (_, index) =>
        payload.create({ collection: 'calendar-days', data: { date: `2033-0${1 + (index % 9)}-${String(10 + Math.floor(index / 9)).padStart(2, '0')}`, kind: 'holiday', name: `并发${index}` } }),
      ),
    )
    expect(results.filter((result) => result.status === 'rejected')).toEqual([])
    expect((await payload.count({ collection: 'calendar-days', where: { name: { like: '并发' } } })).totalDocs).toBe(24)
  })
})
