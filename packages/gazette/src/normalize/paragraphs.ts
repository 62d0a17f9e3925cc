/**
 * Joins the lines of one paragraph. PDF extraction breaks every sentence at the page's line width
 * (`…统筹发展和安` / `全，标本兼治…`, and numbers: `（晋` / `政发〔2011〕37号）`). A paragraph ends after a line
 * ending in 。！？：；, after a closed annotation or parenthesised line, after a short line (a heading or a
 * paragraph's last line), or before a line that starts a new element (a numbering marker, a 附件 label,
 * a date, an issuer, a flag, a number…). Joining never adds a character, except one space between two
 * Latin letters.
 */

import {
  ATTACHMENT_NOTE_START,
  isPrintedAttachmentLabel,
  isPrintedDateLine,
  isPrintedFlagLine,
  isPrintedNumberLine,
  opensPrintedAnnotation,
  opensPrintedNumbering,
} from '@gazette-lint/core'
import {ANNOTATION_CLOSED, CONTACT_LINE, DECIMAL_HEADING, ISSUER_HEADER, NOTE_LINE, REPORT_SALUTATION} from '../patterns.js'
import {visualWidth} from './text.js'

export interface LineLike {
  text: string
  line: number
}

export interface Paragraph<L extends LineLike = LineLike> {
  text: string
  lines: L[]
}

export interface JoinOptions {
  /** Display width of a full line (see `typicalLineWidth`): a line under 3/4 of it is short. */
  width?: number
  /** Without a width: a line of at most this many characters is short (default 30). */
  shortLength?: number
}

/** Concatenates two wrapped pieces of one paragraph: nothing between them, except between Latin words. */
export function joinWrapped(before: string, after: string): string {
  if (/[A-Za-z]$/u.test(before) && /^[A-Za-z]/u.test(after)) return before + ' ' + after
  return before + after
}

/** A line that is an element on its own: it never joins the next line, nor the previous one. */
export function isStandaloneLine(text: string): boolean {
  return (
    isPrintedDateLine(text) ||
    isPrintedFlagLine(text) ||
    NOTE_LINE.test(text) ||
    isPrintedNumberLine(text) ||
    isPrintedAttachmentLabel(text) ||
    REPORT_SALUTATION.test(text) ||
    ISSUER_HEADER.test(text)
  )
}

/** Whether a line begins a new element (so the paragraph before it has ended). */
export function startsElement(text: string, options: JoinOptions = {}): boolean {
  if (isStandaloneLine(text)) return true
  if (ATTACHMENT_NOTE_START.test(text) || CONTACT_LINE.test(text)) return true
  if (opensPrintedNumbering(text)) return true
  if (DECIMAL_HEADING.test(text) && isHeadingLike(text, options)) return true
  return false
}

/**
 * Whether a line continues the paragraph before it although that paragraph has finished its sentence:
 * a responsible-unit annotation (CATALOG §3.11: `（责任单位：…）`, `〔责任单位：…〕`, `（X负责）`, which close
 * the task paragraph after its `。`) or another bracketed note that is not a numbering marker
 * (`（各乡镇人民政府…目标任务详见附件3）`).
 */
