/**
 * Demo disclosure records, so a first start shows the daily work rather than empty lists: a record
 * published through the whole review, one waiting for review, one due within days, one already overdue,
 * an administrative licensing decision (7 working days) and an on-request entry with its reason. Dates are
 * set relative to today on the app's calendar, so the overdue board always has something to show.
 * Everything goes through the Local API as the demo users, so 索引号, deadlines, history and audit entries
 * are real. Seeded only into a database with no records; never in production.
 */
import { createLocalReq, type Payload } from 'payload'

import { getAppCalendar } from '../calendarStore.js'
import { toBeijingDate, type WorkingDayCalendar } from '../calendar/index.js'
import { resolveOptions, type DisclosurePluginOptions } from '../options.js'
import { buildWorkflow } from '../workflow/definition.js'
import { factSourceFor } from '../workflow-runtime/facts.js'
import { performTransition, type PerformInput } from '../workflow-runtime/perform.js'
import { lexicalParagraph } from './lexical.js'
import { DemoSeedRefusedError } from './seedDemo.js'

type Doc = Record<string, any>

/** The review steps up to publication, and who takes each: the author, or the department's reviewer. */
export const DEMO_REVIEW_CHAIN: readonly { action: string; by: 'author' | 'reviewer'; input?: Omit<PerformInput, 'action'> }[] = [
  { action: 'submit', by: 'author' },
  { action: 'reviewAttribute', by: 'reviewer', input: { comment: '属主动公开范围' } },
  { action: 'reviewSecrecy', by: 'reviewer', input: { secrecyReview: { conclusion: 'public', basis: '《保密法》第十三条；不涉及国家秘密' } } },
  { action: 'approve', by: 'reviewer' },
  { action: 'publish', by: 'author' },
]

interface DemoRecord {
  title: string
  /** demo user e-mails */
  author: string
  reviewer: string
  /** working days between formation and today */
  formedWorkingDaysAgo: number
  infoType: string
  publicAttribute: 'proactive' | 'on-request' | 'withheld'
  attributeBasis?: string[]
  attributeReason?: string
  text: string
  /** how far through DEMO_REVIEW_CHAIN it goes (0: a draft) */
  steps: number
}

const FINANCE = { author: 'editor.finance@demo.gov.cn', reviewer: 'reviewer.finance@demo.gov.cn' }
// The education bureau has no reviewer of its own in the demo: the disclosure office reviews for it.
const EDUCATION = { author: 'editor.education@demo.gov.cn', reviewer: 'office@demo.gov.cn' }

export const DEMO_RECORDS: readonly DemoRecord[] = [
  { ...FINANCE, title: '区财政局2026年部门预算', formedWorkingDaysAgo: 3, infoType: 'general', publicAttribute: 'proactive', text: '现将区财政局2026年部门预算及相关说明予以公开。', steps: 5 },
  { ...FINANCE, title: '区级政府采购意向公开（第四季度）', formedWorkingDaysAgo: 6, infoType: 'general', publicAttribute: 'proactive', text: '为便于供应商及时了解政府采购信息，现将第四季度采购意向公开如下。', steps: 1 },
  { ...FINANCE, title: '惠民惠农财政补贴资金发放情况', formedWorkingDaysAgo: 18, infoType: 'general', publicAttribute: 'proactive', text: '现将本年度惠民惠农财政补贴资金发放情况予以公开。', steps: 0 },
  { ...FINANCE, title: '区级预算执行情况（上半年）', formedWorkingDaysAgo: 24, infoType: 'general', publicAttribute: 'proactive', text: '现将本年度上半年区级预算执行情况予以公开。', steps: 0 },
  { ...EDUCATION, title: '民办学校办学许可决定', formedWorkingDaysAgo: 2, infoType: 'licensing', publicAttribute: 'proactive', text: '经审查，准予设立民办学校，现将行政许可决定予以公开。', steps: 5 },
  {
    ...EDUCATION,
    title: '学生资助对象名单（含个人信息）',
    formedWorkingDaysAgo: 4,
    infoType: 'general',
    publicAttribute: 'on-request',
    attributeBasis: ['art15-third-party'],
    attributeReason: '名单含学生个人信息，仅向申请人依法提供',
    text: '本年度学生资助对象名单。',
    steps: 0,
  },
]

/** The Beijing date `n` working days before `today` (the day a record was formed). */
const workingDaysBefore = (calendar: WorkingDayCalendar, today: string, n: number): string => {
  let day = today
  while (calendar.workingDaysBetween(day, today) < n) {
    day = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
  }
  return day
}


/** A demo user as the Local API expects it in `user` (with its collection); throws if it was not seeded. */
export const findDemoUser = async (payload: Payload, email: string, usersSlug = 'users'): Promise<Doc> => {
  const found = (await payload.find({ collection: usersSlug, where: { email: { equals: email } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]
  if (!found) throw new Error(`the demo user ${email} is missing (seed the demo organisation first)`)
  return { ...found, collection: usersSlug }
}

export interface DemoRecordsResult {
  created: number
  /** `true` when the database already held records, so nothing was added */
  skipped: boolean
}

export const seedDemoRecords = async (payload: Payload, pluginOptions: DisclosurePluginOptions = {}): Promise<DemoRecordsResult> => {
  if (process.env.NODE_ENV === 'production') throw new DemoSeedRefusedError('Refusing to seed demo records when NODE_ENV=production.')
  const options = resolveOptions(pluginOptions)
  const collection = options.slugs.disclosures
  if ((await payload.count({ collection, overrideAccess: true, trash: true })).totalDocs > 0) return { created: 0, skipped: true }

  const users = new Map<string, Promise<Doc>>()
  const user = (email: string): Promise<Doc> => {
    if (!users.has(email)) users.set(email, findDemoUser(payload, email, options.usersSlug))
    return users.get(email)!
  }
  const catalogItem = (await payload.find({ collection: options.slugs.catalogItems, depth: 0, limit: 1, sort: 'sortOrder', overrideAccess: true })).docs[0]
  const calendar = await getAppCalendar(payload, options.slugs.calendarDays)
  const workflow = buildWorkflow(options.workflow.disclosures)
  const facts = factSourceFor(options, collection)
  // Today, not a date of the caller's choosing: the published samples are published now, on time.
  const today = toBeijingDate(new Date())

  let created = 0
  for (const record of DEMO_RECORDS) {
    const author = await user(record.author)
    const doc = await payload.create({
      collection,
      data: {
        title: record.title,
        catalogItem: catalogItem?.id,
        body: lexicalParagraph(record.text),
        infoType: record.infoType,
        publicAttribute: record.publicAttribute,
        attributeBasis: record.attributeBasis,
        attributeReason: record.attributeReason,
        formedAt: workingDaysBefore(calendar, today, record.formedWorkingDaysAgo),
      },
      user: author,
      overrideAccess: false,
      depth: 0,
    })
    created++
    let current = doc as Doc
    for (const step of DEMO_REVIEW_CHAIN.slice(0, record.steps)) {
      const actor = step.by === 'author' ? author : await user(record.reviewer)
      const req = await createLocalReq({ user: actor as never }, payload)
      current = await performTransition(req, { collection, workflow, doc: current, input: { action: step.action, ...step.input }, facts })
    }
  }
  return { created, skipped: false }
}
