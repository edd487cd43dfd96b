import type { PayloadRequest } from 'payload'

type Doc = Record<string, unknown>

/**
 * Documents read within one request, shared by the hooks that need them. A save reads its department
 * (for the 索引号 and the audit entry) and its catalog item (for the domain and the deadline) once, and
 * the relationship checks that follow in the same request know those documents exist without counting.
 * Scoped to the request object, so nothing outlives the save that read it.
 */
interface Read {
  reading: Promise<Doc | null>
  /** set once the read has finished: the document, or `null` when there is none */
  found?: Doc | null
}

const readsByRequest = new WeakMap<object, Map<string, Read>>()

const keyOf = (collection: string, id: string | number): string => `${collection}\u0000${String(id)}`

/** The document (depth 0, no joins, every field), read at most once per request; `null` when there is none. */
export const findInRequest = (req: PayloadRequest, collection: string, id: string | number): Promise<Doc | null> => {
  let reads = readsByRequest.get(req)
  if (!reads) {
    reads = new Map()
    readsByRequest.set(req, reads)
  }
  const key = keyOf(collection, id)
  const known = reads.get(key)
  if (known) return known.reading
  const read: Read = {
    reading: req.payload.findByID({ collection, id, depth: 0, disableErrors: true, overrideAccess: true, joins: false, req }).then((doc) => {
      read.found = (doc as Doc | null) ?? null
      return read.found
    }),
  }
  reads.set(key, read)
  // A failed read is not remembered.
  read.reading.catch(() => reads.delete(key))
  return read.reading
}

/** `true` if this request already read the document, `false` if it read that there is none, else `undefined`. */
export const existsInRequest = (req: PayloadRequest, collection: string, id: string | number): boolean | undefined => {
  const found = readsByRequest.get(req)?.get(keyOf(collection, id))?.found
  return found === undefined ? undefined : found !== null
}
