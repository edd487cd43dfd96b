import type { CollectionConfig, Config } from 'payload'

import { calendarDaysCollection } from '../collections/CalendarDays.js'
import { offlineJsonFields } from './admin/offlineJsonFields.js'
import { catalogDomainsCollection } from '../collections/CatalogDomains.js'
import { catalogImportsCollection } from '../collections/CatalogImports.js'
import { catalogItemsCollection } from '../collections/CatalogItems.js'
import { indexCountersCollection } from '../collections/IndexCounters.js'
import { auditLogCollection } from '../collections/AuditLog.js'
import { deadlineChangesCollection } from '../collections/DeadlineChanges.js'
import { departmentsCollection } from '../collections/Departments.js'
import { disclosuresCollection } from '../collections/Disclosures.js'
import { disclosureFilesCollection } from '../collections/DisclosureFiles.js'
import { interpretationsCollection } from '../collections/Interpretations.js'
import { ledgerSubmissionsCollection } from '../collections/LedgerSubmissions.js'
import { disclosureRequestsCollection } from '../collections/DisclosureRequests.js'
import { administrativeReviewsCollection } from '../collections/AdministrativeReviews.js'
import { annualReportFiguresCollection } from '../collections/AnnualReportFigures.js'
import { replyTemplatesCollection } from '../collections/ReplyTemplates.js'
import { policyDocumentsCollection } from '../collections/PolicyDocuments.js'
import { publishedReportsCollection } from '../collections/PublishedReports.js'
import { sitePagesCollection } from '../collections/SitePages.js'
import { remindersCollection } from '../collections/Reminders.js'
import { extendUsersCollection } from '../collections/usersExtension.js'
import { withAuditHooks } from './services/auditedCollections.js'
import { lockForUpdate } from '../hooks/lockForUpdate.js'
import type { DisclosurePluginOptions } from './options.js'
import { checkIndexNumberFormat } from './disclosure/indexNumber.js'
import { entrySlugs, resolveOptions } from './options.js'
import { withSearchText } from './site/searchText.js'
import { SITE_CONFIG_KEY, type SiteConfig } from './site/siteConfig.js'
import { withSecurity } from './services/security.js'
import { catalogTreeEndpoint } from './endpoints/catalogTree.js'
import { ledgerExportEndpoint } from './endpoints/ledgerExport.js'
import { annualReportEndpoint } from './endpoints/annualReport.js'
import { applyCatalogImportTask } from './jobs/applyCatalogImport.js'
import { recomputeDeadlinesTask } from './jobs/recomputeDeadlines.js'
import { overdueRemindersTask } from './jobs/overdueReminders.js'
import { scheduledPublishTask } from './jobs/scheduledPublish.js'
import { ledgerRemindersTask } from './jobs/ledgerReminders.js'
import { seedCatalogDomains } from './seed/catalogDomains.js'
import { guardInput } from './services/inputGuard.js'
import { installAtomicJobClaim } from './services/jobClaim.js'
import { lockDownJobInternals, lockedDownJobsConfig } from './services/jobInternalsAccess.js'

/** Slug of the dashboard widget showing the overdue board. */
export const DEADLINE_WIDGET = 'disclosure-deadlines'

/**
 * The plugin: `plugins: [disclosurePlugin({ ... })]` in a Payload config.
 * It appends its collections and extends the host's users collection; it never replaces
 * anything the host defined.
 */
