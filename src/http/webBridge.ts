import { Readable } from 'node:stream'

import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

/** Builds a Web `Request` (what Payload's handlers take) from an Express request. */
export const toWebRequest = (req: ExpressRequest, body?: Buffer): Request => {
  const url = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const hasBody = !['GET', 'HEAD'].includes(req.method)
  const init: RequestInit & { duplex?: 'half' } = { method: req.method, headers }
  if (hasBody) {
    if (body) {
      init.body = new Uint8Array(body)
    } else {
      init.body = Readable.toWeb(req) as unknown as ReadableStream
      init.duplex = 'half'
    }
  }
  return new Request(url, init)
}

/** Sends a Web `Response` through Express, keeping every Set-Cookie header. */
export const sendWebResponse = async (response: Response, res: ExpressResponse): Promise<void> => {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name.toLowerCase() !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  const stream = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream)
  stream.on('error', (error) => res.destroy(error))
  stream.pipe(res)
  await new Promise<void>((resolve) => res.on('close', resolve))
}
