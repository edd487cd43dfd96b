/**
 * The public column's data loaders. Every read goes through the Local API with no user and
 * `overrideAccess: false`, so the collections' public access rules (access/) are the only gate: a draft,
 * an entry under review, a 依申请公开 or 不予公开 entry, a trashed or withdrawn one, and every staff-only
 * field stay out because the public may not read them — there is no second filter here.
 */
import { APIError, NotFound, ValidationError, createLocalReq, type Payload, type Where } from 'payload'

import { loadCatalogTree } from '../catalog/loadTree.js'
import type { CatalogTree, TreeItemInput } from '../catalog/tree.js'
import { toBeijingDate } from '../calendar/index.js'
import { DEPARTMENT_KIND_LABELS } from '../department-kinds.js'
import type { AnnualReport } from '../annual-report/build.js'
import { PUBLIC_ATTRIBUTE_LABELS, type PublicAttribute } from '../public-attribute.js'
import { VALIDITY_LABELS, type ValidityState } from '../policy/validity.js'
import { DOCUMENT_TYPE_LABELS, INTERPRETATION_FORM_LABELS, POLICY_SUBJECTS, type DocumentType, type InterpretationForm } from '../policy/vocabulary.js'
import { siteConfigOf, type SiteConfig } from './siteConfig.js'

type Id = number | string
type Doc = Record<string, any>

/** The three kinds of published entries the column shows, and where each lives. */
export type EntryKind = 'record' | 'policy' | 'interpretation'
export const ENTRY_PATHS: Record<EntryKind, string> = { record: '/xx', policy: '/zcwj', interpretation: '/zcjd' }

const slugOf = (config: SiteConfig, kind: EntryKind): string =>
  kind === 'record' ? config.slugs.disclosures : kind === 'policy' ? config.slugs.policyDocuments : config.slugs.interpretations

/** Payload's "not there / not yours / malformed id" answers; anything else is a real failure. */
const isMissing = (error: unknown): boolean =>
  error instanceof NotFound || error instanceof ValidationError || (error instanceof APIError && (error.status === 400 || error.status === 404 || error.status === 403))

type FindArgs = Omit<Parameters<Payload['find']>[0], 'overrideAccess' | 'user' | 'req'>

/** A public read: no user, access rules applied. The only way this module reads a list. */
export const publicFind = (payload: Payload, args: FindArgs) => payload.find({ ...args, overrideAccess: false } as Parameters<Payload['find']>[0])

