/**
 * What the column serves besides pages: a published annual report's spreadsheet, RSS 2.0 and Atom feeds
 * per column, and sitemap.xml — all from the same public reads as the pages (data.ts), so they can hold
 * nothing the pages may not.
 */
import type { Payload } from 'payload'

import { renderAnnualReportXlsx } from '../annual-report/render-xlsx.js'
import { attachment } from '../endpoints/catalogExport.js'
import { listEntries, listReports, loadCatalog, loadReport, type EntryKind, type EntrySummary } from './data.js'
import { siteConfigOf } from './siteConfig.js'
import { SITE_COLUMNS } from './vocabulary.js'

const xml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)

/** The address people use: the configured server URL, else the request's own origin. */
export const originOf = (payload: Payload, request: Request): string => (payload.config.serverURL || new URL(request.url).origin).replace(/\/+$/, '')

const FEEDS: Record<string, { title: string; kinds: EntryKind[] }> = {
  all: { title: '最新公开信息', kinds: ['record', 'policy', 'interpretation'] },
  fdzdgknr: { title: '法定主动公开内容', kinds: ['record'] },
  zcwj: { title: '政策文件', kinds: ['policy'] },
  zcjd: { title: '政策解读', kinds: ['interpretation'] },
}

const FEED_SIZE = 50

export const feedEntries = async (payload: Payload, kinds: EntryKind[]): Promise<EntrySummary[]> => {
  const lists = await Promise.all(kinds.map((kind) => listEntries(payload, kind, { limit: FEED_SIZE })))
  return lists
    .flatMap((list) => list.items)
    .sort((a, b) => String(b.publishedOn ?? '').localeCompare(String(a.publishedOn ?? '')))
    .slice(0, FEED_SIZE)
}

const XML_HEADERS = (type: string) => ({ 'content-type': `${type}; charset=utf-8`, 'cache-control': 'public, max-age=300' })

export const rssFeed = (channel: { title: string; link: string; self: string }, entries: EntrySummary[], origin: string, base: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${xml(channel.title)}</title>
<link>${xml(channel.link)}</link>
<atom:link href="${xml(channel.self)}" rel="self" type="application/rss+xml"/>
<description>${xml(channel.title)}</description>
<language>zh-cn</language>
${entries
  .map(
    (entry) => `<item>
<title>${xml(entry.title)}</title>
<link>${xml(`${origin}${base}${entry.href}`)}</link>
<guid isPermaLink="true">${xml(`${origin}${base}${entry.href}`)}</guid>
${entry.publishedOn ? `<pubDate>${new Date(`${entry.publishedOn}T00:00:00+08:00`).toUTCString()}</pubDate>` : ''}
${entry.department ? `<author>${xml(entry.department)}</author>` : ''}
</item>`,
  )
  .join('\n')}
</channel>
</rss>
`

export const atomFeed = (channel: { title: string; link: string; self: string }, entries: EntrySummary[], origin: string, base: string): string => {
  const updated = entries[0]?.publishedOn ? `${entries[0].publishedOn}T00:00:00+08:00` : new Date().toISOString()
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<title>${xml(channel.title)}</title>
<id>${xml(channel.self)}</id>
<link href="${xml(channel.link)}"/>
<link rel="self" href="${xml(channel.self)}"/>
<updated>${updated}</updated>
${entries
  .map(
    (entry) => `<entry>
<title>${xml(entry.title)}</title>
<id>${xml(`${origin}${base}${entry.href}`)}</id>
<link href="${xml(`${origin}${base}${entry.href}`)}"/>
<updated>${entry.publishedOn ? `${entry.publishedOn}T00:00:00+08:00` : updated}</updated>
<author><name>${xml(entry.department ?? '')}</name></author>
</entry>`,
  )
  .join('\n')}
</feed>
`
}

const notFound = () => new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })

/**
 * `<base>/data/…`: `nb/<id>.xlsx` (a published report's spreadsheet), `rss.xml` / `atom.xml` (everything),
 * `rss/<column>.xml` / `atom/<column>.xml` (fdzdgknr, zcwj, zcjd).
 */
export const siteDataResponse = async (payload: Payload, path: string[], request: Request): Promise<Response> => {
  const { site } = siteConfigOf(payload)
  const origin = originOf(payload, request)
  const [first, second, ...rest] = path
  if (rest.length > 0 || !first) return notFound()
  if (first === 'nb' && second && /^[\w-]+\.xlsx$/.test(second)) {
    const data = await loadReport(payload, second.replace(/\.xlsx$/, ''))
    if (!data) return notFound()
    return new Response(new Uint8Array(await renderAnnualReportXlsx(data.report)), {
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': attachment(`${data.summary.title}.xlsx`) },
    })
  }
  const format = first.replace(/\.xml$/, '')
  if (format !== 'rss' && format !== 'atom') return notFound()
  const key = second === undefined && first.endsWith('.xml') ? 'all' : second?.replace(/\.xml$/, '')
  const feed = key ? FEEDS[key] : undefined
  if (!feed || (second !== undefined && !second.endsWith('.xml'))) return notFound()
  const entries = await feedEntries(payload, feed.kinds)
  const channel = {
    title: `${site.name}政府信息公开 · ${feed.title}`,
    link: `${origin}${site.basePath}${key === 'all' ? '' : `/${key}`}`,
    self: `${origin}${site.basePath}/data/${path.join('/')}`,
  }
  return format === 'rss'
    ? new Response(rssFeed(channel, entries, origin, site.basePath), { headers: XML_HEADERS('application/rss+xml') })
    : new Response(atomFeed(channel, entries, origin, site.basePath), { headers: XML_HEADERS('application/atom+xml') })
}

/** Most addresses a sitemap lists per kind of entry (the protocol allows 50,000 per file). */
const SITEMAP_ENTRIES_PER_KIND = 10_000

export const sitemapUrls = async (payload: Payload): Promise<string[]> => {
  const { site } = siteConfigOf(payload)
  const paths = ['', ...SITE_COLUMNS.map((column) => column.path)]
  const catalog = await loadCatalog(payload)
  for (const domain of catalog.catalog.domains) {
    paths.push(`/fdzdgknr/ly/${domain.id}`)
    for (const group of domain.groups) for (const child of group.children) for (const item of child.items) paths.push(`/fdzdgknr/sx/${item.id}`)
  }
  for (const group of catalog.departments) for (const department of group.departments) paths.push(`/fdzdgknr/bm/${department.id}`)
  for (const kind of ['record', 'policy', 'interpretation'] as EntryKind[]) {
    for (let page = 1; ; page++) {
      const list = await listEntries(payload, kind, { page, limit: 500 })
      paths.push(...list.items.map((item) => item.href))
      if (page >= list.totalPages || page * 500 >= SITEMAP_ENTRIES_PER_KIND) break
    }
  }
  for (const report of await listReports(payload)) paths.push(`/nb/${report.id}`)
  return paths.map((path) => `${site.basePath}${path}`)
}

export const sitemapResponse = async (payload: Payload, request: Request): Promise<Response> => {
  const origin = originOf(payload, request)
  const urls = await sitemapUrls(payload)
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((url) => `<url><loc>${xml(`${origin}${url}`)}</loc></url>`).join('\n')}
</urlset>
`
  return new Response(body, { headers: XML_HEADERS('application/xml') })
}
