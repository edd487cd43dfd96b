/** "Office and auditors see every department, others only their own": the one helper and its users. */
import { describe, expect, it } from '@jest/globals'

import { ALL_DEPARTMENTS, departmentScope, departmentScopeWhere, readOwnDepartmentAsStaff, seesEveryDepartment } from '../../access/departmentScope.js'
import { activeWhere, publicReadsActive } from '../../access/publicReadsActive.js'
import { reportScope } from '../../access/reportScope.js'

const office = { id: 1, roles: ['office'] }
const auditor = { id: 2, roles: ['auditor'], department: 9 }
const editor = { id: 3, roles: ['editor'], department: 5 }
const homeless = { id: 4, roles: ['reviewer'] }
const roleless = { id: 5, roles: [], department: 5 }

describe('departmentScope', () => {
  it('gives office and auditors every department, or the one they name', () => {
    for (const user of [office, auditor]) {
      expect(seesEveryDepartment(user)).toBe(true)
      expect(departmentScope(user, null)).toEqual({ ok: true, all: true, department: null })
      expect(departmentScope(user, '')).toEqual({ ok: true, all: true, department: null })
      expect(departmentScope(user, ALL_DEPARTMENTS)).toEqual({ ok: true, all: true, department: null })
      expect(departmentScope(user, '7')).toEqual({ ok: true, all: true, department: '7' })
    }
  })

  it('gives others their own department, 403 naming `department` for another, nothing without one', () => {
    expect(seesEveryDepartment(editor)).toBe(false)
    expect(departmentScope(editor, null)).toEqual({ ok: true, all: false, department: 5 })
    expect(departmentScope(editor, '5')).toEqual({ ok: true, all: false, department: 5 })
    expect(departmentScope(editor, '7')).toMatchObject({ ok: false, status: 403, field: 'department' })
    expect(departmentScope(editor, ALL_DEPARTMENTS)).toMatchObject({ ok: false, status: 403, field: 'department' })
    expect(departmentScope(homeless, null)).toEqual({ ok: true, all: false, department: null })
  })

  it('as a read rule: everything, the own department, or nothing', () => {
    expect(departmentScopeWhere(office)).toBe(true)
    expect(departmentScopeWhere(auditor)).toBe(true)
    expect(departmentScopeWhere(editor)).toEqual({ department: { equals: 5 } })
    expect(departmentScopeWhere(editor, 'assignedTo')).toEqual({ assignedTo: { equals: 5 } })
    expect(departmentScopeWhere(homeless)).toBe(false)
    expect(departmentScopeWhere(null)).toBe(false)
    // Business records (ledgers, applications): a department's editors and reviewers only.
    expect(readOwnDepartmentAsStaff({ req: { user: auditor } })).toBe(true)
    expect(readOwnDepartmentAsStaff({ req: { user: editor } })).toEqual({ department: { equals: 5 } })
    expect(readOwnDepartmentAsStaff({ req: { user: roleless } })).toBe(false)
    expect(readOwnDepartmentAsStaff({ req: {} })).toBe(false)
  })

  it('reports add their own gate: signed in, and department staff unless office or auditor', () => {
    expect(reportScope(null, null)).toMatchObject({ ok: false, status: 401 })
    expect(reportScope(roleless, null)).toMatchObject({ ok: false, status: 403 })
    expect(reportScope(homeless, null)).toMatchObject({ ok: false, status: 403 })
    expect(reportScope(editor, null)).toEqual({ ok: true, department: 5 })
    expect(reportScope(editor, '7')).toMatchObject({ ok: false, status: 403, field: 'department' })
    expect(reportScope(auditor, ALL_DEPARTMENTS)).toEqual({ ok: true, department: null })
    expect(reportScope(office, '7')).toEqual({ ok: true, department: '7' })
  })
})

describe('publicReadsActive', () => {
  it('staff read all, the public the active ones (a fresh Where each time)', () => {
    const args = (user: unknown) => ({ req: { user } }) as never
    expect(publicReadsActive(args(editor))).toBe(true)
    expect(publicReadsActive(args(null))).toEqual({ active: { equals: true } })
    expect(activeWhere()).not.toBe(activeWhere())
  })
})
