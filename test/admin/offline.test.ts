/**
 * The admin loads nothing from outside the server (government intranets are offline): Payload's JSON code
 * editor (fetched from a CDN) is replaced on every visible JSON field of the plugin's collections, and the
 * avatar is Payload's built-in one, not gravatar.
 */
import { describe, expect, it } from '@jest/globals'
import type { CollectionConfig, Config, Field } from 'payload'

import { disclosurePlugin } from '../../src/index.js'

const host = (admin: Config['admin'] = {}): Config =>
  ({ secret: 'x', db: {} as Config['db'], admin, collections: [{ slug: 'users', auth: true, fields: [{ name: 'name', type: 'text' }] }] }) as Config

const jsonFields = (fields: Field[], at = ''): { path: string; field: Field & { type: 'json' } }[] =>
  fields.flatMap((field) => {
    const name = 'name' in field ? `${at}${field.name}` : at
    if (field.type === 'json') return [{ path: name, field }]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => jsonFields(tab.fields, `${name}.`))
    if ('fields' in field && Array.isArray(field.fields)) return jsonFields(field.fields as Field[], `${name}.`)
    return []
  })

describe('offline-safe admin', () => {
  const config = disclosurePlugin()(host())
  const visible = (config.collections as CollectionConfig[]).flatMap((collection) =>
    jsonFields(collection.fields).filter(({ field }) => !field.admin?.hidden).map((entry) => ({ ...entry, collection: collection.slug })),
  )

  it('every visible JSON field is rendered without the CDN code editor', () => {
    expect(visible.map(({ collection, path }) => `${collection}.${path}`)).toEqual(
      expect.arrayContaining(['audit-log.changes', 'audit-log.details', 'catalog-imports.plan', 'catalog-imports.summary', 'disclosure-files.findings', 'catalog-items.extra']),
    )
    for (const { field } of visible) expect(field.admin?.components?.Field).toBe('payload-plugin-disclosure/client#JsonValueField')
  })

  it('the avatar is the built-in one unless the host chose its own', () => {
    expect(config.admin?.avatar).toBe('default')
    expect(disclosurePlugin()(host({ avatar: 'gravatar' })).admin?.avatar).toBe('gravatar')
  })
})
