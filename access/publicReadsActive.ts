import type { Access, Where } from 'payload'

/**
 * What is in use: `active` is set. The public sees only these (departments as 发布机构, catalog domains
 * and items), and the public catalog (tree, export) lists only these. A fresh object each time: Payload
 * may amend a `Where` it is given.
 */
export const activeWhere = (): Where => ({ active: { equals: true } })

/** Read rule "staff read all, the public reads the active ones". */
export const publicReadsActive: Access = ({ req }) => (req.user ? true : activeWhere())
