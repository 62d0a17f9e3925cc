import {eastAsianWidth} from 'get-east-asian-width'

/**
 * Characters a terminal acts on instead of showing: C0 controls (ESC starts colour, cursor and OSC
 * sequences, CR overwrites the line), DEL, C1 controls (U+009B is a one-byte CSI), and the bidirectional
 * controls that reorder what the clerk sees around them.
 */
const UNSAFE_IN_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

function escapeCharacter(character: string): string {
  const code = character.codePointAt(0)!
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * Draft text made inert for a terminal: every control character is shown escaped (`\x1b`, `\x0d`,
 * `\u202e`), so an escape sequence typed or pasted into a draft is seen, not obeyed. Line feeds too:
 * callers that lay out several lines split on them first.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE_IN_TERMINAL, escapeCharacter)
}

/** As terminalSafe, but CR and LF stay: for formats whose readers lay out line breaks themselves. */
export function terminalSafeLines(text: string): string {
  return text.replace(/[^\r\n]+/gu, terminalSafe)
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
/**
 * Text measured at two columns a character, by code point: CJK ideographs, CJK punctuation (less its
 * combining tone marks and the half-fill space), full-width forms, and the ambiguous marks Chinese text
 * uses. The common case, measured without grapheme segmentation, which costs a hundred times more. The
 * marks ✓ and ✖ of stylish's summary line are one column.
 */
const WIDE_OR_NARROW = /^(?:[\x20-\x7e\u2713\u2716]|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2fffd}\u{30000}-\u{3fffd}\u3000-\u3029\u302e-\u303e\uff01-\uff60\uffe0-\uffe6\u2018\u2019\u201c\u201d\u2014\u2026\u00b7])*$/u

const NARROW_MARKS = new Set(['\u2713', '\u2716'])

interface ClusterPatterns {
  segmenter: Intl.Segmenter
  /** A character that is drawn (not a control, format character, combining mark or lone surrogate). */
  visible: RegExp
  pictographic: RegExp
}

/**
 * Made on first use, not when the module loads: string-width, which measured these clusters before, builds
 * its segmenter and compiles its `\p{RGI_Emoji}` pattern at import, and that alone cost a one-file run about
 * a fifth of its time (issue #15), though drafts and findings almost never need it.
 */
let clusterPatterns: ClusterPatterns | undefined

/**
 * Columns of text the fast path cannot measure, by grapheme cluster as a terminal draws them: nothing for a
 * cluster without a visible character, two for an emoji (a pictograph drawn wide, or made of several with
 * joiners, or asked for as emoji with U+FE0F), else the East Asian Width of its first visible character,
 * ambiguous as wide.
 */
function clusterWidth(text: string): number {
  const {segmenter, visible, pictographic} = (clusterPatterns ??= {
    segmenter: new Intl.Segmenter(),
    visible: /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/u,
    pictographic: /\p{Extended_Pictographic}/u,
  })
  let width = 0
  for (const {segment} of segmenter.segment(text)) {
    const at = segment.search(visible)
    if (at < 0) continue
    const base = segment.codePointAt(at)!
    const emoji = pictographic.test(segment) && (segment.includes('\u200d') || segment.includes('\ufe0f') || eastAsianWidth(base) === 2)
    width += emoji ? 2 : eastAsianWidth(base, {ambiguousAsWide: true})
  }
  return width
}

/**
 * Columns a terminal gives the text: CJK and full-width characters take two. East Asian "ambiguous"
 * characters (the quotes “” ‘’, …, —) count as two as well: a terminal with a CJK font or a Chinese code
 * page draws them wide, and wrapping a column early is harmless where overflowing one splits a word.
 */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length
  if (WIDE_OR_NARROW.test(text)) {
    let width = 0
    for (const character of text) width += NARROW_MARKS.has(character) || character.charCodeAt(0) < 0x7f ? 1 : 2
    return width
  }
  return clusterWidth(text)
}

/** Marks that may not begin a line (closing brackets and quotes, pause and stop marks): Chinese typesetting's 避头. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’…·%％,.;:?!)]}'])
/** Marks that may not end a line (opening brackets and quotes): 避尾. */
const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{'])

/**
 * The units a line is never broken inside, tried in order:
 * a quoted element (“…”, 《…》, "…" …), so a suggested number or title stays whole;
 * a document number written without quotes (代字〔2026〕27号);
 * a run of Latin letters, digits and ASCII marks (a word, a path, a URL);
 * else one character with its combining marks.
 */
const UNIT =
  /(\s+)|(“[^”\n]*”|‘[^’\n]*’|《[^》\n]*》|「[^」\n]*」|『[^』\n]*』|"[^"\n]*")|(\p{Script=Han}{0,6}[〔［\[（(]\d{2,4}[〕］\]）)]第?\d+号)|([^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’《》「」『』]+)|(.\p{M}*)/gsu

const HAN = /^\p{Script=Han}/u
const isDigit = (code: number) => code >= 0x30 && code <= 0x39

interface Unit {
  text: string
  width: number
  /** Whitespace stood before it: a line may break there, and the space goes when it does. */
  spaced: boolean
}

function unitsOf(text: string): Unit[] {
  const units: Unit[] = []
  let spaced = false
  for (const match of text.matchAll(UNIT)) {
    if (match[1] !== undefined) {
      spaced = true
      continue
    }
    const piece = match[0]
    const previous = units.at(-1)
    const glued =
      previous !== undefined &&
      !spaced &&
      (NO_LINE_START.has(piece[0]) ||
        NO_LINE_END.has(previous.text[previous.text.length - 1]) ||
        // A number keeps the character that counts it: 2026年, 30日, 7份.
        (isDigit(previous.text.charCodeAt(previous.text.length - 1)) && match[5] !== undefined && HAN.test(piece)))
    if (glued) {
      previous.text += piece
      previous.width += displayWidth(piece)
    } else {
      units.push({text: piece, width: displayWidth(piece), spaced})
    }
    spaced = false
  }
  return units
}

/** A unit wider than a whole line is cut between characters: it would be cut anyway, and here it keeps the indent. */
function charactersOf(unit: Unit): Unit[] {
  return Array.from(unit.text.matchAll(/.\p{M}*/gsu), (match, index) => ({
    text: match[0],
    width: displayWidth(match[0]),
    spaced: index === 0 && unit.spaced,
  }))
}

/**
 * Lines of at most `width` columns, broken between Chinese characters or at spaces, never inside a
 * word, a quoted element or a document number (unless it alone is wider than a line), and never before
 * a closing mark or after an opening one.
 */
export function wrapText(text: string, width: number): string[] {
  if (displayWidth(text) <= width) return [text]
  const lines: string[] = []
  let line = ''
  let lineWidth = 0
  const pending = unitsOf(text).reverse()
  while (pending.length > 0) {
    const unit = pending.pop()!
    const gap = unit.spaced && line !== '' ? 1 : 0
    if (lineWidth + gap + unit.width <= width) {
      line += (gap ? ' ' : '') + unit.text
      lineWidth += gap + unit.width
    } else if (unit.width > width && unit.text.length > 1) {
      const characters = charactersOf(unit)
      for (let index = characters.length - 1; index >= 0; index--) pending.push(characters[index])
    } else {
      if (line !== '') lines.push(line)
      line = unit.text
      lineWidth = unit.width
    }
  }
  if (line !== '') lines.push(line)
  return lines
}
