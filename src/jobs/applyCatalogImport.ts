import { commitTransaction, initTransaction, killTransaction, type TaskConfig, type TypedUser } from 'payload'

import { departmentOf } from '../../access/user.js'
import { isOfficeUser } from '../../access/isOffice.js'
import { applyImport } from '../catalog/applyImport.js'
import type { PlannedRow } from '../catalog/importPlan.js'
import { APPLY_CATALOG_IMPORT_TASK, type ResolvedDisclosureOptions } from '../options.js'

/**
 * Applies a queued catalog import in one transaction, as the user who started it. The import record
 * shows it running, then its counts, or why it failed (and that nothing was written).
 */
export const applyCatalogImportTask = (options: ResolvedDisclosureOptions): TaskConfig => ({
  slug: APPLY_CATALOG_IMPORT_TASK,
  label: '导入公开目录 / Import a catalog',
  inputSchema: [{ name: 'importId', type: 'text', required: true }],
  outputSchema: [
    { name: 'created', type: 'number' },
    { name: 'updated', type: 'number' },
  ],
  retries: 0,
  handler: async ({ input, req }) => {
    const { payload } = req
    const slug = options.slugs.catalogImports
    const id = (input as { importId: string }).importId
    const record = (await payload.findByID({ collection: slug, id, depth: 0, overrideAccess: true })) as Record<string, any>
    const rows = (record.plan ?? []) as PlannedRow[]
    const total = rows.filter((row) => row.action === 'create' || row.action === 'update').length
    // Status updates go outside the import's transaction so the admin sees them.
    await payload.update({
      collection: slug,
      id,
      data: { status: 'running', startedAt: new Date().toISOString(), total, progress: `0 / ${total}` },
      overrideAccess: true,
    })
    const user = (await payload.findByID({ collection: options.usersSlug, id: record.requestedBy, depth: 0, overrideAccess: true })) as TypedUser
    const importReq = { ...req, transactionID: undefined } as typeof req
    const shouldCommit = await initTransaction(importReq)
    try {
      const result = await applyImport({
        req: importReq,
        slugs: options.slugs,
        domain: record.domain,
        rows,
        user: { ...user, collection: options.usersSlug } as TypedUser,
        ownDepartment: isOfficeUser(user) ? null : departmentOf(user),
      })
      if (shouldCommit) await commitTransaction(importReq)
      await payload.update({
        collection: slug,
        id,
        data: { status: 'succeeded', finishedAt: new Date().toISOString(), progress: `${total} / ${total}`, ...result },
        overrideAccess: true,
      })
      return { output: result }
    } catch (error) {
      await killTransaction(importReq)
      await payload.update({
        collection: slug,
        id,
        data: { status: 'failed', finishedAt: new Date().toISOString(), progress: `0 / ${total}`, error: error instanceof Error ? error.message : String(error) },
        overrideAccess: true,
      })
      throw error
    }
  },
})
