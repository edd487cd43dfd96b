/**
 * Admin view "公开目录树" (/admin/catalog-tree): the catalogs as a browsable tree, domain → 一级 →
 * 二级 → items with counts, as the signed-in user may read them. A server component: it reads through
 * the same loader as GET /api/catalog-tree.
 */
import type { AdminViewServerProps } from 'payload'

import { AdminPage, requireLogin } from './AdminPage.js'

import { loadCatalogTree } from '../catalog/loadTree.js'
import type { DisclosureSlugs } from '../options.js'

type Props = AdminViewServerProps & { slugs: Pick<DisclosureSlugs, 'catalogDomains' | 'catalogItems'> }

const UNIT = { working: { zh: '个工作日', en: ' working days' }, calendar: { zh: '日', en: ' days' } } as const

export const CatalogTreeView = async ({ initPageResult, params, searchParams, slugs }: Props) => {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  requireLogin({ initPageResult }, '/catalog-tree')
  const zh = req.i18n.language === 'zh'
  const t = (text: { zh: string; en: string }) => (zh ? text.zh : text.en)
  const domainParam = typeof searchParams?.domain === 'string' && searchParams.domain !== '' ? searchParams.domain : undefined
  const tree = await loadCatalogTree(req, slugs, { domain: domainParam })
  const all = domainParam ? await loadCatalogTree(req, slugs) : tree
  const itemHref = (id: unknown) => `${adminRoute}/collections/${slugs.catalogItems}/${String(id)}`

  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
        <h1>{t({ zh: '基层政务公开标准目录', en: 'Standard disclosure catalogs' })}</h1>
        <p>
          {t({ zh: `共 ${all.totals.domains} 个领域、${all.totals.items} 个事项。`, en: `${all.totals.domains} domains, ${all.totals.items} items.` })}{' '}
          <a href={`${adminRoute}/collections/${slugs.catalogItems}`}>{t({ zh: '按列表管理事项', en: 'Manage items as a list' })}</a>
        </p>
        <nav style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', margin: '1rem 0' }}>
          <a href={`${adminRoute}/catalog-tree`} style={{ fontWeight: domainParam ? 'normal' : 'bold' }}>
            {t({ zh: '全部', en: 'All' })}
          </a>
          {all.domains.map((domain) => (
            <a
              href={`${adminRoute}/catalog-tree?domain=${String(domain.id)}`}
              key={String(domain.id)}
              style={{ fontWeight: String(domain.id) === domainParam ? 'bold' : 'normal' }}
            >
              {domain.number ? `${domain.number}. ` : ''}
              {zh ? domain.name : (domain.nameEn ?? domain.name)} ({domain.count})
            </a>
          ))}
        </nav>
        {tree.domains.length === 0 && <p>{t({ zh: '没有可显示的目录事项。', en: 'No catalog items to show.' })}</p>}
        {tree.domains.map((domain) => (
          <details key={String(domain.id)} open={Boolean(domainParam)} style={{ marginBottom: '0.75rem' }}>
            <summary style={{ fontSize: '1.15rem', cursor: 'pointer' }}>
              {domain.number ? `${domain.number}. ` : ''}
              {domain.name} <small>({domain.count})</small>
            </summary>
            {domain.groups.map((group) => (
              <details key={group.name} open style={{ marginLeft: '1.25rem' }}>
                <summary style={{ cursor: 'pointer' }}>
                  {t({ zh: '一级事项', en: 'Level 1' })}：{group.name} <small>({group.count})</small>
                </summary>
                {group.children.map((child) => (
                  <div key={child.name} style={{ marginLeft: '1.25rem' }}>
                    <strong>
                      {t({ zh: '二级事项', en: 'Level 2' })}：{child.name}
                    </strong>{' '}
                    <small>({child.count})</small>
                    <ul>
                      {child.items.map((item: Record<string, any>) => {
                        const rule = item.timeLimitRule ?? {}
                        const limit = rule.computable ? `${rule.amount}${t(UNIT[rule.unit as 'working' | 'calendar'] ?? UNIT.working)}` : (item.timeLimit ?? '')
                        const departments = (item.departments ?? []).map((department: { name: string }) => department.name).join('、')
                        return (
                          <li key={String(item.id)}>
                            <a href={itemHref(item.id)}>{item.l3 ? `${item.l3}：` : ''}{item.content}</a>
                            <small>
                              {' '}
                              · {t({ zh: '时限', en: 'Limit' })} {limit || '—'}
                              {departments ? ` · ${departments}` : item.subject ? ` · ${item.subject}` : ''}
                            </small>
                          </li>
                        )
                      })}
                    </ul>
                  </div>
                ))}
              </details>
            ))}
          </details>
        ))}
    </AdminPage>
  )
}
