/**
 * Reminder texts (催办提醒) for records overdue or due soon. Pure: board entries in, messages out.
 */
export const REMINDER_KINDS = ['due-soon', 'overdue', 'ledger-due'] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

export const REMINDER_KIND_LABELS: Record<ReminderKind, { zh: string; en: string }> = {
  'due-soon': { zh: '即将到期', en: 'Due soon' },
  overdue: { zh: '已超期', en: 'Overdue' },
  'ledger-due': { zh: '台账待报送', en: 'Ledger due' },
}

/** `sent`/`failed`: an email adapter is configured; `recorded`: none is, the outbox row is the reminder. */
export const REMINDER_DELIVERIES = ['recorded', 'sent', 'failed'] as const
export type ReminderDelivery = (typeof REMINDER_DELIVERIES)[number]

export const REMINDER_DELIVERY_LABELS: Record<ReminderDelivery, { zh: string; en: string }> = {
  recorded: { zh: '已登记（未配置邮件）', en: 'Recorded (no email configured)' },
  sent: { zh: '已发送邮件', en: 'Email sent' },
  failed: { zh: '邮件发送失败', en: 'Email failed' },
}

export interface ReminderInput {
  title: string
  indexNumber?: string | null
  dueDate: string
  workingDaysLeft: number
  departmentName: string
}

export interface ReminderText {
  kind: ReminderKind
  subject: string
  message: string
}

export const composeReminder = (entry: ReminderInput): ReminderText => {
  const overdue = entry.workingDaysLeft < 0
  const label = entry.indexNumber ? `${entry.title}（索引号 ${entry.indexNumber}）` : entry.title
  if (overdue) {
    const days = -entry.workingDaysLeft
    return {
      kind: 'overdue',
      subject: `【超期】${entry.title}`,
      message:
        `${entry.departmentName}：“${label}”应于${entry.dueDate}前公开，已超期${days}个工作日。` +
        `请尽快完成审核发布，并填写超期说明。\n` +
        `Overdue: "${entry.title}" was due on ${entry.dueDate} and is ${days} working day(s) late. Publish it with a late reason.`,
    }
  }
  const when = entry.workingDaysLeft === 0 ? '今天' : `${entry.workingDaysLeft}个工作日内`
  return {
    kind: 'due-soon',
    subject: `【即将到期】${entry.title}`,
    message:
      `${entry.departmentName}：“${label}”应于${entry.dueDate}前公开（${when}到期），请按时完成审核发布。\n` +
      `Due soon: "${entry.title}" is due on ${entry.dueDate} (${entry.workingDaysLeft} working day(s) left).`,
  }
}
