/**
 * Attachments (disclosure-files): department-scoped like the records, limited to PDF/Office/images and
 * to the configured size, and downloadable by the public only while a published proactive record
 * carries them.
 */
import { rmSync } from 'node:fs'
import { Document, Packer, Paragraph, TextRun } from 'docx'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'

import { useTestWorld, type TestContext } from './helpers/context.js'
import { errorPaths } from './helpers/http.js'
import { pdf as pdfPages } from './helpers/pdf.js'

/** A one-line PDF, padded with text to at least `minBytes`. */
const pdf = (text: string, minBytes = 0): Uint8Array => pdfPages([[text.padEnd(minBytes, 'x')]])

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
)

const upload = (actor: 'editorFinance' | 'editorEducation' | 'office' | 'anonymous', fileName: string, data: Uint8Array, type: string, fields?: Record<string, unknown>) =>
  ctx.server.upload('/api/disclosure-files', { token: ctx.tokens[actor], fileName, data, type, fields })

describe('disclosure-files', () => {
  it('an editor uploads a PDF and an image; they belong to the editor department', async () => {
    const result = await upload('editorFinance', '预算说明.pdf', pdf('budget'), 'application/pdf', { title: '预算说明' })
    expect(result.status).toBe(201)
    const doc = (result.body as any).doc
    expect(String(doc.department?.id ?? doc.department)).toBe(String(ctx.world.departments.finance))
    expect(doc.mimeType).toBe('application/pdf')
    expect(doc.publiclyVisible).toBe(false)
    const image = await upload('editorFinance', 'photo.png', PNG, 'image/png')
    expect(image.status).toBe(201)
  })

  it('refuses other types with 400 naming the file, even when renamed to .pdf', async () => {
    const script = await upload('editorFinance', 'evil.pdf', new TextEncoder().encode('#!/bin/sh\necho hi\n'), 'application/pdf')
    expect(script.status).toBe(400)
    expect(errorPaths(script.body)).toContain('file')
    const html = await upload('editorFinance', 'page.html', new TextEncoder().encode('<html><script>alert(1)</script></html>'), 'text/html')
    expect(html.status).toBe(400)
  })

  it('refuses a file over the configured limit with 400 and stores nothing', async () => {
    const before = await ctx.payload.count({ collection: 'disclosure-files' })
    const result = await upload('editorFinance', 'big.pdf', pdf('big', 256 * 1024 + 100), 'application/pdf')
    expect(result.status).toBe(400)
    expect(errorPaths(result.body)).toEqual(['file'])
    expect(JSON.stringify(result.body)).toContain('附件不能超过256 KB')
    expect((await ctx.payload.count({ collection: 'disclosure-files' })).totalDocs).toBe(before.totalDocs)
  })

  it('anonymous users cannot upload; an editor cannot upload for another department', async () => {
    expect((await upload('anonymous', 'a.pdf', pdf('a'), 'application/pdf')).status).toBe(403)
    const other = await upload('editorFinance', 'b.pdf', pdf('b'), 'application/pdf', { department: ctx.world.departments.education })
    expect(other.status).toBe(403)
  })

  it('other departments and the public cannot see a file until a published proactive record carries it', async () => {
    const file = (await upload('editorFinance', '公示.pdf', pdf('notice'), 'application/pdf')).body as any
    const id = file.doc.id
    const url = `/api/disclosure-files/file/${encodeURIComponent(file.doc.filename)}`
    expect((await ctx.server.request('GET', `/api/disclosure-files/${id}`, { token: ctx.tokens.editorEducation })).status).toBe(404)
    expect((await ctx.server.download(url)).status).toBe(403)
    expect((await ctx.server.download(url, ctx.tokens.editorFinance)).status).toBe(200)

    const record = await ctx.server.request('POST', '/api/disclosures', {
      token: ctx.tokens.editorFinance,
      body: { title: '带附件的公示', catalogItem: ctx.world.catalogItem, attachments: [id] },
    })
    expect(record.status).toBe(201)
    const recordId = (record.body as any).doc.id
    expect((await ctx.server.download(url)).status).toBe(403)

    await ctx.payload.update({ collection: 'disclosures', id: recordId, data: { status: 'published' } })
    const publicDownload = await ctx.server.download(url)
    expect(publicDownload.status).toBe(200)
    expect(publicDownload.data.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const anonymousList = await ctx.server.request('GET', `/api/disclosure-files?where[id][equals]=${id}`)
    expect((anonymousList.body as any).docs).toHaveLength(1)

    // Withdrawn: the file goes private again.
    await ctx.payload.update({ collection: 'disclosures', id: recordId, data: { status: 'withdrawn' } })
    expect((await ctx.server.download(url)).status).toBe(403)
  })

  it('a record cannot carry another department’s file (400 naming attachments)', async () => {
    const file = (await upload('editorEducation', '教育局内部名单.pdf', pdf('edu'), 'application/pdf')).body as any
    const result = await ctx.server.request('POST', '/api/disclosures', {
      token: ctx.tokens.office,
      body: { title: '财政局信息', department: ctx.world.departments.finance, attachments: [file.doc.id] },
    })
    expect(result.status).toBe(400)
    expect(errorPaths(result.body)).toEqual(['attachments'])
    // The refusal does not disclose the other department's file name.
    expect(JSON.stringify(result.body)).not.toContain('内部名单')
    expect(JSON.stringify(result.body)).not.toContain(file.doc.filename)
  })

  it('a file whose bytes are missing on disk answers 404 naming file, not 500', async () => {
    const file = (await upload('editorFinance', 'lost.pdf', pdf('lost'), 'application/pdf')).body as any
    const dir = ctx.payload.collections['disclosure-files'].config.upload.staticDir as string
    rmSync(path.resolve(dir, file.doc.filename))
    const result = await ctx.server.request('GET', `/api/disclosure-files/file/${encodeURIComponent(file.doc.filename)}`, { token: ctx.tokens.editorFinance })
    expect(result.status).toBe(404)
    expect(errorPaths(result.body)).toEqual(['file'])
  })

  it('a Word file renamed .pdf is refused (400 file); under its real name it is stored as Word and scanned', async () => {
    const word = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('申请人身份证号 11010519491231002X')] })] }] }))
    const disguised = await upload('editorFinance', '答复.pdf', word, 'application/pdf')
    expect(disguised.status).toBe(400)
    expect(errorPaths(disguised.body)).toEqual(['file'])
    expect(JSON.stringify(disguised.body)).toMatch(/Word \(\.docx\).*\.pdf/)
    expect((await ctx.payload.count({ collection: 'disclosure-files', where: { filename: { like: '答复' } } })).totalDocs).toBe(0)
    // Its real name: stored under the type its bytes have (whatever the browser claimed) and scanned.
    const honest = await upload('editorFinance', '答复.docx', word, 'application/octet-stream')
    expect(honest.status).toBe(201)
    const stored = await ctx.payload.findByID({ collection: 'disclosure-files', id: (honest.body as any).doc.id, depth: 0 })
    expect(stored.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(stored.textExtracted).toBe(true)
    expect(stored.findings).toEqual([expect.objectContaining({ kind: 'id-number' })])
    // And the other way round: a PDF named .docx.
    const pdfAsWord = await upload('editorFinance', '伪装.docx', pdf('plain'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(pdfAsWord.status).toBe(400)
    expect(errorPaths(pdfAsWord.body)).toEqual(['file'])
  })

  it('a file still attached to a record cannot be deleted (409)', async () => {
    const file = (await upload('editorFinance', 'keep.pdf', pdf('keep'), 'application/pdf')).body as any
    await ctx.payload.create({ collection: 'disclosures', data: { title: '引用附件', department: ctx.world.departments.finance, attachments: [file.doc.id] } })
    const result = await ctx.server.request('DELETE', `/api/disclosure-files/${file.doc.id}`, { token: ctx.tokens.editorFinance })
    expect(result.status).toBe(409)
    expect((await ctx.payload.count({ collection: 'disclosure-files', where: { id: { equals: file.doc.id } } })).totalDocs).toBe(1)
  })
})
