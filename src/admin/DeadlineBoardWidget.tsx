/**
 * Dashboard widget "公开时限提醒": the overdue board for the signed-in user's department (every
 * department for the office and auditors), read through the same loader as GET /api/disclosures/deadlines.
 */
import type { PayloadRequest } from 'payload'

import { departmentScope } from '../../access/departmentScope.js'
import { loadDeadlineBoard } from '../board/loadBoard.js'
import type { ResolvedDisclosureOptions } from '../options.js'

type Props = { req: PayloadRequest; options: Pick<ResolvedDisclosureOptions, 'slugs' | 'dueSoonWithin' | 'usersSlug'> }

const MAX_ROWS = 8

export const DeadlineBoardWidget = async ({ req, options }: Props) => {
  const zh = req.i18n?.language !== 'en'
  const t = (text: { zh: string; en: string }) => (zh ? text.zh : text.en)
  const user = req.user
  if (!user) return null
  // The same scope as the endpoint: every department for office and auditors, else the user's own.
  const scope = departmentScope(user, null)
  const seesAll = scope.ok && scope.all
  if (!scope.ok || (!seesAll && scope.department === null)) {
    return <div className="card">{t({ zh: '您的账号未归属部门，没有需要跟踪的公开时限。', en: 'Your account has no department: no deadlines to track.' })}</div>
  }
  const board = await loadDeadlineBoard(req as never, options as ResolvedDisclosureOptions, { department: scope.department, within: options.dueSoonWithin })
  const adminRoute = req.payload.config.routes.admin
  const list = `${adminRoute}/collections/${options.slugs.disclosures}`
  const cell = { padding: '0.25rem 0.5rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' as const }

  return (
    <div style={{ padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4, width: '100%' }}>
      <h3 style={{ marginTop: 0 }}>
        {t({ zh: '公开时限提醒', en: 'Publication deadlines' })}
        {seesAll ? t({ zh: '（全部部门）', en: ' (all departments)' }) : ''}
      </h3>
      <p>
        <a href={`${list}?where[deadlineState][equals]=overdue`} style={{ color: board.totals.overdue ? 'var(--theme-error-500)' : undefined, fontWeight: 'bold' }}>
          {t({ zh: `已超期 ${board.totals.overdue} 条`, en: `${board.totals.overdue} overdue` })}
        </a>
        {' · '}
        <a href={`${list}?where[deadlineState][equals]=due-soon`}>
          {t({ zh: `${board.within}个工作日内到期 ${board.totals.dueSoon} 条`, en: `${board.totals.dueSoon} due within ${board.within} working days` })}
        </a>
        {' · '}
        <a href={`${adminRoute}/collections/${options.slugs.reminders}`}>{t({ zh: '催办提醒', en: 'Reminders' })}</a>
      </p>
      {board.departments.length === 0 ? (
        <p>{t({ zh: '没有超期或即将到期的信息。', en: 'Nothing overdue or due soon.' })}</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={cell}>{t({ zh: '部门', en: 'Department' })}</th>
              <th style={cell}>{t({ zh: '信息', en: 'Record' })}</th>
              <th style={cell}>{t({ zh: '应公开日期', en: 'Due' })}</th>
              <th style={cell}>{t({ zh: '剩余工作日', en: 'Working days left' })}</th>
            </tr>
          </thead>
          <tbody>
            {board.departments.flatMap((group) =>
              group.entries.slice(0, MAX_ROWS).map((entry) => (
                <tr key={String(entry.id)}>
                  <td style={cell}>{group.department.name}</td>
                  <td style={cell}>
                    <a href={`${adminRoute}/collections/${entry.collection ?? options.slugs.disclosures}/${String(entry.id)}`}>{entry.title}</a>
                  </td>
                  <td style={cell}>{entry.dueDate}</td>
                  <td style={{ ...cell, color: entry.overdue ? 'var(--theme-error-500)' : undefined }}>
                    {entry.overdue ? t({ zh: `超期${-entry.workingDaysLeft}天`, en: `${-entry.workingDaysLeft} late` }) : entry.workingDaysLeft}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </div>
  )
}
