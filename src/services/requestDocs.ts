import type { PayloadRequest, SelectType } from 'payload'

import { peekRequestMemo, requestMemo, requestMemoKey } from './requestMemo.js'
import { readFlatRow, sqlAccess } from './sqlAccess.js'
import { isWellFormedId } from './validId.js'

type Doc = Record<string, unknown>

/**
 * The fields a save reads of the documents it refers to, one projection per kind of document, so that
 * every hook of one save shares one read: the department (its 组织机构代码 for the 索引号, its name for
 * the audit entry) and the catalog item (its domain, and its 公开时限 for the deadline).
 */
export const DEPARTMENT_FACTS = { name: true, orgCode: true } as const satisfies SelectType
export const CATALOG_ITEM_FACTS = { domain: true, timeLimit: true, timeLimitRule: true } as const satisfies SelectType

/**
 * Documents read within one request, shared by the hooks that need them (kept in the request memo, so
 * nothing outlives the save that read it).
 */
interface Read {
  reading: Promise<Doc | null>
}
interface RequestReads {
  reads: Map<string, Read>
  /** per document: whether a finished read found it */
  known: Map<string, boolean>
}

const READS = requestMemoKey<RequestReads>('documents read')

const docKey = (collection: string, id: string | number): string => `${collection}\u0000${String(id)}`

const readsOf = (req: PayloadRequest): RequestReads => requestMemo(req, READS, () => ({ reads: new Map(), known: new Map() }))

/**
 * The `select`ed fields of a document, read at most once per request; `null` when there is none.
 * Read below Payload's read operation: these are facts the server derives values from, not a response,
 * so field hooks and field access for every field would only cost time on every save. On SQL adapters
 * one Drizzle query of those columns; otherwise the adapter's findOne. Only for collections without
 * trash (a trashed document would be found here).
 */
export const findInRequest = (req: PayloadRequest, collection: string, id: string | number, select: SelectType): Promise<Doc | null> => {
  const { reads, known } = readsOf(req)
  const key = `${docKey(collection, id)}\u0000${JSON.stringify(select)}`
  const earlier = reads.get(key)
  if (earlier) return earlier.reading
  const read: Read = {
    reading: readFacts(req, collection, id, select).then((doc) => {
      known.set(docKey(collection, id), doc !== null)
      return doc
    }),
  }
  reads.set(key, read)
  // A failed read is not remembered.
  read.reading.catch(() => reads.delete(key))
  return read.reading
}

const readFacts = async (req: PayloadRequest, collection: string, id: string | number, select: SelectType): Promise<Doc | null> => {
  // An id that cannot exist on this adapter (a client's typo) finds nothing; the field's validation says why.
  if (!isWellFormedId(req.payload, String(id))) return null
  const sql = await sqlAccess(req, collection)
  const flat = sql ? await readFlatRow(sql, req.payload.db.defaultIDType === 'number' ? Number(id) : id, Object.keys(select)) : undefined
  if (flat !== undefined) return flat
  return ((await req.payload.db.findOne({ collection, req, select, where: { id: { equals: id } } })) as Doc | null) ?? null
}

/** `true` if this request already read the document, `false` if it read that there is none, else `undefined`. */
export const existsInRequest = (req: PayloadRequest, collection: string, id: string | number): boolean | undefined =>
  peekRequestMemo(req, READS)?.known.get(docKey(collection, id))
