/**
 * The one way a value is kept for the length of a request: a save runs many hooks (and nested operations
 * with the same `req`) that need the same facts — the calendar, the department, the catalog item — and
 * each lookup would cost a query.
 *
 * Values hang off the request object in a WeakMap, not in `req.context`: the context is the operations'
 * (Payload merges every operation's context into it, and it is copied into the requests of jobs), while
 * this memo is private to the server code that declared the key, and is dropped with the request — nothing
 * outlives the request that read it. A request made for a job or a nested Local API call without `req` is
 * another object and starts empty.
 */

/** A typed name for one kind of value kept per request. Declare it once, next to the code that uses it. */
export interface RequestMemoKey<T> {
  readonly name: string
  /** never set: carries the value's type */
  readonly type?: T
}

export const requestMemoKey = <T>(name: string): RequestMemoKey<T> => ({ name })

const memos = new WeakMap<object, Map<RequestMemoKey<unknown>, unknown>>()

const memoOf = (req: object): Map<RequestMemoKey<unknown>, unknown> => {
  let memo = memos.get(req)
  if (!memo) {
    memo = new Map()
    memos.set(req, memo)
  }
  return memo
}

/** The request's value for `key`, made by `make` the first time it is asked for. */
export const requestMemo = <T>(req: object, key: RequestMemoKey<T>, make: () => T): T => {
  const memo = memoOf(req)
  if (memo.has(key)) return memo.get(key) as T
  const value = make()
  memo.set(key, value)
  return value
}

/** The request's value for `key` if it has one; never makes it. */
export const peekRequestMemo = <T>(req: object, key: RequestMemoKey<T>): T | undefined => memos.get(req)?.get(key) as T | undefined

/** Forgets the request's value for `key` (the next `requestMemo` makes it again). */
export const forgetRequestMemo = (req: object, key: RequestMemoKey<unknown>): void => {
  memos.get(req)?.delete(key)
}

/**
 * A value loaded at most once per request: concurrent callers share one load; a load that fails is
 * forgotten, so a later caller tries again.
 */
export const requestOnce = <T>(req: object, key: RequestMemoKey<Promise<T>>, load: () => Promise<T>): Promise<T> => {
  const memo = memoOf(req)
  const known = memo.get(key) as Promise<T> | undefined
  if (known) return known
  const loading = load()
  memo.set(key, loading)
  loading.catch(() => {
    if (memo.get(key) === loading) memo.delete(key)
  })
  return loading
}
