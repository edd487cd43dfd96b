import { APIError, type Endpoint } from 'payload'

import { isAuditorUser } from '../../access/isAuditor.js'
import { isOfficeUser } from '../../access/isOffice.js'
import { departmentOf, sameId } from '../../access/user.js'
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
 * working days, grouped by department with counts. Office and auditors see every department (or one);
 * other staff only their own; the public nothing (401).
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
    const seesAll = isOfficeUser(user) || isAuditorUser(user)
    const requested = req.searchParams.get('department') || null
    if (requested !== null) assertWellFormedId(req.payload, requested, 'department')
    const own = departmentOf(user)
    if (!seesAll && requested !== null && !sameId(requested, own)) {
      throw fieldError(403, 'department', '只能查看本部门的时限 / you can only see your own department')
    }
    const department = seesAll ? requested : own
    // A user without a department sees an empty board, never everyone's.
    const board =
      department === null && !seesAll
        ? buildDeadlineBoard([], toBeijingDate(new Date()), within, await getAppCalendar(req.payload, options.slugs.calendarDays, req))
        : await loadDeadlineBoard(req, options, { department, within })
    return Response.json(board, { headers: { 'cache-control': 'private, no-store' } })
  },
})
