import { describe, expect, it } from '@jest/globals'

import { forgetRequestMemo, peekRequestMemo, requestMemo, requestMemoKey, requestOnce } from '../../src/services/requestMemo.js'

describe('request memo', () => {
  it('keeps one value per request and key, and none across requests', () => {
    const key = requestMemoKey<{ n: number }>('counter')
    const other = requestMemoKey<{ n: number }>('counter') // same name, another key
    const a = {}
    const b = {}
    let made = 0
    const make = () => ({ n: ++made })
    expect(peekRequestMemo(a, key)).toBeUndefined()
    const first = requestMemo(a, key, make)
    expect(requestMemo(a, key, make)).toBe(first)
    expect(peekRequestMemo(a, key)).toBe(first)
    expect(requestMemo(b, key, make)).not.toBe(first)
    expect(requestMemo(a, other, make)).not.toBe(first)
    expect(made).toBe(3)
    forgetRequestMemo(a, key)
    expect(peekRequestMemo(a, key)).toBeUndefined()
    expect(requestMemo(a, key, make).n).toBe(4)
  })

  it('loads once per request, shares a load in flight and forgets a failed one', async () => {
    const key = requestMemoKey<Promise<number>>('load')
    const req = {}
    let loads = 0
    const failing = () => {
      loads++
      return Promise.reject(new Error('down'))
    }
    await expect(requestOnce(req, key, failing)).rejects.toThrow('down')
    await Promise.resolve()
    expect(peekRequestMemo(req, key)).toBeUndefined()
    const ok = () => {
      loads++
      return Promise.resolve(42)
    }
    const [x, y] = await Promise.all([requestOnce(req, key, ok), requestOnce(req, key, ok)])
    expect([x, y]).toEqual([42, 42])
    expect(await requestOnce(req, key, ok)).toBe(42)
    expect(loads).toBe(2)
  })
})
