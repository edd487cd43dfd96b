import type { Where } from 'payload'

import { departmentOf } from './user.js'

/**
 * Row-level rule "谁制作、谁公开": only entries whose `field` names the user's own department.
 * A user without a department matches nothing (never everything).
 */
export const ownDepartmentWhere = (user: unknown, field = 'department'): Where | false => {
  const department = departmentOf(user)
  return department === null ? false : { [field]: { equals: department } }
}

/** Access function form: `access: { update: ownDepartment('department') }`. */
export const ownDepartment =
  (field = 'department') =>
  ({ req }: { req: { user?: unknown } }) =>
    ownDepartmentWhere(req.user, field)
