/**
 * Where a finding stands, and the lines of the draft around it with its span marked: what a reviewer reads
 * instead of opening the file. Columns are UTF-16 code units, as the session's places are.
 */
import type {ExcerptLine, ExcerptSegment, Place, ReviewMessage, SeverityName} from './model.js'

/** vfile's convention: `fatal` true is an error, false a warning, anything else info. */
export function severityOf(message: Pick<ReviewMessage, 'fatal'>): SeverityName {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** A message's place as the sheet shows it: a point, or a span with its end. */
export function placeOf(message: Pick<ReviewMessage, 'place'>): Place | undefined {
  const place = message.place
  if (!place) return undefined
  if ('start' in place) {
    const {start, end} = place
    if (start.line === undefined || start.column === undefined) return undefined
    return {line: start.line, column: start.column, ...(end.line !== undefined && end.column !== undefined ? {endLine: end.line, endColumn: end.column} : {})}
  }
  return place.line === undefined || place.column === undefined ? undefined : {line: place.line, column: place.column}
}

/** Characters of context shown on each side of a flagged span in a long line. */
const CONTEXT = 30
/** At most this many lines of a span that runs over several. */
const MAX_LINES = 4

/** The draft's lines, as vfile counts them (`\r\n`, `\n` or `\r` ends one). */
export function linesOf(text: string): string[] {
  return text.split(/\r\n|\n|\r/u)
}

/** An index moved off the low half of a surrogate pair, so that clipping never splits a character. */
function whole(line: string, index: number, direction: -1 | 1): number {
  const code = line.charCodeAt(index)
  return index > 0 && index < line.length && code >= 0xdc00 && code <= 0xdfff ? index + direction : index
}

function excerptLine(line: string, number: number, from: number, to: number): ExcerptLine {
  const start = Math.max(0, whole(line, from - CONTEXT, -1))
  const end = Math.min(line.length, whole(line, to + CONTEXT, 1))
  const segments: ExcerptSegment[] = [
    {text: line.slice(start, from), flagged: false},
    {text: line.slice(from, to), flagged: true},
    {text: line.slice(to, end), flagged: false},
  ].filter((segment) => segment.flagged || segment.text !== '')
  return {line: number, segments, clippedStart: start > 0, clippedEnd: end < line.length}
}

/**
 * The lines a place covers, with the flagged span as its own segment (empty for a point: where something
 * is missing); a long line is clipped to the span and some context, a long span to its first lines.
 */
export function excerptOf(lines: readonly string[], place: Place | undefined): ExcerptLine[] {
  if (!place || place.line < 1 || place.line > lines.length) return []
  const endLine = Math.min(place.endLine ?? place.line, lines.length, place.line + MAX_LINES - 1)
  const excerpt: ExcerptLine[] = []
  for (let number = place.line; number <= endLine; number++) {
    const line = lines[number - 1]
    const from = number === place.line ? Math.min(place.column - 1, line.length) : 0
    const lastOfSpan = number === (place.endLine ?? place.line)
    const to = lastOfSpan ? Math.max(from, Math.min((place.endColumn ?? place.column) - 1, line.length)) : line.length
    excerpt.push(excerptLine(line, number, from, to))
  }
  return excerpt
}
