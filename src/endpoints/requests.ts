import { createHash } from 'node:crypto'

import { APIError, ValidationError, type Endpoint, type PayloadRequest } from 'payload'

import { isOfficeUser } from '../../access/isOffice.js'
import { hasRole, relationId } from '../../access/user.js'
import { fieldError } from '../services/fieldError.js'
import { clientIpFromHeaders } from '../audit/ip.js'
import { toBeijingDate } from '../calendar/index.js'
import type { ResolvedDisclosureOptions } from '../options.js'
import { APPLICANT_TYPES, OUTCOMES, type Outcome } from '../requests/categories.js'
import { REQUEST_STATUS_LABELS, type RequestStatus } from '../requests/labels.js'
import { LETTER_TITLE, renderReplyLetterDocx } from '../requests/reply-letter/render.js'
import { ReplyTemplateError } from '../requests/reply-letter/templates.js'
import { readJsonObject, requireRouteId } from './readJsonObject.js'

const NO_STORE = { 'cache-control': 'no-store' }
const HOUR = 3_600_000


/** Who is submitting, for the rate limit: a one-way key of the client address (the address itself is not kept). */
const submitterKey = (req: PayloadRequest): string => {
  const ip = clientIpFromHeaders((name) => req.headers.get(name)) ?? 'unknown'
  return createHash('sha256').update(`${req.payload.secret}:${ip}`).digest('hex').slice(0, 32)
}

const text = (body: Record<string, unknown>, field: string, { required = false, max }: { required?: boolean; max: number }): string | null => {
  const value = body[field]
  if (value === undefined || value === null || value === '') {
    if (required) throw fieldError(400, field, `请填写${FIELD_NAMES[field] ?? field} / ${field} is required`)
    return null
  }
  if (typeof value !== 'string') throw fieldError(400, field, `${FIELD_NAMES[field] ?? field}应为文字 / ${field} must be text`)
  const trimmed = value.trim()
  if (required && trimmed === '') throw fieldError(400, field, `请填写${FIELD_NAMES[field] ?? field} / ${field} is required`)
  if (trimmed.length > max) throw fieldError(400, field, `${FIELD_NAMES[field] ?? field}不能超过${max}字 / ${field} is limited to ${max} characters`)
  return trimmed
}

const FIELD_NAMES: Record<string, string> = {
  applicantType: '申请人类型',
  applicantName: '姓名或名称',
  description: '所需信息的描述',
  purpose: '用途',
  phone: '联系电话',
  email: '电子邮箱',
  address: '通信地址',
  idType: '证件类型',
  idNumber: '证件号码',
}

const PHONE = /^[0-9+\-() ]{5,30}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * `POST /api/disclosure-requests/submit` — the public form for websites, anonymous. Takes only the
 * applicant's fields (anything else in the body is ignored, so no one can set a department, status or
 * date), validates them (400 naming the field), limits submissions per client address and hour (429), and
 * records the request as received online today (条例 第三十一条第（三）项: the confirmation is the
 * acknowledgement this response gives). Returns the tracking number and the reply due date — nothing else.
 */
