'use client'
/** Uploads a ledger file to the verify endpoint and says which submission, if any, it is exactly. */
import { useState, type FormEvent } from 'react'

interface Match {
  id: number | string
  title?: string
  month?: string
  revision?: number
}

export const LedgerVerifyForm = ({ endpoint, zh }: { endpoint: string; zh: boolean }) => {
  const [result, setResult] = useState<{ sha256: string; matches: Match[] } | { error: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const t = (text: { zh: string; en: string }) => (zh ? text.zh : text.en)

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const input = event.currentTarget.elements.namedItem('file') as HTMLInputElement | null
    const file = input?.files?.[0]
    if (!file) return
    setBusy(true)
    try {
      const form = new FormData()
      form.append('file', file)
      const response = await fetch(endpoint, { method: 'POST', body: form, credentials: 'include' })
      const body = await response.json()
      setResult(response.ok ? body : { error: body?.errors?.[0]?.message ?? `HTTP ${response.status}` })
    } catch (error) {
      setResult({ error: error instanceof Error ? error.message : String(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={onSubmit}>
      <input name="file" type="file" accept=".xlsx" />{' '}
      <button type="submit" className="btn btn--style-secondary btn--size-small" disabled={busy}>
        {t({ zh: '核验', en: 'Verify' })}
      </button>
      {result && 'error' in result ? <p style={{ color: 'var(--theme-error-500)' }}>{result.error}</p> : null}
      {result && 'matches' in result ? (
        <div>
          <p style={{ fontFamily: 'monospace' }}>SHA-256: {result.sha256}</p>
          {result.matches.length === 0 ? (
            <p style={{ color: 'var(--theme-error-500)' }}>{t({ zh: '与任何已报送的台账都不一致（文件可能被修改）。', en: 'Matches no submitted ledger (the file may have been altered).' })}</p>
          ) : (
            <ul>
              {result.matches.map((match) => (
                <li key={String(match.id)} style={{ color: 'var(--theme-success-500)' }}>
                  {t({ zh: '一致：', en: 'Matches: ' })}
                  {match.title} {match.revision ? t({ zh: `（第${match.revision}版）`, en: `(rev. ${match.revision})` }) : ''}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </form>
  )
}
