/**
 * Security headers on every response (API, downloads, /healthz and the admin), by helmet.
 *
 * The CSP allows only this server's own origin (intranet deployments are offline: no external host
 * anywhere). The Next.js admin inlines its bootstrap scripts and styles, hence 'unsafe-inline'; the
 * development server also evaluates code (React refresh) and opens a websocket. No
 * upgrade-insecure-requests and no HSTS: intranets often serve plain HTTP, and HSTS belongs to the TLS
 * terminator that knows the domain.
 */
import type { RequestHandler } from 'express'
import type { ServerResponse } from 'node:http'
import helmet from 'helmet'

export const securityHeaders = ({ dev = process.env.NODE_ENV !== 'production' }: { dev?: boolean } = {}): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
        mediaSrc: ["'self'", 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        frameSrc: ["'self'"],
        frameAncestors: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-site' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'sameorigin' },
  })

/**
 * Next.js and Payload's `withPayload` add `X-Powered-By: Next.js, Payload` to admin pages; this server never
 * advertises its stack, whoever sets the header.
 */
export const noPoweredBy: RequestHandler = (_req, res, next) => {
  const setHeader = res.setHeader.bind(res) as ServerResponse['setHeader']
  res.setHeader = ((name: string, value: number | string | readonly string[]) =>
    name.toLowerCase() === 'x-powered-by' ? res : setHeader(name, value)) as typeof res.setHeader
  next()
}