export const requestSubmitEndpoint = (options: ResolvedDisclosureOptions): Endpoint => ({
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const body = await readJsonObject(req, '{"applicantType":"natural-person","applicantName":"…"}')
    const applicantType = body.applicantType
    if (typeof applicantType !== 'string' || !(APPLICANT_TYPES as readonly string[]).includes(applicantType)) {
      throw fieldError(400, 'applicantType', `申请人类型应为 ${APPLICANT_TYPES.join('、')} 之一 / applicantType must be one of ${APPLICANT_TYPES.join(', ')}`)
    }
    const applicantName = text(body, 'applicantName', { required: true, max: 200 })
    const description = text(body, 'description', { required: true, max: 5000 })
    const purpose = text(body, 'purpose', { max: 2000 })
    const phone = text(body, 'phone', { max: 30 })
    const email = text(body, 'email', { max: 320 })
    const address = text(body, 'address', { max: 300 })
    const idType = text(body, 'idType', { max: 50 })
    const idNumber = text(body, 'idNumber', { max: 100 })
    if (!phone && !email) throw fieldError(400, 'phone', '请至少填写联系电话或电子邮箱之一 / give a phone number or an email address')
    if (phone && !PHONE.test(phone)) throw fieldError(400, 'phone', '联系电话格式不正确 / the phone number is not valid')
    if (email && !EMAIL.test(email)) throw fieldError(400, 'email', '电子邮箱格式不正确 / the email address is not valid')

    const key = submitterKey(req)
    const recent = await req.payload.count({
      collection: options.slugs.disclosureRequests,
      overrideAccess: true,
      req,
      where: { and: [{ submitterKey: { equals: key } }, { createdAt: { greater_than: new Date(Date.now() - HOUR).toISOString() } }] },
    })
    if (recent.totalDocs >= options.requests.submitLimitPerHour) {
      return Response.json(
        { errors: [{ message: `提交过于频繁，请一小时后再试 / too many requests from this address; try again in an hour` }] },
        { status: 429, headers: { ...NO_STORE, 'retry-after': '3600' } },
      )
    }
    const today = toBeijingDate(new Date())
    try {
      const doc = (await req.payload.create({
        collection: options.slugs.disclosureRequests,
        overrideAccess: true,
        req,
        depth: 0,
        data: {
          applicantType,
          applicantName,
          description,
          purpose,
          contact: { phone, email: email?.toLowerCase() ?? null, address },
          idDocument: idType || idNumber ? { type: idType, number: idNumber } : undefined,
          channel: 'online',
          submittedOn: today,
          confirmedOn: today,
          submittedOnline: true,
          submitterKey: key,
        },
      })) as Record<string, any>
      return Response.json(
        {
          trackingNumber: doc.trackingNumber,
          receivedOn: doc.receivedOn,
          dueDate: doc.dueDate,
          message: `申请已收到，编号 ${doc.trackingNumber}。我们将在${doc.dueDate}前答复；可凭编号和联系方式查询办理进度。 / Received as ${doc.trackingNumber}; the reply is due by ${doc.dueDate}.`,
        },
        { status: 201, headers: NO_STORE },
      )
    } catch (error) {
      // The collection's own validation (e.g. an invalid ID type) names its field; keep only that.
      if (error instanceof ValidationError) throw fieldError(400, error.data.errors[0]?.path ?? 'body', error.data.errors[0]?.message ?? error.message)
      throw error
    }
  },
})

/**
 * `POST /api/disclosure-requests/status` `{ trackingNumber, contact }` — the applicant checks progress with
 * the tracking number and the phone or email given. A wrong number and a wrong contact look the same (404).
 */
export const requestStatusEndpoint = (options: ResolvedDisclosureOptions): Endpoint => ({
  path: '/status',
  method: 'post',
  handler: async (req) => {
    const body = await readJsonObject(req, '{"trackingNumber":"YSQ-2025-00012","contact":"…"}')
    const trackingNumber = text(body, 'trackingNumber', { required: true, max: 40 })!
    const contact = text(body, 'contact', { required: true, max: 320 })!
    const { docs } = await req.payload.find({
      collection: options.slugs.disclosureRequests,
      overrideAccess: true,
      req,
      depth: 0,
      limit: 1,
      where: { and: [{ trackingNumber: { equals: trackingNumber } }, { or: [{ 'contact.phone': { equals: contact } }, { 'contact.email': { equals: contact.toLowerCase() } }] }] },
      select: { trackingNumber: true, status: true, receivedOn: true, dueDate: true, closedOn: true, outcome: true },
    })
    const doc = docs[0] as Record<string, any> | undefined
    if (!doc) throw new APIError('没有找到与编号和联系方式相符的申请 / no request matches this number and contact', 404, undefined, true)
    const status = doc.status as RequestStatus
    const outcome = doc.closedOn && doc.outcome ? OUTCOMES[doc.outcome as Outcome] : null
    return Response.json(
      {
        trackingNumber: doc.trackingNumber,
        status,
        statusLabel: REQUEST_STATUS_LABELS[status] ?? null,
        receivedOn: doc.receivedOn,
        dueDate: doc.dueDate ?? null,
        repliedOn: doc.closedOn ?? null,
        outcome: outcome ? { zh: outcome.zh.replace(/^[（(][一二三四五六七][）)]|^\d\./, ''), en: outcome.en } : null,
      },
      { headers: NO_STORE },
    )
  },
})

