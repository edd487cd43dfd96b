'use client'
/**
 * The 依申请公开 form and the status lookup. Server actions with `useActionState`: without JavaScript the
 * browser posts the form and the server answers with the page and the action's result (progressive
 * enhancement); with it, the same action runs without a reload. Errors sit next to their field, and every
 * value typed comes back as the field's value.
 */
import { useActionState } from 'react'

import { APPLICANT_TYPE_LABELS } from '../requests/categories.js'
import { ID_DOCUMENT_LABELS } from '../requests/labels.js'
import { formatChineseDate } from '../policy/dates.js'
import { EMPTY_APPLICATION, EMPTY_LOOKUP, type ApplicationState, type LookupState } from './formState.js'

export type ApplicationAction = (state: ApplicationState, formData: FormData) => Promise<ApplicationState>
export type LookupAction = (state: LookupState, formData: FormData) => Promise<LookupState>

const day = (value: string | null | undefined) => (value ? formatChineseDate(value) : '—')

const FieldError = ({ id, message }: { id: string; message?: string }) =>
  message ? (
    <p className="field-error" id={`${id}-error`} role="alert">
      {message}
    </p>
  ) : null

const FormError = ({ message }: { message?: string }) =>
  message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null

const describedBy = (id: string, message?: string) => (message ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {})

export const ApplicationForm = ({ action, base, initial = EMPTY_APPLICATION }: { action: ApplicationAction; base: string; initial?: ApplicationState }) => {
  const [state, formAction, pending] = useActionState(action, initial)
  if (state.receipt) {
    return (
      <section className="receipt" aria-live="polite">
        <h2>申请已提交</h2>
        <dl className="meta-table">
          <dt>申请编号</dt>
          <dd>
            <strong id="tracking-number">{state.receipt.trackingNumber}</strong>
          </dd>
          <dt>收到申请日期</dt>
          <dd id="received-on">{day(state.receipt.receivedOn)}（自该日起计算答复期限）</dd>
          <dt>答复期限</dt>
          <dd>{state.receipt.dueDate ? `${day(state.receipt.dueDate)}前（20个工作日）` : '—'}</dd>
        </dl>
        <p>请记下申请编号，凭编号和您填写的联系电话或电子邮箱查询办理进度。</p>
        <p>
          <a href={`${base}/ysqgk/cx`}>查询办理进度</a> · <a href={`${base}/ysqgk`}>再提交一件申请</a>
        </p>
      </section>
    )
  }
  const v = state.values
  const e = state.errors
  return (
    <form key={state.attempt ?? 0} action={formAction} className="application" noValidate>
      <FormError message={e.form} />
      <fieldset>
        <legend>申请人信息</legend>
        <div className="field">
          <label htmlFor="applicantType">申请人类型 *</label>
          <select id="applicantType" name="applicantType" defaultValue={v.applicantType ?? 'natural-person'} {...describedBy('applicantType', e.applicantType)}>
            {Object.entries(APPLICANT_TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {value === 'natural-person' ? label.zh : `法人或其他组织：${label.zh}`}
              </option>
            ))}
          </select>
          <FieldError id="applicantType" message={e.applicantType} />
        </div>
        <div className="field">
          <label htmlFor="applicantName">姓名或名称 *</label>
          <input id="applicantName" name="applicantName" defaultValue={v.applicantName ?? ''} maxLength={200} {...describedBy('applicantName', e.applicantName)} />
          <FieldError id="applicantName" message={e.applicantName} />
        </div>
        <div className="field">
          <label htmlFor="idType">证件类型</label>
          <select id="idType" name="idType" defaultValue={v.idType ?? ''} {...describedBy('idType', e.idType)}>
            <option value="">（不填）</option>
            {Object.entries(ID_DOCUMENT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label.zh}
              </option>
            ))}
          </select>
          <FieldError id="idType" message={e.idType} />
        </div>
        <div className="field">
          <label htmlFor="idNumber">证件号码</label>
          <input id="idNumber" name="idNumber" defaultValue={v.idNumber ?? ''} maxLength={100} {...describedBy('idNumber', e.idNumber)} />
          <FieldError id="idNumber" message={e.idNumber} />
        </div>
        <div className="field">
          <label htmlFor="phone">联系电话</label>
          <input id="phone" name="phone" type="tel" defaultValue={v.phone ?? ''} maxLength={30} {...describedBy('phone', e.phone)} />
          <FieldError id="phone" message={e.phone} />
        </div>
        <div className="field">
          <label htmlFor="email">电子邮箱</label>
          <input id="email" name="email" type="email" defaultValue={v.email ?? ''} maxLength={320} {...describedBy('email', e.email)} />
          <FieldError id="email" message={e.email} />
        </div>
        <p className="hint">联系电话和电子邮箱至少填写一项。</p>
        <div className="field">
          <label htmlFor="address">通信地址</label>
          <input id="address" name="address" defaultValue={v.address ?? ''} maxLength={300} {...describedBy('address', e.address)} />
          <FieldError id="address" message={e.address} />
        </div>
      </fieldset>
      <fieldset>
        <legend>所需政府信息</legend>
        <div className="field">
          <label htmlFor="description">所需信息的名称、文号或者便于查询的其他特征性描述 *</label>
          <textarea id="description" name="description" rows={6} defaultValue={v.description ?? ''} maxLength={5000} {...describedBy('description', e.description)} />
          <FieldError id="description" message={e.description} />
        </div>
        <div className="field">
          <label htmlFor="purpose">用途（选填）</label>
          <textarea id="purpose" name="purpose" rows={3} defaultValue={v.purpose ?? ''} maxLength={2000} {...describedBy('purpose', e.purpose)} />
          <FieldError id="purpose" message={e.purpose} />
        </div>
      </fieldset>
      <button type="submit" disabled={pending}>
        {pending ? '正在提交…' : '提交申请'}
      </button>
    </form>
  )
}

