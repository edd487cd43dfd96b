import type { FieldAccess } from 'payload'

import { nobody } from './staff.js'

/**
 * Field access of a value only the server writes (hooks and jobs, with `overrideAccess`): no client sets
 * it on create or update — what a client sends is dropped. `read` says who may read it (default: whoever
 * may read the document). The one way the plugin declares a server-written field.
 */
export const serverWritten = (read?: FieldAccess): { create: FieldAccess; update: FieldAccess; read?: FieldAccess } => ({
  create: nobody,
  update: nobody,
  ...(read ? { read } : {}),
})
