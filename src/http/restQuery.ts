/**
 * Query parameters Payload's REST handlers `JSON.parse` before any hook runs (`?where=…`, `?data=…`): text
 * that is not a JSON object made them throw (HTTP 500, issue #16). Everything else about the query —
 * `limit`, `page`, `depth`, `sort`, the shape and operands of `where` — is checked by the input guard
 * (src/services/inputGuard.ts) for REST, GraphQL and the Local API alike.
 */
const JSON_PARAMETERS = ['where', 'data'] as const

export const restQueryProblem = (url: string): { parameter: string; message: string } | null => {
  const query = url.indexOf('?')
  if (query < 0) return null
  let params: URLSearchParams
  try {
    params = new URLSearchParams(url.slice(query + 1))
  } catch {
    return null
  }
  for (const name of JSON_PARAMETERS) {
    for (const value of params.getAll(name)) {
      if (value === '') continue
      let parsed: unknown
      try {
        parsed = JSON.parse(value)
      } catch {
        parsed = undefined
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return {
          parameter: name,
          message: `${name} 应为 JSON 对象或 ${name}[字段][运算符]=值 / ${name} must be a JSON object or ${name}[field][operator]=value`,
        }
      }
    }
  }
  return null
}
