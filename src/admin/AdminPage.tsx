/**
 * The frame of the plugin's own admin views: Payload's default template (navigation, header) around
 * a padded page, after sending anonymous visitors to the login page and back.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation.js'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

/** Redirects to the login page (and back to `path` afterwards) when nobody is logged in. */
export const requireLogin = ({ initPageResult }: Pick<AdminViewServerProps, 'initPageResult'>, path: string): void => {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${path}`)}`)
}

export const AdminPage = ({ initPageResult, params, searchParams, children }: Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & { children: ReactNode }) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="gutter--left gutter--right" style={{ paddingBottom: '4rem' }}>
        {children}
      </div>
    </DefaultTemplate>
  )
}
