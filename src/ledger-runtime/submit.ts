/**
 * Submitting a month's ledger (台账报送): the server generates the XLSX from the data, stores it with its
 * SHA-256, row count and summary, and judges it against the due day. A month without rows is submitted
 * explicitly as a nil return (零报告); a second submission of the same month is a correction — a new
 * revision that names the previous one and says why.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { APIError, type Payload, type PayloadRequest } from 'payload'

import type { DocId } from '../../access/user.js'
import { fieldError } from '../services/fieldError.js'
import { toBeijingDate } from '../calendar/index.js'
import { getAppCalendar } from '../calendarStore.js'
import { calendarDaysBetween, ledgerDueDate, type LedgerMonth } from '../ledger/month.js'
import type { ResolvedDisclosureOptions } from '../options.js'
import { buildLedgerDocument } from './loadLedger.js'
import { ledgerBytes, ledgerFileName } from './respond.js'

import { XLSX_MIME } from './respond.js'
const MAX_TEXT = 2000

export interface SubmitLedgerInput {
  month: LedgerMonth
  department: { id: DocId; name: string }
  nil: boolean
  nilStatement?: string | null
  correctionReason?: string | null
}

export const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex')

/** SHA-256 of an upload collection's stored file, or null when the file is missing. */
export const storedFileHash = async (payload: Payload, collection: string, filename: string | null | undefined): Promise<string | null> => {
  const staticDir = payload.collections[collection]?.config.upload?.staticDir
  if (!staticDir || !filename) return null
  try {
    return sha256(await readFile(path.join(staticDir, path.basename(filename))))
  } catch {
    return null
  }
}

const cleanText = (value: unknown, field: string): string | null => {
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') throw fieldError(400, field, `${field} 应为文字 / ${field} must be text`)
  const text = value.trim()
  if (text.length > MAX_TEXT) throw fieldError(400, field, `${field} 不能超过${MAX_TEXT}字 / ${field} is limited to ${MAX_TEXT} characters`)
  return text === '' ? null : text
}

/** Reads `{ month, department?, nil?, nilStatement?, correctionReason? }` fields other than month and department. */
export const parseSubmitExtras = (body: Record<string, unknown>): Pick<SubmitLedgerInput, 'nil' | 'nilStatement' | 'correctionReason'> => {
  if (body.nil !== undefined && typeof body.nil !== 'boolean') throw fieldError(400, 'nil', 'nil 应为 true 或 false / nil must be true or false')
  return { nil: body.nil === true, nilStatement: cleanText(body.nilStatement, 'nilStatement'), correctionReason: cleanText(body.correctionReason, 'correctionReason') }
}

export const submitLedger = async (req: PayloadRequest, options: ResolvedDisclosureOptions, input: SubmitLedgerInput): Promise<Record<string, unknown>> => {
  const { payload } = req
  const { month, department } = input
  const now = new Date()
  const today = toBeijingDate(now)
  // A month is reported once it is over (Beijing time).
  if (today <= month.last) {
    throw fieldError(400, 'month', `${month.label}尚未结束，${month.last}之后才能报送 / ${month.month} is not over yet; submit it from the 1st of the next month`)
  }
  const slug = options.slugs.ledgerSubmissions
  const { docs: previous } = await payload.db.find({
    collection: slug,
    where: { and: [{ department: { equals: department.id } }, { month: { equals: month.month } }] },
    select: { revision: true },
    sort: '-revision',
    limit: 1,
    pagination: false,
    req,
  })
  const latest = previous[0] as { id: DocId; revision: number } | undefined
  if (latest && !input.correctionReason) {
    throw fieldError(409, 'correctionReason', `${department.name}${month.label}的台账已报送（第${latest.revision}版）；更正请填写更正说明 / already submitted (revision ${latest.revision}); give a correctionReason to submit a correction`)
  }

  const calendar = await getAppCalendar(payload, options.slugs.calendarDays, req)
  const document = buildLedgerDocument(req, options, { month, department, today, calendar })
  const data = await ledgerBytes(document, 'xlsx')
  const total = document.counts.total
  if (input.nil && total.rows > 0) {
    throw fieldError(400, 'nil', `本月有${total.rows}条需登记的信息，不能报零报告 / the month has ${total.rows} row(s): it cannot be a nil return`)
  }
  if (!input.nil && total.rows === 0) {
    throw fieldError(400, 'nil', '本月没有需登记的信息，请明确以零报告报送（nil: true） / the month has no rows: submit it explicitly as a nil return (nil: true)')
  }

  const dueDate = ledgerDueDate(month, options.ledger.dueDay)
  const daysLate = Math.max(0, calendarDaysBetween(dueDate, today))
  const revision = (latest?.revision ?? 0) + 1
  const user = req.user as { id: DocId; name?: string; email?: string } | null
  const fileName = ledgerFileName(document, 'xlsx').replace(/\.xlsx$/, `-v${revision}.xlsx`)
  try {
    return (await payload.create({
      collection: slug,
      overrideAccess: true,
      req,
      depth: 0,
      file: { data, mimetype: XLSX_MIME, name: fileName, size: data.length },
      data: {
        title: `${department.name} ${month.label} 政务信息公开台账${input.nil ? '（零报告）' : ''}${revision > 1 ? `（更正第${revision}版）` : ''}`,
        department: department.id,
        month: month.month,
        revision,
        previous: latest?.id ?? null,
        correctionReason: latest ? input.correctionReason : null,
        nil: input.nil,
        nilStatement: input.nil ? (input.nilStatement ?? '本月无应登记的政务信息') : null,
        rowCount: total.rows,
        summary: { total, byDomain: document.counts.byGroup('领域'), byCategory: document.counts.byGroup('信息类别') },
        sha256: sha256(data),
        dueDate,
        onTime: daysLate === 0,
        daysLate,
        submittedAt: now.toISOString(),
        submittedBy: user?.id ?? null,
        submittedByName: user?.name || user?.email || null,
      },
    })) as Record<string, unknown>
  } catch (error) {
    // Two submissions of the same revision at once: the unique index lets one through.
    if (error instanceof APIError && error.status === 400 && /unique|revision/i.test(JSON.stringify((error as { data?: unknown }).data ?? error.message))) {
      throw fieldError(409, 'month', '该月台账刚刚已由他人报送，请刷新后再试 / this month was just submitted by someone else; reload and try again')
    }
    throw error
  }
}
