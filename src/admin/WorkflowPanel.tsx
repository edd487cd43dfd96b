'use client'
/**
 * The review panel in the sidebar of an entry: its state, the actions the user may take now as buttons
 * (with a comment box, the secrecy review form, the findings acknowledgement and a publication time where
 * an action needs them), the automatic findings, and the history of transitions. Talks to
 * GET/POST /api/<collection>/:id/transition(s); the server decides everything.
 */
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type Label = { zh: string; en: string }
interface ActionInfo {
  action: string
  /** `revision`: a step of the pending correction of a published entry */
  subject?: 'entry' | 'revision'
  label: Label
  requires: string[]
}
interface CorrectionInfo {
  state: string
  stateLabel: Label | null
  fields: string[]
  reason: string | null
  dueDate: string | null
  findings: { kind: string; source: string; masked: string }[]
  openFindings: number
}
interface PanelState {
  status: string
  statusLabel: Label | null
  actions: ActionInfo[]
  findings: { kind: string; source: string; masked: string }[]
  openFindings: number
  scheduledPublishAt: string | null
  correction: CorrectionInfo | null
  history: { action: string; actionLabel: Label; from: string; fromLabel: Label; to: string; toLabel: Label; byName?: string; at: string; comment?: string | null }[]
}

const KIND_LABELS: Record<string, Label> = {
  'id-number': { zh: '身份证号', en: 'ID number' },
  mobile: { zh: '手机号', en: 'Mobile' },
  'bank-card': { zh: '银行卡号', en: 'Bank card' },
  email: { zh: '电子邮箱', en: 'E-mail' },
  'sensitive-word': { zh: '敏感词', en: 'Sensitive word' },
}

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem', marginBottom: '1rem' }
const input = { width: '100%', marginBottom: '0.5rem', padding: '0.25rem' }

