/**
 * The public column's names and addresses (政府信息公开专栏). Plain data: the four first-level columns are
 * named as 国办公开办函〔2019〕61号 names them, plus 政策文件, 政策解读 and 依申请公开.
 */
export const SITE_PAGE_KINDS = ['guide', 'rules'] as const
export type SitePageKind = (typeof SITE_PAGE_KINDS)[number]

export const SITE_PAGE_KIND_LABELS: Record<SitePageKind, { zh: string; en: string }> = {
  guide: { zh: '政府信息公开指南', en: 'Disclosure guide' },
  rules: { zh: '政府信息公开制度', en: 'Disclosure rules' },
}

/** A column of the navigation: its name and its path under the column's base path. */
export interface SiteColumn {
  key: 'guide' | 'rules' | 'catalog' | 'reports' | 'policies' | 'interpretations' | 'requests'
  name: string
  path: string
  /** the four columns the national standard requires, in its order */
  firstLevel: boolean
}

export const SITE_COLUMNS: readonly SiteColumn[] = [
  { key: 'guide', name: '政府信息公开指南', path: '/zn', firstLevel: true },
  { key: 'rules', name: '政府信息公开制度', path: '/zd', firstLevel: true },
  { key: 'catalog', name: '法定主动公开内容', path: '/fdzdgknr', firstLevel: true },
  { key: 'reports', name: '政府信息公开年报', path: '/nb', firstLevel: true },
  { key: 'policies', name: '政策文件', path: '/zcwj', firstLevel: false },
  { key: 'interpretations', name: '政策解读', path: '/zcjd', firstLevel: false },
  { key: 'requests', name: '依申请公开', path: '/ysqgk', firstLevel: false },
]

export const columnOf = (key: SiteColumn['key']): SiteColumn => SITE_COLUMNS.find((column) => column.key === key)!
