import type { Endpoint, PayloadRequest, Where } from 'payload'

import { activeWhere } from '../../access/publicReadsActive.js'
import { writeAuditEntry } from '../services/auditLog.js'
import { fieldError } from '../services/fieldError.js'
import { assertWellFormedId } from '../services/validId.js'
import { writeCatalogCsv } from '../catalog-io/write-csv.js'
import { writeCatalogXlsx } from '../catalog-io/write-xlsx.js'
import { itemToRow } from '../catalog/rows.js'
import type { ResolvedDisclosureOptions } from '../options.js'

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const

/** `attachment` with the Chinese file name kept (RFC 6266 / 5987) and an ASCII fallback. */
export const attachment = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`

const findOne = async (req: PayloadRequest, collection: string, param: string) => {
  const id = req.searchParams.get(param)
  if (!id) return undefined
  assertWellFormedId(req.payload, id, param)
  const found = await req.payload.find({ collection, depth: 0, limit: 1, overrideAccess: false, req, user: req.user, where: { id: { equals: id } } })
  if (!found.docs[0]) throw fieldError(400, param, `没有 id 为 ${id} 的记录 / no ${collection} with id ${id}`)
  return found.docs[0] as Record<string, any>
}

/**
 * `GET /api/catalog-items/export?domain=<id>[&department=<id>][&format=xlsx|csv]`: a domain's catalog
 * (optionally one department's part of it) in the standard published layout, as the reader may see it.
 */
export const catalogExportEndpoint = (options: ResolvedDisclosureOptions): Endpoint => ({
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const { slugs } = options
    const format = (req.searchParams.get('format') ?? 'xlsx') as keyof typeof CONTENT_TYPES
    if (!(format in CONTENT_TYPES)) throw fieldError(400, 'format', `format 应为 xlsx 或 csv / format must be xlsx or csv, got "${format}"`)
    const domain = await findOne(req, slugs.catalogDomains, 'domain')
    const department = await findOne(req, slugs.departments, 'department')
    if (!domain && !department) throw fieldError(400, 'domain', '请指定领域（domain）或部门（department）/ give a domain or a department')

    const where: Where = {
      and: [
        activeWhere(),
        ...(domain ? [{ domain: { equals: domain.id } }] : []),
        ...(department ? [{ departments: { in: [department.id] } }] : []),
      ],
    }
    const items = await req.payload.find({
      collection: slugs.catalogItems,
      depth: 0,
      overrideAccess: false,
      pagination: false,
      req,
      sort: ['sortOrder', 'createdAt'],
      user: req.user,
      where,
    })
    const rows = (items.docs as Record<string, any>[]).map(itemToRow)
    const owner = department?.name ?? ''
    const title = `${owner}${domain ? `${domain.name}领域` : ''}基层政务公开标准目录`
    // Every export is recorded, the public's too (as `anonymous`): what was exported, by whom, how many rows.
    await writeAuditEntry(req, {
      action: 'export',
      collection: slugs.catalogItems,
      user: req.user ?? { id: null, email: 'anonymous' },
      details: { what: 'catalog', domain: domain?.id ?? null, department: department?.id ?? null, format, rows: rows.length },
    })
    const body = format === 'xlsx' ? await writeCatalogXlsx(rows, { title, sheetName: domain?.name ?? department?.shortName ?? undefined }) : writeCatalogCsv(rows, { title })
    return new Response(new Uint8Array(body), {
      headers: { 'content-type': CONTENT_TYPES[format], 'content-disposition': attachment(`${title}.${format}`) },
    })
  },
})
