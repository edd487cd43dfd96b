/**
 * Gathers the annual report's counts from the data — policy documents, records of licensing and penalty
 * decisions, requests and review cases — plus the office's figures, for one department or the whole
 * government. Reads through the database adapter with only the fields it needs.
 */
import type { PayloadRequest, Where } from 'payload'

import type { DocId } from '../../access/user.js'
import { toBeijingDate } from '../calendar/index.js'
import { emptyReportInput, tallyRequests, tallyReviews, type AnnualReportInput, type DocumentCounts, type RequestFact, type ReviewFact } from '../annual-report/input.js'
import type { ResolvedDisclosureOptions } from '../options.js'
import { EVER_RELEASED_WHERE, NOT_TRASHED_WHERE } from '../workflow/lifecycle.js'

type Doc = Record<string, any>

const find = async (req: PayloadRequest, collection: string, where: Where, select: Record<string, true>): Promise<Doc[]> =>
  req.payload.collections[collection] ? ((await req.payload.db.find({ collection, where, select, pagination: false, req })).docs as Doc[]) : []

const inYear = (date: string | null | undefined, year: number): boolean => Boolean(date) && date!.slice(0, 4) === String(year)

/** 制发 published in the year; 废止 repealed in the year; 现行有效 published by its end and not repealed or expired by then. */
const documentCounts = (docs: Doc[], year: number): DocumentCounts => {
  const end = `${year}-12-31`
  const counts: DocumentCounts = { issued: 0, repealed: 0, inForce: 0 }
  for (const doc of docs) {
    const publishedOn = doc.publishedAt ? toBeijingDate(String(doc.publishedAt)) : null
    if (!publishedOn) continue
    if (inYear(publishedOn, year)) counts.issued++
    const ended = (doc.validity === 'repealed' || doc.validity === 'expired') && doc.validityChangedOn ? String(doc.validityChangedOn) : null
    if (doc.validity === 'repealed' && inYear(ended, year)) counts.repealed++
    if (publishedOn <= end && !(ended && ended <= end)) counts.inForce++
  }
  return counts
}

export const gatherAnnualReport = async (
  req: PayloadRequest,
  options: ResolvedDisclosureOptions,
  { year, department, organisation }: { year: number; department: DocId | null; organisation: string },
): Promise<AnnualReportInput> => {
  const slugs = options.slugs
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  const own = (field = 'department'): Where[] => (department !== null ? [{ [field]: { equals: department } }] : [])
  const input = emptyReportInput(year, organisation)

  const policies = await find(
    req,
    slugs.policyDocuments,
    { and: [{ documentType: { in: ['rule', 'normative'] } }, EVER_RELEASED_WHERE, NOT_TRASHED_WHERE, ...own()] },
    { documentType: true, publishedAt: true, validity: true, validityChangedOn: true },
  )
  input.proactive.regulations = documentCounts(policies.filter((doc) => doc.documentType === 'rule'), year)
  input.proactive.normativeDocuments = documentCounts(policies.filter((doc) => doc.documentType === 'normative'), year)

  // 第二十条第（五）（六）项: the decisions made in the year, as the records of those decisions date them.
  const decisions = await find(
    req,
    slugs.disclosures,
    { and: [{ infoType: { in: ['licensing', 'penalty'] } }, { formedAt: { greater_than_equal: first, less_than_equal: last } }, { deletedAt: { exists: false } }, ...own()] },
    { infoType: true },
  )
  input.proactive.licensing = decisions.filter((doc) => doc.infoType === 'licensing').length
  input.proactive.penalty = decisions.filter((doc) => doc.infoType === 'penalty').length

  const figures = (await find(req, slugs.annualReportFigures, { and: [{ year: { equals: year } }, department !== null ? { department: { equals: department } } : { department: { exists: false } }] }, { coercion: true, feesTenThousandYuan: true, licensing: true, penalty: true, problems: true, other: true }))[0]
  if (figures) {
    input.proactive.coercion = figures.coercion ?? 0
    input.proactive.feesTenThousandYuan = figures.feesTenThousandYuan ?? null
    if (typeof figures.licensing === 'number') input.proactive.licensing = figures.licensing
    if (typeof figures.penalty === 'number') input.proactive.penalty = figures.penalty
    input.text = { problems: figures.problems ?? '', other: figures.other ?? '' }
  }

  const requests = await find(
    req,
    slugs.disclosureRequests,
    { and: [{ receivedOn: { less_than_equal: last } }, { or: [{ closedOn: { exists: false } }, { closedOn: { greater_than_equal: first } }] }, ...own()] },
    { applicantType: true, receivedOn: true, closedOn: true, outcome: true },
  )
  input.requests = tallyRequests(requests.map((doc): RequestFact => ({ applicantType: doc.applicantType, receivedOn: doc.receivedOn, closedOn: doc.closedOn ?? null, outcome: doc.outcome ?? null })), year)

  const cases = await find(req, slugs.administrativeReviews, { and: [{ filedOn: { less_than_equal: last } }, ...own()] }, { kind: true, filedOn: true, result: true, decidedOn: true })
  input.reviews = tallyReviews(cases.map((doc): ReviewFact => ({ kind: doc.kind, filedOn: doc.filedOn, result: doc.result ?? null, decidedOn: doc.decidedOn ?? null })), year)
  return input
}
