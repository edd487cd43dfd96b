import express, { type Express } from 'express'
import type { Payload } from 'payload'

import { resolveOptions, type DisclosurePluginOptions } from '../options.js'
import { checkHealth } from './health.js'

/** The job worker's HTTP side: `GET /healthz` (with whether this process runs jobs) and nothing else (404). */
export const createJobsApp = ({ payload, pluginOptions }: { payload: Payload; pluginOptions?: DisclosurePluginOptions }): Express => {
  const app = express()
  app.disable('x-powered-by')
  const probeCollection = resolveOptions(pluginOptions).slugs.departments
  app.get('/healthz', async (_req, res) => {
    const health = await checkHealth(payload, probeCollection)
    res.status(health.status === 'ok' ? 200 : 503).json({ ...health, role: 'jobs' })
  })
  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: '此进程只运行后台任务 / this process only runs background jobs' }] })
  })
  return app
}
