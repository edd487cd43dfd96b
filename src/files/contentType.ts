/**
 * An attachment's real type, from its bytes, against the type its name claims (pure). A Word file
 * renamed `.pdf` would otherwise be stored and served as a PDF and skip text extraction, so the resident
 * ID number inside it would never be found. The caller detects the bytes' type (`file-type`) and passes it.
 */
import { ATTACHMENT_MIME_TYPES } from './types.js'

export const EXTENSION_MIME: Record<string, (typeof ATTACHMENT_MIME_TYPES)[number]> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
}

/** What people call each type in messages. */
const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word (.doc)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
  'application/vnd.ms-excel': 'Excel (.xls)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (.xlsx)',
  'application/vnd.ms-powerpoint': 'PowerPoint (.ppt)',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint (.pptx)',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
  'application/x-cfb': 'Office 97-2003',
}

/** The old binary Office formats share one container (Compound File Binary): the name tells which. */
const LEGACY_OFFICE = new Set(['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint'])

export type ContentTypeVerdict = { ok: true; mime: string } | { ok: false; message: string }

const extensionOf = (name: string): string => (name.match(/\.([A-Za-z0-9]+)$/)?.[1] ?? '').toLowerCase()

export const attachmentContentType = (name: string, detected: string | undefined): ContentTypeVerdict => {
  const extension = extensionOf(name)
  const claimed = EXTENSION_MIME[extension]
  if (!claimed) {
    return { ok: false, message: `不支持的文件类型“.${extension || '（无扩展名）'}”：只接受 PDF、Office 文档和图片 / unsupported file type ".${extension}": PDF, Office documents and images only` }
  }
  if (!detected) {
    return { ok: false, message: `无法识别文件内容，不像是${TYPE_NAMES[claimed]}文件 / the content is not recognisable as a ${TYPE_NAMES[claimed]} file` }
  }
  if (detected === claimed) return { ok: true, mime: claimed }
  if (detected === 'application/x-cfb' && LEGACY_OFFICE.has(claimed)) return { ok: true, mime: claimed }
  const actual = TYPE_NAMES[detected] ?? detected
  return {
    ok: false,
    message: `文件内容是${actual}，但文件名为“.${extension}”：请按实际类型命名后重新上传 / the content is ${actual} but the name ends in ".${extension}": rename it to its real type and upload again`,
  }
}
