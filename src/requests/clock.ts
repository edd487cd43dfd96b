/**
 * The on-request clock (依申请公开答复期限), pure: the receipt facts and the recorded events in, the due date,
 * the working days used and left, and an explanation out. Nothing here is stored by hand; the request
 * collection derives its clock fields from this on every save.
 *
 * 条例 第三十一条 the date of receipt by channel; 第三十条 补正 within 7 working days, the 20 days run again from
 * the clarified request; 第三十三条 20 working days, extended once by at most 20 with approval; 第三十二条、
 * 第三十三条第三款、第三十四条 time spent consulting third parties or other agencies does not count.
 */
import { getDefaultCalendar } from '../calendar/index.js'
import type { WorkingDayCalendar } from '../calendar/types.js'
import { formatChineseDate } from '../policy/dates.js'
import type { RequestChannel } from './categories.js'

/** 条例 第三十三条第二款 */
export const REPLY_WORKING_DAYS = 20
/** 条例 第三十三条第二款: at most 20 more, once. */
export const MAX_EXTENSION_DAYS = 20
/** 条例 第三十条 */
export const CLARIFICATION_NOTICE_DAYS = 7

/** A clock input that cannot be right; `field` names it (`signedForOn`, `events.2.on` …). */
export class RequestClockError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
    this.name = 'RequestClockError'
  }
}

