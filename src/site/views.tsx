/**
 * The public column's pages as plain, synchronous React components over the loaders' data: rendered on
 * the server, readable without JavaScript, no external resources. Links are relative to the column's base
 * path (`base`).
 */
import type { ReactNode } from 'react'

import type { CatalogTree, TreeItemInput } from '../catalog/tree.js'
import { formatChineseDate } from '../policy/dates.js'
import { VALIDITY_LABELS } from '../policy/validity.js'
import { DOCUMENT_TYPE_LABELS, POLICY_SUBJECTS } from '../policy/vocabulary.js'
import type { CatalogData, CatalogItemView, DepartmentSummary, EntrySummary, EntryView, HomeData, Page, PolicyLibraryData, ReportSummary, SitePageView } from './data.js'
import { POLICY_FILTER_PARAMS } from './data.js'
import type { SearchResults } from './search.js'
import { SITE_COLUMNS, columnOf, type SiteColumn } from './vocabulary.js'

export interface Crumb {
  name: string
  href?: string
}

const date = (value: string | null | undefined): string => (value ? formatChineseDate(value.slice(0, 10)) : '—')

export const Html = ({ html, className }: { html: string; className?: string }) => <div className={className} dangerouslySetInnerHTML={{ __html: html }} />

export const EntryList = ({ base, items, empty = '暂无信息' }: { base: string; items: EntrySummary[]; empty?: string }) =>
  items.length === 0 ? (
    <p className="empty">{empty}</p>
  ) : (
    <ul className="entries">
      {items.map((item) => (
        <li key={`${item.kind}-${item.id}`}>
          <a href={`${base}${item.href}`}>{item.title}</a>
          {item.documentNumber ? <span className="meta">{item.documentNumber}</span> : null}
          {item.validity && item.validity !== VALIDITY_LABELS.valid.zh ? <span className="badge">{item.validity}</span> : null}
          <span className="date">{item.publishedOn ?? ''}</span>
        </li>
      ))}
    </ul>
  )

/** 上一页 / 第 n 页 / 下一页, as plain links keeping the other query parameters. */
export const Pager = ({ page, href }: { page: Page<unknown>; href: (page: number) => string }) =>
  page.totalPages <= 1 ? null : (
    <nav className="pager" aria-label="分页">
      {page.page > 1 ? <a href={href(page.page - 1)} rel="prev">上一页</a> : <span>上一页</span>}
      <span>
        第 {page.page} / {page.totalPages} 页，共 {page.totalDocs} 条
      </span>
      {page.page < page.totalPages ? <a href={href(page.page + 1)} rel="next">下一页</a> : <span>下一页</span>}
    </nav>
  )

export const withPage = (path: string, params: Record<string, string>, page: number): string => {
  const query = new URLSearchParams({ ...Object.fromEntries(Object.entries(params).filter(([, value]) => value)), ...(page > 1 ? { page: String(page) } : {}) }).toString()
  return query ? `${path}?${query}` : path
}

// ————————————————————————————————————————————————————————— shell

export const SiteShell = ({ siteName, base, crumbs, active, children }: { siteName: string; base: string; crumbs: Crumb[]; active?: SiteColumn['key']; children: ReactNode }) => (
  <div className="site">
    <a className="skip" href="#main">跳到正文</a>
    <header className="masthead">
      <div className="wrap">
        <p className="site-name">
          <a href={base}>{siteName}</a>
        </p>
        <p className="column-name">政府信息公开专栏</p>
        <form className="search" action={`${base}/search`} method="get" role="search">
          <label htmlFor="site-q">站内搜索</label>
          <input id="site-q" name="q" type="search" placeholder="标题、文号、索引号或正文" />
          <button type="submit">搜索</button>
        </form>
      </div>
    </header>
    <nav className="columns" aria-label="栏目">
      <ul className="wrap">
        <li>
          <a href={base} aria-current={active === undefined && crumbs.length <= 1 ? 'page' : undefined}>首页</a>
        </li>
        {SITE_COLUMNS.map((column) => (
          <li key={column.key}>
            <a href={`${base}${column.path}`} aria-current={active === column.key ? 'page' : undefined}>{column.name}</a>
          </li>
        ))}
      </ul>
    </nav>
    <nav className="crumbs wrap" aria-label="当前位置">
      <span>当前位置：</span>
      {crumbs.map((crumb, i) => (
        <span key={i}>
          {i > 0 ? ' › ' : ''}
          {crumb.href && i < crumbs.length - 1 ? <a href={crumb.href}>{crumb.name}</a> : <span>{crumb.name}</span>}
        </span>
      ))}
    </nav>
    <main id="main" className="wrap">
      {children}
    </main>
    <footer className="footer">
      <div className="wrap">
        <p>{siteName} 主办</p>
        <p>
          <a href={`${base}/zn`}>政府信息公开指南</a> · <a href={`${base}/ysqgk`}>依申请公开</a> · <a href={`${base}/data/rss.xml`}>RSS订阅</a> · <a href={`${base}/sitemap.xml`}>网站地图</a>
        </p>
      </div>
    </footer>
  </div>
)

