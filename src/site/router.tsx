/**
 * The public column's pages by path: `renderSite(payload, path, query)` loads a page's data (public reads
 * only, see data.ts) and returns its title, breadcrumbs and content, or null for a page that does not
 * exist or that the public may not see (answered 404). The Next.js route and the tests both use it.
 */
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { Payload } from 'payload'
import type { ReactNode } from 'react'

import { renderAnnualReportContent } from '../annual-report/render-html.js'
import { DEPARTMENT_KIND_LABELS } from '../department-kinds.js'
import {
  listEntries,
  listReports,
  listSitePages,
  loadCatalog,
  loadCatalogItem,
  loadDepartment,
  loadDomain,
  loadEntry,
  loadHome,
  loadPolicyLibrary,
  loadReport,
  loadSitePage,
  type EntryKind,
  type RichTextToHtml,
} from './data.js'
import { ApplicationForm, LookupForm, type ApplicationAction, type LookupAction } from './forms.js'
import { searchSite } from './search.js'
import { siteConfigOf } from './siteConfig.js'
import {
  CatalogItemPage,
  CatalogView,
  DepartmentPage,
  DomainView,
  EntryPage,
  HomeView,
  InterpretationsView,
  PolicyLibraryView,
  ReportView,
  ReportsView,
  RulesListView,
  SearchView,
  SitePagesView,
  type Crumb,
} from './views.js'
import { columnOf, type SiteColumn } from './vocabulary.js'
import { RequestRules } from './requestRules.js'

export interface SiteActions {
  submitApplication: ApplicationAction
  lookupApplication: LookupAction
}

export interface SitePageResult {
  title: string
  crumbs: Crumb[]
  active?: SiteColumn['key']
  content: ReactNode
}

export type Query = Record<string, string | string[] | undefined>

/** Lexical rich text as HTML (the converter escapes text). */
export const richTextToHtml: RichTextToHtml = (value) => {
  try {
    return convertLexicalToHTML({ data: value as never })
  } catch {
    return ''
  }
}

const one = (query: Query, name: string): string => {
  const value = query[name]
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '')
}

const ENTRY_COLUMNS: Record<string, { kind: EntryKind; column: SiteColumn['key'] | 'record' }> = {
  xx: { kind: 'record', column: 'record' },
  zcwj: { kind: 'policy', column: 'policies' },
  zcjd: { kind: 'interpretation', column: 'interpretations' },
}

