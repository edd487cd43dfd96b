/** Loads the month × department board of ledger submissions: the one loader behind the endpoint and the admin view. */
import type { PayloadRequest } from 'payload'

import { activeWhere } from '../../access/publicReadsActive.js'
import type { DocId } from '../../access/user.js'
import { toBeijingDate } from '../calendar/index.js'
import { buildLedgerBoard, type LedgerBoard, type SubmissionFact } from '../ledger/board.js'
import { fieldError } from '../services/fieldError.js'
import { monthOfDate, monthsBetween, previousLedgerMonth, type LedgerMonth } from '../ledger/month.js'
import type { ResolvedDisclosureOptions } from '../options.js'
import { findDepartment, requireMonth } from './scope.js'

export interface BoardSubmission extends SubmissionFact {
  filename: string | null
  sha256: string | null
  daysLate: number | null
}

export type LoadedLedgerBoard = LedgerBoard & { submissions: BoardSubmission[] }

/** Every active department, by name: those that owe ledgers. */
export const activeDepartments = async (req: PayloadRequest, options: Pick<ResolvedDisclosureOptions, 'slugs'>): Promise<{ id: DocId; name: string }[]> =>
  ((await req.payload.db.find({ collection: options.slugs.departments, where: activeWhere(), select: { name: true }, sort: 'name', pagination: false, req })).docs as unknown as { id: DocId; name: string }[]).map((doc) => ({ id: doc.id, name: doc.name }))

/** `department` null: every active department (office and auditors; the caller checks). */
export const loadLedgerBoard = async (
  req: PayloadRequest,
  options: Pick<ResolvedDisclosureOptions, 'slugs' | 'ledger'>,
  { department, months }: { department: DocId | null; months: LedgerMonth[] },
): Promise<LoadedLedgerBoard> => {
  const departments = department !== null ? [await findDepartment(req, options, department)] : await activeDepartments(req, options)
  const { docs } = await req.payload.db.find({
    collection: options.slugs.ledgerSubmissions,
    where: { and: [{ month: { greater_than_equal: months[0]!.month, less_than_equal: months[months.length - 1]!.month } }, ...(department !== null ? [{ department: { equals: department } }] : [])] },
    select: { department: true, month: true, revision: true, nil: true, onTime: true, daysLate: true, submittedAt: true, filename: true, sha256: true },
    sort: 'revision',
    pagination: false,
    req,
  })
  const submissions = (docs as Record<string, any>[]).map((doc): BoardSubmission => ({
    id: doc.id,
    department: typeof doc.department === 'object' && doc.department ? doc.department.id : doc.department,
    month: doc.month,
    revision: doc.revision,
    nil: Boolean(doc.nil),
    onTime: Boolean(doc.onTime),
    daysLate: doc.daysLate ?? null,
    submittedAt: doc.submittedAt,
    filename: doc.filename ?? null,
    sha256: doc.sha256 ?? null,
  }))
  return { ...buildLedgerBoard(departments, months, submissions, toBeijingDate(new Date()), options.ledger.dueDay), submissions }
}

const MAX_BOARD_MONTHS = 36

/** The months a board covers: `from`..`to` (YYYY-MM), by default the twelve months up to last month. */
export const boardMonths = (fromText: string | null | undefined, toText: string | null | undefined): LedgerMonth[] => {
  const to = toText ? requireMonth(toText, 'to') : previousLedgerMonth(monthOfDate(toBeijingDate(new Date())))
  let from = to
  for (let i = 0; i < 11; i++) from = previousLedgerMonth(from)
  if (fromText) from = requireMonth(fromText, 'from')
  const months = monthsBetween(from, to)
  if (months.length === 0) throw fieldError(400, 'from', 'from 不能晚于 to / from must not be after to')
  if (months.length > MAX_BOARD_MONTHS) throw fieldError(400, 'from', `最多查看${MAX_BOARD_MONTHS}个月 / at most ${MAX_BOARD_MONTHS} months at once`)
  return months
}
