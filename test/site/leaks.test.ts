/**
 * The public column never leaks: every page reachable from /xxgk (crawled link by link), every feed and
 * the sitemap, and a search for each title, contain none of the titles of entries the public may not
 * read — drafts, entries under review, 依申请公开 and 不予公开 entries, trashed and withdrawn ones,
 * unpublished column pages — nor staff-only facts (late and attribute reasons, the secrecy review, staff
 * names). A withdrawn entry's address answers 404, and so does its attachment.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'

import { DEMO_USERS } from '../../src/seed/demo-data.js'
import { seedDemoRecords } from '../../src/seed/demoRecords.js'
import { seedDemoSite, lexicalDocument } from '../../src/seed/demoSite.js'
import { siteDataResponse, sitemapResponse } from '../../src/site/feeds.js'
import { useTestWorld, type TestContext } from '../helpers/context.js'
import { pdf } from '../helpers/pdf.js'
import { linksOf, renderPath } from './render.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

type Doc = Record<string, any>
const SECRET = {
  lateReason: '迟报原因机密说明甲',
  attributeReason: '依申请理由机密说明乙',
}
/** Titles that must never appear, by why. */
const hidden: Record<string, string> = {}
const withdrawn: { record?: string; policy?: string; fileUrl?: string } = {}
let findingRecord = ''

beforeAll(async () => {
  await seedDemoRecords(ctx.payload)
  await seedDemoSite(ctx.payload)
  const { finance } = ctx.world.departments
  const catalogItem = ctx.world.catalogItem
  const entry = async (collection: string, title: string, status: string, extra: Doc = {}) => {
    hidden[title] = `${collection} ${status}`
    return (await ctx.payload.create({ collection, data: { title, department: finance, catalogItem, status, body: lexicalDocument([{ p: `${title}的正文` }]), ...extra } })) as Doc
  }
  await entry('disclosures', '泄露检查草稿记录', 'draft')
  await entry('disclosures', '泄露检查审查中记录', 'submitted')
  await entry('disclosures', '泄露检查已签发未发布记录', 'approved')
  await entry('disclosures', '泄露检查依申请公开记录', 'published', { publicAttribute: 'on-request', attributeBasis: ['art27-on-request'], attributeReason: SECRET.attributeReason })
  await entry('disclosures', '泄露检查不予公开记录', 'published', { publicAttribute: 'withheld', attributeBasis: ['art14-state-secret'], attributeReason: SECRET.attributeReason })
  const trashed = await entry('disclosures', '泄露检查已删除记录', 'published')
  await ctx.payload.update({ collection: 'disclosures', id: trashed.id, data: { deletedAt: new Date().toISOString() } })

  // Withdrawn after publication, with an attachment that was public while it was published.
  const file = await ctx.payload.create({
    collection: 'disclosure-files',
    data: { title: '泄露检查撤回记录附件', department: finance },
    file: { data: pdf([['withdrawn attachment']]), mimetype: 'application/pdf', name: 'withdrawn.pdf', size: 0 },
  })
  const gone = await entry('disclosures', '泄露检查已撤回记录', 'published', { attachments: [file.id], lateReason: SECRET.lateReason })
  withdrawn.record = String(gone.id)
  withdrawn.fileUrl = ((await ctx.payload.findByID({ collection: 'disclosure-files', id: file.id, depth: 0 })) as Doc).url
  hidden['泄露检查撤回记录附件'] = 'attachment of a withdrawn record'
  await ctx.payload.update({ collection: 'disclosures', id: gone.id, data: { status: 'withdrawn' } })

  await entry('policy-documents', '泄露检查草稿政策', 'draft', { documentType: 'other' })
  const policy = await entry('policy-documents', '泄露检查已撤回政策', 'published', { documentType: 'other', documentNumber: '示泄发〔2026〕9号' })
  withdrawn.policy = String(policy.id)
  await ctx.payload.update({ collection: 'policy-documents', id: policy.id, data: { status: 'withdrawn' } })
  const published = (await ctx.payload.find({ collection: 'policy-documents', where: { status: { equals: 'published' } }, limit: 1, depth: 0 })).docs[0] as Doc
  await entry('interpretations', '泄露检查审查中解读', 'submitted', { policy: published.id })
  // Published with a mobile number in its body: the automatic check's (masked) finding stays staff-only.
  const withFinding = (await ctx.payload.create({ collection: 'disclosures', data: { title: '含联系电话的公开记录', department: finance, catalogItem, status: 'published', body: lexicalDocument([{ p: '咨询电话13912345678。' }]) } })) as Doc
  const stored = (await ctx.payload.findByID({ collection: 'disclosures', id: withFinding.id, depth: 0 })) as Doc
  expect(JSON.stringify(stored.findings)).toContain('*')
  findingRecord = String(withFinding.id)
  await ctx.payload.create({ collection: 'site-pages', data: { kind: 'rules', title: '泄露检查未发布制度', published: false, body: lexicalDocument([{ p: '草稿' }]) } })
  hidden['泄露检查未发布制度'] = 'unpublished column page'
}, 120_000)

