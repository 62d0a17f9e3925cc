/**
 * Where a place in the rendering of a Word draft stands in the document: its paragraph (第 N 段, counting the
 * paragraphs that print text, table cells included, as Word's word count counts them) and the character
 * within it (1-based, as a reader counts characters, a character outside the Basic Multilingual Plane once).
 * Reporters, the review sheet and any other front end turn a finding's line and column into this.
 */

/** What the session keeps of a Word draft's rendering: plain data, it crosses threads and sits in results. */
export interface WordSource {
  /** How many paragraphs print text. */
  paragraphs: number
  /** `[start, end, paragraph, character]`: rendering offsets [start, end) copied from a paragraph, from that character on. */
  segments: Array<[number, number, number, number]>
}

export interface ParagraphPoint {
  paragraph: number
  character: number
}

export interface ParagraphSpan {
  start: ParagraphPoint
  end?: ParagraphPoint
}

/** Characters as a reader counts them: a surrogate pair is one. */
export const codePoints = (text: string) => {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0xd800 || code > 0xdbff) count++
  }
  return count
}

/** The last segment that starts at or before `offset`, by binary search; -1 before the first. */
function segmentBefore(segments: WordSource['segments'], offset: number): number {
  let low = 0
  let high = segments.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (segments[middle][0] <= offset) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

/**
 * The paragraph and character at an offset of the rendering. The end of a stretch copied from a paragraph is just
 * after its last character there; what the rendering added (a heading's `# `, the blank line where a missing
 * element belongs) points at the next character that comes from the document; past the last, just after it.
 */
export function paragraphPointAt(source: WordSource, text: string, offset: number): ParagraphPoint | undefined {
  const {segments} = source
  if (segments.length === 0) return undefined
  const index = segmentBefore(segments, offset)
  const inside = index >= 0 ? segments[index] : undefined
  // The end of a line copied from a paragraph (where a finding says something belongs after it) is the end of that paragraph.
  if (inside && offset <= inside[1]) return {paragraph: inside[2], character: inside[3] + codePoints(text.slice(inside[0], offset))}
  const next = segments[index + 1]
  if (next) return {paragraph: next[2], character: next[3]}
  const [start, end, paragraph, character] = segments[segments.length - 1]
  return {paragraph, character: character + codePoints(text.slice(start, end))}
}

/** The end of a span (exclusive), as the character after the span's last one. */
function paragraphEndAt(source: WordSource, text: string, start: number, end: number): ParagraphPoint | undefined {
  if (end <= start) return paragraphPointAt(source, text, start)
  const last = paragraphPointAt(source, text, end - 1)
  return last && {paragraph: last.paragraph, character: last.character + 1}
}

const lineStarts = new WeakMap<WordSource, {text: string; starts: number[]}>()

/** The offset of a 1-based line and column of the rendering. */
function offsetOf(source: WordSource, text: string, line: number, column: number): number {
  let known = lineStarts.get(source)
  if (!known || known.text !== text) {
    const starts = [0]
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
    lineStarts.set(source, (known = {text, starts}))
  }
  const start = known.starts[Math.min(Math.max(line, 1), known.starts.length) - 1]
  return Math.min(start + Math.max(column, 1) - 1, text.length)
}

interface PlacePoint {
  line?: number
  column?: number
  offset?: number
}

/** A finding's place (a vfile point or position, in the rendering) as paragraphs and characters. */
export function paragraphSpanOf(source: WordSource, text: string, place: PlacePoint | {start: PlacePoint; end?: PlacePoint} | undefined | null): ParagraphSpan | undefined {
  if (!place) return undefined
  // Line and column first: they are what every report shows of the rendering (an anchor's offset may stand at the
  // line break before the line it names).
  const offset = (point: PlacePoint) => (point.line ? offsetOf(source, text, point.line, point.column ?? 1) : point.offset)
  const startPoint = 'start' in place ? place.start : place
  const start = offset(startPoint)
  if (start === undefined) return undefined
  const at = paragraphPointAt(source, text, start)
  if (!at) return undefined
  const endOffset = 'start' in place && place.end ? offset(place.end) : undefined
  const end = endOffset !== undefined ? paragraphEndAt(source, text, start, endOffset) : undefined
  return {start: at, ...(end ? {end} : {})}
}

/** `第 5 段第 3 字` / `¶5:3`: a paragraph point as a report shows it. */
export function paragraphLabel(point: ParagraphPoint, lang: 'zh' | 'en'): string {
  return lang === 'en' ? `¶${point.paragraph}:${point.character}` : `第 ${point.paragraph} 段第 ${point.character} 字`
}
