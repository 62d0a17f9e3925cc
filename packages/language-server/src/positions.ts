/**
 * Places in a draft as LSP wants them: 0-based lines and UTF-16 code units, the unit of JavaScript strings,
 * in which the session reports its offsets and columns too, so a Chinese character counts 1 and a character
 * outside the BMP (𠀀) counts 2 on both sides.
 */
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Position, Range} from 'vscode-languageserver'

/** A point as vfile messages carry it: 1-based line and column, offset into the text the session linted. */
export interface PlacePoint {
  line?: number
  column?: number
  offset?: number
}
export type Place = PlacePoint | {start: PlacePoint; end: PlacePoint}

const BOM = 0xfeff

/**
 * The session lints a draft without its byte order mark, so its offsets, and the columns of the first line,
 * are one short of the editor's text when the editor keeps the mark.
 */
export function bomShift(text: string): number {
  return text.charCodeAt(0) === BOM ? 1 : 0
}

function positionOf(document: TextDocument, point: PlacePoint, shift: number): Position {
  if (point.offset !== undefined) return document.positionAt(point.offset + shift)
  const line = Math.max(0, (point.line ?? 1) - 1)
  const character = Math.max(0, (point.column ?? 1) - 1) + (line === 0 ? shift : 0)
  return document.positionAt(document.offsetAt({line, character}))
}

/** The range of a finding's place in the editor's document (the start of the document when it has none). */
export function rangeOf(document: TextDocument, place: Place | undefined): Range {
  const shift = bomShift(document.getText())
  if (!place) return {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  if ('start' in place) return {start: positionOf(document, place.start, shift), end: positionOf(document, place.end, shift)}
  const start = positionOf(document, place, shift)
  return {start, end: start}
}

/** The range of an offset span of the linted text (a fix's edit) in the editor's document. */
export function rangeOfOffsets(document: TextDocument, start: number, end: number): Range {
  const shift = bomShift(document.getText())
  return {start: document.positionAt(start + shift), end: document.positionAt(end + shift)}
}

/** A place in a file the editor may not have open: lines and columns only. */
export function rangeOfLineColumn(place: Place | undefined): Range {
  const point = (at: PlacePoint): Position => ({line: Math.max(0, (at.line ?? 1) - 1), character: Math.max(0, (at.column ?? 1) - 1)})
  if (!place) return {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  if ('start' in place) return {start: point(place.start), end: point(place.end)}
  return {start: point(place), end: point(place)}
}

export function contains(range: Range, position: Position): boolean {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character)
  return before(range.start, position) && before(position, range.end)
}

export function intersects(a: Range, b: Range): boolean {
  return contains(a, b.start) || contains(a, b.end) || contains(b, a.start)
}
