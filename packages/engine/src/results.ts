/** What a session gives back: a draft's findings, and the outcome of fixing one. */
import type {DraftSummary, Encoding, WordSource} from '@gazette-lint/core'
import type {VFile} from 'vfile'
import type {AppliedFix, FixStop} from './fixing.js'

/** What a session returns for a draft. */
export interface DraftResult {
  /** The path reports name the draft by (relative to the session's folder). */
  path: string
  absolute: string
  /** The draft with its findings, as reporters take it (`file.data.gazetteSummary` holds the summary). */
  file: VFile
  /** The findings, after suppression, severity, de-duplication and ordering. */
  messages: VFile['messages']
  /** The elements found; absent when the draft could not be read or modelled. */
  summary?: DraftSummary
  /**
   * For a Word draft (`.docx`): `file` holds its rendering as a Markdown draft, and this says where each of its
   * characters stands in the document, as paragraph (第 N 段) and character (`paragraphSpanOf`, `paragraphPointAt`).
   */
  wordSource?: WordSource
}

/** What `fix` returns: the fixed text (not written anywhere), what was fixed, and what remains. */
export interface FixOutcome {
  path: string
  absolute: string
  /** The draft's decoded text before fixing (without a BOM), and after. */
  input: string
  output: string
  changed: boolean
  /** How the draft was stored, for writing it back the same way. */
  encoding: Encoding
  /** The hash of the bytes the input was read from (absent for a text from `update`). */
  contentHash?: string
  passes: number
  fixed: AppliedFix[]
  /** Set when the passes stopped with fixable findings left: at the ceiling, or on a fix that undid another. */
  stopped?: FixStop
  /** The findings of the output, as `lint` gives them. */
  result: DraftResult
}
