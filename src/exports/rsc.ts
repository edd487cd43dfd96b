/** Admin (React Server) components, referenced by the plugin as `payload-plugin-disclosure/rsc#…`. */
export { CatalogTreeNavLink } from '../admin/CatalogTreeNavLink.js'
export { CatalogTreeView } from '../admin/CatalogTreeView.js'
export { DeadlineBoardWidget } from '../admin/DeadlineBoardWidget.js'
export { ReviewQueueNavLink } from '../admin/ReviewQueueNavLink.js'
export { ReviewQueueView } from '../admin/ReviewQueueView.js'
export { LedgerAuditNavLink } from '../admin/LedgerAuditNavLink.js'
export { LedgerAuditView } from '../admin/LedgerAuditView.js'
