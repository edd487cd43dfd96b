import config from '@payload-config'
import { sitemapRoute } from 'payload-plugin-disclosure/site'

export const dynamic = 'force-dynamic'
export const { GET } = sitemapRoute(config)
