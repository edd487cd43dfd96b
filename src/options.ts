/** The plugin's options and their defaults, in one place. */
import path from 'node:path'

import { DEFAULT_STEPS, type WorkflowSteps } from './workflow/definition.js'

import { DEFAULT_INDEX_NUMBER_FORMAT } from './disclosure/indexNumber.js'

export interface DisclosureSlugs {
  departments: string
  disclosures: string
  calendarDays: string
  deadlineChanges: string
  catalogDomains: string
  catalogItems: string
  catalogImports: string
  indexCounters: string
  disclosureFiles: string
  reminders: string
  policyDocuments: string
  interpretations: string
  /** The append-only audit log (审计日志). */
  auditLog: string
  /** Submitted monthly ledgers (台账报送), immutable revisions with their files. */
  ledgerSubmissions: string
  /** On-request disclosure applications (依申请公开). */
  disclosureRequests: string
  /** Administrative reconsideration and litigation cases about disclosure (行政复议、行政诉讼). */
  administrativeReviews: string
  /** Office-entered figures and texts of the annual report (年度报告填报数据). */
  annualReportFigures: string
  /** The office's wording of reply letters (答复告知书模板). */
  replyTemplates: string
  /** Pages of the public column the office writes: 政府信息公开指南 and 制度 (公开专栏页面). */
  sitePages: string
  /** Annual reports the office has published to the public column (已发布年度报告), frozen snapshots. */
  publishedReports: string
}

/** The public disclosure column (政府信息公开专栏, `payload-plugin-disclosure/site`). */
export interface SiteOptions {
  /** The government whose column it is, shown in every page header. Default `requests.agencyName`, else 本级人民政府. */
  name?: string
  /** Where the host mounts the column. Default `/xxgk`. */
  basePath?: string
  /** Records per list page. Default 20. */
  pageSize?: number
}

/** On-request applications (依申请公开). */
export interface RequestOptions {
  /** Public submissions accepted per client address and hour (`POST /api/disclosure-requests/submit`). Default 5. */
  submitLimitPerHour?: number
  /** Name of the agency on reply letters (告知书). Default: the handling department's name. */
  agencyName?: string
  /** Where applicants seek administrative reconsideration (行政复议机关). Default 本级人民政府 (set the real one). */
  reconsiderationBody?: string
  /** The court for administrative litigation. Default 有管辖权的人民法院 (set the real one). */
  court?: string
}

/** Monthly ledgers (政务信息公开台账). */
export interface LedgerOptions {
  /** Day of the following month by which a month's ledger is due (seed 004: 每月4日前). Default 4. */
  dueDay?: number
  /** 公开渠道 of entries whose catalog item names none. Default `['政府网站']`. */
  defaultChannels?: string[]
}

/** Cost limits of the API (REST and GraphQL; the Local API is not limited). */
export interface ApiLimitOptions {
  /** Largest `limit` of a list or join over REST/GraphQL; `limit=0` / `pagination=false` is served as a page of this size. Default 500. */
  maxLimit?: number
  /** Largest REST `depth` (Payload's `maxDepth`; a host's lower value is kept). Default 3. */
  maxDepth?: number
  /** Deepest GraphQL selection, in nested fields (introspection excluded). Default 12. */
  graphQLMaxDepth?: number
  /** Joins nested inside joins in one GraphQL selection path (department → records → department → records is 2). Default 1. */
  graphQLMaxJoinDepth?: number
  /** Largest estimated GraphQL cost: every field costs 1, a join 10, multiplied by the sizes of the lists above it. Default 20000. */
  graphQLMaxCost?: number
}

/** Login throttling (one password check at a time per account; a stranger cannot lock the owner out). */
export interface LoginGuardOptions {
  /** Wrong passwords for one account from one client address before that pair is refused (429). Default 5. */
  maxFailuresPerAccountAndAddress?: number
  /** Wrong passwords from one client address, any accounts, before the address is refused (429). Default 20. */
  maxFailuresPerAddress?: number
  /** How long failures are remembered and a refusal lasts, in seconds. Default 900 (15 minutes). */
  windowSeconds?: number
  /** Wrong passwords for one account (any address) after which each further check of it waits progressively longer. Default 5. */
  delayAfterAccountFailures?: number
  /** Longest such wait, in milliseconds. Default 8000. */
  maxDelayMs?: number
}

