/* Report spreadsheets and RSS/Atom feeds of the public column. */
import config from '@payload-config'
import { siteDataRoute } from 'payload-plugin-disclosure/site'

export const dynamic = 'force-dynamic'
export const { GET } = siteDataRoute(config)
