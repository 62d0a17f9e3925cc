/**
 * What the page and its worker say to each other. The page sends the clerk's text (or a dropped file's bytes)
 * with the settings of the toolbar; the worker answers with the findings as `--format json` gives them, the
 * draft's summary and, after a fix, the fixed text. Plain data: it crosses `postMessage` as is.
 */
import type {DraftSummary} from '@gazette-lint/core'
import type {ChecklistRow} from '@gazette-lint/review/data'

/** The review sheet's element checklist (`@gazette-lint/review`): the page shows the same rows. */
export type {ChecklistRow}

export type Lang = 'zh' | 'en'
export type Stage = 'draft' | 'publish'

export interface PageSettings {
  /** A shipped profile's id, or '' for the profile the draft's issuer names (as a draft without a config gets). */
  county: string
  stage: Stage
  lang: Lang
  /** `YYYY-MM-DD` to check as of that day (`?today=` in the page's address); default the clock. */
  today?: string
}

/** A finding: the fields of `--format json`, and the offsets of its place in the text (UTF-16 code units). */
export interface Finding {
  ruleId: string | null
  severity: 'error' | 'warning' | 'info'
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  message: string
  fix?: {range: [number, number]; text: string}
  offset?: number
  endOffset?: number
  /** Replacements for a person to choose ("did you mean"), never applied by a fix. */
  expected?: string[]
}

export interface RuleInfo {
  id: string
  description: Record<Lang, string>
  fixable: boolean
}

export interface CountyInfo {
  id: string
  county: string
}

interface Draft {
  /** Counts the page's requests: an answer to an older one than the page's latest is dropped. */
  version: number
  /** The draft's file name (`草稿.md`, or the dropped file's). */
  name: string
  settings: PageSettings
}

export type WorkerRequest =
  | (Draft & {type: 'lint'; text: string})
  /** A dropped file: its bytes are decoded as the command decodes a file (UTF-8, GB18030, UTF-16 …). */
  | (Draft & {type: 'open'; bytes: ArrayBuffer})
  /** Applies one finding's fix (the finding as the last answer for this text gave it). */
  | (Draft & {type: 'fix-one'; text: string; finding: Finding})
  /** Fixes everything fixable, in passes, as `--fix` does. */
  | (Draft & {type: 'fix-all'; text: string})

export interface LintAnswer {
  type: 'result'
  version: number
  /** The text the findings are of: the request's, a dropped file's decoded text, or the fixed text. */
  text: string
  findings: Finding[]
  summary?: DraftSummary
  /** The review sheet's element checklist (its `findings` index `findings` here); absent when the draft could not be read or modelled. */
  checklist?: ChecklistRow[]
  /** The county profile the draft is checked against, and how it was chosen; none when no profile applies. */
  county?: CountyInfo & {chosen: 'picked' | 'issuer'}
  /** After a fix: what was fixed. */
  fixed?: Array<{ruleId: string; message: string}>
}

export type WorkerAnswer =
  | {type: 'ready'; rules: RuleInfo[]; counties: CountyInfo[]}
  | LintAnswer
  | {type: 'failed'; version: number; message: string}

/** A request as the page makes it, before the version, the draft's name and the settings are added. */
export type RequestBody = WorkerRequest extends infer Request ? (Request extends WorkerRequest ? Omit<Request, 'version' | 'name' | 'settings'> : never) : never
