/**
 * The column's stylesheet, inlined in the page head (no external file, font or image): plain and official,
 * system fonts (the Noto CJK/宋体/黑体 a reader has), relative units so browser zoom and large-font settings
 * scale everything (适老化), one column below 48rem, and a print style for record pages.
 */
export const SITE_CSS = `
*{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC","Source Han Sans SC",sans-serif;line-height:1.7;color:#1a1a1a;background:#f4f5f7}
a{color:#0b4ea2}
a:hover,a:focus{color:#b3121f}
:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:-999rem}
.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:10}
.masthead{background:#b3121f;color:#fff}
.masthead .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;padding-top:1rem;padding-bottom:1rem}
.site-name{margin:0;font-size:1.6rem;font-weight:700;letter-spacing:.05em}
.site-name a{color:#fff;text-decoration:none}
.column-name{margin:0;font-size:1.25rem;border-left:2px solid rgba(255,255,255,.6);padding-left:1rem}
.search{margin-left:auto;display:flex;gap:.25rem;align-items:center}
.search label{position:absolute;left:-999rem}
.search input{font:inherit;padding:.35rem .5rem;border:1px solid #ccc;min-width:14rem}
button{font:inherit;padding:.35rem 1rem;background:#0b4ea2;color:#fff;border:0;cursor:pointer}
button[disabled]{opacity:.6}
.columns{background:#fff;border-bottom:3px solid #b3121f}
.columns ul{display:flex;flex-wrap:wrap;list-style:none;margin:0 auto;padding:0 1rem}
.columns a{display:block;padding:.7rem .9rem;text-decoration:none;color:#1a1a1a;font-weight:600}
.columns a[aria-current=page]{background:#b3121f;color:#fff}
.crumbs{font-size:.9rem;padding-top:.75rem;padding-bottom:.25rem;color:#555}
main{background:#fff;padding-top:1rem;padding-bottom:2rem;min-height:60vh}
h1{font-size:1.6rem;line-height:1.4;color:#b3121f;margin:.5rem 0 1rem}
h2{font-size:1.2rem;border-bottom:1px solid #ddd;padding-bottom:.3rem;margin-top:1.5rem}
h2 a{text-decoration:none}
h3{font-size:1.05rem}
.lead{color:#444}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:0 2rem}
.with-aside{display:grid;grid-template-columns:2fr 1fr;gap:2rem}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.75rem;list-style:none;padding:0}
.tile a{display:block;padding:1rem;border:1px solid #d6d9de;background:#f8f9fb;text-decoration:none;font-weight:600;text-align:center}
.tile.first a{border-color:#b3121f;color:#b3121f;background:#fff5f5}
.entries,.results{list-style:none;padding:0;margin:0}
.entries li{display:flex;gap:.75rem;align-items:baseline;padding:.45rem 0;border-bottom:1px dashed #ddd}
.entries li a{flex:1}
.results li{padding:.6rem 0;border-bottom:1px dashed #ddd}
.results .meta{display:block}
.date,.meta{color:#666;font-size:.9rem;white-space:nowrap}
.badge{font-size:.8rem;background:#fbe9e9;color:#b3121f;padding:0 .4rem;border:1px solid #e7b6b6}
.domains,.departments{columns:2;list-style:square;padding-left:1.25rem}
.empty{color:#666}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border:1px solid #d6d9de;padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:#f1f3f6}
td.basis{font-size:.9rem}
.meta-table{display:grid;grid-template-columns:8rem 1fr;border:1px solid #d6d9de;background:#f8f9fb;margin:0 0 1rem}
.meta-table dt,.meta-table dd{margin:0;padding:.4rem .6rem;border-bottom:1px solid #e3e6ea}
.meta-table dt{font-weight:600;color:#444;background:#eef1f5}
.validity-notice{border:2px solid #b3121f;background:#fff5f5;color:#b3121f;padding:.75rem 1rem;font-weight:600}
.entry .body,.page .body{font-size:1.1rem;line-height:1.9}
.attachments ul{padding-left:1.25rem}
.pager{display:flex;gap:1rem;justify-content:center;margin:1.5rem 0}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;background:#f8f9fb;border:1px solid #d6d9de;padding:.75rem;margin-bottom:1rem}
.filters label{display:flex;flex-direction:column;font-size:.9rem}
input,select,textarea{font:inherit;padding:.35rem .5rem;border:1px solid #9aa1ab;background:#fff;max-width:100%}
fieldset{border:1px solid #d6d9de;margin:0 0 1rem;padding:.5rem 1rem 1rem}
legend{font-weight:600;padding:0 .25rem}
.field{display:flex;flex-direction:column;margin:.6rem 0}
.field label{font-weight:600}
.field textarea,.field input,.field select{width:100%}
[aria-invalid=true]{border-color:#b3121f;background:#fff8f8}
.field-error,.form-error{color:#b3121f;margin:.25rem 0 0;font-weight:600}
.form-error{border:1px solid #b3121f;padding:.5rem}
.hint{color:#555;font-size:.9rem;margin:.25rem 0}
.rules{background:#f8f9fb;border:1px solid #d6d9de;padding:0 1rem 1rem;font-size:.95rem}
.receipt{align-self:start;border:2px solid #1d7a3a;background:#f2fbf4;padding:0 1rem 1rem}
mark{background:#ffe58a;color:inherit}
.report-body td{text-align:center}
.footer{background:#2b2f36;color:#e5e7eb;padding:1rem 0;font-size:.9rem}
.footer a{color:#cfe0ff}
@media (max-width:48rem){
  .grid,.with-aside{grid-template-columns:1fr}
  .search{margin-left:0;width:100%}
  .search input{flex:1;min-width:0}
  .columns a{padding:.5rem .6rem}
  .domains,.departments{columns:1}
  .meta-table{grid-template-columns:1fr}
  .meta-table dt{border-bottom:0}
  .entries li{flex-wrap:wrap}
  .entries li a{flex-basis:100%}
  table{display:block;overflow-x:auto}
}
@media print{
  body{background:#fff;color:#000;font-family:"Noto Serif CJK SC","SimSun",serif}
  .masthead,.columns,.crumbs,.footer,.search,.skip,.pager,.filters,.related{display:none}
  main{padding:0}
  a{color:#000;text-decoration:none}
  .attachments a::after{content:" (" attr(href) ")";font-size:.8rem}
  .validity-notice{border:2px solid #000;color:#000;background:#fff}
  h1{color:#000;text-align:center}
}
`
