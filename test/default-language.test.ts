/** The admin opens in Chinese whatever the browser asks, until the user picks a language. */
import { expect, it } from '@jest/globals'
import type { Request } from 'express'

import { preferLanguage } from '../src/http/defaultLanguage.js'

const request = (headers: Record<string, string>) => ({ headers: { ...headers } }) as unknown as Request

it('puts Chinese first for a browser that asks for English', () => {
  const req = request({ 'accept-language': 'en-US,en;q=0.9' })
  preferLanguage(req, 'zh')
  expect(req.headers['accept-language']).toBe('zh,en-US,en;q=0.9')
})

it('adds Chinese when the browser sends no preference', () => {
  const req = request({})
  preferLanguage(req, 'zh')
  expect(req.headers['accept-language']).toBe('zh')
})

it('leaves the request alone once the user has chosen a language in the admin', () => {
  const req = request({ 'accept-language': 'en-US', cookie: 'payload-token=x; payload-lng=en' })
  preferLanguage(req, 'zh')
  expect(req.headers['accept-language']).toBe('en-US')
})