export function continuesAsAnnotation(text: string): boolean {
  if (opensPrintedAnnotation(text) || ANNOTATION_CLOSED.test(text)) return true
  if (!/^[（(〔]/u.test(text)) return false
  if (isStandaloneLine(text) || opensPrintedNumbering(text)) return false
  return true
}

/**
 * A full line that stops in the middle of a sentence, followed by what looks like a numbering marker but
 * runs on with another numeral, is one sentence wrapped: `…残疾人证的一级、二级残疾和` /
 * `三、四级智力精神残疾的残疾人员）…` (002:10809–10811), `…加大脱贫群众` / `2. 5万名脱贫人口…`.
 * Only decided with a known page measure, and never for a line that is an element of its own.
 */
function wrapsIntoMarker(text: string, last: string, next: string, {width}: JoinOptions): boolean {
  if (width === undefined || isStandaloneLine(next) || ATTACHMENT_NOTE_START.test(next)) return false
  // Only a marker followed by another numeral reads as a wrapped enumeration or decimal (`三、四级`, `2. 5万名`).
  if (!/^(?:[一二三四五六七八九十]+、[一二三四五六七八九十]|\d{1,3}[.．、]\s*\d)/u.test(next)) return false
  if (!/[\u4e00-\u9fa5、]$/u.test(last) || visualWidth(last) < width * 0.9) return false
  // A heading (`七、副县长…负责的工作`) or a caption without punctuation is not a sentence.
  if (text === last && opensPrintedNumbering(last) && !/[。；，：！？]/u.test(last)) return false
  return /[，、；：（“《]/u.test(text)
}

/** A short line without sentence punctuation: a heading. */
function isHeadingLike(text: string, options: JoinOptions): boolean {
  if (/[。，；！？]/u.test(text)) return false
  return isShort(text, options)
}

function isShort(text: string, {width, shortLength}: JoinOptions): boolean {
  if (width === undefined) return Array.from(text).length <= (shortLength ?? 30)
  return visualWidth(text) < width * 0.75
}

const SENTENCE_END = /(?:[。！？：:；;]|[。！？][”’」』])$/u
const OPENERS: Record<string, string> = {'）': '（', ')': '(', '〕': '〔', '】': '【'}

/** Whether a paragraph whose text so far is `text` (last line `last`) has ended. */
export function endsParagraph(text: string, last: string, next: string | undefined, options: JoinOptions = {}): boolean {
  if (next === undefined) return true
  if (isStandaloneLine(last)) return true
  if (continuesAsAnnotation(next) && /[。；]$/u.test(text)) return false
  if (startsElement(next, options) && !wrapsIntoMarker(text, last, next, options)) return true
  // A label's colon or a field's semicolon inside an open bracket (`（责任单位：…；` at a line end) does
  // not end the paragraph: the annotation goes on.
  if (SENTENCE_END.test(last) && !(/[：:；;]$/u.test(last) && hasOpenBracket(text))) return true
  if (closesAfterSentence(text)) return true
  // A numbered heading without punctuation (`一、征收范围`) is a paragraph of its own.
  if (text === last && opensPrintedNumbering(last) && isHeadingLike(last, options)) return true
  if (isShort(last, options) && !/[，、（《“(]$/u.test(last)) return true
  return false
}

/** Whether a round or hexagonal bracket is still open at the end of the text. */
function hasOpenBracket(text: string): boolean {
  let depth = 0
  for (const char of text) {
    if (char === '（' || char === '(' || char === '〔') depth++
    else if ((char === '）' || char === ')' || char === '〕') && depth > 0) depth--
  }
  return depth > 0
}

/**
 * A paragraph that ends with a bracket group which opens the paragraph or follows a full stop:
 * `…。（责任单位：县气象局）`, `（开工标准：…）`.
 */
function closesAfterSentence(text: string): boolean {
  const chars = Array.from(text)
  const close = chars[chars.length - 1]
  const open = OPENERS[close]
  if (!open) return false
  let depth = 0
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === close) depth++
    else if (chars[i] === open) {
      depth--
      if (depth === 0) return i === 0 || /[。！？；;]/u.test(chars[i - 1])
    }
  }
  return false
}

/** Groups consecutive lines into paragraphs (see the module comment). */
export function joinParagraphs<L extends LineLike>(lines: readonly L[], options: JoinOptions = {}): Paragraph<L>[] {
  const paragraphs: Paragraph<L>[] = []
  let current: Paragraph<L> | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!current) current = {text: line.text, lines: [line]}
    else {
      current.text = joinWrapped(current.text, line.text)
      current.lines.push(line)
    }
    if (endsParagraph(current.text, line.text, lines[i + 1]?.text, options)) {
      paragraphs.push(current)
      current = undefined
    }
  }
  if (current) paragraphs.push(current)
  return paragraphs
}