export const LookupForm = ({ action, initial = EMPTY_LOOKUP }: { action: LookupAction; initial?: LookupState }) => {
  const [state, formAction, pending] = useActionState(action, initial)
  const e = state.errors
  return (
    <>
      <form key={state.attempt ?? 0} action={formAction} className="lookup" noValidate>
        <FormError message={e.form} />
        <div className="field">
          <label htmlFor="trackingNumber">申请编号</label>
          <input id="trackingNumber" name="trackingNumber" defaultValue={state.values.trackingNumber ?? ''} placeholder="如 YSQ-2026-00001" {...describedBy('trackingNumber', e.trackingNumber)} />
          <FieldError id="trackingNumber" message={e.trackingNumber} />
        </div>
        <div className="field">
          <label htmlFor="contact">申请时填写的联系电话或电子邮箱</label>
          <input id="contact" name="contact" defaultValue={state.values.contact ?? ''} {...describedBy('contact', e.contact)} />
          <FieldError id="contact" message={e.contact} />
        </div>
        <button type="submit" disabled={pending}>
          查询
        </button>
      </form>
      {state.result ? (
        <section className="lookup-result" aria-live="polite">
          <h2>办理进度</h2>
          <dl className="meta-table">
            <dt>申请编号</dt>
            <dd>{state.result.trackingNumber}</dd>
            <dt>办理状态</dt>
            <dd id="request-status">{state.result.statusLabel ?? '—'}</dd>
            <dt>收到申请日期</dt>
            <dd>{day(state.result.receivedOn)}</dd>
            <dt>答复期限</dt>
            <dd>{day(state.result.dueDate)}</dd>
            {state.result.repliedOn ? (
              <>
                <dt>答复日期</dt>
                <dd>{day(state.result.repliedOn)}</dd>
              </>
            ) : null}
            {state.result.outcome ? (
              <>
                <dt>办理结果</dt>
                <dd>{state.result.outcome}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}
    </>
  )
}
