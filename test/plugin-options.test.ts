/** The plugin as a config transformer: Payload plugin conventions, without a database. */
import { describe, expect, it } from '@jest/globals'
import type { CollectionConfig, Config, Field } from 'payload'

import { DEFAULT_SLUGS } from '../src/options.js'
import { disclosurePlugin } from '../src/index.js'

const host = (users: Partial<CollectionConfig> = {}): Config =>
  ({
    secret: 'x',
    db: {} as Config['db'],
    collections: [{ slug: 'users', auth: true, fields: [{ name: 'name', type: 'text' }], ...users }],
  }) as Config

const fieldNamed = (collection: CollectionConfig | undefined, name: string) =>
  collection?.fields.find((field: Field) => 'name' in field && field.name === name) as any

describe('disclosurePlugin', () => {
  it('adds departments and disclosures and extends the host users with roles and department', () => {
    const config = disclosurePlugin()(host())
    const slugs = config.collections!.map((c) => c.slug)
    // The host's users first, then one collection per plugin slug.
    expect(slugs[0]).toBe('users')
    expect([...slugs.slice(1)].sort()).toEqual(Object.values(DEFAULT_SLUGS).sort())
    expect(config.endpoints?.map((endpoint) => endpoint.path)).toEqual(['/catalog-tree', '/ledgers/monthly', '/annual-report'])
    expect(config.jobs?.tasks?.map((task) => task.slug)).toEqual(['recomputeDeadlines', 'applyCatalogImport', 'overdueReminders', 'scheduledPublish', 'ledgerReminders'])
    const users = config.collections![0]
    expect(fieldNamed(users, 'name')).toBeDefined()
    expect(fieldNamed(users, 'roles')).toMatchObject({ type: 'select', hasMany: true })
    expect(fieldNamed(users, 'department')).toMatchObject({ type: 'relationship', relationTo: 'departments' })
  })

  it('honours slug overrides everywhere a slug is referenced', () => {
    const config = disclosurePlugin({
      slugs: {
        departments: 'org-units',
        disclosures: 'gov-info',
        calendarDays: 'holidays',
        deadlineChanges: 'due-date-log',
        catalogDomains: 'areas',
        catalogItems: 'obligations',
        catalogImports: 'obligation-imports',
        indexCounters: 'serials',
        disclosureFiles: 'attachments',
        reminders: 'nudges',
      },
      usersSlug: 'staff',
    })(
      { ...host(), collections: [{ slug: 'staff', auth: true, fields: [] }] } as Config,
    )
    const bySlug = Object.fromEntries(config.collections!.map((c) => [c.slug, c]))
    expect(Object.keys(bySlug)).toEqual(expect.arrayContaining(['staff', 'org-units', 'gov-info', 'attachments', 'nudges', 'holidays', 'due-date-log', 'areas', 'obligations', 'obligation-imports', 'serials']))
    expect(Object.keys(bySlug)).not.toEqual(expect.arrayContaining(['disclosures', 'departments', 'disclosure-files', 'disclosure-reminders']))
    expect(fieldNamed(bySlug['gov-info'], 'attachments').relationTo).toBe('attachments')
    expect(fieldNamed(bySlug['gov-info'], 'domain').relationTo).toBe('areas')
    expect(fieldNamed(bySlug['gov-info'], 'author').relationTo).toBe('staff')
    expect(fieldNamed(bySlug.attachments, 'department').relationTo).toBe('org-units')
    expect(fieldNamed(bySlug.interpretations, 'policy').relationTo).toBe('policy-documents')
    expect(fieldNamed(bySlug['policy-documents'], 'attachments').relationTo).toBe('attachments')
    expect(fieldNamed(bySlug.nudges, 'department').relationTo).toBe('org-units')
    expect(bySlug.serials!.dbName).toBe('serials')
    expect(fieldNamed(bySlug['obligation-imports'], 'domain').relationTo).toBe('areas')
    expect(fieldNamed(bySlug.obligations, 'domain').relationTo).toBe('areas')
    expect(fieldNamed(bySlug.obligations, 'departments').relationTo).toBe('org-units')
    expect(fieldNamed(bySlug.obligations, 'lastEditedBy').relationTo).toBe('staff')
    expect(fieldNamed(bySlug.areas, 'items').collection).toBe('obligations')
    expect(fieldNamed(bySlug['due-date-log'], 'department').relationTo).toBe('org-units')
    expect(fieldNamed(bySlug.staff, 'department').relationTo).toBe('org-units')
    expect(fieldNamed(bySlug['gov-info'], 'department').relationTo).toBe('org-units')
    expect(fieldNamed(bySlug['org-units'], 'parent').relationTo).toBe('org-units')
    expect(fieldNamed(bySlug['org-units'], 'disclosures').collection).toBe('gov-info')
  })

  it('keeps access rules the host set on its users collection', () => {
    const read = () => true
    const config = disclosurePlugin()(host({ access: { read } }))
    expect(config.collections![0]!.access!.read).toBe(read)
    expect(config.collections![0]!.access!.create).toBeDefined()
  })

  it('keeps the schema, the guards, the audit log and the endpoints when disabled; no jobs, seeding or admin additions', () => {
    const config = disclosurePlugin({ disabled: true })(host())
    expect([...config.collections!.map((c) => c.slug)].sort()).toEqual(['users', ...Object.values(DEFAULT_SLUGS)].sort())
    expect(config.jobs?.tasks ?? []).toEqual([])
    expect(config.endpoints?.map((endpoint) => endpoint.path)).toEqual(['/catalog-tree', '/ledgers/monthly', '/annual-report'])
    expect(config.onInit).toBeUndefined()
    expect(config.admin?.components?.views).toBeUndefined()
    const enabled = disclosurePlugin()(host())
    for (const slug of ['users', 'disclosures', 'departments']) {
      const hookCount = (c: Config) => {
        const collection = c.collections!.find((candidate) => candidate.slug === slug)!
        return Object.values(collection.hooks ?? {}).reduce((sum, list) => sum + (Array.isArray(list) ? list.length : 0), 0)
      }
      expect(hookCount(config)).toBe(hookCount(enabled))
    }
  })

  it('refuses an index number format without a serial or with an unknown placeholder', () => {
    expect(() => disclosurePlugin({ indexNumberFormat: '{orgCode}/{year}' })(host())).toThrow(/must contain \{serial\}/)
    expect(() => disclosurePlugin({ indexNumberFormat: '{org}/{serial}' })(host())).toThrow(/unknown placeholder \{org\}/)
    expect(() => disclosurePlugin({ indexNumberFormat: '{orgCode}-{year}-{serial:6}' })(host())).not.toThrow()
  })

  it('explains a missing or non-auth users collection', () => {
    expect(() => disclosurePlugin({ usersSlug: 'members' })(host())).toThrow(/users collection "members" was not found/)
    expect(() => disclosurePlugin()({ ...host(), collections: [{ slug: 'users', fields: [] }] } as Config)).toThrow(/must have `auth`/)
  })

  it('refuses to shadow a collection the host already has', () => {
    const config = { ...host(), collections: [...host().collections!, { slug: 'departments', fields: [] }] } as Config
    expect(() => disclosurePlugin()(config)).toThrow(/already has a collection "departments"/)
  })
})
