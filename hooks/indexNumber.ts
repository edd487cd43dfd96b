import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook } from 'payload'

import { relationId } from '../access/user.js'
import { toBeijingDate } from '../src/calendar/index.js'
import { formatIndexNumber } from '../src/disclosure/indexNumber.js'
import { fieldError } from '../src/services/fieldError.js'
import { DEPARTMENT_FACTS, findInRequest } from '../src/services/requestDocs.js'
import { nextSerial } from '../src/services/serialCounter.js'

/** The number is the system's: a user who sends one (or a change of it) is told so. */
export const refuseIndexNumberInput: CollectionBeforeValidateHook = ({ data, operation, originalDoc, req }) => {
  if (!data || !('indexNumber' in data)) return data
  const sent = data.indexNumber
  if (operation === 'update' && (sent ?? null) !== (originalDoc?.indexNumber ?? null)) {
    throw fieldError(400, 'indexNumber', '索引号一经分配不得更改 / an index number never changes once assigned')
  }
  if (operation === 'create' && req.user && sent !== undefined && sent !== null && sent !== '') {
    throw fieldError(400, 'indexNumber', '索引号由系统分配 / the index number is assigned by the system')
  }
  return data
}

/**
 * Assigns the 索引号 once, on first save: `{orgCode}/{year}-{serial:5}` by default, the year of the
 * information's formation (Beijing), else of its creation.
 */
export const assignIndexNumber =
  ({ departments, indexCounters, format }: { departments: string; indexCounters: string; format: string }): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation !== 'create') return { ...data, indexNumber: originalDoc?.indexNumber ?? null }
    if (data.indexNumber) return data // a system import (no user) carrying its old number
    const departmentId = relationId(data.department)
    if (departmentId === null) return data
    const department = (await findInRequest(req, departments, departmentId, DEPARTMENT_FACTS)) as { orgCode: string } | null
    // An unknown department is reported by the field's validation (400), not here.
    if (!department) return data
    const year = Number(toBeijingDate(data.formedAt ?? new Date()).slice(0, 4))
    const serial = await nextSerial(req, indexCounters, `${departmentId}:${year}`)
    return { ...data, indexNumber: formatIndexNumber(format, { orgCode: department.orgCode, year, serial }) }
  }
