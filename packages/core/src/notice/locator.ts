import {location} from 'vfile-location'
import type {Locator, Point} from './types.js'

/** Offsets to 1-based line/column points, built once per file. */
export function createLocator(text: string): Locator {
  const place = location(text)
  const point = (offset: number): Point => {
    const clamped = Math.max(0, Math.min(offset, text.length))
    // A fresh {line, column, offset} of the clamped offset: kept as it is, not copied.
    const found = place.toPoint(clamped)
    if (found) return found as Point
    // toPoint is undefined only at the very end of a text without a trailing newline.
    const lines = text.split(/\n/)
    return {line: lines.length, column: lines[lines.length - 1].length + 1, offset: clamped}
  }
  return {point, span: (start, end) => ({start: point(start), end: point(end)})}
}
