/** A link to the catalog tree view in the admin's navigation (after the collection links). */
import type { ServerProps } from 'payload'

export const CatalogTreeNavLink = ({ i18n, payload }: ServerProps) => (
  <a className="nav__link" href={`${payload.config.routes.admin}/catalog-tree`} style={{ display: 'block', padding: '0.25rem 0' }}>
    {i18n?.language === 'zh' ? '公开目录树' : 'Catalog tree'}
  </a>
)
