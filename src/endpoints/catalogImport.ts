import { addDataAndFileToRequest, APIError, commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest, type Where } from 'payload'

import { isOfficeUser } from '../../access/isOffice.js'
import { departmentOf, hasRole } from '../../access/user.js'
import { fieldError } from '../services/fieldError.js'
import { readCatalogFile } from '../catalog-io/read.js'
import type { CatalogRow } from '../catalog-io/types.js'
import { applyImport } from '../catalog/applyImport.js'
import { planImport, type ImportPlan } from '../catalog/importPlan.js'
import { itemToRow, rowToItemValues } from '../catalog/rows.js'
import { parseTimeLimit } from '../deadlines/timeLimit.js'
import { APPLY_CATALOG_IMPORT_TASK, type ResolvedDisclosureOptions } from '../options.js'

const formatOf = (name: string | undefined, mimeType: string | undefined): 'xlsx' | 'csv' | null => {
  if (/\.xlsx$/i.test(name ?? '') || mimeType === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') return 'xlsx'
  if (/\.csv$/i.test(name ?? '') || mimeType === 'text/csv') return 'csv'
  return null
}

/** "同上" in 公开时限 takes the wording of the row above (in sheet order), so the row gets a real rule. */
const resolveSameAsAbove = (rows: CatalogRow[]): CatalogRow[] => {
  let previous = ''
  return rows.map((row) => {
    const parsed = parseTimeLimit(row.timeLimit)
    const timeLimit = !parsed.computable && parsed.kind === 'same-as-previous' && previous ? previous : row.timeLimit
    previous = timeLimit
    return { ...row, timeLimit }
  })
}

const findDomain = async (req: PayloadRequest, slug: string, id: string | null, hint: string | undefined) => {
  const where: Where | null = id ? { id: { equals: id } } : hint ? { name: { equals: hint } } : null
  if (!where) throw fieldError(400, 'domain', '无法从文件判断领域，请指定 domain / the file does not say its domain: pass ?domain=<id>')
  const found = await req.payload.find({ collection: slug, depth: 0, limit: 1, overrideAccess: false, req, user: req.user, where })
  if (!found.docs[0]) throw fieldError(400, 'domain', id ? `没有 id 为 ${id} 的领域 / no domain with id ${id}` : `未知领域“${hint}” / unknown domain "${hint}"`)
  return found.docs[0] as { id: number | string; name: string }
}

/**
 * `POST /api/catalog-items/import?domain=<id>&dryRun=true` with a multipart `file` (XLSX or CSV in the
 * standard layout). The dry run reports, row by row, what would be created, updated or refused; the real
 * run applies all of it in one transaction or nothing — in the background (a job, status in the
 * `catalog-imports` collection, HTTP 202) when it writes many rows. Office imports any domain; an editor
 * imports only items of its own department.
 */
export const catalogImportEndpoint = (options: ResolvedDisclosureOptions): Endpoint => ({
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const { slugs } = options
    const user = req.user
    if (!user) throw new APIError('请先登录 / log in to import', 401, undefined, true)
    const office = isOfficeUser(user)
    const own = departmentOf(user)
    if (!office && !(hasRole(user, 'editor') && own !== null)) {
      throw new APIError('只有政务公开办或部门编辑可以导入目录 / only the office or a department editor can import', 403, undefined, true)
    }

    await addDataAndFileToRequest(req)
    const file = req.file
    if (!file) throw fieldError(400, 'file', '请上传目录文件（XLSX 或 CSV）/ upload the catalog as a multipart "file"')
    const format = formatOf(file.name, file.mimetype)
    if (!format) throw fieldError(400, 'file', `只支持 .xlsx 或 .csv 文件 / only .xlsx or .csv files: "${file.name}"`)
    if (file.size > options.importMaxBytes) {
      throw fieldError(400, 'file', `文件超过 ${Math.round(options.importMaxBytes / 1048576)} MB / the file exceeds ${Math.round(options.importMaxBytes / 1048576)} MB`)
    }

    const parsed = await readCatalogFile(file.data, format)
    const domain = await findDomain(req, slugs.catalogDomains, req.searchParams.get('domain'), parsed.domainHint)
    const rows = resolveSameAsAbove(parsed.rows)
    const existing = await req.payload.find({
      collection: slugs.catalogItems,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: { domain: { equals: domain.id } },
    })
    const plan: ImportPlan = planImport(
      rows,
      parsed.problems,
      (existing.docs as Record<string, any>[]).map((item) => ({
        id: item.id,
        l1: item.l1,
        l2: item.l2,
        l3: item.l3,
        content: item.content,
        departments: (item.departments ?? []).map(String),
        values: rowToItemValues(itemToRow(item)),
      })),
      { ownDepartment: office ? undefined : String(own), valuesOf: rowToItemValues },
    )
    const dryRun = ['1', 'true', 'yes'].includes((req.searchParams.get('dryRun') ?? '').toLowerCase())
    const report = { dryRun, file: file.name, domain: { id: domain.id, name: domain.name }, title: parsed.title ?? null, ...plan }
    if (dryRun) return Response.json(report)
    if (!plan.ok) {
      const message = `导入被拒绝：${plan.summary.errors}处错误，未写入任何内容 / import refused: ${plan.summary.errors} error(s); nothing was written`
      return Response.json({ ...report, applied: false, errors: [{ name: 'ValidationError', message, data: { errors: [{ path: 'file', message }] } }] }, { status: 400 })
    }

    const toWrite = plan.summary.create + plan.summary.update
    const background = toWrite > options.importJobThreshold || ['1', 'true', 'yes'].includes((req.searchParams.get('async') ?? '').toLowerCase())
    if (background) {
      const record = await req.payload.create({
        collection: slugs.catalogImports,
        data: { fileName: file.name, domain: domain.id, requestedBy: user.id, status: 'queued', total: toWrite, progress: `0 / ${toWrite}`, summary: plan.summary, plan: plan.rows },
        overrideAccess: true,
        req,
      })
      await req.payload.jobs.queue({ task: APPLY_CATALOG_IMPORT_TASK, input: { importId: String(record.id) }, req })
      return Response.json({ ...report, applied: false, queued: true, importId: record.id }, { status: 202 })
    }

    const shouldCommit = await initTransaction(req)
    try {
      await applyImport({ req, slugs, domain: domain.id, rows: plan.rows, user, ownDepartment: office ? null : own })
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    return Response.json({ ...report, applied: true })
  },
})
