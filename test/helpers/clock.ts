import { jest } from '@jest/globals'

/** Everything Jest can fake except `Date`: timers, ticks and microtasks keep running for real. */
const ALL_BUT_DATE = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const

/**
 * Runs `fn` with the clock (`Date` only) set to `instant` and running on from there — so server code
 * that stamps "now" (publication, submission) sees that moment. The server runs in this process.
 */
export const atInstant = async <T>(instant: string, fn: () => Promise<T>): Promise<T> => {
  jest.useFakeTimers({ now: new Date(instant), advanceTimers: true, doNotFake: [...ALL_BUT_DATE] })
  try {
    return await fn()
  } finally {
    jest.useRealTimers()
  }
}
