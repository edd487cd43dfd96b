'use server'
/* The column's forms post to these server actions; the plugin does the work (Next needs them declared in the app). */
import config from '@payload-config'
import { headers } from 'next/headers.js'
import { lookupApplicationAction, submitApplicationAction, type ApplicationState, type LookupState } from 'payload-plugin-disclosure/site'

export async function submitApplication(state: ApplicationState, formData: FormData): Promise<ApplicationState> {
  return submitApplicationAction(config, state, formData, await headers())
}

export async function lookupApplication(state: LookupState, formData: FormData): Promise<LookupState> {
  return lookupApplicationAction(config, state, formData, await headers())
}