export const renderSite = async (payload: Payload, segments: string[], query: Query, actions: SiteActions): Promise<SitePageResult | null> => {
  const base = siteConfigOf(payload).site.basePath
  const home: Crumb = { name: '政府信息公开', href: base }
  const column = (key: SiteColumn['key']): Crumb => ({ name: columnOf(key).name, href: `${base}${columnOf(key).path}` })
  const [first, second, third, ...rest] = segments.map((segment) => decodeURIComponent(segment))
  if (rest.length > 0) return null

  if (first === undefined) {
    return { title: '政府信息公开', crumbs: [home], content: <HomeView base={base} data={await loadHome(payload)} /> }
  }

  if (first === 'zn' && second === undefined) {
    const pages = await listSitePages(payload, 'guide', richTextToHtml)
    return { title: columnOf('guide').name, crumbs: [home, column('guide')], active: 'guide', content: <SitePagesView title={columnOf('guide').name} pages={pages} empty="公开指南正在编制中" /> }
  }

  if (first === 'zd' && third === undefined) {
    if (second === undefined) {
      return { title: columnOf('rules').name, crumbs: [home, column('rules')], active: 'rules', content: <RulesListView base={base} pages={await listSitePages(payload, 'rules', richTextToHtml)} /> }
    }
    const page = await loadSitePage(payload, 'rules', second, richTextToHtml)
    if (!page) return null
    return { title: page.title, crumbs: [home, column('rules'), { name: page.title }], active: 'rules', content: <SitePagesView title={page.title} pages={[{ ...page, title: '' }]} empty="" /> }
  }

  if (first === 'fdzdgknr') {
    if (second === undefined) {
      return { title: columnOf('catalog').name, crumbs: [home, column('catalog')], active: 'catalog', content: <CatalogView base={base} data={await loadCatalog(payload)} /> }
    }
    if (third === undefined) return null
    if (second === 'ly') {
      const data = await loadDomain(payload, third)
      if (!data) return null
      return { title: data.domain.name, crumbs: [home, column('catalog'), { name: data.domain.name }], active: 'catalog', content: <DomainView base={base} tree={data.catalog.catalog} counts={data.counts} /> }
    }
    if (second === 'sx') {
      const data = await loadCatalogItem(payload, third, one(query, 'page'))
      if (!data) return null
      const name = data.item.l3 ?? data.item.l2
      const crumbs: Crumb[] = [home, column('catalog'), ...(data.item.domain ? [{ name: data.item.domain.name, href: `${base}/fdzdgknr/ly/${data.item.domain.id}` }] : []), { name }]
      return { title: name, crumbs, active: 'catalog', content: <CatalogItemPage base={base} item={data.item} records={data.records} /> }
    }
    if (second === 'bm') {
      const data = await loadDepartment(payload, third, one(query, 'page'))
      if (!data) return null
      const kind = data.department.kind ? DEPARTMENT_KIND_LABELS[data.department.kind as keyof typeof DEPARTMENT_KIND_LABELS]?.zh : null
      return {
        title: data.department.name,
        crumbs: [home, column('catalog'), ...(kind ? [{ name: kind }] : []), { name: data.department.name }],
        active: 'catalog',
        content: <DepartmentPage base={base} department={data.department} records={data.records} />,
      }
    }
    return null
  }

  const entryColumn = ENTRY_COLUMNS[first]
  if (entryColumn && second !== undefined && third === undefined) {
    const entry = await loadEntry(payload, entryColumn.kind, second, richTextToHtml)
    if (!entry) return null
    const crumbs: Crumb[] =
      entryColumn.column === 'record'
        ? [home, column('catalog'), ...(entry.domain ? [{ name: entry.domain.name, href: `${base}/fdzdgknr/ly/${entry.domain.id}` }] : []), { name: entry.title }]
        : [home, column(entryColumn.column), { name: entry.title }]
    return { title: entry.title, crumbs, active: entryColumn.column === 'record' ? 'catalog' : entryColumn.column, content: <EntryPage base={base} entry={entry} /> }
  }

  if (first === 'zcwj' && second === undefined) {
    return { title: '政策文件', crumbs: [home, column('policies')], active: 'policies', content: <PolicyLibraryView base={base} data={await loadPolicyLibrary(payload, query)} /> }
  }

  if (first === 'zcjd' && second === undefined) {
    const page = await listEntries(payload, 'interpretation', { page: one(query, 'page') })
    return { title: '政策解读', crumbs: [home, column('interpretations')], active: 'interpretations', content: <InterpretationsView base={base} page={page} /> }
  }

  if (first === 'nb' && third === undefined) {
    if (second === undefined) {
      return { title: columnOf('reports').name, crumbs: [home, column('reports')], active: 'reports', content: <ReportsView base={base} reports={await listReports(payload)} /> }
    }
    const data = await loadReport(payload, second)
    if (!data) return null
    return {
      title: data.summary.title,
      crumbs: [home, column('reports'), { name: data.summary.title }],
      active: 'reports',
      content: <ReportView base={base} summary={data.summary} html={renderAnnualReportContent(data.report)} />,
    }
  }

  if (first === 'ysqgk' && third === undefined) {
    if (second === undefined) {
      return {
        title: '依申请公开',
        crumbs: [home, column('requests')],
        active: 'requests',
        content: (
          <>
            <h1>政府信息公开申请</h1>
            <div className="with-aside">
              <ApplicationForm action={actions.submitApplication} base={base} />
              <RequestRules base={base} />
            </div>
          </>
        ),
      }
    }
    if (second === 'cx') {
      return {
        title: '申请办理进度查询',
        crumbs: [home, column('requests'), { name: '办理进度查询' }],
        active: 'requests',
        content: (
          <>
            <h1>申请办理进度查询</h1>
            <LookupForm action={actions.lookupApplication} />
          </>
        ),
      }
    }
    return null
  }

  if (first === 'search' && second === undefined) {
    const results = await searchSite(payload, one(query, 'q'), one(query, 'page'))
    return { title: results.query ? `搜索：${results.query}` : '站内搜索', crumbs: [home, { name: '站内搜索' }], content: <SearchView base={base} results={results} /> }
  }

  return null
}
