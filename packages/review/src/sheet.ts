/**
 * The review sheet's data from the session's results: per notice its checklist and findings (each with its
 * excerpt, its rule's explanation and the change `--fix` would make), the batch checks, and the counts of
 * the summary. Browser-safe: what a front end passes in is plain data.
 */
import type {Lang} from '@gazette-lint/core'
import {batchChecks} from './batch.js'
import {elementChecklist} from './checklist.js'
import {changesOfFindings} from './fixes.js'
import type {FindingView, NoticeReview, NoticeStatus, ReviewDraft, ReviewRule, ReviewSheet, ReviewSummary} from './model.js'
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

function noticeReview(draft: ReviewDraft, index: number, rules: ReviewInput['rules'], lang: Lang): NoticeReview {
  const lines = linesOf(draft.text)
  const {byFinding, unowned} = changesOfFindings(draft.text, draft.messages, draft.fixes ?? [])
  const findings: FindingView[] = draft.messages.map((message, at) => {
    const place = placeOf(message)
    const rule = message.ruleId ? rules[message.ruleId] : undefined
    const change = byFinding.get(at)
    return {
      ruleId: message.ruleId ?? '',
      severity: severityOf(message),
      message: message.reason,
      ...(place ? {place} : {}),
      ...(message.url ? {url: message.url} : rule?.url ? {url: rule.url} : {}),
      ...(rule ? {explanation: rule.description[lang]} : {}),
      excerpt: excerptOf(lines, place),
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
    ...(summary ? {checklist: elementChecklist(summary, draft.messages)} : {}),
    findings,
    laterFixes: unowned,
    fixCount: draft.fixes?.length ?? 0,
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
  const batch = batchChecks(drafts.map((draft, index) => ({path: draft.path, anchor: notices[index].anchor, summary: draft.summary})))
  return {lang, today, summary: summaryOf(notices), notices, batch}
}