export interface DisclosurePluginOptions {
  /**
   * Keep the collections and fields (so the database schema and migrations stay stable)
   * but attach no background behaviour: no jobs (calendar changes do not re-compute deadlines),
   * endpoints or seeding. Access rules and data guards always stay on.
   */
  disabled?: boolean
  /** Slug of the host's auth collection that the plugin extends with `roles` and `department`. Default `users`. */
  usersSlug?: string
  /** Override any collection slug the plugin adds. */
  slugs?: Partial<DisclosureSlugs>
  /** Largest accepted `title` of a disclosure record, in characters. Default 500. */
  maxTitleLength?: number
  /** Create the 26 national catalog domains on start when missing. Default true. */
  seedCatalogDomains?: boolean
  /** Largest catalog file accepted by the import, in bytes. Default 10 MB. */
  importMaxBytes?: number
  /** Imports writing more rows than this run as a background job (also on `?async=true`). Default 300. */
  importJobThreshold?: number
  /** 索引号 template: `{orgCode}`, `{year}`, `{serial}` or `{serial:N}` (zero-padded). Default `{orgCode}/{year}-{serial:5}`. */
  indexNumberFormat?: string
  /** Largest attachment accepted by `disclosure-files`, in bytes. Default 50 MB. */
  filesMaxBytes?: number
  /** Directory where attachments are stored (local disk). Default `./data/files` under the working directory. */
  filesDir?: string
  /** Working days ahead that count as "due soon" for the dashboard and the daily reminders. Default 3. */
  dueSoonWithin?: number
  /**
   * Review steps per collection (`disclosures`, and later policy documents and interpretations):
   * `{ disclosures: { attributeReview: false } }` skips that step. All steps are on by default (seeds 001, 004).
   */
  workflow?: Partial<Record<WorkflowCollectionKey, Partial<WorkflowSteps>>>
  /**
   * Words the automatic check flags before the secrecy review, in addition to personal data.
   * Default: classification markings (绝密, 机密★, 秘密★, 内部资料, 不得外传…).
   */
  sensitiveWords?: string[]
  /** Monthly ledgers: the due day and the default channel. */
  ledger?: LedgerOptions
  /** On-request applications: the public form's rate limit and the reply letters' remedy bodies. */
  requests?: RequestOptions
  /** The public column: the government's name, where it is mounted, list page size. */
  site?: SiteOptions
  /** Cost limits of REST and GraphQL queries. */
  apiLimits?: ApiLimitOptions
  /** Login throttling on the users collection. */
  login?: LoginGuardOptions
  /**
   * Origins whose browsers may use the login cookie (Payload's `csrf` list, added to the host's). Default: the
   * `SERVER_URL` and the comma-separated `CSRF_ORIGINS` environment variables, else (development, or a
   * production start that set neither) `http://localhost:<PORT>` and `http://127.0.0.1:<PORT>` (PORT default 3000).
   */
  allowedOrigins?: string[]
  /** Mark the login cookie `Secure` (HTTPS only). Default: `COOKIE_SECURE` (`true`/`false`) if set, else on in production. */
  secureCookies?: boolean
}

/** Collections that pass through the review workflow. */
export type WorkflowCollectionKey = 'disclosures' | 'policyDocuments' | 'interpretations'

/** Markings that must never reach a public page (保密法: 国家秘密标志), flagged for the secrecy reviewer. */
export const DEFAULT_SENSITIVE_WORDS = ['绝密', '机密★', '秘密★', '内部资料', '内部使用', '注意保存', '不得外传', '涉密文件']

export interface ResolvedDisclosureOptions {
  disabled: boolean
  usersSlug: string
  slugs: DisclosureSlugs
  maxTitleLength: number
  seedCatalogDomains: boolean
  importMaxBytes: number
  importJobThreshold: number
  indexNumberFormat: string
  filesMaxBytes: number
  filesDir: string
  dueSoonWithin: number
  workflow: Record<WorkflowCollectionKey, WorkflowSteps>
  sensitiveWords: string[]
  ledger: Required<LedgerOptions>
  requests: Required<Omit<RequestOptions, 'agencyName'>> & { agencyName: string | null }
  site: Required<SiteOptions>
  apiLimits: Required<ApiLimitOptions>
  login: Required<LoginGuardOptions>
  allowedOrigins: string[]
  secureCookies: boolean
}

/** The origins allowed to use cookie authentication, from the environment (see `allowedOrigins`). */
export const originsFromEnvironment = (env: Record<string, string | undefined> = process.env): string[] => {
  const listed = [env.SERVER_URL, ...(env.CSRF_ORIGINS ?? '').split(',')]
    .map((origin) => (origin ?? '').trim().replace(/\/+$/, ''))
    .filter(Boolean)
  if (listed.length > 0) return [...new Set(listed)]
  const port = Number(env.PORT ?? 3000)
  return [...new Set([`http://localhost:${port}`, `http://127.0.0.1:${port}`, 'http://localhost:3000', 'http://127.0.0.1:3000'])]
}

const secureCookiesFromEnvironment = (env: Record<string, string | undefined> = process.env): boolean =>
  env.COOKIE_SECURE ? env.COOKIE_SECURE.trim().toLowerCase() !== 'false' : env.NODE_ENV === 'production'

