import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { fieldError } from '../src/services/fieldError.js'

/** The client's own `?name=` of a REST request (not a value the plugin's endpoints chose for their own reads). */
const queryParam = (req: PayloadRequest, name: string): unknown => (req.query as Record<string, unknown> | undefined)?.[name]

/**
 * Caps the list sizes a REST client asks for: a `limit` above `maxLimit` is refused with 400 naming it;
 * `limit=0` or `pagination=false` ("everything") is served as a paginated page of `maxLimit`, so
 * `totalDocs`/`hasNextPage` tell the client there is more. The same for each join (`joins[<field>][limit]`).
 * Only values the client sent in the query string are capped: the Local API and the plugin's endpoints,
 * which read whole lists on purpose (the catalog tree, exports), are not. GraphQL is capped by its
 * validation rule (src/services/graphqlCost.ts).
 */
export const capListLimits =
  (maxLimit: number): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'read' || req.payloadAPI !== 'REST') return args
    const find = args as { limit?: unknown; pagination?: unknown; joins?: unknown }
    const clientLimit = queryParam(req, 'limit')
    const limitFromClient = clientLimit !== undefined && typeof find.limit === 'number' && Number(clientLimit) === find.limit
    if (limitFromClient && (find.limit as number) > maxLimit) {
      throw fieldError(400, 'limit', `limit 不能超过 ${maxLimit} / limit must be at most ${maxLimit}`)
    }
    // Payload's REST handler parses the query in place: `pagination` may already be a boolean.
    const clientPagination = queryParam(req, 'pagination')
    const everything = (limitFromClient && find.limit === 0) || ((clientPagination === false || clientPagination === 'false') && find.pagination === false)
    if (everything) {
      find.limit = typeof find.limit === 'number' && find.limit > 0 ? Math.min(find.limit, maxLimit) : maxLimit
      find.pagination = true
    }
    const clientJoins = queryParam(req, 'joins')
    if (clientJoins && typeof clientJoins === 'object' && find.joins && typeof find.joins === 'object') {
      for (const [path, join] of Object.entries(find.joins as Record<string, unknown>)) {
        if (!join || typeof join !== 'object' || !(path in clientJoins)) continue
        const joinQuery = join as { limit?: unknown }
        if (typeof joinQuery.limit !== 'number') continue
        if (joinQuery.limit > maxLimit) {
          throw fieldError(400, `joins.${path}.limit`, `joins[${path}][limit] 不能超过 ${maxLimit} / a join's limit must be at most ${maxLimit}`)
        }
        if (joinQuery.limit <= 0) joinQuery.limit = maxLimit
      }
    }
    return args
  }
