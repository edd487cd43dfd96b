import type { CollectionConfig } from 'payload'

import { isAuditor } from '../access/isAuditor.js'
import { nobody } from '../access/staff.js'
import { isOffice } from '../access/isOffice.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'


/**
 * Counters behind index numbers (索引号): one per department and year (`key` = `<department>:<year>`),
 * `last` = the last serial handed out. Counters only grow, so a serial is never given out twice, even
 * after its record is deleted. Incremented atomically by src/services/serialCounter.ts.
 */
export const indexCountersCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.indexCounters,
  // A fixed table name: the counter is incremented with one SQL statement that names it.
  dbName: options.slugs.indexCounters.replace(/-/g, '_'),
  labels: { singular: { zh: '索引号计数', en: 'Index counter' }, plural: { zh: '索引号计数', en: 'Index counters' } },
  admin: { hidden: true, useAsTitle: 'key' },
  access: {
    read: (args) => isOffice(args) || isAuditor(args),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'last', type: 'number', required: true, defaultValue: 0 },
  ],
})
