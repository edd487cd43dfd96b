import type { Access } from 'payload'

import { hasRole } from './user.js'

/** Auditors read everything and write nothing. */
export const isAuditorUser = (user: unknown): boolean => hasRole(user, 'auditor')

export const isAuditor: Access = ({ req }) => isAuditorUser(req.user)
