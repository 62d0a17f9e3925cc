/**
 * A bound on how deep a draft may nest block quotes and lists before it is parsed. The Markdown parser
 * (micromark) copies its stack of open containers at every attempt to continue one, so a line nested d
 * deep costs it d² steps: 100,000 `>` on one line take minutes. No notice nests more than a few levels;
 * as markdown-it's `maxNesting` does, a draft past the bound is refused with one finding at the line.
 */

/** The deepest nesting a draft may have (markdown-it's default `maxNesting`). */
export const MAX_NESTING = 100

/** Columns a tab advances to the next multiple of, as CommonMark counts indentation. */
const TAB = 4

export interface DeepLine {
  /** 1-based line. */
  line: number
  depth: number
}

const SPACE = 0x20
const TAB_CODE = 0x09
const GREATER = 0x3e
const NEWLINE = 0x0a

/**
 * The first line nested deeper than `limit`, in one pass over the text. A line's depth counts its
 * container markers (`>`, `-`, `+`, `*`, `1.`, `1)`) and, before a marker, every two columns of
 * indentation (a list nested by indentation opens a level per indent): an upper bound of what the
 * parser would open, never below it.
 */
export function lineNestedDeeperThan(text: string, limit = MAX_NESTING): DeepLine | undefined {
  let line = 1
  let index = 0
  while (index < text.length) {
    let depth = 0
    let column = 0
    for (;;) {
      const start = column
      while (text.charCodeAt(index) === SPACE || text.charCodeAt(index) === TAB_CODE) {
        column = text.charCodeAt(index) === TAB_CODE ? column + TAB - (column % TAB) : column + 1
        index++
      }
      const markerEnd = containerMarkerEnd(text, index)
      if (markerEnd < 0) break
      depth += 1 + Math.floor((column - start) / 2)
      column += markerEnd - index
      index = markerEnd
    }
    if (depth > limit) return {line, depth}
    const newline = text.indexOf('\n', index)
    if (newline < 0) break
    index = newline + 1
    line++
  }
  return undefined
}

/** Where a block quote or list marker starting at `index` ends, or -1 when none starts there. */
function containerMarkerEnd(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code === GREATER) return index + 1
  let end = index
  if (code === 0x2d || code === 0x2b || code === 0x2a) end = index + 1
  else {
    while (end - index < 9 && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++
    if (end === index || (text.charCodeAt(end) !== 0x2e && text.charCodeAt(end) !== 0x29)) return -1
    end++
  }
  const after = text.charCodeAt(end)
  // A marker is followed by a space, a tab or the end of the line (`-foo` and `1.5` are text).
  return after === SPACE || after === TAB_CODE || after === NEWLINE || after === 0x0d || Number.isNaN(after) ? end : -1
}
