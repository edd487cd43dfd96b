/** The report as an HTML page: the official tables with their rowspans and colspans, numbers filled in, failed checks shown. */
import type { AnnualReport } from './build.js'
import { REPORT_SECTIONS } from './tables.js'

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const attrs = (cell: { colspan?: number; rowspan?: number }): string =>
  `${cell.colspan && cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}${cell.rowspan && cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}`

const value = (report: AnnualReport, key: string): string => {
  const v = report.cells[key]
  return v === null || v === undefined ? '' : String(v)
}

/** The report's content — checks, tables, sections 五 and 六 — without a page around it (the public column embeds it). */
export const renderAnnualReportContent = (report: AnnualReport): string => {
  const tables = report.tables
    .map(
      (table) =>
        `<h2>${escape(table.title)}</h2>\n<table data-table="${table.id}">\n` +
        table.rows
          .map((row) => `<tr>${row.map((cell) => (cell.key ? `<td${attrs(cell)} data-key="${cell.key}">${escape(value(report, cell.key))}</td>` : `<td${attrs(cell)}>${escape(cell.text ?? '')}</td>`)).join('')}</tr>`)
          .join('\n') +
        '\n</table>',
    )
    .join('\n')
  const failed = report.checks.filter((check) => !check.ok)
  const checks = failed.length
    ? `<section class="checks failed"><h2>勾稽关系校验未通过 / Failed checks</h2><ul>${failed.map((check) => `<li data-code="${check.code}">${escape(check.message)}</li>`).join('')}</ul></section>`
    : '<section class="checks ok"><p>勾稽关系校验通过 / All checks pass</p></section>'
  const paragraph = (text: string) => (text.trim() ? text.split(/\n+/).map((line) => `<p>${escape(line)}</p>`).join('') : '<p>（无）</p>')
  return `${checks}
${tables}
<h2>${REPORT_SECTIONS.problems}</h2>
${paragraph(report.text.problems)}
<h2>${REPORT_SECTIONS.other}</h2>
${paragraph(report.text.other)}`
}

export const renderAnnualReportHtml = (report: AnnualReport): string => `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>${escape(report.title)}</title>
<style>body{font-family:"FangSong","仿宋",serif;max-width:60rem;margin:2rem auto}table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}td{border:1px solid #000;padding:.3rem .4rem;text-align:center}td[data-key]{font-family:monospace}.checks.failed{color:#b00020}</style>
</head>
<body>
<h1>${escape(report.title)}</h1>
${renderAnnualReportContent(report)}
</body>
</html>
`
