/* Every page of the public column (/xxgk/…), rendered by the plugin from public reads only. */
import config from '@payload-config'
import { notFound } from 'next/navigation.js'
import { SitePage } from 'payload-plugin-disclosure/site'

import { lookupApplication, submitApplication } from '../actions.js'

type Props = { params: Promise<{ path?: string[] }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

const Page = (props: Props) => <SitePage config={config} actions={{ submitApplication, lookupApplication }} notFound={notFound} {...props} />

export default Page
