/** What the fuzz suite needs around the test world: the collections it covers, known ids, and fingerprints. */
import type { Payload } from 'payload'

import { DEFAULT_SLUGS } from '../../src/options.js'
import type { TestContext } from '../helpers/context.js'

/** Every collection of the plugin, and the users collection it extends. */
export const coveredSlugs = (): string[] => [...Object.values(DEFAULT_SLUGS), 'users']

const local = { overrideAccess: true, depth: 0, trash: true } as const

/** Up to five stored ids per collection, so relationship values can point at real documents. */
export const knownIds = async (payload: Payload): Promise<Record<string, unknown[]>> => {
  const ids: Record<string, unknown[]> = {}
  for (const slug of coveredSlugs()) {
    ids[slug] = (await payload.find({ collection: slug as any, ...local, limit: 5 } as any)).docs.map((doc: any) => doc.id)
  }
  return ids
}

/** How many documents every covered collection holds (the trash included): a refused create changes none. */
export const fingerprint = async (payload: Payload): Promise<Record<string, number>> => {
  const counts: Record<string, number> = {}
  for (const slug of coveredSlugs()) counts[slug] = (await payload.count({ collection: slug as any, overrideAccess: true, trash: true } as any)).totalDocs
  return counts
}

/** One document as stored, whoever may read it. */
export const stored = async (payload: Payload, slug: string, id: unknown): Promise<unknown> =>
  payload.findByID({ collection: slug as any, id: id as any, ...local, disableErrors: true } as any)

/** A document to update in every collection that can have one: the world's, plus a few made here. */
export const updateTargets = async (ctx: TestContext): Promise<Record<string, unknown>> => {
  const { payload, world } = ctx
  const make = async (collection: string, data: Record<string, unknown>) => {
    try {
      return (await payload.create({ collection: collection as any, data, overrideAccess: true, depth: 0 } as any)).id
    } catch {
      return undefined
    }
  }
  const spareUser = await make('users', { email: 'fuzz.target@demo.gov.cn', password: 'fuzz-target-1', roles: ['editor'], department: world.departments.finance })
  const policy = await make('policy-documents', { title: '模糊测试政策', documentType: 'other', department: world.departments.finance })
  await make('interpretations', { title: '模糊测试解读', department: world.departments.finance, policy, interpretationForm: 'text' })
  await make('calendar-days', { date: '2032-03-03', kind: 'holiday', name: '测试' })
  await make('disclosure-requests', {
    applicantType: 'natural-person',
    applicantName: '张三',
    contact: { phone: '0427-1234567' },
    description: '信息',
    channel: 'in-person',
    submittedOn: '2025-03-03',
    department: world.departments.finance,
  })
  const targets: Record<string, unknown> = {}
  for (const slug of coveredSlugs()) {
    if (slug === 'users') {
      if (spareUser !== undefined) targets.users = spareUser
      continue
    }
    const doc = (await payload.find({ collection: slug as any, ...local, limit: 1, sort: '-createdAt' } as any)).docs[0]
    if (doc) targets[slug] = doc.id
  }
  // Finance's own published record, so an editor's update reaches the field checks rather than a 403.
  targets.disclosures = world.disclosures.fDraft
  return targets
}

/**
 * A valid starting point for creates: a stored document of the collection without its id, timestamps,
 * joins and unique fields, so generated values merged onto it reach the checks behind "required".
 */
export const createTemplates = async (payload: Payload): Promise<Record<string, Record<string, unknown>>> => {
  const templates: Record<string, Record<string, unknown>> = {}
  for (const slug of coveredSlugs()) {
    const doc = (await payload.find({ collection: slug as any, overrideAccess: true, depth: 0, limit: 1 } as any)).docs[0] as Record<string, unknown> | undefined
    if (!doc) continue
    const drop = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', 'sessions', 'indexNumber', 'trackingNumber'])
    for (const field of payload.collections[slug as 'users']!.config.flattenedFields) {
      if ('name' in field && (field.type === 'join' || (field as { unique?: boolean }).unique)) drop.add(field.name)
    }
    templates[slug] = Object.fromEntries(Object.entries(doc).filter(([key]) => !drop.has(key)))
  }
  return templates
}

/** A 5xx, or a GraphQL error carrying one, is a failure whatever was sent. */
export const serverErrorIn = (status: number, body: any): string | null => {
  if (status >= 500) return `HTTP ${status}: ${JSON.stringify(body).slice(0, 500)}`
  for (const error of Array.isArray(body?.errors) ? body.errors : []) {
    const code = error?.extensions?.statusCode
    if (typeof code === 'number' && code >= 500) return `GraphQL error ${code}: ${JSON.stringify(error).slice(0, 500)}`
  }
  return null
}

/** Statuses seen per property, printed so a run shows how far the cases got (not only that none failed). */
export class Tally {
  private readonly counts = new Map<string, number>()
  constructor(private readonly name: string) {}
  add(status: number | string): void {
    const key = String(status)
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1)
  }
  print(): void {
    const entries = [...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b))
    console.log(`${this.name}: ${entries.map(([status, n]) => `${status}×${n}`).join(' ')}`)
  }
}
