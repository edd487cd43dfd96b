import { Forbidden, UnauthorizedError, type Endpoint } from 'payload'

import { seesEveryDepartment } from '../../access/departmentScope.js'
import { writeAuditEntry } from '../services/auditLog.js'
import { fieldError } from '../services/fieldError.js'
import { writeAuditCsv, type AuditCsvEntry } from '../audit/csv.js'
import { auditExportFileName, auditFilterConditions, parseAuditFilters } from '../audit/filters.js'
import type { ResolvedDisclosureOptions } from '../options.js'
import { attachment } from './catalogExport.js'

const PAGE_SIZE = 1000

/**
 * `GET /api/audit-log/export.csv[?user=&department=&collection=&action=&from=YYYY-MM-DD&to=YYYY-MM-DD]`:
 * the matching entries, oldest first, as CSV for Excel (Chinese headers, Beijing times, UTF-8 with BOM,
 * formula cells neutralised). Office and auditors only. The export is itself recorded (filters, row count).
 */
export const auditExportEndpoint = (options: ResolvedDisclosureOptions): Endpoint => ({
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    if (!seesEveryDepartment(req.user)) throw new Forbidden(req.t)
    const slug = options.slugs.auditLog
    const parsed = parseAuditFilters(req.searchParams, req.payload.config.collections.map((collection) => collection.slug))
    if (!parsed.ok) throw fieldError(400, parsed.field, parsed.reason)
    const { filters } = parsed

    // Entries written while the export runs (its own included) are not part of it.
    const startedAt = new Date()
    const where = { and: auditFilterConditions(filters, startedAt) }
    const entries: AuditCsvEntry[] = []
    for (let page = 1; ; page++) {
      const result = await req.payload.find({ collection: slug, depth: 0, limit: PAGE_SIZE, overrideAccess: false, page, req, sort: ['at', 'id'], user: req.user, where })
      entries.push(...(result.docs as AuditCsvEntry[]))
      if (!result.hasNextPage) break
    }
    const body = writeAuditCsv(entries)
    await writeAuditEntry(req, { action: 'export', collection: slug, details: { format: 'csv', filters, rows: entries.length } })
    return new Response(new Uint8Array(body), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': attachment(auditExportFileName(filters, startedAt)),
        'cache-control': 'no-store',
      },
    })
  },
})
