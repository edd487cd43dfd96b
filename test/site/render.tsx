/** Renders a page of the public column as the Next.js route does (shell + content) and parses the HTML. */
import { parse, type HTMLElement } from 'node-html-parser'
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'

import { EMPTY_APPLICATION, EMPTY_LOOKUP } from '../../src/site/formState.js'
import { renderSite, type SiteActions } from '../../src/site/router.js'
import { siteConfigOf } from '../../src/site/siteConfig.js'
import { SiteShell } from '../../src/site/views.js'

/** Server actions are Next's; rendering needs only references. */
export const noActions: SiteActions = { submitApplication: async () => EMPTY_APPLICATION, lookupApplication: async () => EMPTY_LOOKUP }

export interface RenderedPage {
  status: 200 | 404
  html: string
  dom: HTMLElement
  text: string
}

/** `path` as a browser asks for it, e.g. `/xxgk/zcwj?year=2026`. */
export const renderPath = async (payload: Payload, path: string): Promise<RenderedPage> => {
  const { site } = siteConfigOf(payload)
  const url = new URL(path, 'http://localhost')
  if (!url.pathname.startsWith(site.basePath)) throw new Error(`${path} is not under ${site.basePath}`)
  const segments = url.pathname.slice(site.basePath.length).split('/').filter(Boolean)
  const query: Record<string, string | string[]> = {}
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key)
    query[key] = values.length > 1 ? values : values[0]!
  }
  const result = await renderSite(payload, segments, query, noActions)
  if (!result) return { status: 404, html: '', dom: parse(''), text: '' }
  const html = renderToStaticMarkup(
    <SiteShell siteName={site.name} base={site.basePath} crumbs={result.crumbs} active={result.active}>
      {result.content}
    </SiteShell>,
  )
  const dom = parse(html)
  return { status: 200, html, dom, text: dom.textContent }
}

/** The same-site links of a page (no fragments), as absolute paths. */
export const linksOf = (page: RenderedPage): string[] =>
  page.dom
    .querySelectorAll('a[href]')
    .map((a) => a.getAttribute('href')!)
    .filter((href) => href.startsWith('/') && !href.startsWith('//'))
