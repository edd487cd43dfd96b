import type { PayloadRequest } from 'payload'

type Doc = Record<string, unknown>

/**
 * Documents read within one request, shared by the hooks that need them. A save reads its department
 * (for the 索引号 and the audit entry) and its catalog item (for the domain and the deadline) once, and
 * the relationship checks that follow in the same request know those documents exist without counting.
 * Scoped to the request object, so nothing outlives the save that read it.
 */
const readsByRequest = new WeakMap<object, Map<string, Promise<Doc | null>>>()
const foundByRequest = new WeakMap<object, Map<string, Doc | null>>()

const keyOf = (collection: string, id: string | number): string => `${collection}\u0000${String(id)}`

const mapFor = <T>(store: WeakMap<object, Map<string, T>>, req: object): Map<string, T> => {
  let map = store.get(req)
  if (!map) {
    map = new Map()
    store.set(req, map)
  }
  return map
}

/** The document (depth 0, no joins, every field), read at most once per request; `null` when there is none. */
export const findInRequest = (req: PayloadRequest, collection: string, id: string | number): Promise<Doc | null> => {
  const key = keyOf(collection, id)
  const reads = mapFor(readsByRequest, req)
  const known = reads.get(key)
  if (known) return known
  const reading = req.payload
    .findByID({ collection, id, depth: 0, disableErrors: true, overrideAccess: true, joins: false, req })
    .then((doc) => {
      const found = (doc as Doc | null) ?? null
      mapFor(foundByRequest, req).set(key, found)
      return found
    })
  reads.set(key, reading)
  // A failed read is not remembered.
  reading.catch(() => reads.delete(key))
  return reading
}

/** `true` if this request already read the document, `false` if it read that there is none, else `undefined`. */
export const existsInRequest = (req: PayloadRequest, collection: string, id: string | number): boolean | undefined => {
  const found = foundByRequest.get(req)?.get(keyOf(collection, id))
  return found === undefined ? undefined : found !== null
}

/** Forgets a document the request has just changed or deleted, so later hooks read it afresh. */
export const forgetInRequest = (req: PayloadRequest, collection: string, id: string | number): void => {
  const key = keyOf(collection, id)
  readsByRequest.get(req)?.delete(key)
  foundByRequest.get(req)?.delete(key)
}