/**
 * `POST /api/disclosure-requests/:id/reply-letter`: generates the reply letter (答复告知书) of a replied
 * request as a Word file from its outcome's template (the office's wording where it has one), with the
 * remedy channels, stores it with the department's files (never public) and links it to the request.
 * The office and the handling department's editors and reviewers; again after a change, it replaces the link.
 */
export const replyLetterEndpoint = (options: ResolvedDisclosureOptions): Endpoint => ({
  path: '/:id/reply-letter',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录 / log in first', 401, undefined, true)
    const id = requireRouteId(req)
    const user = req.user
    if (!isOfficeUser(user) && !hasRole(user, 'editor') && !hasRole(user, 'reviewer')) throw new APIError('无权生成答复告知书 / you may not write reply letters', 403, undefined, true)
    const request = (await req.payload.findByID({ collection: options.slugs.disclosureRequests, id, depth: 0, overrideAccess: false, user, req, disableErrors: true })) as Record<string, any> | null
    if (!request) throw new APIError('没有这件申请，或无权查看 / no such request, or you may not read it', 404, undefined, true)
    if (!request.closedOn || !request.outcome) throw fieldError(409, 'events', '记录答复（事件“作出答复”）和办理结果后才能生成告知书 / record the reply and its outcome first')
    const department = relationId(request.department)
    if (department === null) throw fieldError(409, 'department', '请先分派承办部门 / assign the request to a department first')
    const overrides = Object.fromEntries(
      ((await req.payload.find({ collection: options.slugs.replyTemplates, depth: 0, pagination: false, overrideAccess: true, req })).docs as Record<string, any>[]).map((doc) => [doc.target, doc.body]),
    )
    const departmentDoc = (await req.payload.findByID({ collection: options.slugs.departments, id: department, depth: 0, overrideAccess: true, req, select: { name: true } })) as { name?: string }
    const agencyName = options.requests.agencyName ?? departmentDoc.name ?? ''
    let data: Buffer
    try {
      data = await renderReplyLetterDocx(
        {
          outcome: request.outcome,
          applicantName: request.applicantName,
          trackingNumber: request.trackingNumber,
          receivedOn: request.receivedOn,
          replyDate: request.closedOn,
          description: request.description,
          reason: request.outcomeReason,
          number: `${agencyName}依申请〔${String(request.closedOn).slice(0, 4)}〕${Number(String(request.trackingNumber).split('-').pop())}号`,
        },
        { agencyName, reconsiderationBody: options.requests.reconsiderationBody, court: options.requests.court, templates: overrides },
      )
    } catch (error) {
      if (error instanceof ReplyTemplateError) throw fieldError(400, error.field === 'reason' ? 'outcomeReason' : error.field, error.message)
      throw error
    }
    const file = (await req.payload.create({
      collection: options.slugs.disclosureFiles,
      overrideAccess: true,
      req,
      depth: 0,
      data: { title: `${LETTER_TITLE}（${request.trackingNumber}）`, department },
      file: { data, mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', name: `答复告知书-${request.trackingNumber}.docx`, size: data.length },
    })) as Record<string, any>
    await req.payload.update({ collection: options.slugs.disclosureRequests, id, data: { replyLetter: file.id }, overrideAccess: true, req, depth: 0 })
    return Response.json({ doc: { id: file.id, filename: file.filename, url: file.url } }, { status: 201, headers: NO_STORE })
  },
})
