/** The states of the public forms, shared by the server actions and the client components (no server imports). */
export const APPLICATION_FIELDS = ['applicantType', 'applicantName', 'idType', 'idNumber', 'phone', 'email', 'address', 'description', 'purpose'] as const
export type ApplicationField = (typeof APPLICATION_FIELDS)[number]

export interface Receipt {
  trackingNumber: string
  receivedOn: string
  dueDate: string | null
}

export interface ApplicationState {
  values: Partial<Record<ApplicationField, string>>
  errors: Partial<Record<ApplicationField | 'form', string>>
  receipt: Receipt | null
  /** How many answers the form has had: the form is re-created for each, so every field shows what came back. */
  attempt?: number
}

export const EMPTY_APPLICATION: ApplicationState = { values: { applicantType: 'natural-person' }, errors: {}, receipt: null }

export interface LookupResult {
  trackingNumber: string
  statusLabel: string | null
  receivedOn: string | null
  dueDate: string | null
  repliedOn: string | null
  outcome: string | null
}

export interface LookupState {
  values: { trackingNumber?: string; contact?: string }
  errors: { trackingNumber?: string; contact?: string; form?: string }
  result: LookupResult | null
  attempt?: number
}

export const EMPTY_LOOKUP: LookupState = { values: {}, errors: {}, result: null }

