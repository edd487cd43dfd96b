import type { Payload } from 'payload'

import { resolveOptions, type ResolvedDisclosureOptions } from '../options.js'

/** Where the plugin leaves, in the Payload config's `custom`, what the public column needs. */
export const SITE_CONFIG_KEY = 'disclosurePlugin'

export interface SiteConfig {
  slugs: ResolvedDisclosureOptions['slugs']
  site: ResolvedDisclosureOptions['site']
  requests: ResolvedDisclosureOptions['requests']
}

/** The column's settings as the plugin resolved them (defaults when the config has none). */
export const siteConfigOf = (payload: Payload): SiteConfig => {
  const stored = (payload.config.custom as Record<string, unknown> | undefined)?.[SITE_CONFIG_KEY] as SiteConfig | undefined
  if (stored) return stored
  const options = resolveOptions()
  return { slugs: options.slugs, site: options.site, requests: options.requests }
}
