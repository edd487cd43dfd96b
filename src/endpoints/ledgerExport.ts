import type { Endpoint } from 'payload'

import { writeAuditEntry } from '../services/auditLog.js'
import { fieldError } from '../services/fieldError.js'
import { toBeijingDate } from '../calendar/index.js'
import { getAppCalendar } from '../calendarStore.js'
import { buildLedgerDocument } from '../ledger-runtime/loadLedger.js'
import { LEDGER_FORMATS, ledgerResponse, type LedgerFormat } from '../ledger-runtime/respond.js'
import { requireMonth, resolveReportDepartment } from '../ledger-runtime/scope.js'
import type { ResolvedDisclosureOptions } from '../options.js'

/**
 * `GET /api/ledgers/monthly?month=YYYY-MM[&department=<id>|all][&format=xlsx|csv|json]`: the month's
 * ledger — one row per record, policy document and interpretation formed (or changed), due or published
 * in the month — streamed as it is read. Department staff get their own department; office and auditors
 * any department or all of them (the 责任部门 column tells them apart). The export is audited.
 */
export const ledgerExportEndpoint = (options: ResolvedDisclosureOptions): Endpoint => ({
  path: '/ledgers/monthly',
  method: 'get',
  handler: async (req) => {
    const department = await resolveReportDepartment(req, options, req.searchParams.get('department'))
    const month = requireMonth(req.searchParams.get('month'))
    const format = (req.searchParams.get('format') ?? 'xlsx').toLowerCase()
    if (!(LEDGER_FORMATS as readonly string[]).includes(format)) {
      throw fieldError(400, 'format', `格式应为 ${LEDGER_FORMATS.join('、')} 之一 / format must be one of ${LEDGER_FORMATS.join(', ')}, got "${format}"`)
    }
    const calendar = await getAppCalendar(req.payload, options.slugs.calendarDays, req)
    const document = buildLedgerDocument(req, options, { month, department, today: toBeijingDate(new Date()), calendar })
    await writeAuditEntry(req, {
      action: 'export',
      collection: options.slugs.ledgerSubmissions,
      details: { what: 'monthly-ledger', month: month.month, department: department?.id ?? 'all', format },
    })
    return ledgerResponse(document, format as LedgerFormat)
  },
})
