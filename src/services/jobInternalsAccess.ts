/**
 * Payload's own internals are the office's (and the server's, which uses the Local API without access
 * checks): the job queue (`payload-jobs`: read, write, run, queue, cancel), the scheduler's
 * `payload-jobs-stats` global (its next runs are read from it), and edit locks
 * (`payload-locked-documents`), which staff may take or release only on documents they may update.
 *
 * The jobs collection and the run/queue/cancel rules are set through Payload's jobs config
 * (`jobs.access`, `jobs.jobsCollectionOverrides`), composed with the host's. The stats global and the
 * locks collection are created by Payload while it sanitises the config, after plugins run: their
 * access is set on the sanitised config when Payload starts (`lockDownJobInternals` from `onInit`),
 * before any request or job is served.
 */
import type { Access, CollectionConfig, Config, Payload, PayloadRequest, Where } from 'payload'

import { isOfficeUser } from '../../access/isOffice.js'
import { relationId, sameId } from '../../access/user.js'

const LOCKS = 'payload-locked-documents'
const JOB_STATS = 'payload-jobs-stats'

export const officeOnly = ({ req }: { req: PayloadRequest }): boolean => isOfficeUser(req.user)

type JobsConfig = NonNullable<Config['jobs']>

type JobAccess = (args: { req: PayloadRequest }) => boolean | Promise<boolean>

/** The office, or whoever a rule the host set itself lets in (e.g. a scheduler's secret header). */
const officeOr = (hostRule: unknown): JobAccess =>
  typeof hostRule === 'function' ? async (args) => officeOnly(args) || Boolean(await (hostRule as JobAccess)(args)) : officeOnly

/** `jobs` config with the office-only rules (Payload's default lets any logged-in user run the queue). */
export const lockedDownJobsConfig = (jobs: JobsConfig | undefined): Partial<JobsConfig> => {
  const hostOverrides = jobs?.jobsCollectionOverrides
  const host = jobs?.access
  return {
    access: { ...host, run: officeOr(host?.run), queue: officeOr(host?.queue), cancel: officeOr(host?.cancel) },
    jobsCollectionOverrides: (args) => {
      const collection = hostOverrides ? hostOverrides(args) : args.defaultJobsCollection
      return { ...collection, access: { ...collection.access, read: officeOnly, create: officeOnly, update: officeOnly, delete: officeOnly } } as CollectionConfig
    },
  }
}

/** Whether `req.user` may update document `id` of `collection` under that collection's own rule. */
export const mayUpdateDocument = async (req: PayloadRequest, collection: string, id: unknown): Promise<boolean> => {
  const target = req.payload.collections[collection]?.config
  const docId = relationId(id)
  if (!target || docId === null) return false
  const rule = target.access?.update
  const verdict = rule ? await rule({ req, id: docId }) : Boolean(req.user)
  if (verdict === true) return true
  if (!verdict) return false
  const where: Where = { and: [{ id: { equals: docId } }, verdict as Where] }
  const { totalDocs } = await req.payload.count({ collection, where, overrideAccess: true, req })
  return totalDocs > 0
}

const mayUpdateGlobal = async (req: PayloadRequest, slug: string): Promise<boolean> => {
  const global = req.payload.config.globals.find((candidate) => candidate.slug === slug)
  if (!global) return false
  const verdict = global.access?.update ? await global.access.update({ req }) : Boolean(req.user)
  return verdict === true
}

/** May the user hold (or drop) a lock on what `lock` points at: a collection document or a global. */
const mayLock = async (req: PayloadRequest, lock: Record<string, any> | undefined | null): Promise<boolean> => {
  if (!lock) return false
  const document = lock.document as { relationTo?: unknown; value?: unknown } | undefined | null
  if (document && typeof document.relationTo === 'string') return mayUpdateDocument(req, document.relationTo, document.value)
  if (typeof lock.globalSlug === 'string' && lock.globalSlug !== '') return mayUpdateGlobal(req, lock.globalSlug)
  return false
}

const ownedBy = (lock: Record<string, any> | undefined, req: PayloadRequest): boolean => {
  const user = lock?.user as { value?: unknown } | undefined
  return user === undefined || sameId(user?.value ?? user, req.user?.id)
}

/** Taking a lock: the user's own, on something the user may update. */
const createLock: Access = async ({ req, data }) => {
  if (isOfficeUser(req.user)) return true
  if (!req.user) return false
  return ownedBy(data, req) && (await mayLock(req, data))
}

/** Changing or releasing one lock: only on something the user may update (the admin takes a lock over by PATCHing its user). */
const changeLock: Access = async ({ req, id, data }) => {
  if (isOfficeUser(req.user)) return true
  if (!req.user || id === undefined || id === null) return false
  const current = await req.payload.findByID({ collection: LOCKS, id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!(await mayLock(req, current as Record<string, any> | null))) return false
  if (data?.document !== undefined || data?.globalSlug !== undefined) {
    if (!(await mayLock(req, { ...(current as Record<string, any>), ...data }))) return false
  }
  return data?.user === undefined || ownedBy(data, req)
}

/** Sets the office-only rules on the internals Payload adds while sanitising the config. */
export const lockDownJobInternals = (payload: Payload): void => {
  const stats = payload.config.globals.find((global) => global.slug === JOB_STATS)
  if (stats) stats.access = { ...stats.access, read: officeOnly, update: officeOnly, readVersions: officeOnly }
  const locks = payload.collections[LOCKS]?.config
  if (locks) locks.access = { ...locks.access, create: createLock, update: changeLock, delete: changeLock }
}
