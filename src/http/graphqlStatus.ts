import { REFUSED_QUERY_HEADER } from '../services/graphqlCost.js'

/** A GraphQL answer the cost rule refused becomes 400 Bad Request (graphql-http says 200 to `application/json` clients). */
export const refusedQueryAsBadRequest = (response: Response): Response => {
  if (!response.headers.has(REFUSED_QUERY_HEADER)) return response
  const headers = new Headers(response.headers)
  headers.delete(REFUSED_QUERY_HEADER)
  return new Response(response.body, { headers, status: 400, statusText: 'Bad Request' })
}
