import config from '@payload-config'
import { SiteNotFound } from 'payload-plugin-disclosure/site'

const NotFound = () => <SiteNotFound config={config} />

export default NotFound
