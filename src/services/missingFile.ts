import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

/**
 * An upload handler for files kept on the local disk: a file whose record exists but whose bytes are
 * missing (restored database, lost volume) answers 404 naming `file`, not Payload's 500. With object
 * storage (`disableLocalStorage`), the storage plugin's handler answers instead.
 */
export const missingLocalFileIs404 =
  (staticDir: string | undefined) =>
  // Payload's handler type admits `Promise<Response>` or `Promise<void>`, not their union.
  (async (req: PayloadRequest, { params }: { params: { collection: string; filename: string } }): Promise<Response | undefined> => {
    const config = req.payload.collections[params.collection]?.config.upload
    if (!config || (typeof config === 'object' && config.disableLocalStorage)) return
    const dir = path.resolve(staticDir || params.collection)
    const file = path.resolve(dir, params.filename ?? '')
    if (!file.startsWith(dir + path.sep)) return
    try {
      await stat(file)
    } catch {
      req.payload.logger.error(`Attachment ${params.filename} of ${params.collection} is missing on disk (${file}).`)
      const message = '文件不存在或已丢失，请联系管理员 / the file is missing: ask an administrator'
      return Response.json({ errors: [{ message, data: { errors: [{ path: 'file', message }] } }] }, { status: 404 })
    }
    return undefined
  }) as unknown as (req: PayloadRequest, args: { params: { collection: string; filename: string } }) => Promise<Response>
