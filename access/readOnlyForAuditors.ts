import type { Access } from 'payload'

import { isAuditorUser } from './isAuditor.js'
import { isOfficeUser } from './isOffice.js'

/**
 * Wraps a write rule so that an auditor never writes, whatever other role they also hold
 * (an auditor who could edit would audit their own work). Office users are unaffected.
 */
export const readOnlyForAuditors =
  (write: Access): Access =>
  (args) => {
    const user = args.req.user
    if (isAuditorUser(user) && !isOfficeUser(user)) return false
    return write(args)
  }
