import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'

import type { Payload } from 'payload'

import config from '../../payload.config.js'
import { createApp } from '../../src/http/app.js'

export interface HttpResult {
  status: number
  body: any
}

/** The API-only Express server of the host app, on a free port of this machine. */
export class TestServer {
  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
  ) {}

  static async start(payload: Payload): Promise<TestServer> {
    const app = createApp({ payload, config })
    const server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
    })
    // Longer than the client's idle keep-alive (undici: 4 s): on a busy machine a test can pause over the
    // server's default 5 s, and a request then lands on a socket the server is closing (ECONNRESET).
    server.keepAliveTimeout = 60_000
    server.headersTimeout = 61_000
    const { port } = server.address() as AddressInfo
    return new TestServer(server, `http://127.0.0.1:${port}`)
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  async request(method: string, path: string, { token, body, raw, headers }: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<HttpResult> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `JWT ${token}` } : {}),
        ...headers,
      },
      body: raw ?? (body !== undefined ? JSON.stringify(body) : undefined),
    })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // keep the text
    }
    return { status: response.status, body: parsed }
  }

  /** POSTs a multipart form with one file, as a browser upload would. */
  async upload(
    path: string,
    { token, fileName, data, type, fields }: { token?: string; fileName: string; data: Uint8Array; type?: string; fields?: Record<string, unknown> },
  ): Promise<HttpResult> {
    const form = new FormData()
    // Payload reads the document's other fields from the `_payload` part of a multipart upload.
    if (fields) form.append('_payload', JSON.stringify(fields))
    form.append('file', new Blob([new Uint8Array(data)], { type: type ?? 'application/octet-stream' }), fileName)
    const response = await fetch(`${this.baseUrl}${path}`, { method: 'POST', headers: token ? { authorization: `JWT ${token}` } : {}, body: form })
    const text = await response.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // keep the text
    }
    return { status: response.status, body }
  }

  /** GETs a binary download. */
  async download(path: string, token?: string): Promise<{ status: number; headers: Headers; data: Buffer }> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: token ? { authorization: `JWT ${token}` } : {} })
    return { status: response.status, headers: response.headers, data: Buffer.from(await response.arrayBuffer()) }
  }

  /** Logs in through `/api/users/login` as a real client would and returns the JWT. */
  async login(email: string, password: string): Promise<string> {
    const { status, body } = await this.request('POST', '/api/users/login', { body: { email, password } })
    if (status !== 200 || typeof body?.token !== 'string') throw new Error(`login of ${email} failed: ${status} ${JSON.stringify(body)}`)
    return body.token
  }

  async graphql(query: string, { token, variables }: { token?: string; variables?: Record<string, unknown> } = {}): Promise<HttpResult> {
    return this.request('POST', '/api/graphql', { token, body: { query, variables } })
  }
}

/** Field paths named by a Payload-style error response. */
export const errorPaths = (body: any): string[] =>
  (body?.errors ?? []).flatMap((error: any) => (error?.data?.errors ?? []).map((item: any) => item.path))
