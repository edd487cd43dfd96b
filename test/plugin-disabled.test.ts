/** A disabled plugin still records every write in the audit log and keeps its data guards (#17 item 8). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload, type Payload } from 'payload'

import { databaseAdapter } from '../src/database.js'
import { disclosurePlugin } from '../src/index.js'
import { closePayload } from './helpers/payload.js'

let payload: Payload

beforeAll(async () => {
  const url = process.env.DATABASE_URL!.startsWith('file:') ? process.env.DATABASE_URL!.replace(/\.db$/, '-disabled.db') : process.env.DATABASE_URL
  const config = buildConfig({
    secret: 'disabled-plugin-test',
    db: databaseAdapter(url),
    editor: lexicalEditor(),
    telemetry: false,
    typescript: { autoGenerate: false },
    collections: [{ slug: 'users', auth: true, fields: [{ name: 'name', type: 'text' }] }],
    plugins: [disclosurePlugin({ disabled: true })],
  })
  payload = await getPayload({ config, key: 'disabled-plugin' })
})

afterAll(async () => {
  if (payload) await closePayload(payload)
})

describe('disabled plugin', () => {
  it('writes are recorded in the audit log', async () => {
    const department = await payload.create({ collection: 'departments', data: { name: '示范区停用测试局', orgCode: '1121039900MB00027G', kind: 'department' } })
    await payload.update({ collection: 'departments', id: department.id, data: { name: '示范区停用测试局（改）' } })
    const entries = await payload.find({ collection: 'audit-log', where: { collection: { equals: 'departments' }, documentId: { equals: String(department.id) } }, sort: 'at' })
    expect(entries.docs.map((entry: any) => entry.action)).toEqual(['create', 'update'])
  })

  it('data guards stay on: a malformed 组织机构代码 is refused, access rules apply', async () => {
    await expect(payload.create({ collection: 'departments', data: { name: '坏代码', orgCode: 'not-a-code', kind: 'department' } })).rejects.toThrow()
    await expect(payload.find({ collection: 'audit-log', overrideAccess: false })).rejects.toThrow()
  })
})
