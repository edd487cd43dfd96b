/**
 * Reads the month's entries for the ledger straight through the database adapter, page by page (keyset
 * on id, so page 100 costs what page 1 does), and turns each into a LedgerSource with names resolved.
 * Names (departments, domains, catalog items, users) are looked up once per page and remembered, so memory
 * grows with the number of distinct names, never with the rows.
 */
import type { PayloadRequest, Where } from 'payload'

import { relationId, relationIds, type DocId } from '../../access/user.js'
import { toBeijingDate } from '../calendar/index.js'
import { CHANNELS } from '../catalog-io/vocabulary.js'
import type { LedgerMonth } from '../ledger/month.js'
import type { LedgerCategory, LedgerInterpretation, LedgerSource } from '../ledger/rows.js'
import type { ResolvedDisclosureOptions } from '../options.js'
import { NOT_TRASHED_WHERE, wasReleased } from '../workflow/lifecycle.js'

export const LEDGER_PAGE_SIZE = 1000

type Doc = Record<string, any>

/** The entry fields the ledger reads (a `select`, so nothing else leaves the database). */
const ENTRY_SELECT = {
  id: true,
  title: true,
  indexNumber: true,
  department: true,
  catalogItem: true,
  domain: true,
  publicAttribute: true,
  attributeReason: true,
  attributeBasis: true,
  formedAt: true,
  changedAt: true,
  deadlineRule: true,
  dueDate: true,
  publishedAt: true,
  status: true,
  daysLate: true,
  lateReason: true,
  author: true,
  secrecyReview: true,
  workflowHistory: true,
} as const

/** The rows of one section: this month's entries (formed or changed, falling due, or published in it). */
export const monthWhere = (month: LedgerMonth, attributes: readonly string[], department: DocId | null): Where => ({
  and: [
    { publicAttribute: { in: [...attributes] } },
    // The trash is not part of any ledger; withdrawn entries are (they were published).
    NOT_TRASHED_WHERE,
    ...(department !== null ? [{ department: { equals: department } }] : []),
    {
      or: [
        { formedAt: { greater_than_equal: month.first, less_than_equal: month.last } },
        { changedAt: { greater_than_equal: month.first, less_than_equal: month.last } },
        // Falling due this month counts only while still unpublished when the month began: an entry
        // published in January and due in February belongs to January's ledger alone.
        {
          and: [
            { dueDate: { greater_than_equal: month.first, less_than_equal: month.last } },
            { or: [{ publishedAt: { exists: false } }, { publishedAt: { greater_than_equal: month.startInstant } }] },
          ],
        },
        { publishedAt: { greater_than_equal: month.startInstant, less_than: month.endInstant } },
      ],
    },
  ],
})

/** Reads one collection's matching rows page by page, in id order. */
export async function* readPages(req: PayloadRequest, collection: string, where: Where, select: Record<string, true>): AsyncGenerator<Doc[]> {
  let after: DocId | null = null
  for (;;) {
    const page: Doc[] = (
      await req.payload.db.find({
        collection,
        where: after === null ? where : { and: [where, { id: { greater_than: after } }] },
        select,
        sort: 'id',
        limit: LEDGER_PAGE_SIZE,
        pagination: false,
        req,
      })
    ).docs as Doc[]
    if (page.length === 0) return
    yield page
    if (page.length < LEDGER_PAGE_SIZE) return
    after = page[page.length - 1].id as DocId
  }
}

const CHANNEL_LABELS = new Map(CHANNELS.map((entry) => [entry.value as string, entry.label]))

/** Name lookups shared by every page of one export. */
export class LedgerNames {
  private departments = new Map<string, string>()
  private domains = new Map<string, string>()
  private items = new Map<string, { name: string; domain: string | null; channels: string[] }>()
  private users = new Map<string, string>()

  constructor(
    private readonly req: PayloadRequest,
    private readonly options: ResolvedDisclosureOptions,
  ) {}

