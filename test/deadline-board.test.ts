/** GET /api/disclosures/deadlines: the overdue board, by department, for the reader's scope. */
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { addWorkingDays, toBeijingDate, workingDaysBetween } from '../src/calendar/index.js'
import { useTestWorld } from './helpers/context.js'
import { errorPaths, type TestServer } from './helpers/http.js'
import type { ActorKey, World } from './helpers/world.js'

let payload: Payload
let server: TestServer
let world: World
let tokens: Partial<Record<ActorKey, string>>
const ids: Record<string, number | string> = {}

useTestWorld((context) => ({ payload, server, world, tokens } = context))

const make = async (key: string, department: number | string, data: Record<string, unknown>) => {
  ids[key] = (await payload.create({ collection: 'disclosures', data: { title: key, department, catalogItem: world.catalogItem, ...data } })).id
}

describe('overdue board', () => {
  it('lists overdue and soon-due open records by department, with working days left', async () => {
    const today = toBeijingDate(new Date())
    await make('财政-超期', world.departments.finance, { formedAt: '2025-01-20' })
    await make('财政-将到期', world.departments.finance, { formedAt: today, infoType: 'service-change' })
    await make('财政-未到期', world.departments.finance, { formedAt: today })
    await make('财政-已发布超期', world.departments.finance, { formedAt: '2025-01-20', status: 'published', lateReason: '补发' })
    await make('教育-超期', world.departments.education, { formedAt: '2025-03-03', infoType: 'penalty' })

    const result = await server.request('GET', '/api/disclosures/deadlines?within=3', { token: tokens.office })
    expect(result.status).toBe(200)
    const board = result.body
    expect(board.today).toBe(today)
    expect(board.horizon).toBe(addWorkingDays(today, 3))
    const finance = board.departments.find((group: any) => String(group.department.id) === String(world.departments.finance))
    expect(finance.entries.map((entry: any) => entry.title)).toEqual(['财政-超期', '财政-将到期'])
    expect(finance).toMatchObject({ overdue: 1, dueSoon: 1 })
    expect(finance.entries[0]).toMatchObject({ overdue: true, dueDate: '2025-02-21', workingDaysLeft: workingDaysBetween(today, '2025-02-21') })
    expect(finance.entries[0].workingDaysLeft).toBeLessThan(0)
    expect(finance.entries[1]).toMatchObject({ overdue: false, workingDaysLeft: 1 })
    expect(board.totals).toEqual({ overdue: 2, dueSoon: 1 })
    // Most overdue first, then most due soon, then by name.
    expect(board.departments.map((group: any) => group.department.name)).toEqual(['示范区财政局', '示范区教育局'])
  })

  it('open 依申请公开 and 不予公开 entries past their due date are not on the board (the one timeliness rule)', async () => {
    const withheld = { attributeBasis: ['art27-on-request'], attributeReason: '仅涉及特定对象' }
    await make('财政-依申请草稿', world.departments.finance, { formedAt: '2025-01-20', publicAttribute: 'on-request', ...withheld })
    const stored = await payload.findByID({ collection: 'disclosures', id: ids['财政-依申请草稿']!, depth: 0 })
    expect(stored.dueDate).toBeTruthy()
    expect(stored.deadlineState).toBe('none')
    const board = (await server.request('GET', '/api/disclosures/deadlines?within=3', { token: tokens.office })).body
    const titles = board.departments.flatMap((group: any) => group.entries.map((entry: any) => entry.title))
    expect(titles).not.toContain('财政-依申请草稿')
    expect(titles).toContain('财政-超期')
  })

  it('staff see only their own department; the public nothing', async () => {
    const own = await server.request('GET', '/api/disclosures/deadlines', { token: tokens.editorFinance })
    expect(own.status).toBe(200)
    expect(own.body.departments.map((group: any) => String(group.department.id))).toEqual([String(world.departments.finance)])
    const other = await server.request('GET', `/api/disclosures/deadlines?department=${world.departments.education}`, { token: tokens.editorFinance })
    expect(other.status).toBe(403)
    expect(errorPaths(other.body)).toEqual(['department'])
    const auditor = await server.request('GET', `/api/disclosures/deadlines?department=${world.departments.education}`, { token: tokens.auditor })
    expect(auditor.body.departments.map((group: any) => group.department.name)).toEqual(['示范区教育局'])
    // `all` asks for every department, as on the ledgers and the annual report (access/departmentScope.ts).
    const all = await server.request('GET', '/api/disclosures/deadlines?department=all', { token: tokens.office })
    expect(all.status).toBe(200)
    expect(all.body.departments.map((group: any) => group.department.name)).toEqual(['示范区财政局', '示范区教育局'])
    const staffAll = await server.request('GET', '/api/disclosures/deadlines?department=all', { token: tokens.editorFinance })
    expect(staffAll.status).toBe(403)
    expect(errorPaths(staffAll.body)).toEqual(['department'])
    expect((await server.request('GET', '/api/disclosures/deadlines')).status).toBe(401)
  })

  it('names a bad window (400)', async () => {
    for (const within of ['-1', 'abc', '61', '1.5']) {
      const result = await server.request('GET', `/api/disclosures/deadlines?within=${within}`, { token: tokens.office })
      expect(result.status).toBe(400)
      expect(errorPaths(result.body)).toEqual(['within'])
    }
  })

  it('does not shadow reading a record by id', async () => {
    expect((await server.request('GET', `/api/disclosures/${ids['财政-超期']}`, { token: tokens.office })).status).toBe(200)
  })
})