const forbidden = (): string[] => [
  ...Object.keys(hidden),
  SECRET.lateReason,
  SECRET.attributeReason,
  '《保密法》第十三条', // the demo secrecy review's basis
  ...DEMO_USERS.flatMap((user) => [user.name, user.email]),
]

const leaksIn = (text: string): string[] => forbidden().filter((word) => text.includes(word))

describe('the public column never leaks', () => {
  it('no page reachable from /xxgk shows an entry or fact the public may not read', async () => {
    const seen = new Set<string>()
    const queue = ['/xxgk']
    const pages: string[] = []
    while (queue.length > 0 && seen.size < 600) {
      const path = queue.shift()!
      if (seen.has(path)) continue
      seen.add(path)
      if (path.startsWith('/xxgk/data/') || path === '/xxgk/sitemap.xml') continue
      const page = await renderPath(ctx.payload, path)
      expect([path, page.status]).toEqual([path, 200])
      pages.push(path)
      expect([path, leaksIn(page.html)]).toEqual([path, []])
      for (const link of linksOf(page)) if (link.startsWith('/xxgk') && !seen.has(link)) queue.push(link)
    }
    // The crawl reached every kind of page.
    for (const prefix of ['/xxgk/zn', '/xxgk/zd/', '/xxgk/fdzdgknr/ly/', '/xxgk/fdzdgknr/sx/', '/xxgk/fdzdgknr/bm/', '/xxgk/xx/', '/xxgk/zcwj/', '/xxgk/zcjd/', '/xxgk/nb/', '/xxgk/ysqgk', '/xxgk/ysqgk/cx']) {
      expect([prefix, pages.some((path) => path.startsWith(prefix))]).toEqual([prefix, true])
    }
    expect(pages.length).toBeGreaterThan(60)
  })

  it('a published record shows its body, never the masked findings of the automatic check', async () => {
    const page = await renderPath(ctx.payload, `/xxgk/xx/${findingRecord}`)
    expect(page.text).toContain('咨询电话13912345678')
    expect(page.html).not.toMatch(/\d\*{3,}/)
  })

  it('searching for each hidden title finds nothing of it', async () => {
    for (const title of Object.keys(hidden)) {
      const page = await renderPath(ctx.payload, `/xxgk/search?q=${encodeURIComponent(title)}`)
      expect([title, page.dom.querySelectorAll('.results li').length]).toEqual([title, 0])
    }
    // The search itself works: a published title is found.
    const found = await renderPath(ctx.payload, `/xxgk/search?q=${encodeURIComponent('泄露检查')}`)
    expect(found.dom.querySelectorAll('.results li').length).toBe(0)
    expect((await renderPath(ctx.payload, `/xxgk/search?q=${encodeURIComponent('医疗救助')}`)).dom.querySelectorAll('.results li').length).toBeGreaterThan(0)
  })

  it('feeds and the sitemap hold none of them either', async () => {
    const request = new Request('http://localhost/xxgk/sitemap.xml')
    const bodies: Record<string, string> = { sitemap: await (await sitemapResponse(ctx.payload, request)).text() }
    for (const path of [['rss.xml'], ['atom.xml'], ['rss', 'fdzdgknr.xml'], ['rss', 'zcwj.xml'], ['atom', 'zcjd.xml']]) {
      const response = await siteDataResponse(ctx.payload, path, new Request(`http://localhost/xxgk/data/${path.join('/')}`))
      expect([path.join('/'), response.status]).toEqual([path.join('/'), 200])
      bodies[path.join('/')] = await response.text()
    }
    for (const [name, body] of Object.entries(bodies)) expect([name, leaksIn(body)]).toEqual([name, []])
    expect(bodies['rss.xml']).toContain('示范区城乡居民医疗救助办法')
    expect(bodies.sitemap).toContain('/xxgk/zcwj/')
    expect(bodies.sitemap).not.toContain(`/xxgk/xx/${withdrawn.record}<`)
  })

  it('a withdrawn entry’s address answers 404, and its attachment is no longer served', async () => {
    expect((await renderPath(ctx.payload, `/xxgk/xx/${withdrawn.record}`)).status).toBe(404)
    expect((await renderPath(ctx.payload, `/xxgk/zcwj/${withdrawn.policy}`)).status).toBe(404)
    const download = await ctx.server.request('GET', withdrawn.fileUrl!)
    expect([403, 404]).toContain(download.status)
  })
})
