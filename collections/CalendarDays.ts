import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { isOffice } from '../access/isOffice.js'
import { beijingDateField } from './beijingDateField.js'
import { getDefaultCalendar } from '../src/calendar/index.js'
import { forgetRequestCalendar } from '../src/calendarStore.js'
import { selectOptions } from '../src/labels.js'
import { RECOMPUTE_DEADLINES_TASK, type ResolvedDisclosureOptions } from '../src/options.js'

/** This request's cached calendar is stale once an override changes. */
const forgetCalendar = ({ doc, req }: { doc: unknown; req: object }) => {
  forgetRequestCalendar(req)
  return doc
}

const DAY_KIND_LABELS = {
  holiday: { zh: '放假（休息日）', en: 'Day off (holiday)' },
  workday: { zh: '上班（含调休上班）', en: 'Working day (incl. make-up weekend)' },
} as const

/** A calendar change may move every open deadline whose period contains the day: re-compute them in a job. */
const queueRecompute =
  (reason: 'changed' | 'deleted') =>
  async ({ doc, previousDoc, req }: { doc: any; previousDoc?: any; req: any }) => {
    const dates = [...new Set([doc?.date, previousDoc?.date].filter((date): date is string => typeof date === 'string'))]
    if (dates.length === 0) return doc
    await req.payload.jobs.queue({
      task: RECOMPUTE_DEADLINES_TASK,
      input: {
        dates,
        reason: `${reason === 'deleted' ? '删除' : '调整'}日历 ${dates.join('、')}${doc?.name ? `（${doc.name}）` : ''}${doc?.source ? `，依据 ${doc.source}` : ''}`,
      },
      req,
    })
    return doc
  }

/**
 * Admin-entered calendar days (放假安排): a new year's notice, a mid-year change or a regional
 * holiday, effective without a release. Each entry overrides the vendored classification of its day.
 */
export const calendarDaysCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.calendarDays,
  labels: {
    singular: { zh: '节假日调整', en: 'Calendar day' },
    plural: { zh: '节假日调整', en: 'Calendar days' },
  },
  admin: {
    useAsTitle: 'date',
    defaultColumns: ['date', 'kind', 'name', 'source', 'region'],
    group: { zh: '系统', en: 'System' },
    description: {
      zh: '录入国务院办公厅放假通知（如 国办发明电〔2025〕7号）或地方调整。保存后，所有未到期的公开时限将自动重新计算。',
      en: 'Enter a State Council holiday notice or a local change. Open deadlines are re-computed automatically after saving.',
    },
  },
  access: {
    read: () => true,
    create: isOffice,
    update: isOffice,
    delete: isOffice,
  },
  // A disabled plugin registers no jobs, so nothing is queued.
  hooks: options.disabled
    ? { afterChange: [forgetCalendar], afterDelete: [forgetCalendar] }
    : {
        afterChange: [forgetCalendar, queueRecompute('changed') as CollectionAfterChangeHook],
        afterDelete: [forgetCalendar, queueRecompute('deleted') as CollectionAfterDeleteHook],
      },
  fields: [
    beijingDateField({
      name: 'date',
      required: true,
      unique: true,
      index: true,
      label: { zh: '日期', en: 'Date' },
      validate: (value: unknown) => {
        try {
          getDefaultCalendar().dayInfo(value as string)
          return true
        } catch (error) {
          return error instanceof Error ? error.message : String(error)
        }
      },
    }),
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: selectOptions(DAY_KIND_LABELS),
      label: { zh: '类型', en: 'Kind' },
    },
    { name: 'name', type: 'text', maxLength: 50, label: { zh: '名称', en: 'Name' }, admin: { placeholder: '春节 / 春节调休' } },
    {
      name: 'source',
      type: 'text',
      maxLength: 300,
      label: { zh: '依据（通知文号或链接）', en: 'Source notice' },
      admin: { placeholder: '国办发明电〔2025〕7号' },
    },
    { name: 'region', type: 'text', maxLength: 100, label: { zh: '适用地区', en: 'Region' } },
    { name: 'note', type: 'textarea', label: { zh: '备注', en: 'Note' } },
  ],
})
