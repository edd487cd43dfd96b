/**
 * The office's month × department board of ledger submissions. Pure: departments, months, the
 * submissions and today's Beijing date in; one cell per department and month out.
 */
import { ledgerDueDate, type LedgerMonth } from './month.js'

export type LedgerCellStatus = 'on-time' | 'late' | 'nil' | 'missing' | 'open'

export const LEDGER_CELL_LABELS: Record<LedgerCellStatus, { zh: string; en: string }> = {
  'on-time': { zh: '按时报送', en: 'Submitted on time' },
  late: { zh: '逾期报送', en: 'Submitted late' },
  nil: { zh: '零报告', en: 'Nil return' },
  missing: { zh: '未报送（已逾期）', en: 'Missing (overdue)' },
  open: { zh: '待报送', en: 'Not yet due' },
}

export interface SubmissionFact {
  id: number | string
  department: number | string
  month: string
  revision: number
  nil: boolean
  onTime: boolean
  submittedAt: string
}

export interface LedgerBoardCell {
  month: string
  dueDate: string
  status: LedgerCellStatus
  /** a nil return is also on time or late */
  onTime: boolean | null
  /** the first submission decides timeliness; the latest revision is what is read */
  firstSubmission: SubmissionFact | null
  latestSubmission: SubmissionFact | null
  revisions: number
}

export interface LedgerBoard {
  today: string
  months: string[]
  departments: { department: { id: number | string; name: string }; cells: LedgerBoardCell[] }[]
  totals: Record<LedgerCellStatus, number>
}

export const buildLedgerBoard = (
  departments: { id: number | string; name: string }[],
  months: LedgerMonth[],
  submissions: SubmissionFact[],
  today: string,
  dueDay: number,
): LedgerBoard => {
  const byCell = new Map<string, SubmissionFact[]>()
  for (const submission of submissions) {
    const key = `${submission.department}|${submission.month}`
    byCell.set(key, [...(byCell.get(key) ?? []), submission])
  }
  const totals: Record<LedgerCellStatus, number> = { 'on-time': 0, late: 0, nil: 0, missing: 0, open: 0 }
  const rows = departments.map((department) => ({
    department,
    cells: months.map((month): LedgerBoardCell => {
      const list = (byCell.get(`${department.id}|${month.month}`) ?? []).sort((a, b) => a.revision - b.revision)
      const first = list[0] ?? null
      const latest = list[list.length - 1] ?? null
      const dueDate = ledgerDueDate(month, dueDay)
      const status: LedgerCellStatus = latest ? (latest.nil ? 'nil' : first!.onTime ? 'on-time' : 'late') : today > dueDate ? 'missing' : 'open'
      totals[status]++
      return { month: month.month, dueDate, status, onTime: first ? first.onTime : null, firstSubmission: first, latestSubmission: latest, revisions: list.length }
    }),
  }))
  return { today, months: months.map((month) => month.month), departments: rows, totals }
}
