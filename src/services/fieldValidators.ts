import type { RelationshipFieldValidation, SelectFieldValidation } from 'payload'
import { relationship, select } from 'payload/shared'

import { relationId } from '../../access/user.js'
import { existsInRequest } from './requestDocs.js'

/**
 * Payload checks the form of a relationship id but not that the document exists: SQL adapters then
 * fail with a foreign-key error (HTTP 500) and MongoDB stores a dangling link. This checks both.
 */
export const relationExists =
  (extra?: RelationshipFieldValidation): RelationshipFieldValidation =>
  async (value, options) => {
    const base = await relationship(value, options)
    if (base !== true) return base
    const relationTo = options.relationTo
    const values = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
    const targets = (list: unknown[]) => list.map((item) => `${typeof relationTo === 'string' ? relationTo : (item as { relationTo?: string })?.relationTo}:${relationId(item)}`).join('|')
    // An update that leaves the link as stored: it was checked when stored (departments and domains
    // cannot be deleted while linked; SQL foreign keys clear other links), and re-checking an untouched
    // link would cost a query per save and could only block edits that do not concern it.
    if (options.operation === 'update' && options.previousValue !== undefined) {
      const previous = Array.isArray(options.previousValue) ? options.previousValue : options.previousValue === null ? [] : [options.previousValue]
      if (targets(values) === targets(previous)) return extra ? extra(value, options) : true
    }
    for (const item of values) {
      const collection = typeof relationTo === 'string' ? relationTo : (item as { relationTo?: string })?.relationTo
      const id = relationId(item)
      if (!collection || id === null) continue
      // Already read in this request (the department, the catalog item): no second query.
      if (existsInRequest(options.req, collection, id) === true) continue
      // A count: no document is read, so no joins (e.g. a department's records) are loaded.
      const found = await options.req.payload.count({ collection, overrideAccess: true, req: options.req, where: { id: { equals: id } } })
      if (found.totalDocs === 0) return `所选记录不存在（${collection} ${id}）/ no ${collection} document with id ${id}`
    }
    return extra ? extra(value, options) : true
  }

/**
 * A select that has a default but must never be emptied. `required` would also make GraphQL
 * demand the value on create, so it is enforced here instead.
 */
export const selectNotEmpty: SelectFieldValidation = (value, options) => {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return options.operation === 'create' && value === undefined ? true : '该字段不能为空 / this field cannot be empty'
  }
  return select(value, options)
}
