/** Build 5 (issue #16): a stray rejection or exception is logged and the server keeps serving. */
import { EventEmitter } from 'node:events'

import { describe, expect, it } from '@jest/globals'

import { keepServingOnStrayErrors } from '../src/services/keepServing.js'

describe('keepServingOnStrayErrors', () => {
  it('logs unhandled rejections and uncaught exceptions instead of letting Node end the process', () => {
    const target = new EventEmitter()
    const logged: string[] = []
    keepServingOnStrayErrors({ error: (_object, message) => logged.push(message) }, target)
    // Without a listener, Node's default for both events is to end the process.
    expect(target.listenerCount('unhandledRejection')).toBe(1)
    expect(target.listenerCount('uncaughtException')).toBe(1)
    target.emit('unhandledRejection', new RangeError('Invalid time value'), Promise.resolve())
    target.emit('uncaughtException', new Error('boom'))
    expect(logged).toEqual(['unhandled promise rejection (the server keeps serving)', 'uncaught exception (the server keeps serving)'])
  })
})
