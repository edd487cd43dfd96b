/**
 * The public column's pages, rendered on the server with the demo district's data (seeded through the
 * review workflow) and parsed: every page type shows what it must, with its metadata.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'

import { seedDemoRecords } from '../../src/seed/demoRecords.js'
import { seedDemoSite } from '../../src/seed/demoSite.js'
import { siteDataResponse } from '../../src/site/feeds.js'
import { useTestWorld, type TestContext } from '../helpers/context.js'
import { renderPath } from './render.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

type Doc = Record<string, any>
const ids: Record<string, string> = {}

beforeAll(async () => {
  await seedDemoRecords(ctx.payload)
  const seeded = await seedDemoSite(ctx.payload)
  expect(seeded.skipped).toBe(false)
  const find = async (collection: string, title: string) =>
    String((await ctx.payload.find({ collection, where: { title: { equals: title } }, depth: 0, limit: 1 })).docs[0]!.id)
  ids.record = await find('disclosures', '区财政局2026年部门预算公开说明及报表')
  ids.oldPolicy = await find('policy-documents', '示范区城乡居民医疗救助暂行办法')
  ids.newPolicy = await find('policy-documents', '示范区城乡居民医疗救助办法')
  ids.interpretation = await find('interpretations', '《示范区城乡居民医疗救助办法》政策解读')
}, 120_000)

describe('public column pages', () => {
  it('home: the district, the seven columns (the four first-level ones by their exact names), latest entries', async () => {
    const page = await renderPath(ctx.payload, '/xxgk')
    expect(page.status).toBe(200)
    expect(page.dom.querySelector('.site-name')!.textContent).toBe('示范区人民政府')
    const nav = page.dom.querySelectorAll('nav.columns a').map((a) => a.textContent)
    expect(nav).toEqual(['首页', '政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '政策文件', '政策解读', '依申请公开'])
    expect(page.dom.querySelectorAll('.tile.first a').map((a) => a.textContent)).toEqual(['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报'])
    expect(page.text).toContain('区财政局2026年部门预算公开说明及报表')
    expect(page.text).toContain('示范区城乡居民医疗救助办法')
    // Nothing loads from elsewhere: no script, stylesheet, image or frame from another host.
    expect(page.html).not.toMatch(/(src|href)="(https?:)?\/\//)
  })

  it('guide: every required part, with the office’s contact details', async () => {
    const page = await renderPath(ctx.payload, '/xxgk/zn')
    expect(page.dom.querySelector('h1')!.textContent).toBe('政府信息公开指南')
    for (const part of ['一、主动公开', '二、依申请公开', '三、收费', '四、监督和救济', '受理机构', '地址', '电话', '传真', '邮编', '办公时间']) expect(page.text).toContain(part)
    expect(page.dom.querySelectorAll('.body h2').length).toBe(4)
  })

  it('rules: a list, each rule its own page', async () => {
    const page = await renderPath(ctx.payload, '/xxgk/zd')
    const links = page.dom.querySelectorAll('main .entries a')
    expect(links.map((a) => a.textContent)).toEqual(['示范区政府信息公开发布审查制度', '示范区政府信息公开保密审查制度', '示范区政府信息依申请公开办理制度'])
    const rule = await renderPath(ctx.payload, links[1]!.getAttribute('href')!)
    expect(rule.text).toContain('谁公开、谁审查')
  })

  it('catalog: domains and disclosing bodies (部门, 乡镇街道); a domain shows each item’s 公开时限 and 公开依据', async () => {
    const page = await renderPath(ctx.payload, '/xxgk/fdzdgknr')
    expect(page.dom.querySelectorAll('main h3').map((h) => h.textContent)).toEqual(expect.arrayContaining(['部门', '乡镇街道']))
    const domainLink = page.dom.querySelector('main .domains a')!
    const domain = await renderPath(ctx.payload, domainLink.getAttribute('href')!)
    expect(domain.dom.querySelector('main h1')!.textContent).toBe(domainLink.textContent)
    expect(domain.dom.querySelector('table.items')!.querySelectorAll('th').map((th) => th.textContent)).toEqual(['事项', '公开时限', '公开依据', '信息'])
    const domainId = domainLink.getAttribute('href')!.split('/').pop()
    const items = (await ctx.payload.find({ collection: 'catalog-items', depth: 0, pagination: false, where: { domain: { equals: domainId } } })).docs as Doc[]
    const rows = domain.dom.querySelectorAll('table.items tbody tr')
    expect(rows.length).toBe(items.length)
    for (const item of items) {
      const row = rows.find((tr) => tr.querySelector('a')!.getAttribute('href') === `/xxgk/fdzdgknr/sx/${item.id}`)!
      const cells = row.querySelectorAll('td').map((td) => td.textContent)
      expect(cells[1]).toBe(item.timeLimit ?? '—')
      expect(cells[2]).toBe(item.basis ?? '—')
    }
  })

  it('catalog item: 公开时限, 公开依据 and its records, newest first, paginated', async () => {
    const item = (await ctx.payload.find({ collection: 'catalog-items', depth: 0, limit: 1, sort: 'sortOrder' })).docs[0] as Doc
    const page = await renderPath(ctx.payload, `/xxgk/fdzdgknr/sx/${item.id}`)
    const meta = Object.fromEntries(page.dom.querySelectorAll('.meta-table dt').map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]))
    expect(meta['公开时限']).toBe(item.timeLimit)
    expect(meta['公开依据']).toBe(item.basis)
    const titles = page.dom.querySelectorAll('main .entries a').map((a) => a.textContent)
    const expected = (await ctx.payload.find({ collection: 'disclosures', where: { catalogItem: { equals: item.id } }, overrideAccess: false, sort: '-publishedAt', depth: 0, limit: 20 })).docs.map((doc) => doc.title)
    expect(titles).toEqual(expected)
    expect(titles.length).toBeGreaterThan(1)
  })

  it('paginates a department’s records 20 to a page, with working previous/next links', async () => {
    const finance = ctx.world.departments.finance
    for (let i = 0; i < 21; i++) {
      const doc = await ctx.payload.create({ collection: 'disclosures', data: { title: `分页测试${String(i).padStart(2, '0')}`, department: finance, catalogItem: ctx.world.catalogItem } })
      await ctx.payload.update({ collection: 'disclosures', id: doc.id, data: { status: 'published' } })
    }
    const first = await renderPath(ctx.payload, `/xxgk/fdzdgknr/bm/${finance}`)
    expect(first.dom.querySelectorAll('main .entries li').length).toBe(20)
    expect(first.dom.querySelector('main .entries a')!.textContent).toBe('分页测试20')
    const next = first.dom.querySelector('.pager a[rel=next]')!.getAttribute('href')!
    const second = await renderPath(ctx.payload, next)
    expect(second.dom.querySelector('.pager a[rel=prev]')).not.toBeNull()
    expect(second.text).not.toContain('分页测试20')
  })

  it('record: metadata, body and the attachment to download', async () => {
    const page = await renderPath(ctx.payload, `/xxgk/xx/${ids.record}`)
    const doc = (await ctx.payload.findByID({ collection: 'disclosures', id: ids.record, depth: 1 })) as Doc
    const meta = Object.fromEntries(page.dom.querySelectorAll('.meta-table dt').map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]))
    expect(meta['索引号']).toBe(doc.indexNumber)
    expect(meta['发布机构']).toBe(doc.department.name)
    expect(meta['公开方式']).toBe('主动公开')
    expect(meta['领域']).toBe(doc.domain.name)
    expect(meta['形成日期']).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/)
    expect(meta['发布日期']).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/)
    expect(page.dom.querySelector('main h1')!.textContent).toBe('区财政局2026年部门预算公开说明及报表')
    expect(page.dom.querySelector('.body')!.textContent).toContain('预决算公开')
    const download = page.dom.querySelector('.attachments a')!
    expect(download.textContent).toBe('区财政局2026年部门预算表')
    expect(download.getAttribute('href')).toBe(doc.attachments[0].url)
    // Staff-only facts never show.
    for (const hidden of ['审查', 'secrecy', '签发', 'editor.finance']) expect(page.text).not.toContain(hidden)
  })

  it('policy document: 文号, 成文日期, 主题分类, 有效性, the repeal notice and its link, linked interpretations', async () => {
    const repealed = await renderPath(ctx.payload, `/xxgk/zcwj/${ids.oldPolicy}`)
    const notice = repealed.dom.querySelector('.validity-notice')!
    expect(notice.textContent).toContain('废止')
    expect(notice.textContent).toContain('示财发〔2026〕8号')
    expect(notice.querySelector('a')!.getAttribute('href')).toBe(`/xxgk/zcwj/${ids.newPolicy}`)
    // The notice comes before the title: at the top.
    expect(repealed.html.indexOf('validity-notice')).toBeLessThan(repealed.html.indexOf('<h1>示范区城乡居民医疗救助暂行办法'))
    const meta = Object.fromEntries(repealed.dom.querySelectorAll('.meta-table dt').map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]))
    expect(meta['文号']).toBe('示财发〔2026〕1号')
    expect(meta['有效性']).toBe('已废止')
    expect(meta['主题分类']).toBe('民政、扶贫、救灾')
    expect(meta['成文日期']).toMatch(/^\d{4}年/)
    const current = await renderPath(ctx.payload, `/xxgk/zcwj/${ids.newPolicy}`)
    expect(current.dom.querySelector('.validity-notice')).toBeNull()
    expect(current.dom.querySelectorAll('.related a').map((a) => a.getAttribute('href'))).toEqual([`/xxgk/zcjd/${ids.interpretation}`])
    const interpretation = await renderPath(ctx.payload, `/xxgk/zcjd/${ids.interpretation}`)
    expect(interpretation.dom.querySelectorAll('.related a').map((a) => a.getAttribute('href'))).toEqual([`/xxgk/zcwj/${ids.newPolicy}`])
    expect(interpretation.text).toContain('文字解读')
  })

  it('policy library: filters by 文号, 发文机关, year, 主题分类, 有效性, keeping the filters on the form', async () => {
    const titles = async (query: string) => (await renderPath(ctx.payload, `/xxgk/zcwj${query}`)).dom.querySelectorAll('table.policies tbody a').map((a) => a.textContent)
    expect(await titles('')).toEqual(['示范区城乡居民医疗救助办法', '示范区城乡居民医疗救助暂行办法'])
    expect(await titles('?wh=2026〕1号')).toEqual(['示范区城乡居民医疗救助暂行办法'])
    expect(await titles('?validity=repealed')).toEqual(['示范区城乡居民医疗救助暂行办法'])
    expect(await titles('?validity=valid&subject=health')).toEqual(['示范区城乡居民医疗救助办法'])
    expect(await titles(`?jg=${ctx.world.departments.education}`)).toEqual([])
    expect(await titles(`?jg=${ctx.world.departments.finance}&year=${new Date().getFullYear()}`)).toHaveLength(2)
    expect(await titles(`?year=2001`)).toEqual([])
    const page = await renderPath(ctx.payload, '/xxgk/zcwj?validity=repealed&wh=%E7%A4%BA')
    expect(page.dom.querySelector('select[name=validity] option[selected]')!.getAttribute('value')).toBe('repealed')
    expect(page.dom.querySelector('input[name=wh]')!.getAttribute('value')).toBe('示')
    // Unknown values are ignored, never an error.
    expect((await renderPath(ctx.payload, '/xxgk/zcwj?validity=x&year=abc&page=-3&jg=%27')).status).toBe(200)
  })

  it('annual reports: by year, the report as HTML and its spreadsheet link', async () => {
    const year = new Date().getFullYear() - 1
    const list = await renderPath(ctx.payload, '/xxgk/nb')
    expect(list.dom.querySelector('main h2')!.textContent).toBe(`${year}年度`)
    const link = list.dom.querySelector('main .entries a')!
    expect(link.textContent).toBe(`示范区人民政府${year}年政府信息公开工作年度报告`)
    const report = await renderPath(ctx.payload, link.getAttribute('href')!)
    const stored = (await ctx.payload.find({ collection: 'published-reports', depth: 0, limit: 1 })).docs[0] as Doc
    expect(report.dom.querySelectorAll('.report-body table').length).toBe(stored.report.tables.length)
    expect(stored.report.tables.length).toBeGreaterThanOrEqual(3)
    expect(report.text).toContain('主动公开政府信息情况')
    const xlsxLink = report.dom.querySelector('a[href$=".xlsx"]')!.getAttribute('href')!
    const xlsx = await siteDataResponse(ctx.payload, xlsxLink.replace('/xxgk/data/', '').split('/'), new Request(`http://localhost${xlsxLink}`))
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK')
    // One report per year and organisation.
    const office = await ctx.payload.find({ collection: 'users', where: { email: { equals: 'office@demo.gov.cn' } }, depth: 0 })
    await expect(
      ctx.payload.create({ collection: 'published-reports', data: { year }, user: { ...office.docs[0], collection: 'users' }, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('依申请公开: the form with its fields and the rules beside it; the status lookup', async () => {
    const page = await renderPath(ctx.payload, '/xxgk/ysqgk')
    for (const name of ['applicantType', 'applicantName', 'idType', 'idNumber', 'phone', 'email', 'address', 'description', 'purpose']) {
      expect(page.dom.querySelector(`form.application [name=${name}]`)).not.toBeNull()
      expect(page.dom.querySelector(`label[for=${name}]`)).not.toBeNull()
    }
    expect(page.dom.querySelector('aside.rules')!.textContent).toContain('20个工作日')
    const lookup = await renderPath(ctx.payload, '/xxgk/ysqgk/cx')
    expect(lookup.dom.querySelector('form.lookup [name=trackingNumber]')).not.toBeNull()
    expect(lookup.dom.querySelector('form.lookup [name=contact]')).not.toBeNull()
  })

  it('search: records, policy documents and interpretations by title, 文号 or 索引号, words highlighted', async () => {
    const page = await renderPath(ctx.payload, '/xxgk/search?q=医疗救助')
    const hits = page.dom.querySelectorAll('.results li')
    expect(hits.map((li) => li.querySelector('a')!.textContent)).toEqual(expect.arrayContaining(['示范区城乡居民医疗救助办法', '示范区城乡居民医疗救助暂行办法', '《示范区城乡居民医疗救助办法》政策解读']))
    expect(page.dom.querySelector('.results mark')!.textContent).toBe('医疗救助')
    const byNumber = await renderPath(ctx.payload, `/xxgk/search?q=${encodeURIComponent('示财发〔2026〕8号')}`)
    expect(byNumber.dom.querySelector('.results a')!.textContent).toBe('示范区城乡居民医疗救助办法')
    // A word only in the body: found, with the body's words around it.
    const byBody = await renderPath(ctx.payload, `/xxgk/search?q=${encodeURIComponent('特困供养人员')}`)
    expect(byBody.dom.querySelectorAll('.results li a').map((a) => a.textContent)).toEqual(['示范区城乡居民医疗救助暂行办法'])
    expect(byBody.dom.querySelector('.results .snippet')!.textContent).toContain('医疗救助对象为最低生活保障对象、特困供养人员等')
    expect(byBody.dom.querySelector('.results .snippet mark')!.textContent).toBe('特困供养人员')
    const doc = (await ctx.payload.findByID({ collection: 'disclosures', id: ids.record, depth: 0 })) as Doc
    const byIndex = await renderPath(ctx.payload, `/xxgk/search?q=${encodeURIComponent(doc.indexNumber)}`)
    expect(byIndex.dom.querySelector('.results a')!.textContent).toBe(doc.title)
  })

  it('site-pages and published-reports: the public reads what is published, only the office writes (REST)', async () => {
    await ctx.payload.create({ collection: 'site-pages', data: { kind: 'rules', title: '未发布的制度草稿', published: false } })
    const pages = await ctx.server.request('GET', '/api/site-pages?limit=50&depth=0')
    expect(pages.status).toBe(200)
    expect((pages.body as any).docs.map((doc: Doc) => doc.title)).not.toContain('未发布的制度草稿')
    expect((pages.body as any).docs).toHaveLength(4)
    const asOffice = await ctx.server.request('GET', '/api/site-pages?limit=50&depth=0', { token: ctx.tokens.office })
    expect((asOffice.body as any).docs.map((doc: Doc) => doc.title)).toContain('未发布的制度草稿')
    expect((await ctx.server.request('POST', '/api/site-pages', { body: { kind: 'rules', title: 'x' } })).status).toBe(403)
    expect((await ctx.server.request('POST', '/api/site-pages', { token: ctx.tokens.editorFinance, body: { kind: 'rules', title: 'x' } })).status).toBe(403)
    expect((await ctx.server.request('GET', '/api/published-reports?depth=0')).status).toBe(200)
    expect((await ctx.server.request('POST', '/api/published-reports', { token: ctx.tokens.editorFinance, body: { year: 2024 } })).status).toBe(403)
    const created = await ctx.server.request('POST', '/api/published-reports', { token: ctx.tokens.office, body: { year: 2024, report: { forged: true }, title: '伪造' } })
    expect(created.status).toBe(201)
    expect((created.body as any).doc.title).toBe('示范区人民政府2024年政府信息公开工作年度报告')
    expect((created.body as any).doc.report.forged).toBeUndefined()
  })

  it('answers 404 for unknown paths and malformed ids', async () => {
    for (const path of ['/xxgk/nope', '/xxgk/xx/abc', '/xxgk/xx/999999', '/xxgk/zcwj/1/2', '/xxgk/fdzdgknr/ly/%27', '/xxgk/nb/0']) {
      expect((await renderPath(ctx.payload, path)).status).toBe(404)
    }
  })
})