  private async fill<T>(map: Map<string, T>, collection: string, ids: string[], select: Record<string, true>, value: (doc: Doc) => T): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !map.has(id))
    if (missing.length === 0 || !this.req.payload.collections[collection]) return
    const { docs } = await this.req.payload.db.find({ collection, where: { id: { in: missing } }, select: { id: true, ...select }, limit: missing.length, pagination: false, req: this.req })
    for (const doc of docs as Doc[]) map.set(String(doc.id), value(doc))
  }

  /** Loads every name a page of entries refers to. */
  async prepare(page: Doc[]): Promise<void> {
    const slugs = this.options.slugs
    const userIds = page.flatMap((doc) => [
      ...relationIds(doc.author),
      ...relationIds(doc.secrecyReview?.reviewer),
      ...((doc.workflowHistory ?? []) as Doc[]).flatMap((entry) => relationIds(entry.by)),
    ])
    await Promise.all([
      this.fill(this.departments, slugs.departments, page.flatMap((doc) => relationIds(doc.department)), { name: true }, (doc) => String(doc.name ?? '')),
      this.fill(this.items, slugs.catalogItems, page.flatMap((doc) => relationIds(doc.catalogItem)), { l1: true, l2: true, l3: true, domain: true, channels: true, channelsOther: true } as Record<string, true>, (doc) => ({
        name: [doc.l1, doc.l2, doc.l3].filter(Boolean).join(' > '),
        domain: relationId(doc.domain) === null ? null : String(relationId(doc.domain)),
        channels: [...((doc.channels ?? []) as string[]).map((value) => CHANNEL_LABELS.get(value) ?? value), ...(doc.channelsOther ? [String(doc.channelsOther)] : [])],
      })),
      this.fill(this.users, this.options.usersSlug, userIds, { name: true, email: true } as Record<string, true>, (doc) => String(doc.name || doc.email || doc.id)),
    ])
    const domainIds = [...page.flatMap((doc) => relationIds(doc.domain)), ...[...this.items.values()].flatMap((item) => (item.domain ? [item.domain] : []))]
    await this.fill(this.domains, slugs.catalogDomains, domainIds, { name: true }, (doc) => String(doc.name ?? ''))
  }

  department(value: unknown): string {
    const id = relationId(value)
    return id === null ? '' : (this.departments.get(String(id)) ?? String(id))
  }

  user(value: unknown): string | null {
    const id = relationId(value)
    return id === null ? null : (this.users.get(String(id)) ?? String(id))
  }

  item(value: unknown): { name: string; domain: string | null; channels: string[] } | null {
    const id = relationId(value)
    return id === null ? null : (this.items.get(String(id)) ?? null)
  }

  domain(value: unknown): string | null {
    const id = relationId(value)
    return id === null ? null : (this.domains.get(String(id)) ?? null)
  }
}

/** Beijing date of an instant (publishedAt), or null. */
const beijingDay = (value: unknown): string | null => (value ? toBeijingDate(value instanceof Date ? value : String(value)) : null)

/** The last sign-off (签发) in the review history: the signer's name as recorded then. */
const signerOf = (doc: Doc, names: LedgerNames): string | null => {
  const approvals = ((doc.workflowHistory ?? []) as Doc[]).filter((entry) => entry.action === 'approve')
  const last = approvals[approvals.length - 1]
  return last ? (last.byName || names.user(last.by)) : null
}

/** The policy's interpretations, read for a page of policies at once. */
export const interpretationsOf = async (req: PayloadRequest, options: ResolvedDisclosureOptions, policies: Doc[]): Promise<Map<string, LedgerInterpretation[]>> => {
  const byPolicy = new Map<string, LedgerInterpretation[]>()
  if (policies.length === 0 || !req.payload.collections[options.slugs.interpretations]) return byPolicy
  const { docs } = await req.payload.db.find({
    collection: options.slugs.interpretations,
    where: { and: [{ policy: { in: policies.map((doc) => doc.id) } }, NOT_TRASHED_WHERE] },
    select: { id: true, title: true, policy: true, status: true, publishedAt: true, dueDate: true, daysLate: true },
    sort: 'id',
    pagination: false,
    req,
  })
  for (const doc of docs as Doc[]) {
    const key = String(relationId(doc.policy))
    const published = wasReleased(doc)
    const list = byPolicy.get(key) ?? []
    list.push({ title: doc.title, publishedOn: published ? beijingDay(doc.publishedAt) : null, dueDate: doc.dueDate ?? null, daysLate: doc.daysLate ?? null })
    byPolicy.set(key, list)
  }
  return byPolicy
}

/** One entry as the ledger sees it. */
export const toLedgerSource = (
  doc: Doc,
  category: LedgerCategory,
  names: LedgerNames,
  defaultChannels: string[],
  interpretations?: LedgerInterpretation[],
): LedgerSource => {
  const item = names.item(doc.catalogItem)
  return {
    category,
    indexNumber: doc.indexNumber ?? null,
    title: String(doc.title ?? ''),
    documentNumber: doc.documentNumber ?? null,
    domainName: names.domain(doc.domain) ?? (item?.domain ? names.domain(item.domain) : null),
    catalogItemName: item?.name ?? null,
    publicAttribute: doc.publicAttribute ?? null,
    attributeReason: doc.attributeReason ?? null,
    attributeBasis: Array.isArray(doc.attributeBasis) ? doc.attributeBasis : null,
    formedAt: doc.formedAt ?? null,
    changedAt: doc.changedAt ?? null,
    rule: doc.deadlineRule ?? null,
    dueDate: doc.dueDate ?? null,
    publishedOn: beijingDay(doc.publishedAt),
    status: doc.status ?? null,
    daysLate: typeof doc.daysLate === 'number' ? doc.daysLate : null,
    lateReason: doc.lateReason ?? null,
    channels: item && item.channels.length > 0 ? item.channels : defaultChannels,
    departmentName: names.department(doc.department),
    handler: names.user(doc.author),
    secrecy: doc.secrecyReview?.conclusion ? { conclusion: doc.secrecyReview.conclusion, reviewer: names.user(doc.secrecyReview.reviewer) } : null,
    signer: signerOf(doc, names),
    interpretations,
    interpretationExemption: doc.interpretationExemption?.reason ?? null,
  }
}

export { ENTRY_SELECT }
