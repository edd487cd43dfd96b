/**
 * One guard for every value a client can send into the plugin's collections and the users collection, run
 * as the first `beforeOperation` hook so it sees REST, GraphQL and Local API calls alike, before Payload's
 * own code. Payload's validation stays the first line; this fills its gaps, each of which reached the
 * database and answered 500 (or stored a value that made later reads crash, issue #16):
 * dates such as "NaN" or "2025-02-30", integers beyond 2^53, a number in a select, ids beyond the id column,
 * NUL characters (PostgreSQL refuses them), and query parameters (`limit`, `page`, `depth`, `sort`, `where`).
 * Everything is derived from the collection's field config, so new fields are covered without a change here.
 */
import type { CollectionBeforeOperationHook, FlattenedField, Payload, PayloadRequest } from 'payload'

import { fieldError } from './fieldError.js'
import { wellFormedIdProblem } from './validId.js'

/** Dates outside these years are typing mistakes, and some drivers cannot represent them. */
export const DATE_RANGE = { min: '1900-01-01', max: '2199-12-31' } as const
/** Numbers every adapter stores and reads back exactly (SQLite turns larger integral values into unreadable integers). */
export const MAX_NUMBER = Number.MAX_SAFE_INTEGER
/** Pages beyond this cannot be offset on every adapter. */
export const MAX_PAGE = 2_147_483_647

const OPERATORS = new Set(['equals', 'contains', 'not_equals', 'in', 'all', 'not_in', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'not_like', 'within', 'intersects', 'near'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/

const refuse = (path: string, zh: string, en: string): never => {
  throw fieldError(400, path, `${path}：${zh} / ${path}: ${en}`)
}

const show = (value: unknown): string => {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

/** Why `value` is not a real calendar date (or date-time) in the sane range, or null when it is. */
export const dateProblem = (value: unknown): string | null => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'not a valid date'
    value = value.toISOString()
  }
  if (typeof value !== 'string') return `a date must be text such as "2025-01-20" or "2025-01-20T09:30:00Z", got ${show(value)}`
  const match = ISO_DATE.exec(value.trim())
  if (!match) return `not a date such as "2025-01-20" or "2025-01-20T09:30:00Z": ${show(value)}`
  const [, y, m, d, hh = '0', mm = '0', ss = '0'] = match
  const year = Number(y)
  const month = Number(m)
  const day = Number(d)
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return `no such day: ${show(value)}`
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return `no such time: ${show(value)}`
  const date = `${y}-${m}-${d}`
  if (date < DATE_RANGE.min || date > DATE_RANGE.max) return `outside ${DATE_RANGE.min}..${DATE_RANGE.max}: ${show(value)}`
  if (Number.isNaN(Date.parse(value))) return `not a valid date: ${show(value)}`
  return null
}

const checkDate = (path: string, value: unknown): void => {
  const problem = dateProblem(value)
  if (problem) refuse(path, '日期无效（应为 1900–2199 年间真实存在的日期）', problem)
}

/** A finite number every adapter stores exactly; numeric text is accepted where Payload accepts it (query strings). */
const checkNumber = (path: string, value: unknown, { text = false } = {}): void => {
  const number = typeof value === 'number' ? value : text && typeof value === 'string' && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value.trim()) ? Number(value) : NaN
  if (!Number.isFinite(number)) refuse(path, '应为数字', `must be a number, got ${show(value)}`)
  if (Math.abs(number) > MAX_NUMBER) refuse(path, `数字超出范围（±${MAX_NUMBER}）`, `must be within ±${MAX_NUMBER}, got ${show(value)}`)
}

const checkText = (path: string, value: unknown): void => {
  if (typeof value !== 'string') refuse(path, '应为文字', `must be text, got ${show(value)}`)
  checkNoNul(path, value)
}

/** PostgreSQL refuses NUL in text and JSON columns; nothing legitimate contains one. */
export const assertNoNul = (path: string, value: unknown): void => checkNoNul(path, value)

const checkNoNul = (path: string, value: unknown, depth = 0): void => {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) refuse(path, '不能包含空字符（\\u0000）', 'must not contain a NUL character (\\u0000)')
    return
  }
  if (depth > 64 || value === null || typeof value !== 'object') return
  for (const [key, item] of Object.entries(value)) checkNoNul(`${path}.${key}`, item, depth + 1)
}

