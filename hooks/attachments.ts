import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { relationIds as idsOf, sameId } from '../access/user.js'
import { fieldError } from '../src/services/fieldError.js'

/**
 * "谁制作、谁公开" for attachments: a record carries only files of its own department, so one
 * department cannot publish another's documents by attaching them.
 */
export const attachmentsOfOwnDepartment =
  ({ files }: { files: string }): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    if (!('attachments' in data)) return data
    const merged = { ...originalDoc, ...data }
    const before = new Set(idsOf(originalDoc?.attachments))
    const added = idsOf(data.attachments).filter((id) => !before.has(id))
    if (added.length === 0) return data
    const found = await req.payload.find({
      collection: files,
      where: { id: { in: added } },
      depth: 0,
      limit: added.length,
      overrideAccess: true,
      pagination: false,
      req,
    })
    for (const id of added) {
      const file = found.docs.find((doc) => String(doc.id) === id)
      if (!file) throw fieldError(400, 'attachments', `附件不存在（${id}）/ no attachment with id ${id}`)
      if (!sameId(file.department, merged.department)) {
        // Only the id: the file and its name are that department's own, not to be disclosed here.
        throw fieldError(400, 'attachments', `附件（${id}）属于其他部门，不能附加 / attachment ${id} belongs to another department`)
      }
    }
    return data
  }

/** A file is public while at least one published, proactively disclosed, untrashed record carries it. */
const refreshVisibility = async (req: PayloadRequest, records: string[], files: string, fileIds: string[]) => {
  for (const id of new Set(fileIds)) {
    let totalDocs = 0
    for (const collection of records) {
      if (!req.payload.collections[collection]) continue
      totalDocs += (
        await req.payload.count({
          collection,
          overrideAccess: true,
          req,
          where: {
            and: [
              { attachments: { equals: id } },
              { status: { equals: 'published' } },
              { publicAttribute: { equals: 'proactive' } },
              { deletedAt: { exists: false } },
            ],
          },
        })
      ).totalDocs
    }
    const file = await req.payload.findByID({ collection: files, id, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (file && Boolean(file.publiclyVisible) !== totalDocs > 0) {
      await req.payload.update({ collection: files, id, data: { publiclyVisible: totalDocs > 0 }, overrideAccess: true, req })
    }
  }
}

/** Keeps the files' public flag in step with the records that carry them. */
export const syncAttachmentVisibility =
  ({ records, files }: { records: string[]; files: string }): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const touched = [...idsOf(doc.attachments), ...idsOf(previousDoc?.attachments)]
    const visibilityInputs = ['status', 'publicAttribute', 'deletedAt', 'attachments'] as const
    const changed = !previousDoc || visibilityInputs.some((field) => JSON.stringify(doc[field] ?? null) !== JSON.stringify(previousDoc[field] ?? null))
    if (touched.length > 0 && changed) await refreshVisibility(req, records, files, touched)
    return doc
  }

export const syncAttachmentVisibilityOnDelete =
  ({ records, files }: { records: string[]; files: string }): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    const touched = idsOf(doc.attachments)
    if (touched.length > 0) await refreshVisibility(req, records, files, touched)
    return doc
  }
