/**
 * Numerals as notices write them: Chinese numerals (`二十三`, `二〇二五`), full-width digits, and the
 * numbering markers of items (`一、` `（一）` `1.` `（1）`) built from them.
 */

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const DIGIT_NAMES = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** Reads a Chinese numeral as used in numbering (`一` … `九十九`, `一百`), or undefined. */
export function chineseNumeralValue(numeral: string): number | undefined {
  if (!/^[〇零一二三四五六七八九十百]+$/.test(numeral)) return undefined
  if (/^[〇零一二三四五六七八九]{2,}$/.test(numeral)) {
    return Number([...numeral].map((c) => CN_DIGITS[c]).join(''))
  }
  let total = 0
  let current = 0
  for (const char of numeral) {
    if (char === '百') {
      total += (current || 1) * 100
      current = 0
    } else if (char === '十') {
      total += (current || 1) * 10
      current = 0
    } else {
      current = CN_DIGITS[char]
    }
  }
  return total + current
}

/** `一` … `九十九`, as numbering writes them (larger values in Arabic digits). */
export function chineseNumeral(value: number): string {
  if (value < 10) return DIGIT_NAMES[value] ?? String(value)
  if (value < 100) {
    const tens = Math.floor(value / 10)
    return `${tens === 1 ? '' : DIGIT_NAMES[tens]}十${DIGIT_NAMES[value % 10]}`
  }
  return String(value)
}

/** A year of four Arabic digits, or written digit by digit in Chinese numerals (`二〇二五`); else undefined. */
export function yearValue(year: string): number | undefined {
  if (/^\d{4}$/u.test(year)) return Number(year)
  if (/^[〇零一二三四五六七八九]{4}$/u.test(year)) return Number([...year].map((c) => CN_DIGITS[c]).join(''))
  return undefined
}

/** Full-width digits (`２０２５`), as some input methods type them, read as ASCII. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
}

export type MarkerLevel = 1 | 2 | 3 | 4

/** Numbering markers by level, read from the start of a block's source text. */
export const NUMBERING_MARKERS: ReadonlyArray<{level: MarkerLevel; pattern: RegExp; style: (m: RegExpExecArray) => string}> = [
  {level: 1, pattern: /^(?<num>[一二三四五六七八九十百]+)(?<sep>、|，|\.|．)/u, style: (m) => '一' + m.groups!.sep},
  {level: 2, pattern: /^(?<open>[（(])(?<num>[一二三四五六七八九十百]+)(?<close>[）)])/u, style: (m) => m.groups!.open + '一' + m.groups!.close},
  {level: 3, pattern: /^(?<num>\d{1,3})(?<sep>\.|．|、)(?!\d)/u, style: (m) => '1' + m.groups!.sep},
  {level: 4, pattern: /^(?<open>[（(])(?<num>\d{1,3})(?<close>[）)])/u, style: (m) => m.groups!.open + '1' + m.groups!.close},
]

export interface Marker {
  level: MarkerLevel
  /** The marker as written (`一、`, `（1）`). */
  marker: string
  ordinal: number
  /** The marker with ordinal one (`一、`, `1.`, `（1）`): tells `1.` from `1、` and bracket widths apart. */
  style: string
}

/** Reads the numbering marker at the start of a block's source text, if any. */
export function readMarker(text: string): Marker | undefined {
  // A `**一、…**` bold wrapper does not hide the marker.
  const stripped = text.replace(/^\*{1,2}/, '')
  const shift = text.length - stripped.length
  for (const {level, pattern, style} of NUMBERING_MARKERS) {
    const match = pattern.exec(stripped)
    if (!match?.groups) continue
    const num = match.groups.num
    const ordinal = /^\d+$/.test(num) ? Number(num) : chineseNumeralValue(num)
    if (ordinal === undefined) continue
    return {level, marker: text.slice(0, shift + match[0].length).slice(shift), ordinal, style: style(match)}
  }
  return undefined
}

/** The marker an item would carry with another ordinal, in the style it is written in. */
export function markerWithOrdinal(level: MarkerLevel, style: string, ordinal: number): string {
  switch (level) {
    case 1:
      return chineseNumeral(ordinal) + style.slice(1)
    case 2:
      return style[0] + chineseNumeral(ordinal) + style[style.length - 1]
    case 3:
      return String(ordinal) + style.slice(1)
    default:
      return style[0] + String(ordinal) + style[style.length - 1]
  }
}

/** A 预案 section number (`1.1`, `2.3.1`) or a chapter/article (`第一章`, `第三条`): numbering restarts under it. */
export const SECTION_NUMBER = /^(?:\*{0,2})(?:\d+(?:[.．]\d+)+|第[一二三四五六七八九十百零〇\d]+[章节条])/u

/** A sub-item (`3-1.`) as a 附件说明 and printed lists number them. */
const SUB_ITEM_MARKER = /^\d{1,3}-\d{1,2}[.．、](?![\d.．])/u
const PRINTED_CHAPTER = /^第[一二三四五六七八九十百零〇]+[章节条]/u

/**
 * Whether a printed line opens with a numbering marker, as a gazette prints them: `一、` (not `一.`),
 * `（一）`, `1.` (not `1..`), `（1）`, a sub-item `3-1.`, a chapter or article `第三条`, or a dash `——`.
 */
export function opensPrintedNumbering(text: string): boolean {
  const marker = readMarker(text)
  if (marker && text.startsWith(marker.marker)) {
    if (marker.level === 1) return marker.style === '一、'
    if (marker.level === 3) return !/^[.．]/u.test(text.slice(marker.marker.length))
    return true
  }
  return SUB_ITEM_MARKER.test(text) || PRINTED_CHAPTER.test(text) || text.startsWith('——')
}
