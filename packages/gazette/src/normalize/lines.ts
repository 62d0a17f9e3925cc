/**
 * The line-level clean-up: every physical line of an extracted gazette becomes either nothing (blank
 * lines, running headers, page marks) or one cleaned line that keeps its physical line number.
 */

import {isPageMark, isRunningHeader, joinLetterSpaced, stripConverterBold} from './artifacts.js'
import {physicalLines, trimLine, visualWidth} from './text.js'
import {undoubleLine} from './undouble.js'

export interface CleanLine {
  /** The cleaned text. */
  text: string
  /** 1-based physical line number, as `grep -n` counts it. */
  line: number
  /** The physical line as extracted. */
  raw: string
}

export type DroppedKind = 'blank' | 'running-header' | 'page-mark'

export interface CleanResult {
  lines: CleanLine[]
  /** Physical line numbers removed as artifacts, by kind (blank lines are not listed). */
  dropped: Array<{line: number; kind: Exclude<DroppedKind, 'blank'>; raw: string}>
  /** Total physical lines. */
  total: number
}

/** Cleans one physical line; undefined when the whole line is an artifact or blank. */
export function cleanLine(raw: string): {text: string} | {dropped: DroppedKind} {
  const text = trimLine(stripConverterBold(raw))
  if (!text) return {dropped: 'blank'}
  if (isRunningHeader(text)) return {dropped: 'running-header'}
  if (isPageMark(text)) return {dropped: 'page-mark'}
  return {text: joinLetterSpaced(undoubleLine(text).text)}
}

/** Cleans every physical line of an extracted gazette. */
export function cleanLines(text: string): CleanResult {
  const raws = physicalLines(text)
  const lines: CleanLine[] = []
  const dropped: CleanResult['dropped'] = []
  raws.forEach((raw, index) => {
    const result = cleanLine(raw)
    if ('text' in result) lines.push({text: result.text, line: index + 1, raw})
    else if (result.dropped !== 'blank') dropped.push({line: index + 1, kind: result.dropped, raw})
  })
  return {lines, dropped, total: raws.length}
}

/**
 * The width of a full (wrapped) line in this text: the most frequent display width among lines at least
 * 24 wide, when it is frequent enough to be the page's measure; undefined for an excerpt too short to
 * tell, and for text whose paragraphs sit on one long line each (绛县), where the measure says nothing.
 */
export function typicalLineWidth(lines: readonly {text: string}[]): number | undefined {
  const counts = new Map<number, number>()
  let long = 0
  for (const {text} of lines) {
    const width = visualWidth(text)
    if (width < 24) continue
    long++
    counts.set(width, (counts.get(width) ?? 0) + 1)
  }
  let best: number | undefined
  let bestCount = 0
  for (const [width, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && width > best)) {
      best = width
      bestCount = count
    }
  }
  if (best === undefined || bestCount < Math.max(20, long * 0.1)) return undefined
  return best
}

/**
 * How to tell a short line in this text: by the page's measure when there is one (`typicalLineWidth`);
 * otherwise by length, at most 30 characters, less for an excerpt of narrow lines (0.6 of the median
 * length of its text lines).
 */
export function measureLayout(lines: readonly {text: string}[]): {width?: number; shortLength?: number} {
  const width = typicalLineWidth(lines)
  if (width !== undefined) return {width}
  const lengths = lines
    .map(({text}) => Array.from(text).length)
    .filter((length) => length >= 12)
    .sort((a, b) => a - b)
  if (lengths.length === 0) return {shortLength: 30}
  const median = lengths[Math.floor(lengths.length / 2)]
  return {shortLength: Math.min(30, Math.floor(median * 0.6))}
}