export const DEFAULT_SLUGS: DisclosureSlugs = {
  departments: 'departments',
  disclosures: 'disclosures',
  calendarDays: 'calendar-days',
  deadlineChanges: 'deadline-changes',
  catalogDomains: 'catalog-domains',
  catalogItems: 'catalog-items',
  catalogImports: 'catalog-imports',
  indexCounters: 'index-counters',
  disclosureFiles: 'disclosure-files',
  reminders: 'disclosure-reminders',
  policyDocuments: 'policy-documents',
  interpretations: 'interpretations',
  auditLog: 'audit-log',
  ledgerSubmissions: 'ledger-submissions',
  disclosureRequests: 'disclosure-requests',
  administrativeReviews: 'administrative-reviews',
  annualReportFigures: 'annual-report-figures',
  replyTemplates: 'reply-templates',
  sitePages: 'site-pages',
  publishedReports: 'published-reports',
}

/** Slug of the job task that re-computes open deadlines after a calendar change. */
export const RECOMPUTE_DEADLINES_TASK = 'recomputeDeadlines'

/** The collections of published entries (records, policy documents, interpretations), in one place. */
export const entrySlugs = (options: { slugs: DisclosureSlugs }): string[] => [options.slugs.disclosures, options.slugs.policyDocuments, options.slugs.interpretations]

/** Slug of the daily job task that refreshes overdue status and records reminders. */
export const OVERDUE_REMINDERS_TASK = 'overdueReminders'

/** Slug of the job task that reminds departments of last month's ledger (1st to the due day). */
export const LEDGER_REMINDERS_TASK = 'ledgerReminders'

/** Slug of the job task that publishes an approved entry at its scheduled time. */
export const SCHEDULED_PUBLISH_TASK = 'scheduledPublish'

/** Slug of the job task that applies a large catalog import. */
export const APPLY_CATALOG_IMPORT_TASK = 'applyCatalogImport'

export const resolveOptions = (options: DisclosurePluginOptions = {}): ResolvedDisclosureOptions => ({
  disabled: options.disabled ?? false,
  usersSlug: options.usersSlug ?? 'users',
  slugs: { ...DEFAULT_SLUGS, ...options.slugs },
  maxTitleLength: options.maxTitleLength ?? 500,
  seedCatalogDomains: options.seedCatalogDomains ?? true,
  importMaxBytes: options.importMaxBytes ?? 10 * 1024 * 1024,
  importJobThreshold: options.importJobThreshold ?? 300,
  indexNumberFormat: options.indexNumberFormat ?? DEFAULT_INDEX_NUMBER_FORMAT,
  filesMaxBytes: options.filesMaxBytes ?? 50 * 1024 * 1024,
  filesDir: path.resolve(options.filesDir ?? path.join(process.cwd(), 'data', 'files')),
  dueSoonWithin: options.dueSoonWithin ?? 3,
  workflow: {
    disclosures: { ...DEFAULT_STEPS, ...options.workflow?.disclosures },
    policyDocuments: { ...DEFAULT_STEPS, ...options.workflow?.policyDocuments },
    interpretations: { ...DEFAULT_STEPS, ...options.workflow?.interpretations },
  },
  sensitiveWords: (options.sensitiveWords ?? DEFAULT_SENSITIVE_WORDS).map((word) => word.trim()).filter(Boolean),
  ledger: {
    dueDay: options.ledger?.dueDay ?? 4,
    defaultChannels: options.ledger?.defaultChannels ?? ['政府网站'],
  },
  requests: {
    submitLimitPerHour: options.requests?.submitLimitPerHour ?? 5,
    agencyName: options.requests?.agencyName ?? null,
    reconsiderationBody: options.requests?.reconsiderationBody ?? '本级人民政府',
    court: options.requests?.court ?? '有管辖权的人民法院',
  },
  site: {
    name: options.site?.name ?? options.requests?.agencyName ?? '本级人民政府',
    basePath: `/${(options.site?.basePath ?? '/xxgk').replace(/^\/+|\/+$/g, '')}`,
    pageSize: options.site?.pageSize ?? 20,
  },
  apiLimits: {
    maxLimit: options.apiLimits?.maxLimit ?? 500,
    maxDepth: options.apiLimits?.maxDepth ?? 3,
    graphQLMaxDepth: options.apiLimits?.graphQLMaxDepth ?? 12,
    graphQLMaxJoinDepth: options.apiLimits?.graphQLMaxJoinDepth ?? 1,
    graphQLMaxCost: options.apiLimits?.graphQLMaxCost ?? 20000,
  },
  login: {
    maxFailuresPerAccountAndAddress: options.login?.maxFailuresPerAccountAndAddress ?? 5,
    maxFailuresPerAddress: options.login?.maxFailuresPerAddress ?? 20,
    windowSeconds: options.login?.windowSeconds ?? 900,
    delayAfterAccountFailures: options.login?.delayAfterAccountFailures ?? 5,
    maxDelayMs: options.login?.maxDelayMs ?? 8000,
  },
  allowedOrigins: options.allowedOrigins ?? originsFromEnvironment(),
  secureCookies: options.secureCookies ?? secureCookiesFromEnvironment(),
})