export const WorkflowPanel = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const t = (label: Label | null | undefined) => (label ? (zh ? label.zh : label.en) : '')
  const base = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${String(id)}`
  const [state, setState] = useState<PanelState | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [comment, setComment] = useState('')
  const [conclusion, setConclusion] = useState('public')
  const [basis, setBasis] = useState('')
  const [acknowledgement, setAcknowledgement] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [lateReason, setLateReason] = useState('')

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`${base}/transitions`, { credentials: 'include' })
    if (response.ok) setState((await response.json()) as PanelState)
  }, [base, id])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return <div style={box}>{zh ? '保存草稿后即可提交审核。' : 'Save the draft to start the review.'}</div>
  if (!state) return <div style={box}>…</div>

  const act = async (action: ActionInfo) => {
    setBusy(true)
    setError(null)
    const body: Record<string, unknown> = { action: action.action, comment }
    if (action.requires.includes('secrecyReview')) body.secrecyReview = { conclusion, basis }
    if (action.action === 'publish') {
      if (acknowledgement) body.acknowledgement = acknowledgement
      if (publishAt) body.publishAt = new Date(publishAt).toISOString()
      if (lateReason) body.lateReason = lateReason
    }
    const response = await fetch(`${base}/transition`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    setBusy(false)
    if (!response.ok) {
      const result = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
      setError(result.errors?.[0]?.message ?? `HTTP ${response.status}`)
      return
    }
    // Reload the document form so the new state and fields show.
    window.location.reload()
  }

  const needs = (requirement: string) => state.actions.some((action) => action.requires.includes(requirement))
  const publishAction = state.actions.find((action) => action.action === 'publish')
  const canPublish = Boolean(publishAction)
  const correction = state.correction
  const findings = correction ? correction.findings : state.findings
  const openFindings = correction ? correction.openFindings : state.openFindings
  const fieldLabel = (name: string) => {
    const field = config.collections.find((collection) => collection.slug === collectionSlug)?.fields.find((candidate) => 'name' in candidate && candidate.name === name)
    const label = field && 'label' in field ? field.label : undefined
    return typeof label === 'string' ? label : label && typeof label === 'object' ? t(label as Label) : name
  }

  return (
    <div style={box}>
      <strong>{zh ? '审核流程' : 'Review'}</strong>
      <p>
        {zh ? '当前状态：' : 'State: '}
        <b>{t(state.statusLabel) || state.status}</b>
        {state.scheduledPublishAt ? ` · ${zh ? '定时发布' : 'scheduled'} ${new Date(state.scheduledPublishAt).toLocaleString()}` : ''}
      </p>
      {correction && (
        <div style={{ ...box, borderColor: 'var(--theme-warning-500)' }}>
          <b>{zh ? '待审更正' : 'Pending correction'}：{t(correction.stateLabel) || correction.state}</b>
          <p>
            {zh ? '修改了：' : 'Changes: '}
            {correction.fields.map(fieldLabel).join(zh ? '、' : ', ')}
          </p>
          {correction.dueDate && <p>{zh ? `更正应公开日期：${correction.dueDate}` : `Correction due: ${correction.dueDate}`}</p>}
          {correction.reason && <p>{zh ? `更正理由：${correction.reason}` : `Reason: ${correction.reason}`}</p>}
          <small>
            {zh
              ? '更正经审核发布前，公众看到的仍是已发布的版本；表单显示的是已发布的内容，再次保存的修改并入本更正。'
              : 'Until the correction is reviewed and published, the public reads the published version; the form shows it, and further edits join this correction.'}
          </small>
        </div>
      )}
      {findings.length > 0 && (
        <div style={{ color: openFindings ? 'var(--theme-error-500)' : undefined }}>
          {zh ? `自动检查发现 ${findings.length} 处：` : `${findings.length} automatic finding(s):`}
          <ul>
            {findings.slice(0, 20).map((finding, index) => (
              <li key={index}>
                {t(KIND_LABELS[finding.kind])} {finding.masked} <small>({finding.source})</small>
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.actions.length > 0 && (
        <>
          <textarea
            placeholder={zh ? '意见（退回、撤回时必填；提交更正时填写更正理由）' : 'Comment (required to return or withdraw; the reason when submitting a correction)'} style={input} value={comment} onChange={(e) => setComment(e.target.value)} />
          {needs('secrecyReview') && (
            <>
              <select style={input} value={conclusion} onChange={(e) => setConclusion(e.target.value)}>
                <option value="public">{zh ? '可以公开' : 'May be disclosed'}</option>
                <option value="partial">{zh ? '部分公开（去标识化后）' : 'Partly, after de-identification'}</option>
                <option value="withhold">{zh ? '不予公开' : 'Not to be disclosed'}</option>
              </select>
              <input placeholder={zh ? '保密审查依据' : 'Basis of the secrecy review'} style={input} value={basis} onChange={(e) => setBasis(e.target.value)} />
            </>
          )}
          {canPublish && (
            <>
              {openFindings > 0 && (
                <input placeholder={zh ? '仍予发布的理由（处理发现项）' : 'Reason to publish despite the findings'} style={input} value={acknowledgement} onChange={(e) => setAcknowledgement(e.target.value)} />
              )}
              <input placeholder={zh ? '超期说明（超过应公开日期时）' : 'Late reason (past the due date)'} style={input} value={lateReason} onChange={(e) => setLateReason(e.target.value)} />
              {publishAction?.subject !== 'revision' && (
                <label style={{ display: 'block' }}>
                  {zh ? '定时发布（留空为立即）' : 'Publish at (empty: now)'}
                  <input type="datetime-local" style={input} value={publishAt} onChange={(e) => setPublishAt(e.target.value)} />
                </label>
              )}
            </>
          )}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
            {state.actions.map((action) => (
              <button className="btn btn--style-secondary btn--size-small" disabled={busy} key={`${action.subject ?? 'entry'}:${action.action}`} onClick={() => void act(action)} type="button">
                {t(action.label)}
              </button>
            ))}
          </div>
        </>
      )}
      {error && <p style={{ color: 'var(--theme-error-500)' }}>{error}</p>}
      {state.history.length > 0 && (
        <details>
          <summary>{zh ? `审核记录（${state.history.length}）` : `History (${state.history.length})`}</summary>
          <ol>
            {state.history.map((entry, index) => (
              <li key={index}>
                {new Date(entry.at).toLocaleString()} {entry.byName ?? ''}：{t(entry.actionLabel)}（{t(entry.fromLabel)} → {t(entry.toLabel)}）
                {entry.comment ? `（${entry.comment}）` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  )
}
