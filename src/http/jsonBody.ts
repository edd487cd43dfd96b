import type { Request as ExpressRequest } from 'express'

/** Default limit of a JSON request body; uploads (multipart) are limited by Payload's upload options. */
export const DEFAULT_JSON_BODY_LIMIT = 1024 * 1024

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`请求体超过 ${Math.round(limit / 1024)} KB 上限 / request body exceeds the ${Math.round(limit / 1024)} KB limit`)
  }
}

export const isJsonRequest = (req: ExpressRequest): boolean =>
  (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json'

/** Reads a JSON body into memory, refusing it as soon as it passes `limit` bytes. */
export const readLimitedBody = (req: ExpressRequest, limit: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > limit) {
      req.resume()
      reject(new BodyTooLargeError(limit))
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.resume()
        reject(new BodyTooLargeError(limit))
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
