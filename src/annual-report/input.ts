/**
 * What the annual report is built from: plain counts, gathered by the Payload adapter (or entered by
 * hand). Pure types and the tallies that turn request and case facts into counts.
 */
import { APPLICANT_TYPES, OUTCOME_KEYS, type ApplicantType, type Outcome, type ReviewKind, type ReviewResult } from '../requests/categories.js'

export type ByApplicant = Record<ApplicantType, number>

export interface DocumentCounts {
  issued: number
  repealed: number
  inForce: number
}

export interface AnnualReportInput {
  year: number
  organisation: string
  proactive: {
    regulations: DocumentCounts
    normativeDocuments: DocumentCounts
    licensing: number
    penalty: number
    coercion: number
    /** 行政事业性收费, in 万元; null when not reported */
    feesTenThousandYuan: number | null
  }
  requests: {
    newThisYear: ByApplicant
    carriedOver: ByApplicant
    outcomes: Record<Outcome, ByApplicant>
    carriedForward: ByApplicant
  }
  /** per kind, the cases by result (pending = 尚未审结) */
  reviews: Record<ReviewKind, Record<ReviewResult, number>>
  text?: { problems?: string; other?: string }
}

export const zeroByApplicant = (): ByApplicant => Object.fromEntries(APPLICANT_TYPES.map((type) => [type, 0])) as ByApplicant

export const emptyReportInput = (year: number, organisation: string): AnnualReportInput => ({
  year,
  organisation,
  proactive: {
    regulations: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 0, repealed: 0, inForce: 0 },
    licensing: 0,
    penalty: 0,
    coercion: 0,
    feesTenThousandYuan: null,
  },
  requests: {
    newThisYear: zeroByApplicant(),
    carriedOver: zeroByApplicant(),
    outcomes: Object.fromEntries(OUTCOME_KEYS.map((key) => [key, zeroByApplicant()])) as Record<Outcome, ByApplicant>,
    carriedForward: zeroByApplicant(),
  },
  reviews: {
    reconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0 },
    'litigation-direct': { upheld: 0, corrected: 0, other: 0, pending: 0 },
    'litigation-after-reconsideration': { upheld: 0, corrected: 0, other: 0, pending: 0 },
  },
})

export interface RequestFact {
  applicantType: ApplicantType
  receivedOn: string
  closedOn?: string | null
  outcome?: Outcome | null
}

/**
 * The requests table's counts for `year`: 本年新收 received in the year; 上年结转 received before it and still
 * open when it began; 办理结果 closed in the year, by outcome; 结转下年度 received by 31 December and still open then.
 */
export const tallyRequests = (requests: readonly RequestFact[], year: number): AnnualReportInput['requests'] => {
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  const result = emptyReportInput(year, '').requests
  for (const request of requests) {
    const type = request.applicantType
    const closed = request.closedOn ?? null
    if (request.receivedOn > last) continue
    if (request.receivedOn >= first) result.newThisYear[type]++
    else if (!closed || closed >= first) result.carriedOver[type]++
    else continue
    if (closed && closed >= first && closed <= last && request.outcome) result.outcomes[request.outcome][type]++
    else if (!closed || closed > last) result.carriedForward[type]++
  }
  return result
}

export interface ReviewFact {
  kind: ReviewKind
  filedOn: string
  result?: ReviewResult | null
  decidedOn?: string | null
}

/**
 * The review and litigation table for `year`: cases decided in the year by their result, and cases filed by
 * 31 December still undecided then as 尚未审结 (the national form counts the year's concluded cases and
 * those pending at its end).
 */
export const tallyReviews = (cases: readonly ReviewFact[], year: number): AnnualReportInput['reviews'] => {
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  const result = emptyReportInput(year, '').reviews
  for (const item of cases) {
    if (item.filedOn > last) continue
    const decided = item.decidedOn && item.result && item.result !== 'pending' ? item.decidedOn : null
    if (decided && decided >= first && decided <= last) result[item.kind][item.result!]++
    else if (!decided || decided > last) result[item.kind].pending++
  }
  return result
}
