import type { Endpoint } from 'payload'

import { writeAuditEntry } from '../services/auditLog.js'
import { fieldError } from '../services/fieldError.js'
import { buildAnnualReport } from '../annual-report/build.js'
import { renderAnnualReportHtml } from '../annual-report/render-html.js'
import { renderAnnualReportXlsx } from '../annual-report/render-xlsx.js'
import { gatherAnnualReport } from '../annual-report-runtime/gather.js'
import { toBeijingDate } from '../calendar/index.js'
import { resolveReportDepartment } from '../ledger-runtime/scope.js'
import type { ResolvedDisclosureOptions } from '../options.js'
import { attachment } from './catalogExport.js'

const FORMATS = ['json', 'html', 'xlsx'] as const

/**
 * `GET /api/annual-report?year=YYYY[&department=<id>][&format=json|html|xlsx]`: the year's report in the
 * official format, filled from the data, with its cross-checks (a failed check is listed, not hidden).
 * Without a department: the whole government (office and auditors); department staff get their own.
 */
export const annualReportEndpoint = (options: ResolvedDisclosureOptions): Endpoint => ({
  path: '/annual-report',
  method: 'get',
  handler: async (req) => {
    const department = await resolveReportDepartment(req, options, req.searchParams.get('department'))
    const yearText = req.searchParams.get('year') ?? ''
    const thisYear = Number(toBeijingDate(new Date()).slice(0, 4))
    if (!/^\d{4}$/.test(yearText) || Number(yearText) < 2008 || Number(yearText) > thisYear) {
      throw fieldError(400, 'year', `年度应为2008–${thisYear}之间的四位数字 / year must be between 2008 and ${thisYear}, got "${yearText}"`)
    }
    const format = (req.searchParams.get('format') ?? 'json').toLowerCase()
    if (!(FORMATS as readonly string[]).includes(format)) throw fieldError(400, 'format', `格式应为 ${FORMATS.join('、')} 之一 / format must be one of ${FORMATS.join(', ')}`)
    const year = Number(yearText)
    const organisation = department?.name ?? options.requests.agencyName ?? '本级人民政府'
    const report = buildAnnualReport(await gatherAnnualReport(req, options, { year, department: department?.id ?? null, organisation }))
    await writeAuditEntry(req, { action: 'export', collection: options.slugs.disclosureRequests, details: { what: 'annual-report', year, department: department?.id ?? 'all', format } })
    const headers = { 'cache-control': 'private, no-store' }
    if (format === 'html') return new Response(renderAnnualReportHtml(report), { headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } })
    if (format === 'xlsx') {
      return new Response(new Uint8Array(await renderAnnualReportXlsx(report)), {
        headers: { ...headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': attachment(`${report.title}.xlsx`) },
      })
    }
    return Response.json(report, { headers })
  },
})
