import { fileTypeFromBuffer } from 'file-type'
import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { createInOwnDepartment, readOwnDepartmentOrPublic, writeOwnDepartment } from '../access/departmentScoped.js'
import { isStaff } from '../access/staff.js'
import { serverWritten } from '../access/serverWritten.js'
import { departmentGuard } from '../hooks/departmentGuard.js'
import { fieldError } from '../src/services/fieldError.js'
import { scanUploadedFile } from '../hooks/findings.js'
import { preventDeleteWhenReferenced } from '../hooks/preventDeleteWhenReferenced.js'
import { relationExists } from '../src/services/fieldValidators.js'
import { ATTACHMENT_MIME_TYPES, formatBytes } from '../src/files/types.js'
import type { ResolvedDisclosureOptions } from '../src/options.js'
import { attachmentContentType } from '../src/files/contentType.js'
import { missingLocalFileIs404 } from '../src/services/missingFile.js'

/** Refuses an upload above the configured size with 400 naming `file`, before anything is stored. */
const limitFileSize =
  (maxBytes: number): CollectionBeforeOperationHook =>
  ({ operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return
    const size = req.file?.size ?? req.file?.data?.length ?? 0
    if (size > maxBytes) {
      throw fieldError(400, 'file', `附件不能超过${formatBytes(maxBytes)}（此文件${formatBytes(size)}）/ attachments are limited to ${formatBytes(maxBytes)}; this file is ${formatBytes(size)}`)
    }
  }

/**
 * The stored type comes from the file's bytes: a file whose name and content disagree is refused (400
 * `file`), so it can neither be served under a false type nor skip the text scan.
 */
const checkContentType: CollectionBeforeOperationHook = async ({ operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file?.data?.length) return
  const detected = await fileTypeFromBuffer(req.file.data)
  const verdict = attachmentContentType(req.file.name, detected?.mime)
  if (!verdict.ok) throw fieldError(400, 'file', verdict.message)
  req.file.mimetype = verdict.mime
}

/**
 * Attachments of disclosure records (附件), scoped like the records: a department uploads and sees its
 * own files; the public downloads a file only while a published, proactively disclosed record
 * carries it (`publiclyVisible`, kept by the server when records change).
 */
export const disclosureFilesCollection = (options: ResolvedDisclosureOptions): CollectionConfig => ({
  slug: options.slugs.disclosureFiles,
  labels: {
    singular: { zh: '附件', en: 'Attachment' },
    plural: { zh: '附件', en: 'Attachments' },
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'title', 'department', 'filesize', 'publiclyVisible'],
    group: { zh: '政务公开', en: 'Disclosure' },
  },
  upload: {
    staticDir: options.filesDir,
    mimeTypes: [...ATTACHMENT_MIME_TYPES],
    // Documents are served as uploaded; no resized copies of scanned pages.
    disableLocalStorage: false,
    handlers: [missingLocalFileIs404(options.filesDir)],
  },
  access: {
    read: readOwnDepartmentOrPublic({ publiclyVisible: { equals: true } }),
    create: createInOwnDepartment(['editor']),
    update: writeOwnDepartment(['editor', 'reviewer']),
    delete: writeOwnDepartment(['editor']),
  },
  hooks: {
    beforeOperation: [limitFileSize(options.filesMaxBytes), checkContentType],
    beforeValidate: [departmentGuard('department')],
    beforeChange: [scanUploadedFile({ sensitiveWords: options.sensitiveWords })],
    beforeDelete: [
      preventDeleteWhenReferenced(
        () => [
          { collection: options.slugs.disclosures, field: 'attachments', label: '条公开信息 (disclosure records)' },
          { collection: options.slugs.policyDocuments, field: 'attachments', label: '份政策文件 (policy documents)' },
          { collection: options.slugs.interpretations, field: 'attachments', label: '篇政策解读 (interpretations)' },
        ],
        '请先从公开信息中移除该附件。/ Remove it from the records first.',
      ),
    ],
  },
  fields: [
    { name: 'title', type: 'text', maxLength: 300, label: { zh: '附件名称', en: 'Title' } },
    {
      name: 'department',
      type: 'relationship',
      relationTo: options.slugs.departments,
      required: true,
      index: true,
      validate: relationExists(),
      label: { zh: '责任部门', en: 'Department' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'publiclyVisible',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: serverWritten(),
      label: { zh: '公众可下载', en: 'Public download' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: { zh: '附件所属的公开信息发布（主动公开）后自动开放', en: 'Opened automatically while a published proactive record carries it' },
      },
    },
    {
      name: 'findings',
      type: 'json',
      access: serverWritten(isStaff),
      label: { zh: '自动检查发现', en: 'Automatic findings' },
      admin: { readOnly: true, description: { zh: '上传时从文件文字中检出的疑似个人信息和敏感词（已脱敏）', en: 'Personal data and sensitive words found in the file text at upload (masked)' } },
    },
    {
      name: 'textExtracted',
      type: 'checkbox',
      access: serverWritten(isStaff),
      label: { zh: '已提取文字', en: 'Text extracted' },
      admin: { readOnly: true, position: 'sidebar', description: { zh: '图片和旧版Office文件无法自动检查，需人工审查', en: 'Images and legacy Office files cannot be checked automatically' } },
    },
  ],
})
