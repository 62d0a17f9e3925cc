/**
 * The review sheet as data: what a reviewer confirms for each notice of a batch (its elements as written,
 * its findings with what `--fix` would change) and what only the batch as a whole shows (numbers used twice,
 * gaps in a 代字's series, numbers out of date order, a title issued twice, a repeal of a notice of the same
 * batch). The HTML and Markdown sheets render this; a browser page can show the same checklist. Plain data.
 */
import type {Bilingual, DraftSummary, Fix, Lang} from '@gazette-lint/core'
import type {WordSource} from '@gazette-lint/core/word/source-map.js'

export type SeverityName = 'error' | 'warning' | 'info'

/** A place in a draft as a message or the summary gives it: 1-based line and column (UTF-16 code units). */
export interface Place {
  line: number
  column: number
  endLine?: number
  endColumn?: number
  /** In a Word draft: the paragraph (第 N 段) and the character within it, what the sheet shows; line and column are then in its Markdown text. */
  paragraph?: number
  character?: number
}

/** A finding as the session returns it (a vfile message or its serialized form): what the sheet reads. */
export interface ReviewMessage {
  reason: string
  ruleId?: string | null
  /** Which of its rule's messages it is (`missing-signature`). */
  messageId?: string
  /** `true` error, `false` warning, otherwise info (vfile's convention). */
  fatal?: boolean | null
  place?: {line?: number; column?: number} | {start: {line?: number; column?: number}; end: {line?: number; column?: number}} | null
  url?: string | null
  fix?: Fix
  expected?: readonly string[] | null
  related?: ReadonlyArray<{file: string; reason: string; place?: {start: {line: number; column: number}} | null}>
}

/** A fix `--fix` applied, as `session.fix` lists it (offsets into the text of its pass). */
export interface ReviewAppliedFix {
  ruleId: string
  reason: string
  pass: number
  fix: Fix
}

/** One draft of the batch, from the session: its text, findings, summary and what fixing it would do. */
export interface ReviewDraft {
  /** The path reports name it by. */
  path: string
  /** The decoded text the findings point into. */
  text: string
  messages: readonly ReviewMessage[]
  /** Absent when the draft could not be read or modelled (it then has a `fatal` finding). */
  summary?: DraftSummary
  /** What `session.fix` applied, pass by pass; absent when the draft has nothing to fix. */
  fixes?: readonly ReviewAppliedFix[]
  /** A Word draft (`.docx`): `text` is its Markdown text, and this maps it to the document's paragraphs. */
  word?: WordSource
}

/** What the sheet says of a rule: its explanation and its page. */
export interface ReviewRule {
  description: Bilingual
  url?: string
}

/** ✓ the element is there and no rule objects to it; ✗ a rule reports it (missing or wrong); — not there, and none asks for it. */
export type Mark = 'ok' | 'problem' | 'absent'

export type ChecklistElement =
  | 'issuer'
  | 'title'
  | 'number'
  | 'addressee'
  | 'signature'
  | 'date'
  | 'disclosure'
  | 'attachments'
  | 'repealNotes'
  | 'responsibleUnits'

/** What about a value the reviewer should know beside its text. */
export type ValueNote =
  | {kind: 'placeholder'}
  | {kind: 'canonical'; text: string}
  | {kind: 'misplaced'}
  | {kind: 'from'; from: 'header' | 'title' | 'signature' | 'front-matter'}
  | {kind: 'placement'; placement: string}
  | {kind: 'units'; units: string[]}

/** An element's value as written, and where. */
export interface ChecklistValue {
  text: string
  place: Place
  notes: ValueNote[]
}

export interface ChecklistRow {
  element: ChecklistElement
  mark: Mark
  values: ChecklistValue[]
  /** Task items and how many carry a responsible-unit annotation (the responsible-unit row only). */
  coverage?: {tasks: number; annotated: number}
  /** The findings on this element: indexes into the notice's `findings`. */
  findings: number[]
}

/** A stretch of an excerpt line: flagged (the finding's span) or not. */
export interface ExcerptSegment {
  text: string
  flagged: boolean
}

export interface ExcerptLine {
  line: number
  segments: ExcerptSegment[]
  /** Text was left out before or after what is shown (a long paragraph). */
  clippedStart: boolean
  clippedEnd: boolean
}

/** What `--fix` changes for a finding: the text replaced and its replacement, in the pass it is applied. */
export interface FixChange {
  ruleId: string
  before: string
  after: string
  pass: number
  /** The place of the finding the fix belongs to, in the text of its pass. */
  reason: string
}

export interface FindingView {
  ruleId: string
  severity: SeverityName
  message: string
  place?: Place
  url?: string
  /** The rule's explanation, in the sheet's language. */
  explanation?: string
  excerpt: ExcerptLine[]
  change?: FixChange
  expected: string[]
  related: Array<{file: string; reason: string; place?: Place}>
}

export type NoticeStatus = 'passed' | 'errors' | 'unchecked'

export interface NoticeReview {
  /** The path reports name the draft by. */
  path: string
  /** An id for links within the sheet (`notice-3`). */
  anchor: string
  status: NoticeStatus
  title?: string
  number?: string
  counts: {errors: number; warnings: number; infos: number}
  /** Absent when the draft could not be read or modelled. */
  checklist?: ChecklistRow[]
  findings: FindingView[]
  /** Fixes `--fix` applies that belong to no finding of the report (findings that only a first fix brings out). */
  laterFixes: FixChange[]
  /** How many fixes `--fix` would apply in all. */
  fixCount: number
  /** A Word draft: places are paragraphs, and the fixes are for the office to make in Word (`--fix` never rewrites it). */
  word?: true
}

/** A notice of the batch as the batch checks name it. */
export interface NoticeRef {
  path: string
  anchor: string
  /** The element the check is about, as written, and where. */
  text: string
  place: Place
}

export interface SeriesEntry extends NoticeRef {
  sequence: number
  /** The 成文日期 as `YYYY-MM-DD`, when it can be read. */
  date?: string
}

/** A 代字's numbers of one year in this batch: in order, the gaps between the lowest and the highest, those still to be numbered. */
export interface NumberSeries {
  prefix: string
  year: string
  entries: SeriesEntry[]
  /** Sequence numbers missing between the lowest and the highest of the batch, as ranges `[from, to]`. */
  gaps: Array<[number, number]>
  /** Notices of the 代字 and year whose number is not assigned yet (`〔2026〕　号`). */
  pending: NoticeRef[]
}

export interface BatchChecks {
  duplicateNumbers: Array<{number: string; notices: NoticeRef[]}>
  series: NumberSeries[]
  /** A higher number dated before a lower one of the same series: the pair, lower number first. */
  outOfDateOrder: Array<{lower: SeriesEntry; higher: SeriesEntry; prefix: string; year: string}>
  repeatedTitles: Array<{title: string; notices: NoticeRef[]}>
  /** A repeal note that names a notice of this very batch. */
  repealsInBatch: Array<{note: NoticeRef; target: NoticeRef}>
}

export interface ReviewSummary {
  notices: number
  passed: number
  withErrors: number
  withWarnings: number
  unchecked: number
  /** Findings per rule, by severity, in the order of the rules' first appearance. */
  byRule: Array<{ruleId: string; errors: number; warnings: number; infos: number}>
}

export interface ReviewSheet {
  lang: Lang
  /** The day the review was made (`YYYY-MM-DD`). */
  today: string
  summary: ReviewSummary
  notices: NoticeReview[]
  batch: BatchChecks
}
