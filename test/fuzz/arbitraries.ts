/**
 * fast-check generators for the fuzz suite: odd values of every kind, and values shaped by a field's config
 * (valid-looking ones mixed with wrong types, out-of-range numbers, bad dates and odd strings), so a case
 * gets past the first check often enough to reach the deeper ones.
 */
import fc from 'fast-check'
import type { FlattenedField } from 'payload'

/** FUZZ_SEED replays a failure; the default is fixed so CI runs the same cases every time. */
export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 16016
/** FUZZ_RUNS sizes every property (the default keeps the whole suite within a few minutes on SQLite). */
export const fuzzRuns = (base: number): number => Math.max(1, Math.round(base * (process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) / 100 : 1)))

/** Per property: generous, since FUZZ_RUNS may be raised far above the default. */
export const FUZZ_TIMEOUT = 30 * 60_000

export const fuzzParameters = (base: number): fc.Parameters<unknown> => ({ seed: FUZZ_SEED, numRuns: fuzzRuns(base), endOnFailure: true })

const HUGE = 'x'.repeat(70_000)

/** Values that broke, or could break, some layer: numbers beyond every column, impossible dates, NUL. */
export const oddScalar = fc.constantFrom<unknown>(
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -0.000001,
  2147483647,
  2147483648,
  -2147483649,
  9007199254740991,
  9007199254740993,
  1e18,
  1e308,
  -1e308,
  '',
  ' ',
  'NaN',
  'Infinity',
  'null',
  'true',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '2025-02-30',
  '2025-13-01',
  '1900-01-01',
  '1899-12-31',
  '9999-12-31',
  '0000-00-00',
  '2025-01-20T25:61:00Z',
  '-1',
  '1.5',
  '99999999999999999999',
  'abc',
  '🙂🙂',
  '中文 全角 ａｂｃ',
  "'; DROP TABLE disclosures; --",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example")',
  '../../etc/passwd',
  HUGE,
)

const smallScalar = fc.oneof(oddScalar, fc.string({ maxLength: 12 }), fc.integer(), fc.double())

/** Any JSON value, mostly odd. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: oddScalar },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.array(smallScalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 6 }), smallScalar, { maxKeys: 3 }) },
)

const optionValues = (field: FlattenedField): string[] =>
  ((field as { options?: (string | { value: string })[] }).options ?? []).map((option) => (typeof option === 'string' ? option : option.value))

const isoDate = fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2300-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString())

/** A value for `field`: a plausible one (itself often out of range) three times in four, else anything. */
export const valueFor = (field: FlattenedField, ids: Record<string, unknown[]>, depth = 0): fc.Arbitrary<unknown> => {
  const hasMany = Boolean((field as { hasMany?: boolean }).hasMany)
  const many = (one: fc.Arbitrary<unknown>) => (hasMany ? fc.oneof(fc.array(one, { maxLength: 3 }), anyValue) : one)
  let plausible: fc.Arbitrary<unknown>
  switch (field.type) {
    case 'select':
    case 'radio': {
      const options = optionValues(field)
      plausible = many(options.length ? fc.constantFrom(...options) : fc.string())
      break
    }
    case 'date':
      plausible = fc.oneof(isoDate, isoDate.map((text) => text.slice(0, 10)))
      break
    case 'number':
      plausible = many(fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true }), fc.constantFrom(9007199254740993, 1e308, -1e308, 2147483648)))
      break
    case 'checkbox':
      plausible = fc.boolean()
      break
    case 'relationship':
    case 'upload': {
      const relationTo = (field as { relationTo?: string | string[] }).relationTo
      const targets = Array.isArray(relationTo) ? relationTo : relationTo ? [relationTo] : []
      const known = targets.flatMap((slug) => ids[slug] ?? [])
      const one = Array.isArray(relationTo)
        ? fc.record({ relationTo: fc.oneof(fc.constantFrom(...targets), fc.string()), value: known.length ? fc.oneof(fc.constantFrom(...known), anyValue) : anyValue })
        : known.length
          ? fc.oneof(fc.constantFrom(...known), anyValue)
          : anyValue
      plausible = many(one)
      break
    }
    case 'group':
    case 'tab':
      plausible = depth > 2 ? anyValue : documentFor((field as { flattenedFields: FlattenedField[] }).flattenedFields, ids, depth + 1)
      break
    case 'array':
      plausible = depth > 2 ? anyValue : fc.array(documentFor((field as { flattenedFields: FlattenedField[] }).flattenedFields, ids, depth + 1), { maxLength: 2 })
      break
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      plausible = many(fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 10 }), oddScalar.filter((value) => typeof value === 'string')))
      break
    default:
      plausible = anyValue
  }
  return fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: anyValue })
}

/** Fields a client may try to write (joins are read-only views, `id` is Payload's). */
export const writableFields = (fields: FlattenedField[]): FlattenedField[] =>
  fields.filter((field) => 'name' in field && field.type !== 'join' && field.name !== 'id')

/** A partial document: one to four of the fields, each with a generated value. */
export const documentFor = (fields: FlattenedField[], ids: Record<string, unknown[]>, depth = 0): fc.Arbitrary<Record<string, unknown>> => {
  const candidates = writableFields(fields)
  if (candidates.length === 0) return fc.constant({})
  return fc
    .uniqueArray(fc.constantFrom(...candidates), { minLength: 1, maxLength: Math.min(4, candidates.length), selector: (field) => field.name })
    .chain((chosen) => fc.tuple(...chosen.map((field) => valueFor(field, ids, depth))).map((values) => Object.fromEntries(chosen.map((field, index) => [field.name, values[index]]))))
}
