/** Any signed-in user: staff-only fields and views (never the public API). */
export const isStaff = ({ req }: { req: { user?: unknown } }): boolean => Boolean(req.user)

/** Nobody through the API: collections written only by the server (hooks, jobs) with overrideAccess. */
export const nobody = (): boolean => false
