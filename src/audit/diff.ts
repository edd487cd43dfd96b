/**
 * The changes of an update, field by field, for the audit log. Pure: walks Payload field configs
 * (described structurally here, so this module imports nothing from Payload).
 */
import type { AuditChange } from './actions.js'

/** The part of a Payload field config the diff reads. */
export interface FieldLike {
  type: string
  name?: string
  fields?: FieldLike[]
  tabs?: { name?: string; fields: FieldLike[] }[]
  blocks?: { slug: string; fields: FieldLike[] }[]
  virtual?: unknown
  hasMany?: boolean
}

/** Never recorded, old or new: authentication secrets and bookkeeping. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set([
  'password',
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'apiKey',
  'apiKeyIndex',
  'lockUntil',
  'loginAttempts',
  'sessions',
  '_verificationToken',
])

/** Timestamps change on every save: not a change of content; `searchText` is the body's text (the body is recorded). */
export const SKIPPED_FIELDS: ReadonlySet<string> = new Set(['createdAt', 'updatedAt', 'searchText'])

/** Field types whose old and new values are recorded. */
const SCALAR_TYPES = new Set(['text', 'number', 'checkbox', 'select', 'date', 'email', 'textarea', 'radio', 'relationship'])
/** Field types recorded by path only (content too large or too structured to copy into the log). */
const OPAQUE_TYPES = new Set(['richText', 'json', 'array', 'blocks', 'upload', 'code', 'point'])

type Data = Record<string, unknown> | null | undefined

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** An id as stored, whether the relationship came populated (an object with `id`) or not. */
const idOf = (value: unknown): unknown => (isObject(value) && 'id' in value ? value.id : value)

/**
 * Relationship values reduced to ids: `5`, `{ id: 5, … }` → `5`; polymorphic `{ relationTo, value }` keep
 * `relationTo` with the id. Applied deeply, so rich text nodes and array rows compare equal whatever the
 * depth the document was read at.
 */
const normalise = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalise)
  if (!isObject(value)) return value
  if (typeof value.relationTo === 'string' && 'value' in value) {
    return { ...Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalise(item)])), value: idOf(value.value) }
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalise(item)]))
}

/** A field's value with every relationship and upload inside it reduced to ids (for comparing only). */
const normaliseField = (field: FieldLike, value: unknown): unknown => {
  if (value === undefined) return null
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return relationshipValue(value)
    case 'array':
      return Array.isArray(value) ? value.map((row) => normaliseRow(field.fields ?? [], row)) : value
    case 'blocks':
      return Array.isArray(value)
        ? value.map((row) => {
            const block = field.blocks?.find((candidate) => isObject(row) && candidate.slug === row.blockType)
            return block ? normaliseRow(block.fields, row) : normalise(row)
          })
        : value
    case 'group':
      return field.name ? normaliseRow(field.fields ?? [], value) : value
    default:
      return normalise(value)
  }
}

const normaliseRow = (fields: readonly FieldLike[], row: unknown): unknown => {
  if (!isObject(row)) return row
  const out: Record<string, unknown> = { ...row }
  const visit = (list: readonly FieldLike[]) => {
    for (const field of list) {
      if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !field.name)) visit(field.fields ?? [])
      else if (field.type === 'tabs') {
        for (const tab of field.tabs ?? []) {
          if (tab.name) out[tab.name] = normaliseRow(tab.fields, row[tab.name])
          else visit(tab.fields)
        }
      } else if (field.name && field.name in row) out[field.name] = normaliseField(field, row[field.name])
    }
  }
  visit(fields)
  return out
}

const relationshipValue = (value: unknown): unknown => {
  if (value === undefined) return null
  if (Array.isArray(value)) return value.map(relationshipValue)
  if (isObject(value) && typeof value.relationTo === 'string' && 'value' in value) return { relationTo: value.relationTo, value: idOf(value.value) }
  return idOf(value) ?? null
}

/** JSON with sorted keys, so two equal values always print the same. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) =>
    isObject(item) ? Object.fromEntries(Object.keys(item).sort().map((key) => [key, item[key]])) : item,
  ) ?? 'null'

const sameJson = (a: unknown, b: unknown): boolean => typeof a === typeof b && JSON.stringify(a) === JSON.stringify(b)

const scalarValue = (field: FieldLike, value: unknown): unknown => {
  if (field.type === 'relationship') return relationshipValue(value)
  return value === undefined ? null : value
}

/**
 * The fields whose value differs between `previousDoc` and `doc`, in field order, with dotted paths
 * through named groups and tabs (rows, collapsibles, unnamed groups and tabs add no segment).
 * A field absent from `doc` (not selected, or not readable by the user who saved) is not compared:
 * its new value is unknown. Virtual fields, joins, timestamps and secrets are never compared.
 */
export const diffScalarFields = (fields: readonly FieldLike[], previousDoc: Data, doc: Data): AuditChange[] => {
  const changes: AuditChange[] = []
  const walk = (list: readonly FieldLike[], before: Data, after: Data, prefix: string) => {
    for (const field of list) {
      if (field.virtual) continue
      const name = field.name
      const path = name ? `${prefix}${name}` : prefix
      if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !name)) {
        walk(field.fields ?? [], before, after, prefix)
        continue
      }
      if (field.type === 'tabs') {
        for (const tab of field.tabs ?? []) {
          if (tab.name) {
            if (SECRET_FIELDS.has(tab.name)) continue
            walk(tab.fields, child(before, tab.name), child(after, tab.name), `${prefix}${tab.name}.`)
          } else walk(tab.fields, before, after, prefix)
        }
        continue
      }
      if (!name || SECRET_FIELDS.has(name) || SKIPPED_FIELDS.has(name)) continue
      if (field.type === 'group') {
        walk(field.fields ?? [], child(before, name), child(after, name), `${path}.`)
        continue
      }
      if (!after || !(name in after) || after[name] === undefined) continue
      const from = before?.[name]
      const to = after[name]
      // Most fields of a save are unchanged: equal as stored means equal once normalised too.
      if (from === to || (from !== undefined && sameJson(from, to))) continue
      if (SCALAR_TYPES.has(field.type)) {
        const old = scalarValue(field, from)
        const now = scalarValue(field, to)
        if (stable(old) !== stable(now)) changes.push({ field: path, from: old, to: now })
      } else if (OPAQUE_TYPES.has(field.type)) {
        if (stable(normaliseField(field, from ?? null)) !== stable(normaliseField(field, to))) changes.push({ field: path })
      }
      // ui, join and unknown custom types hold no stored data of their own.
    }
  }
  walk(fields, previousDoc, doc, '')
  return changes
}

const child = (data: Data, name: string): Data => {
  const value = data?.[name]
  return isObject(value) ? value : undefined
}
