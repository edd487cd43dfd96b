/** The audit log's pure parts: the field diff, the CSV writer, export filters and the client IP. */
import { describe, expect, it } from '@jest/globals'

import { parseCsv } from '../src/catalog-io/csv.js'
import {
  AUDIT_CSV_HEADERS,
  auditExportFileName,
  auditFilterConditions,
  clientIpFromHeaders,
  describeChanges,
  diffScalarFields,
  neutraliseCell,
  normaliseIp,
  parseAuditFilters,
  parseTrustProxy,
  writeAuditCsv,
  type FieldLike,
} from '../src/audit/index.js'

const FIELDS: FieldLike[] = [
  { name: 'title', type: 'text' },
  { name: 'count', type: 'number' },
  { name: 'active', type: 'checkbox' },
  { name: 'kind', type: 'select' },
  { name: 'tags', type: 'select', hasMany: true },
  { name: 'formedAt', type: 'date' },
  { name: 'email', type: 'email' },
  { name: 'note', type: 'textarea' },
  { name: 'level', type: 'radio' },
  { name: 'department', type: 'relationship' },
  { name: 'coDepartments', type: 'relationship', hasMany: true },
  { name: 'owner', type: 'relationship' },
  { name: 'body', type: 'richText' },
  { name: 'meta', type: 'json' },
  { name: 'rows', type: 'array', fields: [{ name: 'file', type: 'upload' }] },
  { name: 'layout', type: 'blocks', blocks: [] },
  { name: 'cover', type: 'upload' },
  { name: 'secrecyReview', type: 'group', fields: [{ name: 'conclusion', type: 'select' }, { name: 'reviewer', type: 'relationship' }] },
  { type: 'row', fields: [{ name: 'inRow', type: 'text' }] },
  { type: 'collapsible', fields: [{ name: 'inCollapsible', type: 'text' }] },
  { type: 'group', fields: [{ name: 'inUnnamedGroup', type: 'text' }] },
  {
    type: 'tabs',
    tabs: [
      { name: 'named', fields: [{ name: 'inTab', type: 'text' }, { type: 'row', fields: [{ name: 'deep', type: 'number' }] }] },
      { fields: [{ name: 'inUnnamedTab', type: 'text' }] },
    ],
  },
  { name: 'computed', type: 'text', virtual: true },
  { name: 'records', type: 'join' },
  { name: 'createdAt', type: 'date' },
  { name: 'updatedAt', type: 'date' },
  ...['password', 'hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'apiKey', 'apiKeyIndex', 'lockUntil', 'loginAttempts'].map((name) => ({ name, type: 'text' })),
  { name: 'sessions', type: 'array', fields: [{ name: 'id', type: 'text' }] },
]

describe('diffScalarFields', () => {
  it('old and new values of scalar fields, paths through named groups and tabs, opaque fields by name', () => {
    const before = {
      title: 'a', count: 1, active: false, kind: 'x', tags: ['p'], formedAt: '2025-01-01T00:00:00.000Z', email: 'a@b.cn', note: 'n', level: 'county',
      department: 3, coDepartments: [3], owner: null, body: { root: { children: [] } }, meta: { a: 1 }, rows: [{ id: 'r1', file: 7 }], layout: [],
      cover: 7, secrecyReview: { conclusion: null, reviewer: null }, inRow: 'r', inCollapsible: 'c', inUnnamedGroup: 'g',
      named: { inTab: 't', deep: 1 }, inUnnamedTab: 'u', computed: 'v1', createdAt: '2025-01-01', updatedAt: '2025-01-01',
      password: 'p1', hash: 'h1', salt: 's1', resetPasswordToken: 't1', resetPasswordExpiration: 'e1', apiKey: 'k1', apiKeyIndex: 'i1', lockUntil: null, loginAttempts: 0, sessions: [],
    }
    const after = {
      title: 'b', count: 2, active: true, kind: 'y', tags: ['p', 'q'], formedAt: '2025-02-01T00:00:00.000Z', email: 'c@d.cn', note: 'm', level: 'township',
      // populated relationships (depth 1) compare by id
      department: { id: 4, name: '教育局' }, coDepartments: [{ id: 3, name: '财政局' }, 4], owner: { id: 9 },
      body: { root: { children: [{ type: 'paragraph' }] } }, meta: { a: 2 }, rows: [{ id: 'r1', file: { id: 8 } }], layout: [{ blockType: 'x' }],
      cover: { id: 8, url: '/x' }, secrecyReview: { conclusion: 'public', reviewer: { id: 5 } }, inRow: 'r2', inCollapsible: 'c2', inUnnamedGroup: 'g2',
      named: { inTab: 't2', deep: 2 }, inUnnamedTab: 'u2', computed: 'v2', createdAt: '2025-03-01', updatedAt: '2025-03-01',
      password: 'p2', hash: 'h2', salt: 's2', resetPasswordToken: 't2', resetPasswordExpiration: 'e2', apiKey: 'k2', apiKeyIndex: 'i2', lockUntil: 'l', loginAttempts: 3, sessions: [{ id: 's' }],
    }
    expect(diffScalarFields(FIELDS, before, after)).toEqual([
      { field: 'title', from: 'a', to: 'b' },
      { field: 'count', from: 1, to: 2 },
      { field: 'active', from: false, to: true },
      { field: 'kind', from: 'x', to: 'y' },
      { field: 'tags', from: ['p'], to: ['p', 'q'] },
      { field: 'formedAt', from: '2025-01-01T00:00:00.000Z', to: '2025-02-01T00:00:00.000Z' },
      { field: 'email', from: 'a@b.cn', to: 'c@d.cn' },
      { field: 'note', from: 'n', to: 'm' },
      { field: 'level', from: 'county', to: 'township' },
      { field: 'department', from: 3, to: 4 },
      { field: 'coDepartments', from: [3], to: [3, 4] },
      { field: 'owner', from: null, to: 9 },
      { field: 'body' },
      { field: 'meta' },
      { field: 'rows' },
      { field: 'layout' },
      { field: 'cover' },
      { field: 'secrecyReview.conclusion', from: null, to: 'public' },
      { field: 'secrecyReview.reviewer', from: null, to: 5 },
      { field: 'inRow', from: 'r', to: 'r2' },
      { field: 'inCollapsible', from: 'c', to: 'c2' },
      { field: 'inUnnamedGroup', from: 'g', to: 'g2' },
      { field: 'named.inTab', from: 't', to: 't2' },
      { field: 'named.deep', from: 1, to: 2 },
      { field: 'inUnnamedTab', from: 'u', to: 'u2' },
    ])
  })

  it('nothing when only the depth of relationships differs, and fields missing from the new doc are not compared', () => {
    const before = { department: 3, coDepartments: [3, 4], cover: 7, rows: [{ id: 'r', file: 7 }], body: { root: { children: [{ type: 'upload', relationTo: 'media', value: 7 }] } }, title: 'a' }
    const after = {
      department: { id: 3 },
      coDepartments: [{ id: 3 }, { id: 4 }],
      cover: { id: 7, url: '/7' },
      rows: [{ id: 'r', file: { id: 7 } }],
      body: { root: { children: [{ type: 'upload', relationTo: 'media', value: { id: 7, url: '/7' } }] } },
    }
    expect(diffScalarFields(FIELDS, before, after)).toEqual([])
    // a new field and a cleared one
    expect(diffScalarFields(FIELDS, {}, { title: 'x', note: null })).toEqual([{ field: 'title', from: null, to: 'x' }])
    expect(diffScalarFields(FIELDS, { title: 'x' }, { title: null })).toEqual([{ field: 'title', from: 'x', to: null }])
  })

  it('polymorphic relationships keep relationTo with the id', () => {
    const fields: FieldLike[] = [{ name: 'ref', type: 'relationship' }]
    expect(diffScalarFields(fields, { ref: { relationTo: 'a', value: 1 } }, { ref: { relationTo: 'b', value: { id: 2, name: 'x' } } })).toEqual([
      { field: 'ref', from: { relationTo: 'a', value: 1 }, to: { relationTo: 'b', value: 2 } },
    ])
  })
})

describe('CSV', () => {
  it.each([
    ['=cmd', "'=cmd"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['正常文本', '正常文本'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('neutraliseCell(%j) = %j', (input, output) => {
    expect(neutraliseCell(input)).toBe(output)
  })

  it('UTF-8 with BOM, Chinese headers, Beijing time, readable changes; reads back', () => {
    const data = writeAuditCsv([
      {
        at: '2025-11-01T16:30:05.000Z',
        action: 'update',
        userId: '2',
        userEmail: 'editor.finance@demo.gov.cn',
        roles: 'editor',
        departmentId: '3',
        departmentName: '示范区财政局',
        ip: '10.0.0.1',
        collection: 'disclosures',
        documentId: '12',
        documentTitle: '=HYPERLINK("http://x")',
        changes: [{ field: 'title', from: '旧, "标题"', to: '新标题' }, { field: 'body' }],
        details: { comment: '同意' },
      },
    ])
    expect([...data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const records = parseCsv(data.toString('utf8'))
    expect(records[0]).toEqual([...AUDIT_CSV_HEADERS])
    expect(records[1]).toEqual([
      '2025-11-02 00:30:05',
      '修改',
      '2',
      'editor.finance@demo.gov.cn',
      'editor',
      '3',
      '示范区财政局',
      '10.0.0.1',
      'disclosures',
      '12',
      `'=HYPERLINK("http://x")`,
      'title: 旧, "标题" → 新标题; body（已修改）',
      '{"comment":"同意"}',
    ])
  })

  it('describes empty values', () => {
    expect(describeChanges([{ field: 'a', from: null, to: [] }, { field: 'b', from: true, to: false }])).toBe('a: （空） → （空）; b: 是 → 否')
  })
})

describe('export filters', () => {
  const parse = (query: string) => parseAuditFilters(new URLSearchParams(query), ['disclosures', 'users'])

  it('accepts the documented filters', () => {
    expect(parse('user=2&department=3&collection=disclosures&action=publish&from=2025-11-01&to=2025-11-30')).toEqual({
      ok: true,
      filters: { user: '2', department: '3', collection: 'disclosures', action: 'publish', from: '2025-11-01', to: '2025-11-30' },
    })
    expect(parse('')).toEqual({ ok: true, filters: {} })
  })

  it.each([
    ['from=2025-02-29', 'from'],
    ['to=2025-13-01', 'to'],
    ['from=20251101', 'from'],
    ['from=2025-11-02&to=2025-11-01', 'to'],
    ['action=read', 'action'],
    ['collection=secrets', 'collection'],
    ['department=', 'department'],
    ['user=a&user=b', 'user'],
  ])('refuses %s naming %s', (query, field) => {
    expect(parse(query)).toMatchObject({ ok: false, field })
  })

  it('Beijing days become instants; users by id, e-mail or system', () => {
    expect(auditFilterConditions({ from: '2025-11-01', to: '2025-11-30', user: 'a@b.cn' })).toEqual([
      { userEmail: { equals: 'a@b.cn' } },
      { at: { greater_than_equal: '2025-10-31T16:00:00.000Z' } },
      { at: { less_than: '2025-11-30T16:00:00.000Z' } },
    ])
    expect(auditFilterConditions({ user: '7' })).toEqual([{ userId: { equals: '7' } }])
    expect(auditFilterConditions({ user: 'system' })).toEqual([{ userEmail: { equals: 'system' } }])
  })

  it('file names', () => {
    expect(auditExportFileName({ from: '2025-11-01', to: '2025-11-30' })).toBe('audit-log-20251101-20251130.csv')
    // 2025-11-30T17:00Z is already 1 December in Beijing
    expect(auditExportFileName({}, new Date('2025-11-30T17:00:00Z'))).toBe('audit-log-start-20251201.csv')
  })
})

describe('client IP', () => {
  const headers = (values: Record<string, string>) => (name: string) => values[name] ?? null

  it('prefers the server-set header, then X-Forwarded-For (first), then X-Real-IP', () => {
    expect(clientIpFromHeaders(headers({ 'x-disclosure-client-ip': '::ffff:10.1.2.3', 'x-forwarded-for': '1.1.1.1' }))).toBe('10.1.2.3')
    expect(clientIpFromHeaders(headers({ 'x-forwarded-for': ' 203.0.113.9 , 10.0.0.1', 'x-real-ip': '2.2.2.2' }))).toBe('203.0.113.9')
    expect(clientIpFromHeaders(headers({ 'x-real-ip': '2.2.2.2' }))).toBe('2.2.2.2')
    expect(clientIpFromHeaders(headers({}))).toBeNull()
  })

  it('normalises addresses', () => {
    expect(normaliseIp('[2001:db8::1]:443')).toBe('2001:db8::1')
    expect(normaliseIp('192.0.2.1:8080')).toBe('192.0.2.1')
    expect(normaliseIp('::1')).toBe('::1')
    expect(normaliseIp('unknown')).toBeNull()
  })

  it('parses TRUST_PROXY', () => {
    expect(parseTrustProxy(undefined)).toBe(false)
    expect(parseTrustProxy('false')).toBe(false)
    expect(parseTrustProxy('true')).toBe(true)
    expect(parseTrustProxy('1')).toBe(1)
    expect(parseTrustProxy('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8')
  })
})
