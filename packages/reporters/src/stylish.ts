import {paragraphLabel, type Lang} from '@gazette-lint/core'
import type {VFile} from 'vfile'
import {byPlace, isWordDraft, paragraphSpanOfMessage, relativePath, ruleIdOf, severityOf, spanOf, type Message, type Reporter, type SeverityName} from './common.js'
import {shortenedReason} from './short-lists.js'
import {displayWidth, terminalSafe, wrapText} from './terminal-text.js'

export const DEFAULT_COLUMNS = 80
/** Below this a terminal cannot hold a location and a few words; the terminal wraps what is wider. */
const MIN_COLUMNS = 40

const SEVERITY_LABEL: Record<Lang, Record<SeverityName, string>> = {
  zh: {error: '错误', warning: '警告', info: '提示'},
  en: {error: 'error', warning: 'warning', info: 'info'},
}

/** A finding about the whole draft has no line to point at. */
const WHOLE_DRAFT: Record<Lang, string> = {zh: '全文', en: 'draft'}

interface Paint {
  path(text: string): string
  location(text: string): string
  severity(severity: SeverityName, text: string): string
  rule(text: string): string
  summary(severity: SeverityName | 'clean', text: string): string
}

const SGR = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`
const bold = SGR(1, 22)
const dim = SGR(2, 22)
const underline = SGR(4, 24)
const HUE: Record<SeverityName | 'clean', (text: string) => string> = {error: SGR(31, 39), warning: SGR(33, 39), info: SGR(36, 39), clean: SGR(32, 39)}

const PLAIN: Paint = {path: String, location: String, severity: (_, text) => text, rule: String, summary: (_, text) => text}
const COLOURED: Paint = {
  path: underline,
  location: dim,
  severity: (severity, text) => HUE[severity](text),
  rule: dim,
  summary: (severity, text) => bold(HUE[severity](text)),
}

/**
 * Only a URL made of printable ASCII goes into an escape sequence: anything else could end it early. A
 * file URL is linked too: by default the rule pages are the READMEs the installed package ships.
 */
const LINKABLE_URL = /^(?:https?|file):\/\/[\x21-\x7e]+$/

/** An OSC 8 hyperlink: terminals that know it show `text` as a link, others show `text` alone. */
export function terminalLink(text: string, url: string): string {
  return `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`
}

/** `line:column`, or in a Word draft the paragraph and the character (`第 5 段第 3 字`). */
function locationOf(message: Message, file: VFile, lang: Lang): string {
  if (isWordDraft(file)) {
    const paragraph = paragraphSpanOfMessage(message, file)
    return paragraph ? paragraphLabel(paragraph.start, lang) : WHOLE_DRAFT[lang]
  }
  const span = spanOf(message)
  return span ? `${span.line}:${span.column}` : WHOLE_DRAFT[lang]
}

export interface Counts {
  error: number
  warning: number
  info: number
}

export function summaryLine(counts: Counts, lang: Lang): string {
  const total = counts.error + counts.warning + counts.info
  if (lang === 'en') {
    const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
    return `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info)`
  }
  return `✖ ${total} 个问题（${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 条提示）`
}

/** The line for a run without findings; with `--quiet` only errors were looked for. */
export function cleanLine(drafts: number, lang: Lang, quiet: boolean): string {
  if (lang === 'en') return `✓ No ${quiet ? 'errors' : 'problems'} found in ${drafts} draft${drafts === 1 ? '' : 's'}`
  return `✓ ${drafts} 份文稿未发现${quiet ? '错误' : '问题'}`
}

/**
 * The default terminal report, for a clerk reading it at 80 columns: a block per draft with findings,
 * each finding a line of location, severity and rule id (a link to the rule's page in a terminal that
 * supports one), then its message wrapped under it to the terminal width; a summary that counts errors,
 * warnings and infos, or a line saying that the drafts are clean. Draft text in messages is escaped.
 */
export const stylish: Reporter = (files, context) => {
  const lang = context.lang ?? 'zh'
  // A terminal that reports no width (0) is treated as one of the default width.
  const columns = Math.max(MIN_COLUMNS, context.columns || DEFAULT_COLUMNS)
  const paint = context.color === true ? COLOURED : PLAIN
  const labels = SEVERITY_LABEL[lang]
  const labelWidth = Math.max(...Object.values(labels).map(displayWidth))
  const urls = new Map((context.rules ?? []).map((rule) => [rule.id, rule.url]))
  const counts: Counts = {error: 0, warning: 0, info: 0}
  const lines: string[] = []
  // A flood of findings (one per nesting level of a list) repeats a few messages many times.
  const wrappedParagraphs = new Map<string, string[]>()

  for (const file of files) {
    if (file.messages.length === 0) continue
    const messages = byPlace(file.messages)
    let locationWidth = 0
    for (const message of messages) locationWidth = Math.max(locationWidth, displayWidth(locationOf(message, file, lang)))
    const indent = ' '.repeat(2 + locationWidth + 2)
    if (lines.length > 0) lines.push('')
    lines.push(paint.path(terminalSafe(relativePath(file, context.cwd))))
    for (const message of messages) {
      const severity = severityOf(message)
      counts[severity]++
      const location = locationOf(message, file, lang)
      const label = labels[severity] + ' '.repeat(labelWidth - displayWidth(labels[severity]))
      lines.push(`  ${paint.location(location)}${' '.repeat(locationWidth - displayWidth(location))}  ${paint.severity(severity, label)}  ${ruleOf(message, urls, paint, context.hyperlinks === true)}`)
      for (const paragraph of shortenedReason(message).split(/\r?\n/u)) {
        const key = `${indent.length}:${paragraph}`
        let wrapped = wrappedParagraphs.get(key)
        if (!wrapped) wrappedParagraphs.set(key, (wrapped = wrapText(terminalSafe(paragraph), columns - indent.length)))
        for (const line of wrapped) lines.push(indent + line)
      }
    }
  }

  if (lines.length > 0) lines.push('')
  const total = counts.error + counts.warning + counts.info
  const [tone, summary] =
    total > 0
      ? [counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'info', summaryLine(counts, lang)] as const
      : ['clean', cleanLine(context.draftsChecked ?? files.length, lang, context.quiet === true)] as const
  for (const line of wrapText(summary, columns)) lines.push(paint.summary(tone, line))
  return lines.join('\n') + '\n'
}

function ruleOf(message: Message, urls: Map<string, string>, paint: Paint, hyperlinks: boolean): string {
  const id = terminalSafe(ruleIdOf(message))
  const url = message.url ?? urls.get(id)
  return hyperlinks && url && LINKABLE_URL.test(url) ? terminalLink(paint.rule(id), url) : paint.rule(id)
}