export interface ReceiptFacts {
  channel: RequestChannel
  submittedOn?: string | null
  signedForOn?: string | null
  confirmedOn?: string | null
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Which fact fixes the date of receipt for each channel (条例 第三十一条). */
const RECEIPT_RULES: Record<RequestChannel, { fact: 'submittedOn' | 'signedForOn' | 'confirmedOn'; basis: string; zh: string }> = {
  'in-person': { fact: 'submittedOn', basis: '第三十一条第（一）项', zh: '当面提交，以提交之日为收到申请之日' },
  'registered-mail': { fact: 'signedForOn', basis: '第三十一条第（二）项', zh: '邮寄提交，以签收之日为收到申请之日' },
  'ordinary-mail': { fact: 'confirmedOn', basis: '第三十一条第（二）项', zh: '平常信函提交，以与申请人确认之日为收到申请之日' },
  online: { fact: 'confirmedOn', basis: '第三十一条第（三）项', zh: '通过互联网提交，以双方确认之日为收到申请之日' },
  fax: { fact: 'confirmedOn', basis: '第三十一条第（三）项', zh: '通过传真提交，以双方确认之日为收到申请之日' },
}

const FACT_LABELS = { submittedOn: '提交日期', signedForOn: '签收日期', confirmedOn: '确认日期' } as const

export interface Receipt {
  on: string
  fact: 'submittedOn' | 'signedForOn' | 'confirmedOn'
  basis: string
  text: string
}

/** The date of receipt (条例 第三十一条), or a RequestClockError naming the missing or impossible fact. */
export const receiptDate = (facts: ReceiptFacts): Receipt => {
  const rule = RECEIPT_RULES[facts.channel]
  if (!rule) throw new RequestClockError('channel', `未知的提交方式 / unknown channel "${String(facts.channel)}"`)
  for (const fact of ['submittedOn', 'signedForOn', 'confirmedOn'] as const) {
    const value = facts[fact]
    if (value !== undefined && value !== null && !DATE.test(value)) throw new RequestClockError(fact, `${FACT_LABELS[fact]}应为 YYYY-MM-DD / ${fact} must be YYYY-MM-DD`)
  }
  const on = facts[rule.fact]
  if (!on) throw new RequestClockError(rule.fact, `${rule.zh}：请填写${FACT_LABELS[rule.fact]} / ${rule.fact} is required for this channel (Art. 31)`)
  if (facts.submittedOn && rule.fact !== 'submittedOn' && on < facts.submittedOn) {
    throw new RequestClockError(rule.fact, `${FACT_LABELS[rule.fact]}不能早于提交日期 / ${rule.fact} cannot precede the submission`)
  }
  return { on, fact: rule.fact, basis: rule.basis, text: rule.zh }
}

export type ClockEvent =
  | { type: 'clarification-requested'; on: string }
  | { type: 'clarification-received'; on: string }
  | { type: 'consultation-opened'; on: string; consultation: string; party?: 'third-party' | 'agency' | null }
  | { type: 'consultation-closed'; on: string; consultation: string }
  | { type: 'extension-approved'; on: string; days: number; approver: string }
  | { type: 'replied'; on: string }

export type ClockStatus = 'running' | 'awaiting-clarification' | 'consulting' | 'replied'

export interface ClockPause {
  from: string
  /** null while still open */
  to: string | null
  party: 'third-party' | 'agency'
  /** working days of this pause that fall in the clock (after its start) */
  workingDays: number
}

export interface ClockWarning {
  code: 'late-clarification-notice' | 'provisional'
  message: string
}

export interface RequestClock {
  receivedOn: string
  receipt: Receipt
  /** receipt, or the day the clarified request arrived (the 20 days run again from it) */
  clockStart: string | null
  status: ClockStatus
  /** working days allowed: 20, plus the extension */
  allowedDays: number
  extension: { days: number; approver: string; on: string } | null
  pauses: ClockPause[]
  /** working days excluded by consultations */
  pausedDays: number
  /** null while waiting for the clarified request */
  dueDate: string | null
  repliedOn: string | null
  daysUsed: number | null
  daysLeft: number | null
  overdue: boolean
  /** working days past the due date (replied late, or still open past it) */
  daysLate: number
  warnings: ClockWarning[]
  explanation: string
}

const cn = formatChineseDate

/** Sorts by date, keeping the recorded order within a day; validates every event against the ones before it. */
const checkEvents = (events: readonly ClockEvent[], receivedOn: string): { event: ClockEvent; index: number }[] => {
  const ordered = events.map((event, index) => ({ event, index })).sort((a, b) => (a.event.on < b.event.on ? -1 : a.event.on > b.event.on ? 1 : a.index - b.index))
  let awaitingClarification = false
  let clarified = false
  let replied = false
  let extended = false
  const open = new Set<string>()
  for (const { event, index } of ordered) {
    const at = (field: string) => `events.${index}.${field}`
    if (!event.on || !DATE.test(event.on)) throw new RequestClockError(at('on'), '日期应为 YYYY-MM-DD / the date must be YYYY-MM-DD')
    if (event.on < receivedOn) throw new RequestClockError(at('on'), `不能早于收到申请之日（${receivedOn}） / cannot precede the receipt on ${receivedOn}`)
    if (replied) throw new RequestClockError(at('type'), '答复之后不能再记录办理事件 / nothing can follow the reply')
    switch (event.type) {
      case 'clarification-requested':
        if (awaitingClarification || clarified) throw new RequestClockError(at('type'), '补正只能一次性告知（第三十条） / clarification is requested once (Art. 30)')
        awaitingClarification = true
        break
      case 'clarification-received':
        if (!awaitingClarification) throw new RequestClockError(at('type'), '没有待补正的告知 / no clarification was requested')
        awaitingClarification = false
        clarified = true
        break
      case 'consultation-opened':
        if (!event.consultation) throw new RequestClockError(at('consultation'), '请填写征求意见编号，以便对应结束事件 / give the consultation an id')
        if (open.has(event.consultation)) throw new RequestClockError(at('consultation'), `征求意见“${event.consultation}”已在进行中 / consultation "${event.consultation}" is already open`)
        open.add(event.consultation)
        break
      case 'consultation-closed':
        if (!open.has(event.consultation)) throw new RequestClockError(at('consultation'), `没有进行中的征求意见“${event.consultation ?? ''}” / no open consultation "${event.consultation ?? ''}"`)
        open.delete(event.consultation)
        break
      case 'extension-approved':
        if (extended) throw new RequestClockError(at('type'), '答复期限只能延长一次（第三十三条） / the deadline can be extended once only (Art. 33)')
        if (!Number.isInteger(event.days) || event.days < 1 || event.days > MAX_EXTENSION_DAYS) {
          throw new RequestClockError(at('days'), `延长期限应为1–${MAX_EXTENSION_DAYS}个工作日 / an extension is 1 to ${MAX_EXTENSION_DAYS} working days`)
        }
        if (!event.approver || !String(event.approver).trim()) throw new RequestClockError(at('approver'), '延长须经政府信息公开工作机构负责人同意，请填写批准人 / name who approved the extension')
        extended = true
        break
      case 'replied':
        if (open.size > 0) throw new RequestClockError(at('type'), '仍有未结束的征求意见 / a consultation is still open')
        replied = true
        break
      default:
        throw new RequestClockError(at('type'), `未知的事件 / unknown event "${String((event as { type: unknown }).type)}"`)
    }
  }
  return ordered
}

/** Working days in (from, to] as a set of dates. */
const workingDaysIn = (calendar: WorkingDayCalendar, from: string, to: string): string[] => {
  const days: string[] = []
  for (let day = calendar.addWorkingDays(from, 1); day <= to; day = calendar.addWorkingDays(day, 1)) days.push(day)
  return days
}

/** The N-th counted working day after `start`, skipping `paused` days. */
const nthCountedDay = (calendar: WorkingDayCalendar, start: string, n: number, paused: Set<string>): string => {
  let day = start
  for (let counted = 0; counted < n; ) {
    day = calendar.addWorkingDays(day, 1)
    if (!paused.has(day)) counted++
  }
  return day
}

export const computeRequestClock = (
  receiptFacts: ReceiptFacts,
  events: readonly ClockEvent[],
  { calendar = getDefaultCalendar(), today }: { calendar?: WorkingDayCalendar; today: string },
): RequestClock => {
  const receipt = receiptDate(receiptFacts)
  const checked = checkEvents(events, receipt.on)
  const ordered = checked.map(({ event }) => event)
  const extensionIndex = checked.find(({ event }) => event.type === 'extension-approved')?.index ?? -1
  const warnings: ClockWarning[] = []
  const sentences = [`${cn(receipt.on)}收到申请（${receipt.text}，条例${receipt.basis}）`]

  let clockStart: string | null = receipt.on
  let status: ClockStatus = 'running'
  let extension: RequestClock['extension'] = null
  let repliedOn: string | null = null
  const opened = new Map<string, { on: string; party: 'third-party' | 'agency' }>()
  const pauses: Omit<ClockPause, 'workingDays'>[] = []

  for (const event of ordered) {
    switch (event.type) {
      case 'clarification-requested': {
        const limit = calendar.addWorkingDays(receipt.on, CLARIFICATION_NOTICE_DAYS)
        if (event.on > limit) {
          warnings.push({ code: 'late-clarification-notice', message: `补正告知于${cn(event.on)}发出，晚于收到申请后7个工作日（${cn(limit)}），不符合条例第三十条 / the clarification notice went out after the 7-working-day limit (${limit})` })
        }
        sentences.push(`${cn(event.on)}一次性告知补正，答复期限自收到补正后的申请之日起计算（第三十条）`)
        clockStart = null
        status = 'awaiting-clarification'
        break
      }
      case 'clarification-received':
        clockStart = event.on
        status = 'running'
        // The 20 days run again from here; consultations before it no longer matter.
        pauses.length = 0
        sentences.push(`${cn(event.on)}收到补正后的申请，自该日起重新计算${REPLY_WORKING_DAYS}个工作日`)
        break
      case 'consultation-opened':
        opened.set(event.consultation, { on: event.on, party: event.party ?? 'third-party' })
        break
      case 'consultation-closed': {
        const start = opened.get(event.consultation)!
        opened.delete(event.consultation)
        pauses.push({ from: start.on, to: event.on, party: start.party })
        break
      }
      case 'extension-approved':
        extension = { days: event.days, approver: event.approver.trim(), on: event.on }
        break
      case 'replied':
        repliedOn = event.on
        status = 'replied'
        break
    }
  }
  for (const open of opened.values()) pauses.push({ from: open.on, to: null, party: open.party })
  if (status === 'running' && opened.size > 0) status = 'consulting'

  const allowedDays = REPLY_WORKING_DAYS + (extension?.days ?? 0)
  if (clockStart === null) {
    return {
      receivedOn: receipt.on, receipt, clockStart, status, allowedDays, extension, pauses: pauses.map((p) => ({ ...p, workingDays: 0 })), pausedDays: 0,
      dueDate: null, repliedOn, daysUsed: null, daysLeft: null, overdue: false, daysLate: 0, warnings,
      explanation: `${sentences.join('；')}；等待申请人补正，期限暂停。`,
    }
  }

  // Paused working days: each once, however the consultations overlap; an open one runs to today.
  const end = repliedOn ?? today
  const paused = new Set<string>()
  const counted: ClockPause[] = pauses.map((pause) => {
    const from = pause.from < clockStart! ? clockStart! : pause.from
    const to = pause.to ?? (end > from ? end : from)
    const days = workingDaysIn(calendar, from, to)
    for (const day of days) paused.add(day)
    return { ...pause, workingDays: days.length }
  })
  // An open consultation keeps pausing: the due date is as of today and moves on every working day.
  if (opened.size > 0) warnings.push({ code: 'provisional', message: '征求意见尚未结束，答复期限随之顺延 / a consultation is still open: the due date moves with it' })

  // 第三十三条: the extension is decided within the original period.
  if (extension) {
    const originalDue = nthCountedDay(calendar, clockStart, REPLY_WORKING_DAYS, paused)
    if (extension.on > originalDue) {
      throw new RequestClockError(`events.${extensionIndex}.on`, `延期须在原答复期限（${originalDue}）届满前决定 / an extension must be approved by the original due date ${originalDue}`)
    }
  }
  const dueDate = nthCountedDay(calendar, clockStart, allowedDays, paused)
  const usedDays = workingDaysIn(calendar, clockStart, end < clockStart ? clockStart : end).filter((day) => !paused.has(day)).length
  const lateDays = end > dueDate ? workingDaysIn(calendar, dueDate, end).filter((day) => !paused.has(day)).length : 0

  if (paused.size > 0) {
    const parties = [...new Set(counted.map((p) => (p.party === 'agency' ? '其他机关' : '第三方')))].join('、')
    sentences.push(`征求${parties}意见${paused.size}个工作日不计入答复期限（第三十三条第三款）`)
  }
  sentences.push(`自${cn(clockStart)}起${REPLY_WORKING_DAYS}个工作日内答复（第三十三条第二款）`)
  if (extension) sentences.push(`${cn(extension.on)}经${extension.approver}同意延长${extension.days}个工作日`)
  sentences.push(`答复期限为${cn(dueDate)}`)
  if (repliedOn) sentences.push(`${cn(repliedOn)}作出答复，${lateDays > 0 ? `超期${lateDays}个工作日` : '在期限内'}`)

  return {
    receivedOn: receipt.on,
    receipt,
    clockStart,
    status,
    allowedDays,
    extension,
    pauses: counted,
    pausedDays: paused.size,
    dueDate,
    repliedOn,
    daysUsed: usedDays,
    daysLeft: repliedOn ? null : allowedDays - usedDays,
    overdue: lateDays > 0,
    daysLate: lateDays,
    warnings,
    explanation: `${sentences.join('；')}。`,
  }
}