/** The id shape of the collection an id points into (its custom id type, else the adapter's). */
const checkId = (payload: Payload, path: string, value: unknown, relationTo?: string): void => {
  const custom = relationTo ? (payload.collections[relationTo] as { customIDType?: string } | undefined)?.customIDType : undefined
  if (custom === 'text') {
    checkText(path, value)
    return
  }
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) return refuse(path, '无效的编号', `is not a valid id: ${show(value)}`)
    value = String(value)
  }
  if (typeof value !== 'string') return refuse(path, '无效的编号', `is not a valid id: ${show(value)}`)
  const problem = wellFormedIdProblem(payload, value, custom === 'number' ? 'number' : undefined)
  if (problem) refuse(path, '无效的编号', problem)
}

const relationTargets = (field: FlattenedField): string[] => {
  const relationTo = (field as { relationTo?: string | string[] }).relationTo
  return Array.isArray(relationTo) ? relationTo : relationTo ? [relationTo] : []
}

/** One relationship value as a client may send it: an id, `{ relationTo, value }` (polymorphic), or a populated doc. */
const checkRelationValue = (payload: Payload, path: string, field: FlattenedField, value: unknown): void => {
  if (value === null || value === undefined) return
  const targets = relationTargets(field)
  if (Array.isArray((field as { relationTo?: unknown }).relationTo)) {
    if (typeof value !== 'object' || Array.isArray(value)) return refuse(path, '应为 { relationTo, value }', 'must be { relationTo, value }')
    const { relationTo, value: id } = value as { relationTo?: unknown; value?: unknown }
    if (typeof relationTo !== 'string' || !targets.includes(relationTo)) return refuse(`${path}.relationTo`, '不是可关联的集合', `must be one of ${targets.join(', ')}`)
    return checkRelationValue(payload, `${path}.value`, { ...field, relationTo } as FlattenedField, id)
  }
  if (typeof value === 'object' && !Array.isArray(value) && 'id' in value) return checkId(payload, path, (value as { id: unknown }).id, targets[0])
  checkId(payload, path, value, targets[0])
}

const optionValues = (field: FlattenedField): string[] =>
  ((field as { options?: (string | { value: string })[] }).options ?? []).map((option) => (typeof option === 'string' ? option : option.value))

const eachOf = (path: string, value: unknown, hasMany: boolean, check: (path: string, item: unknown) => void): void => {
  if (value === null || value === undefined) return
  if (!hasMany) return check(path, value)
  if (!Array.isArray(value)) return refuse(path, '应为列表', `must be a list, got ${show(value)}`)
  value.forEach((item, index) => check(`${path}.${index}`, item))
}

/** Checks one document's data (or a group's / array row's) against its fields. Unknown keys are Payload's business. */
const checkData = (payload: Payload, fields: FlattenedField[], data: unknown, prefix: string): void => {
  if (data === null || data === undefined) return
  if (typeof data !== 'object' || Array.isArray(data)) return refuse(prefix || 'data', '应为对象', 'must be an object')
  const record = data as Record<string, unknown>
  for (const field of fields) {
    if (!('name' in field) || !(field.name in record)) continue
    const value = record[field.name]
    const path = prefix ? `${prefix}.${field.name}` : field.name
    if (value === null || value === undefined) continue
    const hasMany = Boolean((field as { hasMany?: boolean }).hasMany)
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
        eachOf(path, value, hasMany, checkText)
        break
      case 'number':
        // Payload itself turns text into a number here ('' into null), as form posts send it.
        if (value === '') break
        eachOf(path, value, hasMany, (p, item) => checkNumber(p, item, { text: true }))
        break
      case 'date':
        checkDate(path, value)
        break
      case 'checkbox':
        if (typeof value !== 'boolean' && value !== 'true' && value !== 'false' && value !== '') refuse(path, '应为 true 或 false', `must be true or false, got ${show(value)}`)
        break
      case 'select':
      case 'radio': {
        const allowed = optionValues(field)
        eachOf(path, value, hasMany, (p, item) => {
          if (typeof item !== 'string' || !allowed.includes(item)) refuse(p, '不是可选的值', `must be one of ${allowed.join(', ')}, got ${show(item)}`)
        })
        break
      }
      case 'relationship':
      case 'upload':
        // Payload reads these as "no relation".
        if (value === '' || value === 'none' || value === 'null') break
        eachOf(path, value, hasMany, (p, item) => checkRelationValue(payload, p, field, item))
        break
      case 'group':
      case 'tab':
        checkData(payload, (field as { flattenedFields: FlattenedField[] }).flattenedFields, value, path)
        break
      case 'array':
        if (value === 0 || value === '0') break // Payload's way of emptying an array
        if (!Array.isArray(value)) refuse(path, '应为列表', 'must be a list')
        ;(value as unknown[]).forEach((row, index) => checkData(payload, (field as { flattenedFields: FlattenedField[] }).flattenedFields, row, `${path}.${index}`))
        break
      case 'point':
        if (!Array.isArray(value) || value.length !== 2) refuse(path, '应为 [经度, 纬度]', 'must be [longitude, latitude]')
        ;(value as unknown[]).forEach((item, index) => checkNumber(`${path}.${index}`, item, { text: true }))
        break
      default:
        // json, richText, blocks and the rest: stored as JSON; only NUL breaks them.
        checkNoNul(path, value)
    }
  }
}

