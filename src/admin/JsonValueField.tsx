'use client'
/**
 * The admin's rendering of a JSON field, without Payload's code editor: that editor loads its code from
 * a public CDN, which government intranets block (the field then shows an empty box). A read-only value
 * is shown as a table (a list of objects: one row each) or as label–value lines; an editable one as a
 * plain text box holding the JSON, checked as it is typed.
 */
import { FieldDescription, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { useState, type CSSProperties, type ReactNode } from 'react'

const cell: CSSProperties = { border: '1px solid var(--theme-elevation-150)', padding: '0.25rem 0.5rem', verticalAlign: 'top', textAlign: 'left' }

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A value as text: strings as they are, other values as compact JSON. */
const text = (value: unknown): string => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value))

const render = (value: unknown, depth = 0): ReactNode => {
  if (Array.isArray(value)) {
    if (value.length === 0) return '—'
    if (value.every(isPlainObject) && depth < 2) {
      const columns = [...new Set(value.flatMap((row) => Object.keys(row)))]
      return (
        <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: '0.9em' }}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} style={cell}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {value.slice(0, 500).map((row, index) => (
              <tr key={index}>
                {columns.map((column) => (
                  <td key={column} style={cell}>
                    {render(row[column], depth + 1)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )
    }
    return value.map(text).join('、')
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value)
    if (entries.length === 0) return '—'
    if (depth >= 2) return text(value)
    return (
      <table style={{ borderCollapse: 'collapse', fontSize: '0.9em' }}>
        <tbody>
          {entries.map(([key, item]) => (
            <tr key={key}>
              <th style={cell}>{key}</th>
              <td style={cell}>{render(item, depth + 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )
  }
  return text(value)
}

export const JsonValueField: JSONFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const path = pathFromProps ?? field.name
  const { value, setValue } = useField<unknown>({ path })
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const [draft, setDraft] = useState(() => (value === undefined || value === null ? '' : JSON.stringify(value, null, 2)))
  const [problem, setProblem] = useState<string | null>(null)
  const locked = readOnly || field.admin?.readOnly

  return (
    <div className="field-type json-value" style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label={field.label} path={path} />
      {locked ? (
        <div style={{ overflowX: 'auto' }}>{render(value)}</div>
      ) : (
        <>
          <textarea
            aria-invalid={problem !== null}
            onChange={(event) => {
              const next = event.target.value
              setDraft(next)
              if (next.trim() === '') {
                setProblem(null)
                setValue(null)
                return
              }
              try {
                setValue(JSON.parse(next))
                setProblem(null)
              } catch {
                setProblem(zh ? '不是有效的JSON，保存前请更正' : 'Not valid JSON: correct it before saving')
              }
            }}
            rows={8}
            style={{ width: '100%', fontFamily: 'monospace' }}
            value={draft}
          />
          {problem && <p style={{ color: 'var(--theme-error-500)' }}>{problem}</p>}
        </>
      )}
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
