import type { CollectionBeforeChangeHook } from 'payload'

import { relationIds } from '../access/user.js'
import { extractText } from '../src/workflow/findings/extractText.js'
import { scanEntry } from '../src/workflow/findings/scan.js'
import { findingsSignature, storedFindings, type StoredFinding } from '../src/workflow/findings/stored.js'

/**
 * On an attachment: extract its text once, at upload, and keep only the findings (masked), so records
 * that carry it need not read the file again.
 */
export const scanUploadedFile =
  ({ sensitiveWords }: { sensitiveWords: string[] }): CollectionBeforeChangeHook =>
  async ({ data, req }) => {
    const file = req.file
    if (!file?.data || file.data.length === 0) return data
    const extracted = await extractText(file.data, file.mimetype, file.name)
    const findings = extracted.text ? storedFindings(scanEntry({ attachments: [{ name: file.name, text: extracted.text }] }, { sensitiveWords })) : []
    return { ...data, findings, textExtracted: extracted.supported && !extracted.error }
  }

/**
 * On an entry: scan the title, the body and the attachments' findings for personal data (ID numbers,
 * mobile numbers, bank cards, e-mail addresses) and sensitive words whenever they change, for the secrecy
 * reviewer. The findings' signature changes with them, which voids an earlier acknowledgement.
 */
export const scanEntryFindings =
  ({ sensitiveWords, files }: { sensitiveWords: string[]; files: string }): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const inputs = ['title', 'body', 'attachments'] as const
    const changed = operation === 'create' || !originalDoc?.findingsSignature || inputs.some((field) => field in data && JSON.stringify(data[field]) !== JSON.stringify(originalDoc?.[field]))
    if (!changed) return data
    const merged = { ...originalDoc, ...data }
    const findings = storedFindings(scanEntry({ title: merged.title, body: merged.body }, { sensitiveWords }))
    const fileIds = relationIds(merged.attachments)
    if (fileIds.length > 0) {
      const { docs } = await req.payload.find({ collection: files, where: { id: { in: fileIds } }, depth: 0, pagination: false, overrideAccess: true, req, select: { findings: true } })
      for (const file of docs as Record<string, any>[]) if (Array.isArray(file.findings)) findings.push(...(file.findings as StoredFinding[]))
    }
    return { ...data, findings, findingsSignature: findingsSignature(findings) }
  }
