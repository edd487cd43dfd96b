/**
 * The public column in a Next.js app (App Router): the root layout of the column's route group, the
 * catch-all page, the not-found page, the data route (XLSX, feeds) and the sitemap. The host's route
 * files only pass its Payload config, Next's `notFound` and their server actions (which Next requires to
 * live in the app). Nothing here imports Next itself, so the same module serves pages and route handlers.
 */
import { getPayload, type SanitizedConfig } from 'payload'
import type { ReactNode } from 'react'

import { lookupApplication, submitApplication } from './applications.js'
import { siteDataResponse, sitemapResponse } from './feeds.js'
import type { ApplicationState, LookupState } from './formState.js'
import { renderSite, type Query, type SiteActions } from './router.js'
import { siteConfigOf } from './siteConfig.js'
import { SITE_CSS } from './style.js'
import { NotFoundView, SiteShell } from './views.js'
import { CLIENT_IP_HEADER } from '../audit/ip.js'

type Config = SanitizedConfig | Promise<SanitizedConfig>

export interface SitePageProps {
  config: Config
  actions: SiteActions
  /** Next's `notFound` (next/navigation): answers 404 with the column's not-found page. */
  notFound: () => never
  params: Promise<{ path?: string[] }>
  searchParams: Promise<Query>
}

/** The root layout of the column's route group: its own <html>, the column's stylesheet inline (no external resource). */
export const SiteLayout = ({ children }: { children: ReactNode }) => (
  <html lang="zh-CN">
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      {/* No icon file to fetch (and no 404 for /favicon.ico). */}
      <link rel="icon" href="data:," />
      <style dangerouslySetInnerHTML={{ __html: SITE_CSS }} />
    </head>
    <body>{children}</body>
  </html>
)

/** `[[...path]]/page.tsx` under the column's base path. */
export const SitePage = async ({ config, actions, notFound, params, searchParams }: SitePageProps) => {
  const payload = await getPayload({ config })
  const [{ path = [] }, query] = await Promise.all([params, searchParams])
  const result = await renderSite(payload, path, query, actions)
  if (!result) return notFound()
  const site = siteConfigOf(payload).site
  return (
    <>
      <title>{`${result.title} - ${site.name}`}</title>
      <SiteShell siteName={site.name} base={site.basePath} crumbs={result.crumbs} active={result.active}>
        {result.content}
      </SiteShell>
    </>
  )
}

/** `not-found.tsx` of the column. */
export const SiteNotFound = async ({ config }: { config: Config }) => {
  const payload = await getPayload({ config })
  const site = siteConfigOf(payload).site
  return (
    <>
      <title>{`页面不存在 - ${site.name}`}</title>
      <SiteShell siteName={site.name} base={site.basePath} crumbs={[{ name: '政府信息公开', href: site.basePath }, { name: '页面不存在' }]}>
        <NotFoundView base={site.basePath} />
      </SiteShell>
    </>
  )
}

/** The client address the Express server determined (src/http/app.ts), for the submission rate limit. */
export const clientIpOf = (headers: { get(name: string): string | null }): string | null => headers.get(CLIENT_IP_HEADER)

/** The bodies of the host's server actions (`'use server'` functions must be declared in the app). */
export const submitApplicationAction = (config: Config, state: ApplicationState, formData: FormData, headers: { get(name: string): string | null }): Promise<ApplicationState> =>
  submitApplication(config, formData, clientIpOf(headers), state)
export const lookupApplicationAction = (config: Config, state: LookupState, formData: FormData, headers: { get(name: string): string | null }): Promise<LookupState> =>
  lookupApplication(config, formData, clientIpOf(headers), state)

/** `data/[...path]/route.ts`: report spreadsheets and feeds. */
export const siteDataRoute = (config: Config) => ({
  GET: async (request: Request, { params }: { params: Promise<{ path: string[] }> }) => {
    const payload = await getPayload({ config })
    return siteDataResponse(payload, (await params).path, request)
  },
})

/** `sitemap.xml/route.ts`. */
export const sitemapRoute = (config: Config) => ({
  GET: async (request: Request) => sitemapResponse(await getPayload({ config }), request),
})
