/** A link to "我的待办" (the review queue) in the admin's navigation. */
import type { ServerProps } from 'payload'

export const ReviewQueueNavLink = ({ i18n, payload }: ServerProps) => (
  <a className="nav__link" href={`${payload.config.routes.admin}/review-queue`} style={{ display: 'block', padding: '0.25rem 0' }}>
    {i18n?.language === 'zh' ? '我的待办（审核）' : 'My review queue'}
  </a>
)
