import type { CollectionBeforeOperationHook } from 'payload'

import { fieldError } from './errors.js'

/**
 * Caps list sizes of REST and GraphQL reads (the Local API, used by the plugin's own jobs and exports, is
 * not limited): a `limit` above `maxLimit` is refused with 400 naming it; `limit=0` or `pagination=false`
 * ("everything") is served as a paginated page of `maxLimit`, so `totalDocs`/`hasNextPage` tell the client
 * there is more. The same for each REST join (`joins[<field>][limit]`); GraphQL joins resolve through this
 * hook too (as nested finds of the joined collection), and the GraphQL cost rule refuses their large limits.
 */
export const capListLimits =
  (maxLimit: number): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'read' || req.payloadAPI === 'local') return args
    const find = args as { limit?: unknown; pagination?: unknown; joins?: unknown }
    const limit = find.limit
    // GraphQL's join resolver asks for one more than the client's limit, to tell whether there is a next page.
    const ceiling = req.payloadAPI === 'GraphQL' ? maxLimit + 1 : maxLimit
    if (typeof limit === 'number' && limit > ceiling) {
      throw fieldError(400, 'limit', `limit 不能超过 ${maxLimit} / limit must be at most ${maxLimit}`)
    }
    const wantsEverything = limit === 0 || (find.pagination === false && (typeof limit !== 'number' || limit <= 0))
    // findByID has neither a limit nor pagination: only a list read asking for "everything" is capped.
    if (wantsEverything) {
      find.limit = maxLimit
      find.pagination = true
    }
    if (find.joins && typeof find.joins === 'object') {
      for (const [path, join] of Object.entries(find.joins as Record<string, unknown>)) {
        if (!join || typeof join !== 'object') continue
        const joinQuery = join as { limit?: unknown }
        const joinLimit = typeof joinQuery.limit === 'string' ? Number(joinQuery.limit) : joinQuery.limit
        if (typeof joinLimit !== 'number') continue
        if (joinLimit > maxLimit) {
          throw fieldError(400, `joins.${path}.limit`, `joins[${path}][limit] 不能超过 ${maxLimit} / a join's limit must be at most ${maxLimit}`)
        }
        if (joinLimit <= 0) joinQuery.limit = maxLimit
      }
    }
    return args
  }
