/**
 * The review sheet as Markdown (GitHub-flavoured tables), for a merge request or a wiki page: the same
 * sections as the HTML sheet. Draft text is escaped (every ASCII punctuation mark backslash-escaped, line
 * breaks as ↵), so a draft's `<script>`, `|` or `*` stays text; the flagged span of an excerpt is bold.
 */
import {conciseChange} from './fixes.js'
import {gapText, LABELS, MARK_SYMBOL, type SheetLabels} from './labels.js'
import type {ChecklistRow, ExcerptLine, FindingView, FixChange, NoticeRef, NoticeReview, Place, ReviewSheet} from './model.js'

/**
 * Text as Markdown text set inside a line (never at its start): the marks that could open emphasis, code, a
 * link, HTML, an entity, maths or a table cell are backslash-escaped, and a line break is shown as ↵.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&$]/gu, (char) => `\\${char}`).replace(/\r\n|\n|\r/gu, '↵')
}

const t = escapeMarkdown

function placeText(place: Place | undefined, labels: SheetLabels): string {
  return place ? labels.place(place) : ''
}

function ref(notice: NoticeRef, labels: SheetLabels): string {
  return `${t(notice.path)} ${placeText(notice.place, labels)}`
}

function change(fix: FixChange, labels: SheetLabels): string {
  const {before, after, cutStart, cutEnd} = conciseChange(fix)
  const shown = (text: string) => `“${cutStart ? '…' : ''}${t(text)}${cutEnd ? '…' : ''}”`
  const pass = labels.fixPass(fix.pass)
  if (before === '') return `${labels.fixInserts} ${shown(after)}${pass}`
  if (after === '') return `${labels.fixDeletes} ${shown(before)}${pass}`
  return `${shown(before)} → ${shown(after)}${pass}`
}

function excerpt(lines: ExcerptLine[]): string[] {
  return lines.map(({line, segments, clippedStart, clippedEnd}) => {
    const body = segments.map((segment) => (segment.flagged ? (segment.text === '' ? '‸' : `**${t(segment.text)}**`) : t(segment.text))).join('')
    return `   > ${line} │ ${clippedStart ? '…' : ''}${body}${clippedEnd ? '…' : ''}`
  })
}

function finding(view: FindingView, index: number, labels: SheetLabels, word: boolean): string[] {
  const rule = view.url && /^(?:https?|file):/iu.test(view.url) ? `[${t(view.ruleId)}](<${view.url.replace(/[<>]/gu, encodeURIComponent)}>)` : t(view.ruleId)
  const lines = [`${index + 1}. **${labels.severities[view.severity]}** ${rule}${view.place ? ` ${placeText(view.place, labels)}` : ''}${labels.colon}${t(view.message)}`]
  const excerptLines = excerpt(view.excerpt)
  if (excerptLines.length > 0) lines.push('', ...excerptLines, '')
  if (view.explanation) lines.push(`   - ${labels.explanation}${labels.colon}${t(view.explanation)}`)
  if (view.change) lines.push(`   - ${word ? labels.wordFixWouldChange : labels.fixWouldChange}${labels.colon}${change(view.change, labels)}`)
  if (view.expected.length > 0) lines.push(`   - ${labels.expected}${labels.colon}${view.expected.map((text) => `“${t(text)}”`).join(labels.comma)}`)
  if (view.related.length > 0) lines.push(`   - ${labels.related}${labels.colon}${view.related.map((other) => `${t(other.file)} ${placeText(other.place, labels)} ${t(other.reason)}`).join(labels.semicolon)}`)
  return lines
}

function checklistRow(row: ChecklistRow, notice: NoticeReview, labels: SheetLabels): string {
  const values = row.values.map((value) => `${t(value.text)}${value.notes.map((note) => t(labels.aside(labels.note(note)))).join('')}`)
  if (row.coverage && row.coverage.tasks > 0) values.push(t(labels.coverage(row.coverage.tasks, row.coverage.annotated)))
  for (const index of row.findings) {
    const view = notice.findings[index]
    if (view.severity !== 'info') values.push(`${labels.severities[view.severity]}${labels.colon}${t(view.message)}`)
  }
  const places = row.values.map((value) => placeText(value.place, labels))
  return `| ${labels.elements[row.element]} | ${MARK_SYMBOL[row.mark]} | ${values.join('<br>')} | ${places.join('<br>')} |`
}

function notice(view: NoticeReview, labels: SheetLabels): string[] {
  const lines = [`### ${labels.status[view.status]}${labels.colon}${t(view.title ?? view.path)}`, '', `${t(view.path)}${view.number ? ` · ${t(view.number)}` : ''}`, '']
  if (view.checklist) {
    const {element, mark, value, place} = labels.checklistColumns
    lines.push(`**${labels.checklist}**`, '', `| ${element} | ${mark} | ${value} | ${place} |`, '|---|:-:|---|---|', ...view.checklist.map((row) => checklistRow(row, view, labels)), '')
  } else lines.push(labels.uncheckedChecklist, '')
  lines.push(`**${labels.findings}**`, '')
  if (view.findings.length === 0) lines.push(labels.noFindings, '')
  else lines.push(...view.findings.flatMap((one, index) => finding(one, index, labels, view.word === true)), '')
  if (view.fixCount > 0) lines.push(view.word ? labels.wordFixCount(view.fixCount) : labels.fixCount(view.fixCount), '')
  if (view.laterFixes.length > 0) lines.push(`**${labels.laterFixes}**`, '', ...view.laterFixes.map((fix) => `- ${t(fix.ruleId)}${labels.colon}${change(fix, labels)}`), '')
  return lines
}

function batch(sheet: ReviewSheet, labels: SheetLabels): string[] {
  const {duplicateNumbers, series, outOfDateOrder, repeatedTitles, repealsInBatch} = sheet.batch
  const section = (title: string, items: string[]) => [`### ${title}`, '', ...(items.length > 0 ? items.map((item) => `- ${item}`) : [labels.none]), '']
  const {prefix, year, numbers, gaps, pending} = labels.seriesColumns
  const seriesLines =
    series.length > 0
      ? [
          `| ${prefix} | ${year} | ${numbers} | ${gaps} | ${pending} |`,
          '|---|---|---|---|---|',
          ...series.map(
            (one) =>
              `| ${t(one.prefix)} | ${one.year} | ${one.entries.map((entry) => entry.sequence).join(labels.comma)} | ${one.gaps.map(gapText).join(labels.comma) || labels.none} | ${one.pending.map((notice) => ref(notice, labels)).join('<br>') || labels.none} |`,
          ),
          '',
          labels.betweenLowestAndHighest,
        ]
      : [labels.none]
  return [
    `## ${labels.batch}`,
    '',
    ...section(
      labels.duplicateNumbers,
      duplicateNumbers.map((group) => `${t(group.number)}${labels.colon}${group.notices.map((notice) => ref(notice, labels)).join(labels.semicolon)}`),
    ),
    `### ${labels.series}`,
    '',
    ...seriesLines,
    '',
    ...section(
      labels.outOfDateOrder,
      outOfDateOrder.map(
        ({lower, higher}) =>
          `${t(higher.text)}${t(labels.aside(labels.dated(higher.date)))} ${ref(higher, labels)} ${labels.numberedAfter} ${t(lower.text)}${t(labels.aside(labels.dated(lower.date)))} ${ref(lower, labels)} ${labels.butDatedEarlier}`,
      ),
    ),
    ...section(labels.repeatedTitles, repeatedTitles.map((group) => `${t(group.title)}${labels.colon}${group.notices.map((notice) => ref(notice, labels)).join(labels.semicolon)}`)),
    ...section(labels.repealsInBatch, repealsInBatch.map(({note, target}) => `${ref(note, labels)} ${t(note.text)} → ${ref(target, labels)}`)),
  ]
}

/** The whole sheet as a Markdown document. */
export function renderMarkdown(sheet: ReviewSheet): string {
  const labels = LABELS[sheet.lang]
  const {summary} = sheet
  const counts = [
    `${labels.noticesChecked} ${summary.notices}`,
    `${labels.passed} ${summary.passed}`,
    `${labels.withErrors} ${summary.withErrors}`,
    `${labels.withWarnings} ${summary.withWarnings}`,
    ...(summary.unchecked > 0 ? [`${labels.unchecked} ${summary.unchecked}`] : []),
  ]
  const lines = [
    `# ${labels.sheetTitle}`,
    '',
    labels.subtitle,
    '',
    `${labels.reviewDate}${labels.colon}${sheet.today}`,
    '',
    `## ${labels.summary}`,
    '',
    counts.join(labels.semicolon),
    '',
    `### ${labels.findingsPerRule}`,
    '',
    ...(summary.byRule.length > 0
      ? [
          `| ${labels.rule} | ${labels.severities.error} | ${labels.severities.warning} | ${labels.severities.info} |`,
          '|---|--:|--:|--:|',
          ...summary.byRule.map((entry) => `| ${t(entry.ruleId)} | ${entry.errors} | ${entry.warnings} | ${entry.infos} |`),
        ]
      : [labels.none]),
    '',
    ...batch(sheet, labels),
    `## ${labels.notices}`,
    '',
    ...sheet.notices.flatMap((view) => notice(view, labels)),
    `## ${labels.signOff}`,
    '',
    `${labels.opinion}${labels.colon}`,
    '',
    `${labels.reviewer}${labels.colon}　　　　　　　　${labels.signDate}${labels.colon}`,
    '',
  ]
  return lines.join('\n')
}
