import type { TextField } from 'payload'

import { CalendarInputError } from '../src/calendar/errors.js'
import { toBeijingDate } from '../src/calendar/index.js'

/**
 * A date of the Beijing calendar, stored as `YYYY-MM-DD` text so it never shifts with a server's or
 * browser's time zone and sorts and compares as text on every adapter. A date-time or instant sent by
 * a client is turned into its Beijing date; anything else is refused with the calendar's reason.
 */
export const beijingDateField = (field: Omit<TextField, 'type' | 'hasMany'>): TextField => ({
  ...(field as object),
  type: 'text',
  hasMany: false,
  admin: {
    placeholder: 'YYYY-MM-DD',
    ...field.admin,
    description: field.admin?.description ?? { zh: '北京时间日期，格式 YYYY-MM-DD', en: 'A Beijing date, YYYY-MM-DD' },
  },
  hooks: {
    ...field.hooks,
    beforeValidate: [
      ...(field.hooks?.beforeValidate ?? []),
      ({ value }) => {
        if (typeof value !== 'string' || value.trim() === '') return value === '' ? null : value
        try {
          return toBeijingDate(value.trim())
        } catch {
          return value // validate explains
        }
      },
    ],
  },
  validate: (value: unknown, options: any) => {
    if (value === null || value === undefined || value === '') {
      return field.required ? '该字段为必填项目 / this field is required' : true
    }
    try {
      toBeijingDate(value as string)
    } catch (error) {
      return error instanceof CalendarInputError ? `日期无效 / ${error.message}` : String(error)
    }
    return typeof field.validate === 'function' ? (field.validate as any)(value, options) : true
  },
} as TextField)
