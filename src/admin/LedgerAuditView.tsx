/**
 * Admin view "台账审计" (/admin/ledger-audit): the month × department board of submitted ledgers, read-only —
 * every revision to download, each file's hash checked against the one recorded at submission, and a form
 * to verify a file someone hands in. Office and auditors see every department; department staff their own.
 */
import type { AdminViewServerProps } from 'payload'

import { reportScope } from '../../access/reportScope.js'
import { LEDGER_CELL_LABELS } from '../ledger/board.js'
import { boardMonths, loadLedgerBoard, type BoardSubmission } from '../ledger-runtime/board.js'
import { storedFileHash } from '../ledger-runtime/submit.js'
import type { ResolvedDisclosureOptions } from '../options.js'
import { AdminPage, requireLogin } from './AdminPage.js'
import { LedgerVerifyForm } from './LedgerVerifyForm.js'

type Props = AdminViewServerProps & { options: Pick<ResolvedDisclosureOptions, 'slugs' | 'ledger'> }

const COLORS: Record<string, string> = {
  'on-time': 'var(--theme-success-500)',
  late: 'var(--theme-warning-500)',
  nil: 'var(--theme-elevation-600)',
  missing: 'var(--theme-error-500)',
  open: 'var(--theme-elevation-400)',
}

/** Does the stored file still have the hash recorded when it was submitted? null: the file is missing. */
const fileIntact = async (payload: Parameters<typeof storedFileHash>[0], collection: string, submission: BoardSubmission): Promise<boolean | null> => {
  const actual = await storedFileHash(payload, collection, submission.filename)
  return actual === null ? null : actual === submission.sha256
}

export const LedgerAuditView = async ({ initPageResult, params, searchParams, options }: Props) => {
  const slugs = options.slugs
  const { req } = initPageResult
  requireLogin({ initPageResult }, '/ledger-audit')
  const zh = req.i18n.language === 'zh'
  const t = (text: { zh: string; en: string }) => (zh ? text.zh : text.en)
  const apiRoute = `${req.payload.config.serverURL ?? ''}${req.payload.config.routes.api}`
  const cell = { padding: '0.4rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' as const, verticalAlign: 'top' as const }
  const scope = reportScope(req.user, null)
  const single = (value: unknown) => (Array.isArray(value) ? value[0] : value) as string | undefined

  let content
  if (!scope.ok) {
    content = <p>{scope.reason}</p>
  } else {
    let months
    try {
      months = boardMonths(single(searchParams?.from), single(searchParams?.to))
    } catch {
      months = boardMonths(null, null)
    }
    const board = await loadLedgerBoard(req, options, { department: scope.department, months }).catch(() => null)
    const intact = new Map<string, boolean | null>()
    if (board) await Promise.all(board.submissions.map(async (s) => intact.set(String(s.id), await fileIntact(req.payload, slugs.ledgerSubmissions, s))))
    const revisions = (department: unknown, month: string) => (board?.submissions ?? []).filter((s) => String(s.department) === String(department) && s.month === month)
    content = !board ? (
      <p>{t({ zh: '无法读取台账。', en: 'Could not read the ledgers.' })}</p>
    ) : (
      <>
        <p>
          {t({ zh: '合计：', en: 'Totals: ' })}
          {Object.entries(board.totals).map(([status, count]) => `${t(LEDGER_CELL_LABELS[status as keyof typeof LEDGER_CELL_LABELS])} ${count}`).join('，')}
        </p>
        <div style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse', minWidth: '100%' }}>
            <thead>
              <tr>
                <th style={cell}>{t({ zh: '部门', en: 'Department' })}</th>
                {board.months.map((month) => (
                  <th key={month} style={cell}>
                    {month}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {board.departments.map((row) => (
                <tr key={String(row.department.id)}>
                  <td style={cell}>{row.department.name}</td>
                  {row.cells.map((c) => (
                    <td key={c.month} style={cell}>
                      <div style={{ color: COLORS[c.status], fontWeight: 600 }}>{t(LEDGER_CELL_LABELS[c.status])}</div>
                      {revisions(row.department.id, c.month).map((s) => (
                        <div key={String(s.id)} style={{ fontSize: '0.85em' }}>
                          {s.filename ? <a href={`${apiRoute}/${slugs.ledgerSubmissions}/file/${encodeURIComponent(s.filename)}`}>{t({ zh: `第${s.revision}版`, en: `rev. ${s.revision}` })}</a> : null}{' '}
                          {intact.get(String(s.id)) === true ? '✓' : intact.get(String(s.id)) === false ? t({ zh: '✗ 文件与登记的校验值不符', en: '✗ file does not match its hash' }) : t({ zh: '（文件缺失）', en: '(file missing)' })}
                          <div style={{ opacity: 0.6, fontFamily: 'monospace' }} title={s.sha256 ?? ''}>
                            {(s.sha256 ?? '').slice(0, 12)}…
                          </div>
                        </div>
                      ))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>
    )
  }

  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>{t({ zh: '台账审计', en: 'Ledger audit' })}</h1>
      <p style={{ opacity: 0.8 }}>
        {t({
          zh: '各部门每月报送的《政务信息公开台账》。报送后不可修改，每个版本均可下载；✓ 表示存档文件与报送时登记的SHA-256一致。',
          en: 'Monthly ledgers as submitted. Submissions are immutable and every revision can be downloaded; ✓ means the stored file matches the SHA-256 recorded at submission.',
        })}
      </p>
      {content}
      <h2>{t({ zh: '核验文件', en: 'Verify a file' })}</h2>
      <LedgerVerifyForm endpoint={`${apiRoute}/${slugs.ledgerSubmissions}/verify`} zh={zh} />
    </AdminPage>
  )
}
