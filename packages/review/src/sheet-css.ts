/**
 * The sheet's one style sheet, inline (the Content-Security-Policy allows exactly it, by its hash): system
 * fonts only, nothing fetched; on paper, A4 with each notice on a new page and no table or finding split.
 */
export const SHEET_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5a5a5a; --rule: #c8c8c8; --bad: #b3261e; --warn: #8a5a00; --ok: #1e6b35; --mark: #ffe08a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: var(--ink); background: #fff;
  font: 15px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif; }
h1 { font-size: 1.7rem; margin: 0 0 .2rem; letter-spacing: .1em; }
h2 { font-size: 1.3rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
p { margin: .3rem 0; }
.subtitle, .meta, .path, .hint, .place, .explanation, .note { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; }
th, td { border: 1px solid var(--rule); padding: .25rem .45rem; text-align: left; vertical-align: top; }
thead th { background: #f2f2f2; }
table.series td:nth-child(-n+2), table.series th:nth-child(-n+2) { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.counts { display: flex; flex-wrap: wrap; gap: .4rem 1.6rem; margin: .4rem 0 .8rem; padding: 0; list-style: none; }
.counts li strong { font-size: 1.3rem; margin-left: .3rem; }
.status { display: inline-block; padding: 0 .45rem; border-radius: .25rem; font-size: .85rem; font-weight: bold; color: #fff; vertical-align: middle; }
.status-passed { background: var(--ok); }
.status-errors { background: var(--bad); }
.status-unchecked { background: #444; }
td.mark { text-align: center; font-weight: bold; width: 3.2rem; }
tr.mark-ok td.mark { color: var(--ok); }
tr.mark-problem td.mark { color: var(--bad); }
tr.mark-absent td.mark { color: var(--muted); }
.value { display: block; }
.value + .value { margin-top: .2rem; }
.written { white-space: pre-wrap; }
.findings { padding-left: 1.4rem; }
.finding { margin: .6rem 0 1rem; }
.severity { font-weight: bold; }
.severity-error .severity { color: var(--bad); }
.severity-warning .severity { color: var(--warn); }
.rule-id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
.excerpt { margin: .3rem 0; padding: .35rem .5rem; background: #f7f7f5; border-left: 3px solid var(--rule); white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; }
.excerpt .line-number { display: inline-block; min-width: 2.5rem; color: var(--muted); font-variant-numeric: tabular-nums; user-select: none; }
mark { background: var(--mark); color: inherit; text-decoration: underline wavy var(--bad); text-underline-offset: .2em; }
mark.at::before { content: "‸"; color: var(--bad); font-weight: bold; }
del { background: #fbe4e2; text-decoration: line-through; }
ins { background: #e3f4e6; text-decoration: none; }
.fix, .expected, .related { margin-top: .2rem; }
.message, .fix, .written { overflow-wrap: anywhere; }
.none { color: var(--muted); }
.sign-off { margin-top: 2.5rem; border: 1px solid var(--ink); padding: .8rem 1rem; }
.sign-off p { margin: 1.4rem 0 .4rem; }
.blank { display: inline-block; min-width: 14rem; border-bottom: 1px solid var(--ink); }
.blank.wide { min-width: 30rem; }
a { color: #0b5cad; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .notice { break-before: page; }
  table, .finding, .sign-off { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`
