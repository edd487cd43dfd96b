/**
 * The overdue board: open records that are past their due date or due within `within` working days,
 * grouped by department. Pure: the caller passes the open records, today's Beijing date and the calendar.
 */
import type { WorkingDayCalendar } from '../calendar/types.js'

export interface BoardRecord {
  id: number | string
  /** which kind of entry (disclosures, policy-documents, interpretations) */
  collection?: string
  title: string
  indexNumber?: string | null
  dueDate: string
  department: { id: number | string; name: string }
}

export interface BoardEntry extends Omit<BoardRecord, 'department'> {
  /** working days from today to the due date: negative when overdue */
  workingDaysLeft: number
  overdue: boolean
}

export interface BoardDepartment {
  department: { id: number | string; name: string }
  overdue: number
  dueSoon: number
  entries: BoardEntry[]
}

export interface DeadlineBoard {
  today: string
  within: number
  /** the last due date counted as "due soon" */
  horizon: string
  totals: { overdue: number; dueSoon: number }
  departments: BoardDepartment[]
}

export const buildDeadlineBoard = (records: BoardRecord[], today: string, within: number, calendar: WorkingDayCalendar): DeadlineBoard => {
  const horizon = calendar.addWorkingDays(today, within)
  const groups = new Map<string, BoardDepartment>()
  for (const record of records) {
    if (record.dueDate > horizon) continue
    const overdue = record.dueDate < today
    const key = String(record.department.id)
    const group = groups.get(key) ?? { department: record.department, overdue: 0, dueSoon: 0, entries: [] }
    groups.set(key, group)
    const { department: _department, ...rest } = record
    group.entries.push({ ...rest, workingDaysLeft: calendar.workingDaysBetween(today, record.dueDate), overdue })
    if (overdue) group.overdue++
    else group.dueSoon++
  }
  const departments = [...groups.values()]
    .map((group) => ({ ...group, entries: group.entries.sort((a, b) => a.dueDate.localeCompare(b.dueDate)) }))
    .sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || a.department.name.localeCompare(b.department.name))
  return {
    today,
    within,
    horizon,
    totals: {
      overdue: departments.reduce((sum, group) => sum + group.overdue, 0),
      dueSoon: departments.reduce((sum, group) => sum + group.dueSoon, 0),
    },
    departments,
  }
}
