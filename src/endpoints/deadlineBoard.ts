import { APIError, type Endpoint } from 'payload'

import { ALL_DEPARTMENTS, departmentScope } from '../../access/departmentScope.js'
import { fieldError } from '../services/fieldError.js'
import { assertWellFormedId } from '../services/validId.js'
import { toBeijingDate } from '../calendar/index.js'
import { getAppCalendar } from '../calendarStore.js'
import { loadDeadlineBoard } from '../board/loadBoard.js'
import { buildDeadlineBoard } from '../deadlines/board.js'
import type { ResolvedDisclosureOptions } from '../options.js'

const MAX_WITHIN = 60

/**
 * `GET /api/disclosures/deadlines[?department=<id>][&within=3]`: open records overdue or due within N
 * working days, grouped by department with counts. Office and auditors see every department (none named,
 * or `all`) or the one named; other staff only their own; the public nothing (401).
 * (`access/departmentScope.ts`, as the dashboard widget, ledgers and annual report.)
 */
export const deadlineBoardEndpoint = (options: ResolvedDisclosureOptions): Endpoint => ({
  path: '/deadlines',
  method: 'get',
  handler: async (req) => {
    const user = req.user
    if (!user) throw new APIError('请先登录 / log in to see deadlines', 401, undefined, true)
    const withinText = req.searchParams.get('within') ?? '3'
    const within = Number(withinText)
    if (!/^\d+$/.test(withinText) || within > MAX_WITHIN) {
      throw fieldError(400, 'within', `within 应为 0–${MAX_WITHIN} 的整数 / within must be a whole number from 0 to ${MAX_WITHIN}, got "${withinText}"`)
    }
    const requested = req.searchParams.get('department') || null
    if (requested !== null && requested !== ALL_DEPARTMENTS) assertWellFormedId(req.payload, requested, 'department')
    const scope = departmentScope(user, requested)
    if (!scope.ok) throw fieldError(scope.status, scope.field, scope.reason)
    // A user without a department sees an empty board, never everyone's.
    const board =
      scope.department === null && !scope.all
        ? buildDeadlineBoard([], toBeijingDate(new Date()), within, await getAppCalendar(req.payload, options.slugs.calendarDays, req))
        : await loadDeadlineBoard(req, options, { department: scope.department, within })
    return Response.json(board, { headers: { 'cache-control': 'private, no-store' } })
  },
})
