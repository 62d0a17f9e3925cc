/**
 * The review sheet's data from the session's results: per notice its checklist and findings (each with its
 * excerpt, its rule's explanation and the change `--fix` would make), the batch checks, and the counts of
 * the summary. Browser-safe: what a front end passes in is plain data.
 */
import type {Lang} from '@gazette-lint/core'
import {isWordDraftPath, mayBeTwoFormsOfOneDraft} from '@gazette-lint/core/word/paths.js'
import {paragraphSpanOf} from '@gazette-lint/core/word/source-map.js'
import {batchChecks} from './batch.js'
import {elementChecklist} from './checklist.js'
import {changesOfFindings} from './fixes.js'
import type {ExcerptLine, FindingView, NoticeReview, NoticeStatus, Place, ReviewDraft, ReviewRule, ReviewSheet, ReviewSummary} from './model.js'
import {excerptOf, linesOf, placeOf, severityOf} from './places.js'

/** The rule id of a finding on a draft that could not be checked (the engine's FATAL_RULE_ID). */
const FATAL = 'fatal'

export interface ReviewInput {
  drafts: readonly ReviewDraft[]
  /** What the sheet says of each rule, by id. */
  rules: Readonly<Record<string, ReviewRule>>
  lang: Lang
  /** The day of the review, `YYYY-MM-DD`. */
  today: string
}

/** A draft's places as the sheet shows them: in a Word draft, the paragraph and character (第 N 段第 M 字) too. */
function locatorOf(draft: ReviewDraft): <T extends Place | undefined>(place: T) => T {
  const {word} = draft
  if (!word) return (place) => place
  return (place) => {
    if (!place) return place
    const at = paragraphSpanOf(word, draft.text, {line: place.line, column: place.column})?.start
    return at ? {...place, paragraph: at.paragraph, character: at.character} : place
  }
}

/** A Word draft's excerpt numbers its lines by the paragraph each shows. */
function excerptInDocument(draft: ReviewDraft, lines: ExcerptLine[]): ExcerptLine[] {
  const {word} = draft
  if (!word) return lines
  return lines.map((line) => ({...line, line: paragraphSpanOf(word, draft.text, {line: line.line, column: 1})?.start.paragraph ?? line.line}))
}

function noticeReview(draft: ReviewDraft, index: number, rules: ReviewInput['rules'], lang: Lang): NoticeReview {
  const lines = linesOf(draft.text)
  const locate = locatorOf(draft)
  const {byFinding, unowned} = changesOfFindings(draft.text, draft.messages, draft.fixes ?? [])
  const findings: FindingView[] = draft.messages.map((message, at) => {
    const place = locate(placeOf(message))
    const rule = message.ruleId ? rules[message.ruleId] : undefined
    const change = byFinding.get(at)
    return {
      ruleId: message.ruleId ?? '',
      severity: severityOf(message),
      message: message.reason,
      ...(place ? {place} : {}),
      ...(message.url ? {url: message.url} : rule?.url ? {url: rule.url} : {}),
      ...(rule ? {explanation: rule.description[lang]} : {}),
      excerpt: excerptInDocument(draft, excerptOf(lines, place)),
      ...(change ? {change} : {}),
      expected: [...(message.expected ?? [])],
      related: (message.related ?? []).map((other) => ({file: other.file, reason: other.reason, ...(other.place ? {place: {line: other.place.start.line, column: other.place.start.column}} : {})})),
    }
  })
  const count = (severity: FindingView['severity']) => findings.filter((finding) => finding.severity === severity).length
  const counts = {errors: count('error'), warnings: count('warning'), infos: count('info')}
  const status: NoticeStatus = findings.some((finding) => finding.ruleId === FATAL) ? 'unchecked' : counts.errors > 0 ? 'errors' : 'passed'
  const {summary} = draft
  return {
    path: draft.path,
    anchor: `notice-${index + 1}`,
    status,
    ...(summary?.title ? {title: summary.title.text} : {}),
    ...(summary?.number ? {number: summary.number.text} : {}),
    counts,
    ...(summary ? {checklist: elementChecklist(summary, draft.messages).map((row) => ({...row, values: row.values.map((value) => ({...value, place: locate(value.place)}))}))} : {}),
    findings,
    laterFixes: unowned,
    fixCount: draft.fixes?.length ?? 0,
    ...(draft.word ? {word: true as const} : {}),
  }
}

function summaryOf(notices: readonly NoticeReview[]): ReviewSummary {
  const byRule = new Map<string, ReviewSummary['byRule'][number]>()
  for (const finding of notices.flatMap((notice) => notice.findings)) {
    const entry = byRule.get(finding.ruleId) ?? {ruleId: finding.ruleId, errors: 0, warnings: 0, infos: 0}
    entry[finding.severity === 'error' ? 'errors' : finding.severity === 'warning' ? 'warnings' : 'infos']++
    byRule.set(finding.ruleId, entry)
  }
  const total = (entry: ReviewSummary['byRule'][number]) => entry.errors + entry.warnings + entry.infos
  return {
    notices: notices.length,
    passed: notices.filter((notice) => notice.status === 'passed').length,
    withErrors: notices.filter((notice) => notice.status === 'errors').length,
    withWarnings: notices.filter((notice) => notice.counts.warnings > 0).length,
    unchecked: notices.filter((notice) => notice.status === 'unchecked').length,
    byRule: [...byRule.values()].sort((a, b) => b.errors - a.errors || total(b) - total(a) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)),
  }
}

export function buildReviewSheet({drafts, rules, lang, today}: ReviewInput): ReviewSheet {
  const notices = drafts.map((draft, index) => noticeReview(draft, index, rules, lang))
  const batch = locateBatch(
    batchChecks(oneFormEach(drafts.map((draft, index) => ({path: draft.path, anchor: notices[index].anchor, summary: draft.summary})))),
    new Map(drafts.map((draft) => [draft.path, locatorOf(draft)])),
  )
  return {lang, today, summary: summaryOf(notices), notices, batch}
}

/** The batch checks' notices (any `{path, place}` in them) placed in their Word drafts' paragraphs. */
function locateBatch<T>(value: T, locators: Map<string, (place: Place) => Place>): T {
  if (Array.isArray(value)) return value.map((item) => locateBatch(item, locators)) as T
  if (!value || typeof value !== 'object') return value
  const entries = Object.entries(value).map(([key, item]) => [key, locateBatch(item, locators)] as const)
  const located = Object.fromEntries(entries) as Record<string, unknown>
  const locate = typeof located.path === 'string' ? locators.get(located.path) : undefined
  if (locate && located.place && typeof located.place === 'object') located.place = locate(located.place as Place)
  return located as T
}

/**
 * A Word draft and the Markdown draft converted from it (the same file name, title and number: `通知.docx` and
 * `通知.md`) are one notice to the batch checks, as to doc-number-unique: the Markdown one stands for both.
 */
function oneFormEach<T extends {path: string; summary?: ReviewDraft['summary']}>(notices: T[]): T[] {
  const sameNotice = (one: T, other: T) =>
    mayBeTwoFormsOfOneDraft(one.path, other.path) && one.summary?.title?.text === other.summary?.title?.text && one.summary?.number?.text === other.summary?.number?.text
  const markdownForms = notices.filter((notice) => !isWordDraftPath(notice.path) && notice.summary?.title)
  return notices.filter((notice) => !(isWordDraftPath(notice.path) && notice.summary?.title && markdownForms.some((markdown) => sameNotice(notice, markdown))))
}
