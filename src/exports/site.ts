/**
 * The public disclosure column (政府信息公开专栏) for a Next.js host: page components, data loaders, the
 * forms' server-action bodies, feeds and sitemap. See README, "The public column".
 */
export { SiteLayout, SitePage, SiteNotFound, siteDataRoute, sitemapRoute, submitApplicationAction, lookupApplicationAction, clientIpOf, type SitePageProps } from '../site/next.js'
export { renderSite, richTextToHtml, type SiteActions, type SitePageResult } from '../site/router.js'
export * as siteData from '../site/data.js'
export { searchSite, type SearchResults, type SearchHit } from '../site/search.js'
export { siteDataResponse, sitemapResponse, sitemapUrls } from '../site/feeds.js'
export { submitApplication, lookupApplication } from '../site/applications.js'
export { EMPTY_APPLICATION, EMPTY_LOOKUP, type ApplicationState, type LookupState } from '../site/formState.js'
export { SITE_COLUMNS } from '../site/vocabulary.js'
