import type { Access } from 'payload'

import { hasRole } from './user.js'

/** 政务公开办: sees and manages everything. */
export const isOfficeUser = (user: unknown): boolean => hasRole(user, 'office')

export const isOffice: Access = ({ req }) => isOfficeUser(req.user)