/** A public read of one document, or null when the public may not see it (or the id is malformed). */
export const publicFindByID = async (payload: Payload, collection: string, id: string, depth = 1): Promise<Doc | null> => {
  try {
    return (await payload.findByID({ collection, id, depth, overrideAccess: false, disableErrors: true })) as Doc | null
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
}

export const beijingDate = (value: unknown): string | null => {
  if (typeof value !== 'string' || !value) return null
  try {
    return toBeijingDate(value)
  } catch {
    return null
  }
}

const nameOf = (value: unknown): string | null => (value && typeof value === 'object' ? ((value as Doc).name ?? null) : null)
const idOf = (value: unknown): Id | null => (value && typeof value === 'object' ? ((value as Doc).id ?? null) : ((value as Id | null | undefined) ?? null))

/** One line of a list: what every list of entries shows. */
export interface EntrySummary {
  kind: EntryKind
  id: Id
  title: string
  href: string
  publishedOn: string | null
  department: string | null
  indexNumber: string | null
  documentNumber: string | null
  validity: string | null
}

const summary = (kind: EntryKind, doc: Doc): EntrySummary => ({
  kind,
  id: doc.id,
  title: String(doc.title ?? ''),
  href: `${ENTRY_PATHS[kind]}/${doc.id}`,
  publishedOn: beijingDate(doc.publishedAt),
  department: nameOf(doc.department),
  indexNumber: doc.indexNumber ?? null,
  documentNumber: doc.documentNumber ?? null,
  validity: doc.validity ? (VALIDITY_LABELS[doc.validity as ValidityState]?.zh ?? null) : null,
})

const LIST_SELECT = { title: true, publishedAt: true, department: true, indexNumber: true } as const
const POLICY_SELECT = { ...LIST_SELECT, documentNumber: true, validity: true } as const

export interface Page<T> {
  items: T[]
  page: number
  totalPages: number
  totalDocs: number
}

const pageNumber = (value: unknown): number => {
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1
}

/** A page of one kind of entry, newest publication first. */
export const listEntries = async (
  payload: Payload,
  kind: EntryKind,
  { where, page, limit }: { where?: Where; page?: unknown; limit?: number } = {},
): Promise<Page<EntrySummary>> => {
  const config = siteConfigOf(payload)
  const result = await publicFind(payload, {
    collection: slugOf(config, kind),
    depth: 1,
    limit: limit ?? config.site.pageSize,
    page: pageNumber(page),
    sort: '-publishedAt',
    where,
    select: kind === 'policy' ? POLICY_SELECT : LIST_SELECT,
    populate: { [config.slugs.departments]: { name: true } },
  })
  return { items: (result.docs as Doc[]).map((doc) => summary(kind, doc)), page: result.page ?? 1, totalPages: result.totalPages, totalDocs: result.totalDocs }
}

// ————————————————————————————————————————————————————————— home

export interface HomeData {
  records: EntrySummary[]
  policies: EntrySummary[]
  interpretations: EntrySummary[]
  domains: { id: Id; name: string; count: number }[]
  reports: ReportSummary[]
}

export const loadHome = async (payload: Payload): Promise<HomeData> => {
  const [records, policies, interpretations, tree, reports] = await Promise.all([
    listEntries(payload, 'record', { limit: 8 }),
    listEntries(payload, 'policy', { limit: 6 }),
    listEntries(payload, 'interpretation', { limit: 6 }),
    loadCatalog(payload),
    listReports(payload),
  ])
  return {
    records: records.items,
    policies: policies.items,
    interpretations: interpretations.items,
    domains: tree.catalog.domains.map((domain) => ({ id: domain.id, name: domain.name, count: domain.count })),
    reports: reports.slice(0, 4),
  }
}

// ————————————————————————————————————————————————————————— 法定主动公开内容

export interface DepartmentSummary {
  id: Id
  name: string
  kind: string | null
}

export interface CatalogData {
  catalog: CatalogTree<TreeItemInput>
  departments: { kind: string; label: string; departments: DepartmentSummary[] }[]
}

const listDepartments = async (payload: Payload): Promise<DepartmentSummary[]> => {
  const config = siteConfigOf(payload)
  const result = await publicFind(payload, { collection: config.slugs.departments, depth: 0, pagination: false, sort: 'name', select: { name: true, kind: true } })
  return (result.docs as Doc[]).map((doc) => ({ id: doc.id, name: String(doc.name ?? ''), kind: doc.kind ?? null }))
}

/** The catalog tree as the public may see it, and the disclosing bodies by kind (部门, 乡镇街道 …). */
export const loadCatalog = async (payload: Payload, { domain }: { domain?: Id } = {}): Promise<CatalogData> => {
  const config = siteConfigOf(payload)
  const req = await createLocalReq({}, payload)
  const [catalog, departments] = await Promise.all([loadCatalogTree(req, config.slugs, domain !== undefined ? { domain } : {}), listDepartments(payload)])
  const groups = (Object.keys(DEPARTMENT_KIND_LABELS) as (keyof typeof DEPARTMENT_KIND_LABELS)[]).map((kind) => ({
    kind,
    label: DEPARTMENT_KIND_LABELS[kind].zh,
    departments: departments.filter((department) => department.kind === kind),
  }))
  return { catalog, departments: groups.filter((group) => group.departments.length > 0) }
}

export interface CatalogItemView {
  id: Id
  domain: { id: Id; name: string } | null
  l1: string
  l2: string
  l3: string | null
  content: string
  basis: string | null
  timeLimit: string | null
  subject: string | null
  departments: string[]
}

const catalogItemView = (doc: Doc): CatalogItemView => ({
  id: doc.id,
  domain: doc.domain && typeof doc.domain === 'object' ? { id: doc.domain.id, name: doc.domain.name } : null,
  l1: String(doc.l1 ?? ''),
  l2: String(doc.l2 ?? ''),
  l3: doc.l3 || null,
  content: String(doc.content ?? ''),
  basis: doc.basis || null,
  timeLimit: doc.timeLimit || null,
  subject: doc.subject || null,
  departments: ((doc.departments ?? []) as unknown[]).map(nameOf).filter((name): name is string => Boolean(name)),
})

/** One domain of the catalog with, for each item, how many records it holds. */
export const loadDomain = async (payload: Payload, id: string): Promise<{ domain: { id: Id; name: string }; catalog: CatalogData; counts: Record<string, number> } | null> => {
  const config = siteConfigOf(payload)
  const domain = await publicFindByID(payload, config.slugs.catalogDomains, id, 0)
  if (!domain || domain.active === false) return null
  const catalog = await loadCatalog(payload, { domain: domain.id })
  const items = catalog.catalog.domains.flatMap((d) => d.groups.flatMap((g) => g.children.flatMap((c) => c.items)))
  const counts: Record<string, number> = {}
  await Promise.all(
    items.map(async (item) => {
      counts[String(item.id)] = (await payload.count({ collection: config.slugs.disclosures, overrideAccess: false, where: { catalogItem: { equals: item.id } } })).totalDocs
    }),
  )
  return { domain: { id: domain.id, name: String(domain.name) }, catalog, counts }
}

/** A catalog item (its 公开时限 and 公开依据) and a page of its records, newest first. */
export const loadCatalogItem = async (payload: Payload, id: string, page?: unknown): Promise<{ item: CatalogItemView; records: Page<EntrySummary> } | null> => {
  const config = siteConfigOf(payload)
  const doc = await publicFindByID(payload, config.slugs.catalogItems, id, 1)
  if (!doc || doc.active === false) return null
  return { item: catalogItemView(doc), records: await listEntries(payload, 'record', { where: { catalogItem: { equals: doc.id } }, page }) }
}

/** A disclosing body and a page of its records, newest first. */
export const loadDepartment = async (payload: Payload, id: string, page?: unknown): Promise<{ department: DepartmentSummary; records: Page<EntrySummary> } | null> => {
  const config = siteConfigOf(payload)
  const doc = await publicFindByID(payload, config.slugs.departments, id, 0)
  if (!doc) return null
  return {
    department: { id: doc.id, name: String(doc.name ?? ''), kind: doc.kind ?? null },
    records: await listEntries(payload, 'record', { where: { department: { equals: doc.id } }, page }),
  }
}

// ————————————————————————————————————————————————————————— entries

export interface Attachment {
  title: string
  filename: string
  url: string
  filesize: number | null
  mimeType: string | null
}

export interface EntryView {
  kind: EntryKind
  id: Id
  title: string
  /** the body as HTML (escaped by the Lexical converter) */
  bodyHtml: string
  indexNumber: string | null
  department: string | null
  publicAttribute: string | null
  domain: { id: Id; name: string } | null
  catalogItem: { id: Id; name: string } | null
  formedOn: string | null
  publishedOn: string | null
  attachments: Attachment[]
  // policy documents
  documentNumber?: string | null
  documentType?: string | null
  writtenOn?: string | null
  subjects?: string[]
  validity?: string | null
  validityNotice?: string | null
  effectiveFrom?: string | null
  effectiveUntil?: string | null
  supersededBy?: EntrySummary | null
  interpretations?: EntrySummary[]
  // interpretations
  policy?: EntrySummary | null
  form?: string | null
}

const attachmentsOf = (value: unknown): Attachment[] =>
  ((Array.isArray(value) ? value : []) as unknown[])
    .filter((file): file is Doc => Boolean(file) && typeof file === 'object' && typeof (file as Doc).url === 'string')
    .map((file) => ({
      title: String(file.title || file.filename || '附件'),
      filename: String(file.filename ?? ''),
      url: String(file.url),
      filesize: typeof file.filesize === 'number' ? file.filesize : null,
      mimeType: file.mimeType ?? null,
    }))

export type RichTextToHtml = (value: unknown) => string

/** One published entry as its page shows it, or null when the public may not read it. */
export const loadEntry = async (payload: Payload, kind: EntryKind, id: string, toHtml: RichTextToHtml): Promise<EntryView | null> => {
  const config = siteConfigOf(payload)
  const doc = await publicFindByID(payload, slugOf(config, kind), id, 1)
  if (!doc) return null
  const item = doc.catalogItem && typeof doc.catalogItem === 'object' ? doc.catalogItem : null
  const view: EntryView = {
    kind,
    id: doc.id,
    title: String(doc.title ?? ''),
    bodyHtml: doc.body ? toHtml(doc.body) : '',
    indexNumber: doc.indexNumber ?? null,
    department: nameOf(doc.department),
    publicAttribute: doc.publicAttribute ? (PUBLIC_ATTRIBUTE_LABELS[doc.publicAttribute as PublicAttribute]?.zh ?? null) : null,
    domain: doc.domain && typeof doc.domain === 'object' ? { id: doc.domain.id, name: String(doc.domain.name) } : null,
    catalogItem: item ? { id: item.id, name: [item.l1, item.l2, item.l3].filter(Boolean).join(' › ') } : null,
    formedOn: doc.formedAt ?? null,
    publishedOn: beijingDate(doc.publishedAt),
    attachments: attachmentsOf(doc.attachments),
  }
  if (kind === 'policy') {
    view.documentNumber = doc.documentNumber ?? null
    view.documentType = doc.documentType ? (DOCUMENT_TYPE_LABELS[doc.documentType as DocumentType]?.zh ?? null) : null
    view.writtenOn = doc.writtenOn ?? null
    view.subjects = ((doc.subjects ?? []) as string[]).map((subject) => POLICY_SUBJECTS[subject as keyof typeof POLICY_SUBJECTS]?.zh ?? subject)
    view.validity = doc.validity ? (VALIDITY_LABELS[doc.validity as ValidityState]?.zh ?? null) : null
    view.validityNotice = doc.validityNotice ?? null
    view.effectiveFrom = doc.effectiveFrom ?? null
    view.effectiveUntil = doc.effectiveUntil ?? null
    // Populated only when the public may read the superseding document.
    view.supersededBy = doc.supersededBy && typeof doc.supersededBy === 'object' ? summary('policy', doc.supersededBy) : null
    const interpretations = await listEntries(payload, 'interpretation', { where: { policy: { equals: doc.id } }, limit: 50 })
    view.interpretations = interpretations.items
  }
  if (kind === 'interpretation') {
    view.form = doc.form ? (INTERPRETATION_FORM_LABELS[doc.form as InterpretationForm]?.zh ?? null) : null
    view.policy = doc.policy && typeof doc.policy === 'object' ? summary('policy', doc.policy) : null
  }
  return view
}

// ————————————————————————————————————————————————————————— 政策文件库

export interface PolicyFilters {
  q: string
  documentNumber: string
  department: string
  year: string
  subject: string
  validity: string
  documentType: string
}

export const POLICY_FILTER_PARAMS: Record<keyof PolicyFilters, string> = {
  q: 'q',
  documentNumber: 'wh',
  department: 'jg',
  year: 'year',
  subject: 'subject',
  validity: 'validity',
  documentType: 'type',
}

type Params = Record<string, string | string[] | undefined>
const param = (params: Params, name: string): string => {
  const value = params[name]
  return (Array.isArray(value) ? value[0] : value ?? '').trim().slice(0, 100)
}

export const policyFiltersFrom = (params: Params): PolicyFilters =>
  Object.fromEntries(Object.entries(POLICY_FILTER_PARAMS).map(([key, name]) => [key, param(params, name)])) as unknown as PolicyFilters

/** The filters as a `where`: only known values become conditions; anything else is ignored. */
export const policyWhere = (filters: PolicyFilters): Where => {
  const and: Where[] = []
  if (filters.q) and.push({ title: { like: filters.q } })
  if (filters.documentNumber) and.push({ documentNumber: { like: filters.documentNumber } })
  if (filters.department && /^[\w-]{1,40}$/.test(filters.department)) and.push({ department: { equals: /^\d+$/.test(filters.department) ? Number(filters.department) : filters.department } })
  if (/^\d{4}$/.test(filters.year)) and.push({ writtenOn: { greater_than_equal: `${filters.year}-01-01`, less_than_equal: `${filters.year}-12-31` } })
  if (filters.subject in POLICY_SUBJECTS) and.push({ subjects: { in: [filters.subject] } })
  if (filters.validity in VALIDITY_LABELS) and.push({ validity: { equals: filters.validity } })
  if (filters.documentType in DOCUMENT_TYPE_LABELS) and.push({ documentType: { equals: filters.documentType } })
  return { and }
}

export interface PolicyLibraryData {
  filters: PolicyFilters
  results: Page<EntrySummary>
  departments: DepartmentSummary[]
  years: string[]
}

export const loadPolicyLibrary = async (payload: Payload, params: Params): Promise<PolicyLibraryData> => {
  const filters = policyFiltersFrom(params)
  const thisYear = Number(toBeijingDate(new Date()).slice(0, 4))
  const [results, departments] = await Promise.all([listEntries(payload, 'policy', { where: policyWhere(filters), page: param(params, 'page') }), listDepartments(payload)])
  return { filters, results, departments, years: Array.from({ length: 12 }, (_, i) => String(thisYear - i)) }
}

// ————————————————————————————————————————————————————————— 指南, 制度

export interface SitePageView {
  id: Id
  title: string
  bodyHtml: string
}

export const listSitePages = async (payload: Payload, kind: 'guide' | 'rules', toHtml: RichTextToHtml): Promise<SitePageView[]> => {
  const config = siteConfigOf(payload)
  const result = await publicFind(payload, { collection: config.slugs.sitePages, depth: 0, pagination: false, sort: ['sortOrder', 'createdAt'], where: { kind: { equals: kind } } })
  return (result.docs as Doc[]).map((doc) => ({ id: doc.id, title: String(doc.title ?? ''), bodyHtml: doc.body ? toHtml(doc.body) : '' }))
}

export const loadSitePage = async (payload: Payload, kind: 'guide' | 'rules', id: string, toHtml: RichTextToHtml): Promise<SitePageView | null> => {
  const config = siteConfigOf(payload)
  const doc = await publicFindByID(payload, config.slugs.sitePages, id, 0)
  if (!doc || doc.kind !== kind) return null
  return { id: doc.id, title: String(doc.title ?? ''), bodyHtml: doc.body ? toHtml(doc.body) : '' }
}

// ————————————————————————————————————————————————————————— 年报

export interface ReportSummary {
  id: Id
  title: string
  year: number
  department: string | null
  publishedOn: string | null
}

export const listReports = async (payload: Payload): Promise<ReportSummary[]> => {
  const config = siteConfigOf(payload)
  const result = await publicFind(payload, {
    collection: config.slugs.publishedReports,
    depth: 1,
    pagination: false,
    sort: ['-year', 'createdAt'],
    select: { title: true, year: true, department: true, publishedAt: true },
    populate: { [config.slugs.departments]: { name: true } },
  })
  return (result.docs as Doc[]).map((doc) => ({ id: doc.id, title: String(doc.title ?? ''), year: Number(doc.year), department: nameOf(doc.department), publishedOn: beijingDate(doc.publishedAt) }))
}

export const loadReport = async (payload: Payload, id: string): Promise<{ summary: ReportSummary; report: AnnualReport } | null> => {
  const config = siteConfigOf(payload)
  const doc = await publicFindByID(payload, config.slugs.publishedReports, id, 1)
  if (!doc || !doc.report) return null
  return {
    summary: { id: doc.id, title: String(doc.title ?? ''), year: Number(doc.year), department: nameOf(doc.department), publishedOn: beijingDate(doc.publishedAt) },
    report: doc.report as AnnualReport,
  }
}

export { idOf }
