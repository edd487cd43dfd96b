/** The annual report (政府信息公开工作年度报告) in the format of 国办公开办函〔2021〕30号. */
export * from './build.js'
export * from './input.js'
export * from './tables.js'
export { renderAnnualReportHtml } from './render-html.js'
export { renderAnnualReportXlsx } from './render-xlsx.js'
