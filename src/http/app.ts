import express, { type Express, type NextFunction, type Request, type Response } from 'express'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

import { CLIENT_IP_HEADER, normaliseIp, parseTrustProxy } from '../audit/ip.js'
import { resolveOptions, type DisclosurePluginOptions } from '../options.js'
import { preferLanguage } from './defaultLanguage.js'
import { refusedQueryAsBadRequest } from './graphqlStatus.js'
import { checkHealth } from './health.js'
import { originGuard } from './originGuard.js'
import { noPoweredBy, securityHeaders } from './securityHeaders.js'
import { BodyTooLargeError, DEFAULT_JSON_BODY_LIMIT, isJsonRequest, readLimitedBody } from './jsonBody.js'
import { sendWebResponse, toWebRequest } from './webBridge.js'
import { finalErrorHandler } from './errorHandler.js'
import { graphqlDocumentProblem } from './graphqlPrecheck.js'
import { restQueryProblem } from './restQuery.js'

/** The error shape of Payload's own validation errors, naming the request body as the field. */
const bodyError = (message: string) => ({ errors: [{ name: 'ValidationError', message, data: { errors: [{ path: 'body', message }] } }] })

/** The same shape naming a query parameter. */
const bodyErrorAt = (path: string, message: string) => ({ errors: [{ name: 'ValidationError', message, data: { errors: [{ path, message }] } }] })

const jsonSyntaxError = (body: Buffer): string | null => {
  try {
    JSON.parse(body.toString('utf8'))
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

export interface AppOptions {
  payload: Payload
  config: SanitizedConfig | Promise<SanitizedConfig>
  pluginOptions?: DisclosurePluginOptions
  jsonBodyLimit?: number
  /** Serves everything this app does not (the Next.js admin); API-only when absent. */
  fallback?: (req: Request, res: Response) => unknown
  /** The admin's language unless a user picked another one. Default `zh`. */
  adminLanguage?: string
  /**
   * Express `trust proxy`: whose `X-Forwarded-For` to believe for the client IP of the audit log. Default: the
   * `TRUST_PROXY` environment variable (`true`, a hop count, or addresses/subnets such as `loopback`), else off.
   */
  trustProxy?: boolean | number | string
}

/**
 * The Express app: `GET /healthz`, REST under `/api`, GraphQL at `/api/graphql`, and, when a
 * fallback is given, the Next.js admin for everything else. The API is served by this process's
 * Payload in both modes, so limits and errors are the same with or without the admin.
 */
export const createApp = ({ payload, config, pluginOptions, jsonBodyLimit = DEFAULT_JSON_BODY_LIMIT, fallback, adminLanguage = 'zh', trustProxy = parseTrustProxy(process.env.TRUST_PROXY) }: AppOptions): Express => {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxy)
  app.use(noPoweredBy, securityHeaders())
  // The client address for the audit log, as this server determined it: whatever a client sent in this
  // header is overwritten (or removed), for the API and the admin alike.
  app.use((req, _res, next) => {
    const ip = normaliseIp(req.ip)
    if (ip) req.headers[CLIENT_IP_HEADER] = ip
    else delete req.headers[CLIENT_IP_HEADER]
    next()
  })
  const apiRoute = payload.config.routes.api
  const graphQLRoute = `${apiRoute}${payload.config.routes.graphQL}`
  const graphQL = GRAPHQL_POST(config)
  app.use(apiRoute, originGuard(payload))
  const probeCollection = resolveOptions(pluginOptions).slugs.departments

  app.get('/healthz', async (_req, res) => {
    const health = await checkHealth(payload, probeCollection)
    res.status(health.status === 'ok' ? 200 : 503).json(health)
  })

  /** A 400 for what Payload would crash on (500) before its own checks run, or null. */
  type Precheck = (req: Request, body: Buffer | undefined) => { status: number; body: unknown } | null
  const bridge = (handle: (request: globalThis.Request) => Promise<Response | globalThis.Response>, precheck?: Precheck) =>
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const body = isJsonRequest(req) ? await readLimitedBody(req, jsonBodyLimit) : undefined
        const malformed = body && body.length > 0 ? jsonSyntaxError(body) : null
        if (malformed) {
          res.status(400).json(bodyError(`请求体不是合法的 JSON / malformed JSON body: ${malformed}`))
          return
        }
        const refused = precheck?.(req, body)
        if (refused) {
          res.status(refused.status).json(refused.body)
          return
        }
        const response = (await handle(toWebRequest(req, body))) as globalThis.Response
        await sendWebResponse(response, res)
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          res.status(400).json(bodyError(error.message))
          return
        }
        next(error)
      }
    }

  // GraphQL answers its own errors; what it throws comes from reading the request, such as a multipart
  // body that ends early (busboy): the client's mistake, answered 400 by the final handler.
  const graphQLOrBadBody = (request: globalThis.Request) =>
    graphQL(request).catch((error: unknown) => {
      const status = (error as { status?: unknown } | null)?.status
      if (typeof status === 'number' || !/multipart\/form-data/i.test(request.headers.get('content-type') ?? '')) throw error
      throw Object.assign(new Error(`请求体不是合法的 multipart 表单 / malformed multipart body: ${error instanceof Error ? error.message : String(error)}`), { status: 400 })
    })
  app.post(graphQLRoute, bridge(async (request) => refusedQueryAsBadRequest(await graphQLOrBadBody(request)), (_req, body) => {
    const problem = body && body.length > 0 ? graphqlDocumentProblem((JSON.parse(body.toString('utf8')) as { query?: unknown } | null)?.query) : null
    return problem ? { status: 400, body: { errors: [{ message: problem, extensions: { statusCode: 400 } }] } } : null
  }))
  app.all(`${apiRoute}/{*path}`, bridge((request) => handleEndpoints({ config, request }), (req) => {
    const problem = restQueryProblem(req.originalUrl)
    return problem ? { status: 400, body: bodyErrorAt(problem.parameter, problem.message) } : null
  }))
  if (fallback) {
    app.all('/{*path}', (req, res) => {
      preferLanguage(req, adminLanguage)
      return fallback(req, res)
    })
  }
  // Whatever still fails answers JSON: never an HTML page with a stack trace and server paths, in dev too.
  app.use(finalErrorHandler(payload))
  return app
}
