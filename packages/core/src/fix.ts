/**
 * The fix model, as ESLint has it (report-translator's mergeFixes, source-code-fixer's applyFixes): a rule
 * builds edits with a `Fixer`, the edits of one finding are merged into one contiguous `Fix`, and a fix is
 * applied whole or not at all. A fix is plain data on its message, so the cache, worker threads and every
 * front end carry it.
 */
import type {Located, Point, Span} from './notice/types.js'

/** A text edit: replace [start, end) (offsets into the draft's decoded text, without a BOM) with `text`. */
export interface TextEdit {
  start: number
  end: number
  text: string
}

/** The one fix of a finding: replace `range` (offsets into the decoded text) with `text`, as ESLint's `fix`. */
export interface Fix {
  range: [number, number]
  text: string
}

/** What a fixer edits: an element of the model, a span or point of it, or a `[start, end)` range of offsets. */
export type FixTarget = Located | Span | Point | readonly [number, number]

/** Builds the edits of a fix (ESLint's RuleFixer). Line breaks in inserted text are written as the draft writes them. */
export interface Fixer {
  replace(target: FixTarget, text: string): TextEdit
  insertBefore(target: FixTarget, text: string): TextEdit
  insertAfter(target: FixTarget, text: string): TextEdit
  /** Puts `open` before and `close` after the target: two edits, applied together or not at all. */
  wrap(target: FixTarget, open: string, close: string): TextEdit[]
  remove(target: FixTarget): TextEdit
}

/** What a rule's `fix` returns: one edit, several (merged into one fix), or nothing when no safe fix exists. */
export type FixResult = TextEdit | TextEdit[] | null | undefined

/** A defect in a rule's fix (overlapping edits, a range outside the text): the rule throws, and the run names it. */
export class FixError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FixError'
  }
}

export function rangeOf(target: FixTarget): [number, number] {
  if (Array.isArray(target)) return [target[0], target[1]]
  if ('position' in target) return [target.position.start.offset, target.position.end.offset]
  if ('start' in target) return [target.start.offset, target.end.offset]
  const point = target as Point
  return [point.offset, point.offset]
}

/** The line break a draft uses: CRLF when its first line break is one, else LF. */
export function lineBreakOf(text: string): '\r\n' | '\n' {
  const first = text.indexOf('\n')
  return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n'
}

/** A fixer for a draft's text: inserted `\n` become the draft's own line break (CRLF in a CRLF draft). */
export function createFixer(text: string): Fixer {
  const crlf = lineBreakOf(text) === '\r\n'
  const own = (inserted: string) => (crlf ? inserted.replace(/\r?\n/g, '\r\n') : inserted)
  const edit = (start: number, end: number, inserted: string): TextEdit => ({start, end, text: own(inserted)})
  return {
    replace: (target, inserted) => edit(...rangeOf(target), inserted),
    insertBefore: (target, inserted) => {
      const [start] = rangeOf(target)
      return edit(start, start, inserted)
    },
    insertAfter: (target, inserted) => {
      const [, end] = rangeOf(target)
      return edit(end, end, inserted)
    },
    wrap: (target, open, close) => {
      const [start, end] = rangeOf(target)
      return [edit(start, start, open), edit(end, end, close)]
    },
    remove: (target) => edit(...rangeOf(target), ''),
  }
}

/**
 * Merges the edits of one finding into one contiguous fix over `text` (ESLint's mergeFixes): the text
 * between edits is carried over unchanged. Throws a FixError for a range outside the text or edits that
 * overlap: a rule's defect, never applied by halves. Undefined when there is nothing to change.
 */
export function mergeEdits(text: string, result: FixResult): Fix | undefined {
  if (!result) return undefined
  const edits = (Array.isArray(result) ? [...result] : [result]).sort((a, b) => a.start - b.start || a.end - b.end)
  if (edits.length === 0) return undefined
  for (const edit of edits) {
    if (!Number.isInteger(edit.start) || !Number.isInteger(edit.end) || edit.start < 0 || edit.end < edit.start || edit.end > text.length) {
      throw new FixError(`fix edit [${edit.start}, ${edit.end}) is outside the draft's text (0–${text.length})`)
    }
  }
  const start = edits[0].start
  const end = Math.max(...edits.map((edit) => edit.end))
  let merged = ''
  let cursor = start
  // Insertions at one point keep the order the rule gave them (the sort is stable).
  for (const edit of edits) {
    if (edit.start < cursor) throw new FixError(`fix edits overlap at offset ${edit.start}`)
    merged += text.slice(cursor, edit.start) + edit.text
    cursor = edit.end
  }
  merged += text.slice(cursor, end)
  if (merged === text.slice(start, end)) return undefined
  return {range: [start, end], text: merged}
}

export interface Fixable {
  fix?: Fix
}

export interface AppliedFixes<M extends Fixable> {
  /** The text with the fixes applied. */
  output: string
  /** The findings whose fix was applied, in text order. */
  applied: M[]
  /** Findings with a fix that overlapped one taken before it: left for the next pass. */
  deferred: M[]
}

/**
 * Applies the fixes of findings to a text in one pass, as ESLint's SourceCodeFixer: by range, each whole;
 * a fix that overlaps or touches one already taken waits for the next pass (after a re-lint), so two fixes
 * never corrupt each other and no fix is applied by halves. A fix identical to the one just taken fixes its
 * finding too.
 */
export function applyFixes<M extends Fixable>(text: string, findings: readonly M[]): AppliedFixes<M> {
  const withFix = findings.filter((finding) => finding.fix).sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1])
  const applied: M[] = []
  const deferred: M[] = []
  let output = ''
  let cursor = 0
  let lastEnd = Number.NEGATIVE_INFINITY
  let last: Fix | undefined
  for (const finding of withFix) {
    const [start, end] = finding.fix!.range
    // Several findings of one fault carry the same fix (a number with brackets, padding and spaces): fixed together.
    if (last && start === last.range[0] && end === last.range[1] && finding.fix!.text === last.text) {
      applied.push(finding)
      continue
    }
    if (start <= lastEnd || start > end || end > text.length) {
      deferred.push(finding)
      continue
    }
    output += text.slice(cursor, start) + finding.fix!.text
    cursor = end
    lastEnd = end
    last = finding.fix
    applied.push(finding)
  }
  return {output: output + text.slice(cursor), applied, deferred}
}
