import { expect, it } from '@jest/globals'

import { DEFAULT_INDEX_NUMBER_FORMAT, formatIndexNumber } from '../src/disclosure/indexNumber.js'

it('formats the default 索引号 as orgCode/year-serial with five digits', () => {
  expect(formatIndexNumber(DEFAULT_INDEX_NUMBER_FORMAT, { orgCode: '000014349', year: 2020, serial: 72 })).toBe('000014349/2020-00072')
  expect(formatIndexNumber(DEFAULT_INDEX_NUMBER_FORMAT, { orgCode: '115000000092765485', year: 2022, serial: 328 })).toBe('115000000092765485/2022-00328')
})

it('follows a configured format, and never truncates a serial wider than its padding', () => {
  expect(formatIndexNumber('{orgCode}-{year}-{serial:3}', { orgCode: 'A1', year: 2026, serial: 7 })).toBe('A1-2026-007')
  expect(formatIndexNumber('{orgCode}/{year}-{serial:2}', { orgCode: 'A1', year: 2026, serial: 123 })).toBe('A1/2026-123')
  expect(formatIndexNumber('{year}{serial}', { orgCode: 'A1', year: 2026, serial: 5 })).toBe('20265')
})
