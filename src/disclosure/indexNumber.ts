/**
 * 索引号 (index number) of a piece of government information, e.g. 1121039900MB00027G/2025-00072:
 * the issuing body's code, the year and a serial unique per body and year. Pure formatting; the serial
 * itself is claimed by the Payload adapter (hooks/indexNumber.ts).
 */
export const DEFAULT_INDEX_NUMBER_FORMAT = '{orgCode}/{year}-{serial:5}'

const PLACEHOLDER = /\{(orgCode|year|serial)(?::(\d{1,2}))?\}/g

/** Checks a template once, at start-up: it must contain the serial and only known placeholders. */
export const checkIndexNumberFormat = (template: string): void => {
  if (!/\{serial(?::\d{1,2})?\}/.test(template)) {
    throw new Error(`indexNumberFormat "${template}" must contain {serial} or {serial:N}`)
  }
  const unknown = template.replace(PLACEHOLDER, '').match(/\{[^}]*\}/)
  if (unknown) throw new Error(`indexNumberFormat "${template}" has an unknown placeholder ${unknown[0]}; use {orgCode}, {year}, {serial} or {serial:N}`)
}

export const formatIndexNumber = (template: string, values: { orgCode: string; year: number; serial: number }): string =>
  template.replace(PLACEHOLDER, (_match, name: 'orgCode' | 'year' | 'serial', width?: string) => {
    const value = String(values[name])
    return width ? value.padStart(Number(width), '0') : value
  })