/** The field a `where` path names, following groups, arrays and (single-target) relationships. */
const fieldAt = (payload: Payload, fields: FlattenedField[], path: string): FlattenedField | 'id' | undefined => {
  const [head, ...rest] = path.split('.')
  if (head === 'id' && rest.length === 0) return 'id'
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === head)
  if (!field || rest.length === 0) return field
  if (field.type === 'group' || field.type === 'array' || field.type === 'tab') return fieldAt(payload, (field as { flattenedFields: FlattenedField[] }).flattenedFields, rest.join('.'))
  if (field.type === 'relationship' || field.type === 'upload') {
    const targets = relationTargets(field)
    const target = targets.length === 1 ? payload.collections[targets[0]!] : undefined
    return target ? fieldAt(payload, target.config.flattenedFields, rest.join('.')) : undefined
  }
  return undefined
}

/** One operand of a `where` condition, by the field's type; REST sends every operand as text. */
const checkOperand = (payload: Payload, path: string, field: FlattenedField | 'id' | undefined, operator: string, value: unknown, relationTo?: string): void => {
  if (value === null || value === undefined) return
  checkNoNul(path, value)
  if (operator === 'exists') {
    if (typeof value !== 'boolean' && value !== 'true' && value !== 'false') refuse(path, '应为 true 或 false', 'must be true or false')
    return
  }
  // A JSON or rich-text value as a whole can only be asked whether it exists: comparing it as text made
  // PostgreSQL fail (500) on `contains`.
  if (field !== undefined && field !== 'id' && (field.type === 'json' || field.type === 'richText')) {
    refuse(path, 'JSON或富文本字段只能用 exists 查询', `${operator} does not apply to a JSON or rich-text field; use exists`)
  }
  if (operator === 'like' || operator === 'not_like' || operator === 'contains') return
  if (operator === 'near' || operator === 'within' || operator === 'intersects') {
    // Geo operators only mean something on point fields; elsewhere the SQL adapters threw (500).
    if (field !== undefined && (field === 'id' || field.type !== 'point')) refuse(path, '该运算符只适用于坐标字段', `${operator} only applies to point fields`)
    if (operator === 'near') {
      const parts = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [value]
      if (parts.length < 2 || parts.length > 4) refuse(path, '应为 经度,纬度[,最大距离,最小距离]', 'must be longitude,latitude[,maxDistance,minDistance]')
      parts.forEach((part) => checkNumber(path, part, { text: true }))
    } else if (typeof value !== 'object') {
      refuse(path, '应为 GeoJSON 对象', 'must be a GeoJSON object')
    }
    return
  }
  if (!field) return
  if (field === 'id') return checkId(payload, path, value, relationTo)
  switch (field.type) {
    case 'number':
      return checkNumber(path, value, { text: true })
    case 'date':
      return checkDate(path, value)
    case 'relationship':
    case 'upload':
      if (Array.isArray((field as { relationTo?: unknown }).relationTo)) return
      return checkRelationValue(payload, path, field, value)
    case 'checkbox':
      if (typeof value !== 'boolean' && value !== 'true' && value !== 'false') refuse(path, '应为 true 或 false', 'must be true or false')
      return
    default:
      if (typeof value === 'object') refuse(path, '应为文字或数字', 'must be text or a number')
  }
}