// ————————————————————————————————————————————————————————— home

export const HomeView = ({ base, data }: { base: string; data: HomeData }) => (
  <>
    <h1>政府信息公开</h1>
    <section className="first-level" aria-label="一级栏目">
      <ul className="tiles">
        {SITE_COLUMNS.map((column) => (
          <li key={column.key} className={column.firstLevel ? 'tile first' : 'tile'}>
            <a href={`${base}${column.path}`}>{column.name}</a>
          </li>
        ))}
      </ul>
    </section>
    <div className="grid">
      <section>
        <h2>
          <a href={`${base}/fdzdgknr`}>法定主动公开内容</a>
        </h2>
        <EntryList base={base} items={data.records} />
      </section>
      <section>
        <h2>
          <a href={`${base}/zcwj`}>政策文件</a>
        </h2>
        <EntryList base={base} items={data.policies} />
        <h2>
          <a href={`${base}/zcjd`}>政策解读</a>
        </h2>
        <EntryList base={base} items={data.interpretations} />
      </section>
    </div>
    <section>
      <h2>公开目录</h2>
      <ul className="domains">
        {data.domains.map((domain) => (
          <li key={String(domain.id)}>
            <a href={`${base}/fdzdgknr/ly/${domain.id}`}>{domain.name}</a> <span className="meta">{domain.count} 项</span>
          </li>
        ))}
      </ul>
    </section>
    <section>
      <h2>
        <a href={`${base}/nb`}>政府信息公开年报</a>
      </h2>
      <ReportList base={base} reports={data.reports} />
    </section>
  </>
)

// ————————————————————————————————————————————————————————— 法定主动公开内容

