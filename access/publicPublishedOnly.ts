import type { Access, Where } from 'payload'

/**
 * What the public may read: published entries that are proactively disclosed (主动公开).
 * 依申请公开 and 不予公开 entries never reach the public API, published or not.
 */
export const publicPublishedWhere = (
  fields: { status?: string; publicAttribute?: string } = {},
): Where => ({
  and: [
    { [fields.status ?? 'status']: { equals: 'published' } },
    { [fields.publicAttribute ?? 'publicAttribute']: { equals: 'proactive' } },
  ],
})

/** Access function form: everyone, logged in or not, may read what the public may read. */
export const publicPublishedOnly: Access = () => publicPublishedWhere()