/** The `where` of a query: an object of `and`/`or` lists and field paths mapping operators to operands. */
const checkWhere = (payload: Payload, slug: string, fields: FlattenedField[], where: unknown, path: string, depth = 0): void => {
  if (where === undefined || where === null) return
  if (typeof where !== 'object' || Array.isArray(where)) return refuse(path, '查询条件应为对象', 'must be an object such as where[field][equals]=value')
  if (depth > 20) return refuse(path, '查询条件嵌套过深', 'is nested too deeply')
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    const keyPath = `${path}.${key}`
    if (key === 'and' || key === 'or' || key === 'AND' || key === 'OR') {
      if (!Array.isArray(condition)) {
        // qs turns where[or][0][…] into an array, but a sparse or huge index into an object.
        if (condition && typeof condition === 'object') {
          for (const [index, item] of Object.entries(condition)) checkWhere(payload, slug, fields, item, `${keyPath}.${index}`, depth + 1)
          continue
        }
        refuse(keyPath, '应为条件列表', 'must be a list of conditions')
      }
      ;(condition as unknown[]).forEach((item, index) => checkWhere(payload, slug, fields, item, `${keyPath}.${index}`, depth + 1))
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) refuse(keyPath, '应为 { 运算符: 值 }', 'must be { operator: value }, e.g. where[title][equals]=x')
    const field = fieldAt(payload, fields, key)
    const relationTo = field === 'id' ? slug : undefined
    for (const [operator, operand] of Object.entries(condition as Record<string, unknown>)) {
      const operandPath = `${keyPath}.${operator}`
      if (!OPERATORS.has(operator)) refuse(operandPath, '未知的运算符', `unknown operator; use one of ${[...OPERATORS].join(', ')}`)
      // Payload's SQL adapters do not implement `all` (they threw a TypeError: 500); only MongoDB does.
      if (operator === 'all' && payload.db.name !== 'mongoose') refuse(operandPath, '此数据库不支持 all 运算符', 'the all operator is not supported on this database; use in')
      if (LIST_OPERATORS.has(operator)) {
        const items = typeof operand === 'string' ? operand.split(',') : Array.isArray(operand) ? operand : operand && typeof operand === 'object' ? Object.values(operand) : [operand]
        items.forEach((item) => checkOperand(payload, operandPath, field, 'equals', item, relationTo))
      } else {
        checkOperand(payload, operandPath, field, operator, operand, relationTo)
      }
    }
  }
}

const checkWholeNumber = (name: string, value: unknown, min: number, max: number): void => {
  if (value === undefined || value === null) return
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    refuse(name, `应为 ${min}–${max} 的整数`, `must be a whole number from ${min} to ${max}, got ${show(value)}`)
  }
}

const checkSort = (sort: unknown): void => {
  if (sort === undefined || sort === null) return
  const entries = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : [sort]
  for (const entry of entries) {
    if (typeof entry !== 'string' || !/^-?\w+(\.\w+)*$/.test(entry.trim())) refuse('sort', '排序字段无效', `must be field names such as -createdAt, got ${show(entry)}`)
  }
}

/** The query parameters of any operation: pagination, depth, sort and where. */
const checkQuery = (req: PayloadRequest, slug: string, fields: FlattenedField[], args: Record<string, unknown>): void => {
  checkWholeNumber('limit', args.limit, 0, MAX_NUMBER)
  checkWholeNumber('page', args.page, 1, MAX_PAGE)
  checkWholeNumber('depth', args.depth, 0, 100)
  checkSort(args.sort)
  checkWhere(req.payload, slug, fields, args.where, 'where')
  if ('id' in args && args.id !== undefined && args.id !== null && typeof args.id !== 'object') checkId(req.payload, 'id', args.id, slug)
}

/** The hook: every operation's query parameters, and the data of creates and updates. */
export const guardInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const fields = collection.flattenedFields
  const slug = collection.slug
  checkQuery(req, slug, fields, args as Record<string, unknown>)
  if ((operation === 'create' || operation === 'update') && 'data' in args) checkData(req.payload, fields, (args as { data?: unknown }).data, '')
  return args
}
