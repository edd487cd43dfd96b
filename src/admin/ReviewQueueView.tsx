/**
 * Admin view "我的待办" (/admin/review-queue): the entries waiting for the signed-in user's review
 * action, through the same loader as GET /api/disclosures/review-queue. Each links to the entry, whose
 * sidebar panel takes the action.
 */
import type { AdminViewServerProps } from 'payload'

import { AdminPage, requireLogin } from './AdminPage.js'

import type { WorkflowSteps } from '../workflow/definition.js'
import { buildWorkflow } from '../workflow/definition.js'
import { WORKFLOW_STATE_LABELS, type WorkflowState } from '../workflow/states.js'
import { loadReviewQueue } from '../workflow-runtime/queue.js'

type Props = AdminViewServerProps & { queues: { collection: string; label: { zh: string; en: string }; steps: WorkflowSteps }[] }

export const ReviewQueueView = async ({ initPageResult, params, searchParams, queues }: Props) => {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  requireLogin({ initPageResult }, '/review-queue')
  const zh = req.i18n.language === 'zh'
  const t = (text: { zh: string; en: string }) => (zh ? text.zh : text.en)
  const lists = await Promise.all(queues.map(async (queue) => ({ ...queue, entries: await loadReviewQueue(req, queue.collection, buildWorkflow(queue.steps)) })))
  const cell = { padding: '0.4rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' as const }

  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
        <h1>{t({ zh: '我的待办（审核）', en: 'My review queue' })}</h1>
        {lists.map((list) => (
          <section key={list.collection}>
            <h2>
              {t(list.label)}（{list.entries.length}）
            </h2>
            {list.entries.length === 0 ? (
              <p>{t({ zh: '没有等待您处理的信息。', en: 'Nothing waits for you.' })}</p>
            ) : (
              <table style={{ width: '100%', borderCollapse: 'collapse' }}>
                <thead>
                  <tr>
                    <th style={cell}>{t({ zh: '信息', en: 'Entry' })}</th>
                    <th style={cell}>{t({ zh: '部门', en: 'Department' })}</th>
                    <th style={cell}>{t({ zh: '状态', en: 'State' })}</th>
                    <th style={cell}>{t({ zh: '待办操作', en: 'Next action' })}</th>
                    <th style={cell}>{t({ zh: '应公开日期', en: 'Due' })}</th>
                    <th style={cell}>{t({ zh: '自动检查', en: 'Findings' })}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.entries.map((entry) => (
                    <tr key={String(entry.id)}>
                      <td style={cell}>
                        <a href={`${adminRoute}/collections/${list.collection}/${String(entry.id)}`}>{entry.title}</a>
                        {entry.indexNumber ? <div style={{ opacity: 0.7 }}>{entry.indexNumber}</div> : null}
                      </td>
                      <td style={cell}>{entry.department?.name ?? ''}</td>
                      <td style={cell}>{t(WORKFLOW_STATE_LABELS[entry.status as WorkflowState] ?? { zh: entry.status, en: entry.status })}</td>
                      <td style={cell}>{entry.actions.map((action) => t(action.label)).join('、')}</td>
                      <td style={cell}>{entry.dueDate ?? ''}</td>
                      <td style={{ ...cell, color: entry.openFindings ? 'var(--theme-error-500)' : undefined }}>{entry.openFindings || ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}
    </AdminPage>
  )
}
