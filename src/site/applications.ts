/**
 * The public column's 依申请公开 form and status lookup, posting to the plugin's own public endpoints
 * (`POST /api/<disclosure-requests>/submit` and `/status`, src/endpoints/requests.ts), running their
 * handlers in-process as a website's form would reach them over HTTP: the same validation, the same rate
 * limit per client address, no user.
 * Their 400 answers name the field; the form shows the message next to it and keeps what was typed.
 */
import { createLocalReq, getPayload, type SanitizedConfig } from 'payload'

import { CLIENT_IP_HEADER } from '../audit/ip.js'
import { APPLICATION_FIELDS, type ApplicationField, type ApplicationState, type LookupState } from './formState.js'
import { siteConfigOf } from './siteConfig.js'

/** The Chinese half of the endpoints' bilingual messages ("请填写… / … is required"). */
export const chinese = (message: string): string => message.split(' / ')[0]!.trim()

const text = (formData: FormData, name: string): string => {
  const value = formData.get(name)
  return typeof value === 'string' ? value : ''
}

type Config = SanitizedConfig | Promise<SanitizedConfig>

/**
 * Runs the collection's public endpoint handler with a request carrying no user, the JSON body and the
 * client address, and answers its status and JSON. Its refusals (APIError with `data.errors[].path`) are
 * read by shape: under Next.js, Payload's error formatter can sit in another module layer than the thrown
 * error's class, and would then drop the field's name.
 */
const callEndpoint = async (config: Config, action: 'submit' | 'status', body: Record<string, string>, clientIp: string | null): Promise<{ status: number; json: any }> => {
  const payload = await getPayload({ config })
  const slug = siteConfigOf(payload).slugs.disclosureRequests
  const endpoint = (payload.collections[slug]?.config.endpoints || []).find((candidate) => candidate.path === `/${action}` && candidate.method === 'post')
  if (!endpoint) throw new Error(`payload-plugin-disclosure: the endpoint /api/${slug}/${action} is missing`)
  const req = await createLocalReq({}, payload)
  req.headers = new Headers(clientIp ? { [CLIENT_IP_HEADER]: clientIp } : {})
  req.json = async () => body
  try {
    const response = await endpoint.handler(req)
    return { status: response.status, json: await response.json().catch(() => null) }
  } catch (error) {
    const status = (error as { status?: unknown } | null)?.status
    if (typeof status !== 'number' || status >= 500) throw error
    return { status, json: { errors: [{ message: (error as Error).message, data: (error as { data?: unknown }).data }] } }
  }
}

const firstError = (json: any): { path: string | null; message: string } => {
  const error = json?.errors?.[0]
  const detail = error?.data?.errors?.[0]
  return { path: detail?.path ?? null, message: chinese(String(detail?.message ?? error?.message ?? '提交失败，请稍后再试')) }
}

/** Submits the application form; on an error the field named by the endpoint gets its message. */
export const submitApplication = async (config: Config, formData: FormData, clientIp: string | null, previous?: ApplicationState): Promise<ApplicationState> => {
  const attempt = (previous?.attempt ?? 0) + 1
  const values = Object.fromEntries(APPLICATION_FIELDS.map((field) => [field, text(formData, field)])) as Record<ApplicationField, string>
  const body = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''))
  const { status, json } = await callEndpoint(config, 'submit', body, clientIp)
  if (status === 201) return { values: {}, errors: {}, receipt: { trackingNumber: json.trackingNumber, receivedOn: json.receivedOn, dueDate: json.dueDate ?? null }, attempt }
  const { path, message } = firstError(json)
  const field = (APPLICATION_FIELDS as readonly string[]).includes(path ?? '') ? (path as ApplicationField) : 'form'
  return { values, errors: { [field]: status === 429 ? '提交过于频繁，请一小时后再试' : message }, receipt: null, attempt }
}

/** Looks an application up by its tracking number and the phone or e-mail given with it. */
export const lookupApplication = async (config: Config, formData: FormData, clientIp: string | null, previous?: LookupState): Promise<LookupState> => {
  const attempt = (previous?.attempt ?? 0) + 1
  const values = { trackingNumber: text(formData, 'trackingNumber').trim(), contact: text(formData, 'contact').trim() }
  const { status, json } = await callEndpoint(config, 'status', values, clientIp)
  if (status === 200) {
    return {
      values,
      errors: {},
      attempt,
      result: {
        trackingNumber: json.trackingNumber,
        statusLabel: json.statusLabel?.zh ?? null,
        receivedOn: json.receivedOn ?? null,
        dueDate: json.dueDate ?? null,
        repliedOn: json.repliedOn ?? null,
        outcome: json.outcome?.zh ?? null,
      },
    }
  }
  const { path, message } = firstError(json)
  const field = path === 'trackingNumber' || path === 'contact' ? path : 'form'
  return { values, errors: { [field]: status === 404 ? '没有找到与编号和联系方式相符的申请' : message }, result: null, attempt }
}
