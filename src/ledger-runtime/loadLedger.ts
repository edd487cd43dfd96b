/**
 * The month's ledger for one department (or all): a LedgerDocument whose sections read the database as
 * the writer consumes them, and whose summary is counted on the way.
 */
import type { PayloadRequest } from 'payload'

import type { DocId } from '../../access/user.js'
import type { WorkingDayCalendar } from '../calendar/types.js'
import { LEDGER_SECTIONS, type LedgerRow, type LedgerSectionKey } from '../ledger/columns.js'
import type { LedgerDocument } from '../ledger/document.js'
import type { LedgerMonth } from '../ledger/month.js'
import { ledgerRow, timeliness, type LedgerCategory } from '../ledger/rows.js'
import { LedgerSummary } from '../ledger/summary.js'
import type { ResolvedDisclosureOptions } from '../options.js'
import { ENTRY_SELECT, LedgerNames, interpretationsOf, monthWhere, readPages, toLedgerSource } from './sources.js'

export interface LedgerRequest {
  month: LedgerMonth
  /** null: every department (office and auditors) */
  department: { id: DocId; name: string } | null
  /** Beijing date the ledger is judged on (timeliness of what is still unpublished) */
  today: string
  calendar: WorkingDayCalendar
}

/** The collections of a ledger, in the order their rows appear. */
const categories = (options: ResolvedDisclosureOptions): { slug: string; category: LedgerCategory; select: Record<string, true> }[] => [
  { slug: options.slugs.disclosures, category: 'record', select: ENTRY_SELECT },
  { slug: options.slugs.policyDocuments, category: 'policy', select: { ...ENTRY_SELECT, documentNumber: true, interpretationExemption: true } as Record<string, true> },
  { slug: options.slugs.interpretations, category: 'interpretation', select: ENTRY_SELECT },
]

export const ledgerTitle = (month: LedgerMonth, department: { name: string } | null): string =>
  `${department?.name ?? '全部部门'} ${month.label} 政务信息公开台账`

export const buildLedgerDocument = (req: PayloadRequest, options: ResolvedDisclosureOptions, request: LedgerRequest): LedgerDocument & { counts: LedgerSummary } => {
  const { month, department, today, calendar } = request
  const summary = new LedgerSummary(month)
  const names = new LedgerNames(req, options)
  const defaultChannels = options.ledger.defaultChannels

  async function* sectionRows(key: LedgerSectionKey): AsyncGenerator<LedgerRow> {
    const where = monthWhere(month, LEDGER_SECTIONS[key].attributes, department?.id ?? null)
    for (const { slug, category, select } of categories(options)) {
      if (!req.payload.collections[slug]) continue
      for await (const page of readPages(req, slug, where, select)) {
        await names.prepare(page)
        const interpretations = category === 'policy' ? await interpretationsOf(req, options, page) : null
        for (const doc of page) {
          const source = toLedgerSource(doc, category, names, defaultChannels, interpretations ? (interpretations.get(String(doc.id)) ?? []) : undefined)
          summary.add(source, timeliness(source, today, calendar))
          yield ledgerRow(source, 0, today, calendar)
        }
      }
    }
  }

  return {
    title: ledgerTitle(month, department),
    month: month.month,
    department: department ? { id: department.id, name: department.name } : null,
    sections: (Object.keys(LEDGER_SECTIONS) as LedgerSectionKey[]).map((key) => ({ key, rows: sectionRows(key) })),
    summary: () => summary.rows(),
    counts: summary,
  }
}
