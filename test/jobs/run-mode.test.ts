/**
 * The job-runner-only mode: which process runs jobs (JOBS_ONLY / --jobs-only, JOBS_AUTORUN, JOBS_CRON),
 * and the worker's HTTP side, which answers /healthz and nothing else.
 */
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import config from '../../payload.config.js'
import { createJobsApp } from '../../src/http/jobsApp.js'
import { jobRunMode } from '../../src/jobRunMode.js'
import { bootPayload, closePayload } from '../helpers/payload.js'

describe('jobRunMode', () => {
  it('runs jobs by default (npm run dev), every minute', () => {
    expect(jobRunMode({}, ['node', 'src/server.ts'])).toEqual({ jobsOnly: false, autoRun: true, cron: '* * * * *' })
  })
  it('JOBS_AUTORUN=false keeps an API instance from running and scheduling jobs', () => {
    expect(jobRunMode({ JOBS_AUTORUN: 'false' }, ['node', 'src/server.ts', '--api-only'])).toMatchObject({ jobsOnly: false, autoRun: false })
    expect(jobRunMode({ JOBS_AUTORUN: ' FALSE ' }, [])).toMatchObject({ autoRun: false })
  })
  it('a jobs-only worker always runs them, by flag or environment', () => {
    expect(jobRunMode({ JOBS_AUTORUN: 'false' }, ['node', 'src/server.ts', '--jobs-only'])).toMatchObject({ jobsOnly: true, autoRun: true })
    expect(jobRunMode({ JOBS_ONLY: 'true' }, [])).toMatchObject({ jobsOnly: true, autoRun: true })
  })
  it('JOBS_CRON sets how often', () => {
    expect(jobRunMode({ JOBS_CRON: '*/10 * * * * *' }, []).cron).toBe('*/10 * * * * *')
  })
})

describe('the job worker over HTTP', () => {
  let payload: Payload
  let server: Server
  let baseUrl: string
  beforeAll(async () => {
    payload = await bootPayload()
    server = await new Promise<Server>((resolve) => {
      const listening = createJobsApp({ payload }).listen(0, '127.0.0.1', () => resolve(listening))
    })
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server?.closeAllConnections()
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
    if (payload) await closePayload(payload)
  })

  it('answers /healthz', async () => {
    const response = await fetch(`${baseUrl}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ok', role: 'jobs' })
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('serves no API, GraphQL or admin', async () => {
    for (const path of ['/api/disclosures', '/api/payload-jobs/run', '/admin']) expect((await fetch(`${baseUrl}${path}`)).status).toBe(404)
    expect((await fetch(`${baseUrl}/api/graphql`, { method: 'POST', body: '{}' })).status).toBe(404)
  })

  it('the host config has the cron; under Jest it neither runs nor schedules (tests run jobs themselves)', async () => {
    const resolved = await config
    expect(resolved.jobs.autoRun).toEqual([expect.objectContaining({ cron: '* * * * *', disableScheduling: true })])
    expect(await resolved.jobs.shouldAutoRun?.({} as never)).toBe(false)
  })
})