export const disclosurePlugin =
  (pluginOptions: DisclosurePluginOptions = {}) =>
  (incoming: Config): Config => {
    const options = resolveOptions(pluginOptions)
    checkIndexNumberFormat(options.indexNumberFormat)
    for (const key of ['filesMaxBytes', 'importMaxBytes', 'dueSoonWithin'] as const) {
      if (!Number.isInteger(options[key]) || options[key] < 0) {
        throw new Error(`payload-plugin-disclosure: option \`${key}\` must be a whole number ≥ 0, got ${String(options[key])}.`)
      }
    }
    if (!Number.isInteger(options.ledger.dueDay) || options.ledger.dueDay < 1 || options.ledger.dueDay > 28) {
      throw new Error(`payload-plugin-disclosure: option \`ledger.dueDay\` must be a day of the month from 1 to 28, got ${String(options.ledger.dueDay)}.`)
    }
    const collections = incoming.collections ?? []

    const users = collections.find((collection) => collection.slug === options.usersSlug)
    if (!users) {
      throw new Error(
        `payload-plugin-disclosure: the users collection "${options.usersSlug}" was not found. ` +
          'Add an auth collection with that slug, or pass `usersSlug` with the slug of yours.',
      )
    }
    if (!users.auth) {
      throw new Error(`payload-plugin-disclosure: collection "${options.usersSlug}" must have \`auth\` enabled.`)
    }
    for (const slug of Object.values(options.slugs)) {
      if (collections.some((collection) => collection.slug === slug)) {
        throw new Error(
          `payload-plugin-disclosure: the host already has a collection "${slug}". Rename it via the plugin's \`slugs\` option.`,
        )
      }
    }

    // The plugin's collections and the users it extends refuse malformed values, ids and query parameters with
    // 400 naming them, before Payload's own code (which let some reach the database: issue #16), and an
    // update locks the row it changes before reading it (no lost update).
    const ownSlugs = new Set([...Object.values(options.slugs), options.usersSlug])
    const withIdCheck = (collection: CollectionConfig): CollectionConfig => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [guardInput, lockForUpdate, ...(collection.hooks?.beforeOperation ?? [])] },
    })
    // Cost limits, cookie origins and the login throttle stay on even when the plugin is disabled.
    const config: Config = withSecurity({
      ...incoming,
      // What the public column (`payload-plugin-disclosure/site`) needs to know of this configuration.
      custom: { ...incoming.custom, [SITE_CONFIG_KEY]: { slugs: options.slugs, site: options.site, requests: options.requests } satisfies SiteConfig },
      collections: [
        ...collections.map((collection) => (collection === users ? extendUsersCollection(collection, options) : collection)),
        departmentsCollection(options),
        disclosuresCollection(options),
        disclosureFilesCollection(options),
        policyDocumentsCollection(options),
        interpretationsCollection(options),
        remindersCollection(options),
        calendarDaysCollection(options),
        deadlineChangesCollection(options),
        catalogDomainsCollection(options),
        catalogItemsCollection(options),
        catalogImportsCollection(options),
        indexCountersCollection(options),
        auditLogCollection(options),
        ledgerSubmissionsCollection(options),
        disclosureRequestsCollection(options),
        administrativeReviewsCollection(options),
        annualReportFiguresCollection(options),
        replyTemplatesCollection(options),
        sitePagesCollection(options),
        publishedReportsCollection(options),
      ]
        .map((collection) => (entrySlugs(options).includes(collection.slug) ? withSearchText(collection) : collection))
        .map((collection) => (ownSlugs.has(collection.slug) ? withIdCheck(collection) : collection)),
    }, options)

    // Every write to the plugin's collections and the users collection is recorded in the audit log —
    // disabled or not: the audit log is a data guard like the access rules and field checks.
    const audited: Config = { ...config, collections: withAuditHooks(config.collections ?? [], options) }
    const endpoints = [...(config.endpoints ?? []), catalogTreeEndpoint(options), ledgerExportEndpoint(options), annualReportEndpoint(options)]
    // Disabled: the schema, guards, audit log and endpoints stay; background jobs, seeding and the admin
    // additions are switched off.
    if (options.disabled) return { ...audited, endpoints }

    const admin = config.admin ?? {}
    return {
      ...audited,
      // Nothing in the admin loads from outside the server: no CDN code editor, no gravatar.
      collections: (audited.collections ?? []).map((collection) => (ownSlugs.has(collection.slug) ? offlineJsonFields(collection) : collection)),
      admin: {
        ...admin,
        avatar: admin.avatar ?? 'default',
        dashboard: {
          ...admin.dashboard,
          widgets: [
            ...(admin.dashboard?.widgets ?? []),
            {
              slug: DEADLINE_WIDGET,
              label: { zh: '公开时限提醒', en: 'Publication deadlines' },
              Component: {
                path: 'payload-plugin-disclosure/rsc#DeadlineBoardWidget',
                serverProps: { options: { slugs: options.slugs, dueSoonWithin: options.dueSoonWithin, usersSlug: options.usersSlug } },
              },
              minWidth: 'medium',
            },
          ],
          // Unless the host laid out its own dashboard: deadlines first, then Payload's collection cards.
          defaultLayout: admin.dashboard?.defaultLayout ?? [
            { widgetSlug: DEADLINE_WIDGET, width: 'full' },
            { widgetSlug: 'collections', width: 'full' },
          ],
        },
        components: {
          ...admin.components,
          afterNavLinks: [
            ...(admin.components?.afterNavLinks ?? []),
            'payload-plugin-disclosure/rsc#CatalogTreeNavLink',
            'payload-plugin-disclosure/rsc#ReviewQueueNavLink',
            'payload-plugin-disclosure/rsc#LedgerAuditNavLink',
          ],
          views: {
            ...admin.components?.views,
            catalogTree: {
              Component: { path: 'payload-plugin-disclosure/rsc#CatalogTreeView', serverProps: { slugs: options.slugs } },
              path: '/catalog-tree',
            },
            reviewQueue: {
              Component: {
                path: 'payload-plugin-disclosure/rsc#ReviewQueueView',
                serverProps: {
                  queues: [
                    { collection: options.slugs.disclosures, label: { zh: '公开信息', en: 'Disclosure records' }, steps: options.workflow.disclosures },
                    { collection: options.slugs.policyDocuments, label: { zh: '政策文件', en: 'Policy documents' }, steps: options.workflow.policyDocuments },
                    { collection: options.slugs.interpretations, label: { zh: '政策解读', en: 'Interpretations' }, steps: options.workflow.interpretations },
                  ],
                },
              },
              path: '/review-queue',
            },
            ledgerAudit: {
              Component: { path: 'payload-plugin-disclosure/rsc#LedgerAuditView', serverProps: { options: { slugs: options.slugs, ledger: options.ledger } } },
              path: '/ledger-audit',
            },
          },
        },
      },
      endpoints,
      onInit: async (payload) => {
        // Before Payload starts its job crons (they start after onInit): jobs claimed once, internals the office's.
        installAtomicJobClaim(payload)
        lockDownJobInternals(payload)
        await config.onInit?.(payload)
        // The 26 national domains are reference data every installation needs.
        if (options.seedCatalogDomains) await seedCatalogDomains(payload, options)
        // The public search's trigram indexes on PostgreSQL come from the migration `public_search` only: a
        // development schema push drops indexes it does not know, and two instances pushing at once failed.
      },
      jobs: {
        ...config.jobs,
        ...lockedDownJobsConfig(config.jobs),
        tasks: [...(config.jobs?.tasks ?? []), recomputeDeadlinesTask(options), applyCatalogImportTask(options), overdueRemindersTask(options), scheduledPublishTask(options), ledgerRemindersTask(options)],
      },
    }
  }