export const CatalogView = ({ base, data }: { base: string; data: CatalogData }) => (
  <>
    <h1>{columnOf('catalog').name}</h1>
    <p className="lead">按照基层政务公开标准目录，分领域、分事项公开；也可按公开主体查看。</p>
    <div className="grid">
      <section>
        <h2>按领域</h2>
        <ul className="domains">
          {data.catalog.domains.map((domain) => (
            <li key={String(domain.id)}>
              <a href={`${base}/fdzdgknr/ly/${domain.id}`}>{domain.name}</a> <span className="meta">{domain.count} 项目录事项</span>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>按公开主体</h2>
        {data.departments.map((group) => (
          <div key={group.kind}>
            <h3>{group.label}</h3>
            <ul className="departments">
              {group.departments.map((department) => (
                <li key={String(department.id)}>
                  <a href={`${base}/fdzdgknr/bm/${department.id}`}>{department.name}</a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  </>
)

export const DomainView = ({ base, tree, counts }: { base: string; tree: CatalogTree<TreeItemInput>; counts: Record<string, number> }) => (
  <>
    {tree.domains.map((domain) => (
      <section key={String(domain.id)}>
        <h1>{domain.name}</h1>
        {domain.groups.map((group) => (
          <section key={group.name} className="l1">
            <h2>{group.name}</h2>
            {group.children.map((child) => (
              <section key={child.name} className="l2">
                <h3>{child.name}</h3>
                <table className="items">
                  <thead>
                    <tr>
                      <th scope="col">事项</th>
                      <th scope="col">公开时限</th>
                      <th scope="col">公开依据</th>
                      <th scope="col">信息</th>
                    </tr>
                  </thead>
                  <tbody>
                    {child.items.map((item) => (
                      <tr key={String(item.id)}>
                        <td>
                          <a href={`${base}/fdzdgknr/sx/${item.id}`}>{String(item.l3 || item.l2)}</a>
                        </td>
                        <td>{String(item.timeLimit ?? '—')}</td>
                        <td className="basis">{String(item.basis ?? '—')}</td>
                        <td>{counts[String(item.id)] ?? 0} 条</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            ))}
          </section>
        ))}
      </section>
    ))}
  </>
)

export const CatalogItemPage = ({ base, item, records }: { base: string; item: CatalogItemView; records: Page<EntrySummary> }) => (
  <>
    <h1>{item.l3 ?? item.l2}</h1>
    <dl className="meta-table">
      <dt>所属领域</dt>
      <dd>{item.domain ? <a href={`${base}/fdzdgknr/ly/${item.domain.id}`}>{item.domain.name}</a> : '—'}</dd>
      <dt>一级事项</dt>
      <dd>{item.l1}</dd>
      <dt>二级事项</dt>
      <dd>{item.l2}</dd>
      <dt>公开内容</dt>
      <dd>{item.content}</dd>
      <dt>公开时限</dt>
      <dd>{item.timeLimit ?? '—'}</dd>
      <dt>公开依据</dt>
      <dd>{item.basis ?? '—'}</dd>
      <dt>公开主体</dt>
      <dd>{item.departments.length ? item.departments.join('、') : (item.subject ?? '—')}</dd>
    </dl>
    <h2>公开信息</h2>
    <EntryList base={base} items={records.items} />
    <Pager page={records} href={(page) => withPage(`${base}/fdzdgknr/sx/${item.id}`, {}, page)} />
  </>
)

export const DepartmentPage = ({ base, department, records }: { base: string; department: DepartmentSummary; records: Page<EntrySummary> }) => (
  <>
    <h1>{department.name}</h1>
    <EntryList base={base} items={records.items} />
    <Pager page={records} href={(page) => withPage(`${base}/fdzdgknr/bm/${department.id}`, {}, page)} />
  </>
)

// ————————————————————————————————————————————————————————— one entry

const Row = ({ label, children }: { label: string; children: ReactNode }) =>
  children === null || children === undefined || children === '' ? null : (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  )

const sizeText = (bytes: number | null): string => (bytes === null ? '' : bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`)

export const EntryPage = ({ base, entry }: { base: string; entry: EntryView }) => (
  <article className="entry">
    {entry.validityNotice ? (
      <p className="validity-notice" role="note">
        {entry.validityNotice}
        {entry.supersededBy ? (
          <>
            {' '}
            <a href={`${base}${entry.supersededBy.href}`}>查看《{entry.supersededBy.title}》</a>
          </>
        ) : null}
      </p>
    ) : null}
    <dl className="meta-table">
      <Row label="索引号">{entry.indexNumber}</Row>
      <Row label="发布机构">{entry.department}</Row>
      <Row label="公开方式">{entry.publicAttribute}</Row>
      <Row label={entry.kind === 'policy' ? '主题分类' : '领域'}>
        {entry.kind === 'policy' && entry.subjects?.length ? entry.subjects.join('、') : entry.domain ? <a href={`${base}/fdzdgknr/ly/${entry.domain.id}`}>{entry.domain.name}</a> : null}
      </Row>
      <Row label="目录事项">{entry.catalogItem ? <a href={`${base}/fdzdgknr/sx/${entry.catalogItem.id}`}>{entry.catalogItem.name}</a> : null}</Row>
      <Row label="文号">{entry.documentNumber}</Row>
      <Row label="文件类型">{entry.documentType}</Row>
      <Row label={entry.kind === 'policy' ? '成文日期' : '形成日期'}>{entry.kind === 'policy' ? (entry.writtenOn ? date(entry.writtenOn) : null) : entry.formedOn ? date(entry.formedOn) : null}</Row>
      <Row label="发布日期">{entry.publishedOn ? date(entry.publishedOn) : null}</Row>
      <Row label="施行日期">{entry.effectiveFrom ? date(entry.effectiveFrom) : null}</Row>
      <Row label="有效期至">{entry.effectiveUntil ? date(entry.effectiveUntil) : null}</Row>
      <Row label="有效性">{entry.validity}</Row>
      <Row label="解读形式">{entry.form}</Row>
    </dl>
    <h1>{entry.title}</h1>
    <Html className="body" html={entry.bodyHtml} />
    {entry.attachments.length > 0 ? (
      <section className="attachments">
        <h2>附件</h2>
        <ul>
          {entry.attachments.map((file) => (
            <li key={file.url}>
              <a href={file.url} download={file.filename}>
                {file.title}
              </a>{' '}
              <span className="meta">{sizeText(file.filesize)}</span>
            </li>
          ))}
        </ul>
      </section>
    ) : null}
    {entry.kind === 'policy' ? (
      <section className="related">
        <h2>相关解读</h2>
        <EntryList base={base} items={entry.interpretations ?? []} empty="暂无解读" />
      </section>
    ) : null}
    {entry.kind === 'interpretation' && entry.policy ? (
      <section className="related">
        <h2>所解读的政策文件</h2>
        <EntryList base={base} items={[entry.policy]} />
      </section>
    ) : null}
  </article>
)

// ————————————————————————————————————————————————————————— 政策文件库

/** A filter's drop-down: 全部 first, then `[value, label]` pairs. */
const Choice = ({ label, name, value, options }: { label: string; name: string; value: string; options: [string, string][] }) => (
  <label>
    {label}
    <select name={name} defaultValue={value}>
      <option value="">全部</option>
      {options.map(([optionValue, optionLabel]) => (
        <option key={optionValue} value={optionValue}>
          {optionLabel}
        </option>
      ))}
    </select>
  </label>
)

export const PolicyLibraryView = ({ base, data }: { base: string; data: PolicyLibraryData }) => {
  const current = Object.fromEntries(Object.entries(POLICY_FILTER_PARAMS).map(([key, name]) => [name, data.filters[key as keyof typeof data.filters]]))
  return (
    <>
      <h1>政策文件库</h1>
      <form className="filters" action={`${base}/zcwj`} method="get">
        <label>
          标题 <input name="q" defaultValue={data.filters.q} />
        </label>
        <label>
          文号 <input name="wh" defaultValue={data.filters.documentNumber} />
        </label>
        <Choice label="发文机关" name="jg" value={data.filters.department} options={data.departments.map((department) => [String(department.id), department.name])} />
        <Choice label="成文年份" name="year" value={data.filters.year} options={data.years.map((year) => [year, year])} />
        <Choice label="主题分类" name="subject" value={data.filters.subject} options={Object.entries(POLICY_SUBJECTS).map(([value, label]) => [value, label.zh])} />
        <Choice label="文件类型" name="type" value={data.filters.documentType} options={Object.entries(DOCUMENT_TYPE_LABELS).map(([value, label]) => [value, label.zh])} />
        <Choice label="有效性" name="validity" value={data.filters.validity} options={Object.entries(VALIDITY_LABELS).map(([value, label]) => [value, label.zh])} />
        <button type="submit">查询</button>
      </form>
      <p className="meta">共 {data.results.totalDocs} 件</p>
      <table className="policies">
        <thead>
          <tr>
            <th scope="col">标题</th>
            <th scope="col">文号</th>
            <th scope="col">发文机关</th>
            <th scope="col">发布日期</th>
            <th scope="col">有效性</th>
          </tr>
        </thead>
        <tbody>
          {data.results.items.map((item) => (
            <tr key={String(item.id)}>
              <td>
                <a href={`${base}${item.href}`}>{item.title}</a>
              </td>
              <td>{item.documentNumber ?? '—'}</td>
              <td>{item.department ?? '—'}</td>
              <td>{item.publishedOn ?? '—'}</td>
              <td>{item.validity ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.results.items.length === 0 ? <p className="empty">没有符合条件的文件</p> : null}
      <Pager page={data.results} href={(page) => withPage(`${base}/zcwj`, current, page)} />
    </>
  )
}

export const InterpretationsView = ({ base, page }: { base: string; page: Page<EntrySummary> }) => (
  <>
    <h1>政策解读</h1>
    <EntryList base={base} items={page.items} />
    <Pager page={page} href={(n) => withPage(`${base}/zcjd`, {}, n)} />
  </>
)

// ————————————————————————————————————————————————————————— 指南, 制度, 年报

export const SitePagesView = ({ title, pages, empty }: { title: string; pages: SitePageView[]; empty: string }) => (
  <>
    <h1>{title}</h1>
    {pages.length === 0 ? <p className="empty">{empty}</p> : null}
    {pages.map((page) => (
      <article key={String(page.id)} className="page">
        {pages.length > 1 ? <h2>{page.title}</h2> : <h2 className="subtitle">{page.title}</h2>}
        <Html className="body" html={page.bodyHtml} />
      </article>
    ))}
  </>
)

export const RulesListView = ({ base, pages }: { base: string; pages: SitePageView[] }) => (
  <>
    <h1>{columnOf('rules').name}</h1>
    {pages.length === 0 ? (
      <p className="empty">暂无制度</p>
    ) : (
      <ul className="entries">
        {pages.map((page) => (
          <li key={String(page.id)}>
            <a href={`${base}/zd/${page.id}`}>{page.title}</a>
          </li>
        ))}
      </ul>
    )}
  </>
)

export const ReportList = ({ base, reports }: { base: string; reports: ReportSummary[] }) =>
  reports.length === 0 ? (
    <p className="empty">暂无已发布的年度报告</p>
  ) : (
    <ul className="entries">
      {reports.map((report) => (
        <li key={String(report.id)}>
          <a href={`${base}/nb/${report.id}`}>{report.title}</a>
          <span className="date">{report.publishedOn ?? ''}</span>
        </li>
      ))}
    </ul>
  )

export const ReportsView = ({ base, reports }: { base: string; reports: ReportSummary[] }) => {
  const years = [...new Set(reports.map((report) => report.year))]
  return (
    <>
      <h1>{columnOf('reports').name}</h1>
      {years.length === 0 ? <p className="empty">暂无已发布的年度报告</p> : null}
      {years.map((year) => (
        <section key={year}>
          <h2>{year}年度</h2>
          <ReportList base={base} reports={reports.filter((report) => report.year === year)} />
        </section>
      ))}
    </>
  )
}

export const ReportView = ({ base, summary, html }: { base: string; summary: ReportSummary; html: string }) => (
  <article className="report">
    <h1>{summary.title}</h1>
    <p className="meta">
      发布日期：{date(summary.publishedOn)} · <a href={`${base}/data/nb/${summary.id}.xlsx`}>下载电子表格（XLSX）</a>
    </p>
    <Html className="report-body" html={html} />
  </article>
)

// ————————————————————————————————————————————————————————— 搜索

export const SearchView = ({ base, results }: { base: string; results: SearchResults }) => (
  <>
    <h1>站内搜索</h1>
    <form className="filters" action={`${base}/search`} method="get" role="search">
      <label>
        关键词 <input name="q" type="search" defaultValue={results.query} />
      </label>
      <button type="submit">搜索</button>
    </form>
    {results.query ? (
      <p className="meta">
        “{results.query}”共找到 {results.total} 条结果
      </p>
    ) : (
      <p className="meta">请输入标题、文号、索引号或正文中的词语</p>
    )}
    <ol className="results">
      {results.hits.map((hit) => (
        <li key={`${hit.kind}-${hit.id}`}>
          <a href={`${base}${hit.href}`}>
            <Highlighted text={hit.title} terms={results.terms} />
          </a>
          <span className="meta">
            {hit.kindLabel}
            {hit.documentNumber ? ` · ${hit.documentNumber}` : ''}
            {hit.indexNumber ? ` · ${hit.indexNumber}` : ''} · {hit.publishedOn ?? ''}
          </span>
          {hit.snippet ? (
            <p className="snippet">
              <Highlighted text={hit.snippet} terms={results.terms} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
    <Pager page={{ items: [], page: results.page, totalPages: results.totalPages, totalDocs: results.total }} href={(page) => withPage(`${base}/search`, { q: results.query }, page)} />
  </>
)

/** The text with every occurrence of the terms in <mark>. */
export const Highlighted = ({ text, terms }: { text: string; terms: string[] }) => {
  const wanted = terms.filter(Boolean)
  if (wanted.length === 0) return <>{text}</>
  const pattern = new RegExp(`(${wanted.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi')
  const parts = text.split(pattern)
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}</>
}

export const NotFoundView = ({ base }: { base: string }) => (
  <>
    <h1>页面不存在</h1>
    <p>您访问的信息不存在或已不再公开。</p>
    <p>
      <a href={base}>返回政府信息公开首页</a>
    </p>
  </>
)
