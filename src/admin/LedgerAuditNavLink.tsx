/** A link to "台账审计" (the ledger audit view) in the admin's navigation, for staff who read ledgers. */
import type { ServerProps } from 'payload'

import { reportScope } from '../../access/reportScope.js'

export const LedgerAuditNavLink = ({ i18n, payload, user }: ServerProps) =>
  reportScope(user, null).ok ? (
    <a className="nav__link" href={`${payload.config.routes.admin}/ledger-audit`} style={{ display: 'block', padding: '0.25rem 0' }}>
      {i18n?.language === 'zh' ? '台账审计' : 'Ledger audit'}
    </a>
  ) : null
