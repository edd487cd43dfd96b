import { Forbidden, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

/** 403 for any change to a document once written. */
class ImmutableDocumentError extends Forbidden {
  constructor(message: string) {
    super()
    this.message = message
    this.isPublic = true
  }
}

/**
 * Hooks that make a collection write-once, even for the server with `overrideAccess`: documents are
 * created and never updated or deleted (the audit log, submitted ledgers).
 */
export const writeOnce = (message: string): { beforeChange: CollectionBeforeChangeHook; beforeDelete: CollectionBeforeDeleteHook } => ({
  beforeChange: ({ data, operation }) => {
    if (operation !== 'create') throw new ImmutableDocumentError(message)
    return data
  },
  beforeDelete: () => {
    throw new ImmutableDocumentError(message)
  },
})
