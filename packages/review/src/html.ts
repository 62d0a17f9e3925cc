/**
 * The review sheet as one self-contained HTML file: inline CSS allowed by its hash in a strict
 * Content-Security-Policy (no script, no fetch of any kind), every piece of draft text escaped, laid out for
 * the screen and for A4 paper. Elements carry `data-*` attributes naming what they show, for tests and tools.
 */
import {createHash} from 'node:crypto'
import {html, raw, safeHref, type Markup} from './html-template.js'
import {conciseChange} from './fixes.js'
import {gapText, LABELS, MARK_SYMBOL, type SheetLabels} from './labels.js'
import type {ChecklistRow, ExcerptLine, FindingView, FixChange, NoticeRef, NoticeReview, Place, ReviewSheet} from './model.js'
import {SHEET_CSS} from './sheet-css.js'

/** The policy of the sheet: nothing may load or run; the one style element is allowed by its hash. */
export function contentSecurityPolicy(css: string = SHEET_CSS): string {
  const hash = createHash('sha256').update(css, 'utf8').digest('base64')
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`
}

function placeText(place: Place | undefined, labels: SheetLabels): string {
  return place ? labels.place(place) : ''
}

function noticeLink(ref: NoticeRef, labels: SheetLabels): Markup {
  return html`<a href="#${ref.anchor}" data-path="${ref.path}">${ref.path}</a> <span class="place">${placeText(ref.place, labels)}</span>`
}

function change(fix: FixChange, labels: SheetLabels): Markup {
  const {before, after, cutStart, cutEnd} = conciseChange(fix)
  const shown = (text: string) => `${cutStart ? '…' : ''}${text.replace(/\r\n|\n|\r/gu, '↵')}${cutEnd ? '…' : ''}`
  const edit =
    before === ''
      ? html`${labels.fixInserts} <ins>${shown(after)}</ins>`
      : after === ''
        ? html`${labels.fixDeletes} <del>${shown(before)}</del>`
        : html`<del>${shown(before)}</del> → <ins>${shown(after)}</ins>`
  return html`<span class="change" data-rule="${fix.ruleId}">${edit}${labels.fixPass(fix.pass)}</span>`
}

function excerpt(lines: ExcerptLine[]): Markup | undefined {
  if (lines.length === 0) return undefined
  const line = ({line: number, segments, clippedStart, clippedEnd}: ExcerptLine) =>
    html`<span class="line-number">${number}</span>${clippedStart ? '…' : ''}${segments.map((segment) =>
      segment.flagged ? (segment.text === '' ? html`<mark class="at"></mark>` : html`<mark>${segment.text}</mark>`) : segment.text,
    )}${clippedEnd ? '…' : ''}`
  return html`<pre class="excerpt">${lines.map((one, index) => html`${index > 0 ? '\n' : ''}${line(one)}`)}</pre>`
}

function finding(view: FindingView, labels: SheetLabels, word: boolean): Markup {
  const href = safeHref(view.url)
  const rule = href ? html`<a class="rule-id" href="${href}">${view.ruleId}</a>` : html`<span class="rule-id">${view.ruleId}</span>`
  return html`<li class="finding severity-${view.severity}" data-rule="${view.ruleId}" data-severity="${view.severity}"${view.place ? html` data-line="${view.place.line}" data-column="${view.place.column}"` : ''}>
<p><span class="severity">${labels.severities[view.severity]}</span> ${rule} <span class="place">${placeText(view.place, labels)}</span></p>
<p class="message">${view.message}</p>
${excerpt(view.excerpt)}
${view.explanation ? html`<p class="explanation">${labels.explanation}${labels.colon}${view.explanation}</p>` : ''}
${view.change ? html`<p class="fix">${word ? labels.wordFixWouldChange : labels.fixWouldChange}${labels.colon}${change(view.change, labels)}</p>` : ''}
${view.expected.length > 0 ? html`<p class="expected">${labels.expected}${labels.colon}${view.expected.map((text, index) => html`${index > 0 ? labels.comma : ''}<q>${text}</q>`)}</p>` : ''}
${view.related.length > 0 ? html`<p class="related">${labels.related}${labels.colon}${view.related.map((other, index) => html`${index > 0 ? labels.semicolon : ''}${other.file} <span class="place">${placeText(other.place, labels)}</span> ${other.reason}`)}</p>` : ''}
</li>`
}

function checklistRow(row: ChecklistRow, notice: NoticeReview, labels: SheetLabels): Markup {
  const values = row.values.map(
    (value) =>
      html`<span class="value" data-line="${value.place.line}"><span class="written">${value.text}</span>${value.notes.map((note) => html`<span class="note">${labels.aside(labels.note(note))}</span>`)}</span>`,
  )
  const coverage = row.coverage && row.coverage.tasks > 0 ? html`<span class="value coverage">${labels.coverage(row.coverage.tasks, row.coverage.annotated)}</span>` : ''
  const places = row.values.map((value) => html`<span class="value">${placeText(value.place, labels)}</span>`)
  const problems = row.findings.map((index) => notice.findings[index]).filter((view) => view.severity !== 'info')
  const flagged = problems.map((view) => html`<span class="value note">${labels.severities[view.severity]}${labels.colon}${view.message}</span>`)
  return html`<tr class="mark-${row.mark}" data-element="${row.element}" data-mark="${row.mark}">
<th scope="row">${labels.elements[row.element]}</th><td class="mark" title="${labels.marks[row.mark]}">${MARK_SYMBOL[row.mark]}</td>
<td>${values}${coverage}${flagged}</td><td class="place">${places}</td></tr>`
}

function notice(view: NoticeReview, labels: SheetLabels): Markup {
  const checklist = view.checklist
    ? html`<table class="checklist"><caption class="hint">${labels.checklist}</caption>
<thead><tr><th>${labels.checklistColumns.element}</th><th>${labels.checklistColumns.mark}</th><th>${labels.checklistColumns.value}</th><th>${labels.checklistColumns.place}</th></tr></thead>
<tbody>${view.checklist.map((row) => checklistRow(row, view, labels))}</tbody></table>`
    : html`<p class="hint">${labels.uncheckedChecklist}</p>`
  const findings =
    view.findings.length > 0 ? html`<ol class="findings">${view.findings.map((one) => finding(one, labels, view.word === true))}</ol>` : html`<p class="none">${labels.noFindings}</p>`
  const later =
    view.laterFixes.length > 0 ? html`<h4>${labels.laterFixes}</h4><ul class="later-fixes">${view.laterFixes.map((fix) => html`<li>${fix.ruleId}${labels.colon}${change(fix, labels)}</li>`)}</ul>` : ''
  return html`<article class="notice" id="${view.anchor}" data-path="${view.path}" data-status="${view.status}">
<h3><span class="status status-${view.status}">${labels.status[view.status]}</span> ${view.title ?? view.path}</h3>
<p class="path">${view.path}${view.number ? html` · ${view.number}` : ''}</p>
${checklist}
<h4>${labels.findings}</h4>
${findings}
${view.fixCount > 0 ? html`<p class="hint fix-count">${view.word ? labels.wordFixCount(view.fixCount) : labels.fixCount(view.fixCount)}</p>` : ''}
${later}
</article>`
}

function summary(sheet: ReviewSheet, labels: SheetLabels): Markup {
  const {summary: counts} = sheet
  const item = (key: string, label: string, value: number) => html`<li data-count="${key}">${label}<strong>${value}</strong></li>`
  const rows = counts.byRule.map(
    (entry) =>
      html`<tr data-rule="${entry.ruleId}"><td class="rule-id">${entry.ruleId}</td><td class="num">${entry.errors}</td><td class="num">${entry.warnings}</td><td class="num">${entry.infos}</td></tr>`,
  )
  return html`<section id="summary"><h2>${labels.summary}</h2>
<ul class="counts">${item('notices', labels.noticesChecked, counts.notices)}${item('passed', labels.passed, counts.passed)}${item('errors', labels.withErrors, counts.withErrors)}${item('warnings', labels.withWarnings, counts.withWarnings)}${counts.unchecked > 0 ? item('unchecked', labels.unchecked, counts.unchecked) : ''}</ul>
<h3>${labels.findingsPerRule}</h3>
${rows.length > 0 ? html`<table class="by-rule"><thead><tr><th>${labels.rule}</th><th>${labels.severities.error}</th><th>${labels.severities.warning}</th><th>${labels.severities.info}</th></tr></thead><tbody>${rows}</tbody></table>` : html`<p class="none">${labels.none}</p>`}
</section>`
}

function batch(sheet: ReviewSheet, labels: SheetLabels): Markup {
  const {duplicateNumbers, series, outOfDateOrder, repeatedTitles, repealsInBatch} = sheet.batch
  const none = html`<p class="none">${labels.none}</p>`
  const list = (items: Markup[]) => html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`
  const duplicates = duplicateNumbers.map((group) => html`<span class="written">${group.number}</span>${labels.colon}${group.notices.map((ref, index) => html`${index > 0 ? labels.semicolon : ''}${noticeLink(ref, labels)}`)}`)
  const seriesRows = series.map(
    (one) => html`<tr data-prefix="${one.prefix}" data-year="${one.year}"><td>${one.prefix}</td><td>${one.year}</td>
<td class="numbers">${one.entries.map((entry, index) => html`${index > 0 ? labels.comma : ''}<a href="#${entry.anchor}" data-sequence="${entry.sequence}">${entry.sequence}</a>`)}</td>
<td class="gaps">${one.gaps.length > 0 ? one.gaps.map((gap, index) => html`${index > 0 ? labels.comma : ''}<span class="gap">${gapText(gap)}</span>`) : labels.none}</td>
<td class="pending">${one.pending.length > 0 ? one.pending.map((ref, index) => html`${index > 0 ? labels.semicolon : ''}${noticeLink(ref, labels)}`) : labels.none}</td></tr>`,
  )
  const inversions = outOfDateOrder.map(
    ({lower, higher}) =>
      html`<span class="written">${higher.text}</span>${labels.aside(labels.dated(higher.date))} ${noticeLink(higher, labels)} ${labels.numberedAfter} <span class="written">${lower.text}</span>${labels.aside(labels.dated(lower.date))} ${noticeLink(lower, labels)} ${labels.butDatedEarlier}`,
  )
  const titles = repeatedTitles.map((group) => html`<span class="written">${group.title}</span>${labels.colon}${group.notices.map((ref, index) => html`${index > 0 ? labels.semicolon : ''}${noticeLink(ref, labels)}`)}`)
  const repeals = repealsInBatch.map(({note, target}) => html`${noticeLink(note, labels)} <span class="written">${note.text}</span> → ${noticeLink(target, labels)}`)
  return html`<section id="batch"><h2>${labels.batch}</h2>
<h3>${labels.duplicateNumbers}</h3>
<div class="check" data-check="duplicate-numbers">${duplicates.length > 0 ? list(duplicates) : none}</div>
<h3>${labels.series}</h3>
<div class="check" data-check="series">${seriesRows.length > 0 ? html`<table class="series"><thead><tr><th>${labels.seriesColumns.prefix}</th><th>${labels.seriesColumns.year}</th><th>${labels.seriesColumns.numbers}</th><th>${labels.seriesColumns.gaps}</th><th>${labels.seriesColumns.pending}</th></tr></thead><tbody>${seriesRows}</tbody></table><p class="hint">${labels.betweenLowestAndHighest}</p>` : none}</div>
<h3>${labels.outOfDateOrder}</h3>
<div class="check" data-check="date-order">${inversions.length > 0 ? list(inversions) : none}</div>
<h3>${labels.repeatedTitles}</h3>
<div class="check" data-check="repeated-titles">${titles.length > 0 ? list(titles) : none}</div>
<h3>${labels.repealsInBatch}</h3>
<div class="check" data-check="repeals-in-batch">${repeals.length > 0 ? list(repeals) : none}</div>
</section>`
}

/** The whole sheet as an HTML document. */
export function renderHtml(sheet: ReviewSheet): string {
  const labels = LABELS[sheet.lang]
  const document = html`<!DOCTYPE html>
<html lang="${sheet.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${raw(contentSecurityPolicy())}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${labels.sheetTitle} ${sheet.today}</title>
<style>${raw(SHEET_CSS)}</style>
</head>
<body>
<header><h1>${labels.sheetTitle}</h1><p class="subtitle">${labels.subtitle}</p><p class="meta">${labels.reviewDate}${labels.colon}<span data-today>${sheet.today}</span></p></header>
${summary(sheet, labels)}
${batch(sheet, labels)}
<section id="notices"><h2>${labels.notices}</h2>
${sheet.notices.map((view) => notice(view, labels))}
</section>
<section class="sign-off"><h2>${labels.signOff}</h2>
<p>${labels.opinion}${labels.colon}<span class="blank wide"></span></p>
<p>${labels.reviewer}${labels.colon}<span class="blank"></span> ${labels.signDate}${labels.colon}<span class="blank"></span></p>
</section>
</body>
</html>
`
  return document.value
}
