/**
 * The shapes of a notice's elements, compiled once per process. Each recogniser is tolerant (it also
 * accepts the malformed variants drafters write) so that rules can report a malformed element instead
 * of a missing one.
 */
import type {DateParts, DocNumberParts} from './notice/types.js'

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}

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

/** Reads a year written digit by digit in Chinese numerals (`二〇二五`). */
function chineseYearValue(year: string): number | undefined {
  if (!/^[〇零一二三四五六七八九]{4}$/.test(year)) return undefined
  return Number([...year].map((c) => CN_DIGITS[c]).join(''))
}

const OPEN_BRACKETS = '〔[【（(［｛{'
const CLOSE_BRACKETS = '〕]】）)］｝}'

/**
 * A 发文字号 standing alone on its line, in any of the shapes drafters write: `陵政办发〔2025〕3号`,
 * `陵政办发[2025]3号`, `陵政办发（2025）第3号`, `陵政办发〔2025〕 3 号`, `陵政办发2025年3号`.
 */
const NUMBER_LINE = new RegExp(
  String.raw`^(?<prefix>[\u4e00-\u9fa5]{1,12}?)\s*` +
    String.raw`(?:(?<open>[${escapeClass(OPEN_BRACKETS)}])\s*(?<year>\d{2,4}|[〇零一二三四五六七八九]{4})\s*(?<close>[${escapeClass(CLOSE_BRACKETS)}])|(?<bareYear>\d{4})年?)` +
    String.raw`\s*(?<di>第)?\s*(?<seq>\d+)\s*号$`,
  'u',
)

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\[^-]/g, (c) => '\\' + c)
}

export function parseDocNumber(text: string): DocNumberParts | undefined {
  const match = NUMBER_LINE.exec(text.trim())
  if (!match?.groups) return undefined
  const g = match.groups
  return {
    prefix: g.prefix,
    openBracket: g.open ?? '',
    closeBracket: g.close ?? '',
    year: g.year ?? g.bareYear,
    sequence: g.seq,
    hasDi: Boolean(g.di),
    hasSpaces: /\s/.test(text.trim()),
  }
}

/** The canonical form `代字〔YYYY〕N号` of a parsed number, when it can be rebuilt without guessing. */
export function canonicalDocNumber(parts: DocNumberParts): string | undefined {
  const year = /^\d{4}$/.test(parts.year) ? parts.year : String(chineseYearValue(parts.year) ?? '')
  if (!/^\d{4}$/.test(year)) return undefined
  return `${parts.prefix}〔${year}〕${Number(parts.sequence)}号`
}

export const CANONICAL_NUMBER = /^[\u4e00-\u9fa5]{1,12}〔\d{4}〕[1-9]\d*号$/u

/** A 文号 inside running text (`《…》（晋政发〔2021〕48号）`, `长土防办（2020）3号`). */
export const CITED_NUMBER =
  /(?<prefix>[\u4e00-\u9fa5]{1,10}?)(?<open>[〔\[【（(])\s*(?<year>\d{4})\s*(?<close>[〕\]】）)])\s*(?<di>第)?\s*(?<seq>\d+)\s*号/gu

const DATE_LINE =
  /^(?<year>\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?<month>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?<day>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/u
const ISO_DATE_LINE = /^(?<year>\d{4})\s*(?<sep>[-/.．])\s*(?<month>\d{1,2})\s*\k<sep>\s*(?<day>\d{1,2})$/u

/** Full-width digits (`２０２５`), as some input methods type them, read as ASCII. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
}

export function parseDateLine(text: string): DateParts | undefined {
  const fullWidthDigits = /[０-９]/u.test(text)
  const parts = parseAsciiDateLine(fullWidthDigits ? halfWidthDigits(text) : text)
  return parts && fullWidthDigits ? {...parts, fullWidthDigits} : parts
}

function parseAsciiDateLine(text: string): DateParts | undefined {
  const trimmed = text.trim()
  let match = DATE_LINE.exec(trimmed)
  if (match?.groups) {
    const {year, month, day} = match.groups
    const numerals = !/^\d+$/.test(year) || !/^\d+$/.test(month) || !/^\d+$/.test(day)
    return {
      year: /^\d+$/.test(year) ? Number(year) : (chineseYearValue(year) ?? NaN),
      month: /^\d+$/.test(month) ? Number(month) : (chineseNumeralValue(month) ?? NaN),
      day: /^\d+$/.test(day) ? Number(day) : (chineseNumeralValue(day) ?? NaN),
      style: numerals ? 'chinese-numerals' : 'chinese-arabic',
      hasSpaces: /\s/.test(trimmed),
      zeroPadded: /^0/.test(month) || /^0/.test(day),
    }
  }
  match = ISO_DATE_LINE.exec(trimmed)
  if (match?.groups) {
    const {year, month, day, sep} = match.groups
    return {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      style: sep === '-' ? 'iso' : 'dotted',
      hasSpaces: /\s/.test(trimmed),
      zeroPadded: /^0/.test(month) || /^0/.test(day),
    }
  }
  return undefined
}

/** A date written inside running text, as repeal notes give it (`2017年9月11日`). */
export const INLINE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false
  if (month < 1 || month > 12 || day < 1) return false
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= days
}

/**
 * A disclosure flag (附注) on its own line: `（此件公开发布）`, `(此件公开发布)`, `（依申请公开）`,
 * `（此件正文公开发布，附件不公开）`, also with a stray `。`. `（注：此件详见县政府网站）` is a note, not a flag.
 */
const FLAG_LINE =
  /^(?<open>[（(［\[【])\s*(?<inner>(?:此件|本件)[^（）()]{1,30}|(?:依申请|主动|不予)公开[^（）()]{0,10}|公开属性[：:][^（）()]{1,10})\s*(?<close>[）)］\]】])\s*(?<stop>[。.])?$/u
const BARE_FLAG_LINE = /^(?<inner>此件(?:公开发布|依申请公开|不予公开|主动公开))(?<stop>[。.])?$/u

export interface FlagParts {
  open: string
  close: string
  inner: string
  trailingStop: boolean
}

export function parseFlagLine(text: string): FlagParts | undefined {
  const trimmed = text.trim()
  const match = FLAG_LINE.exec(trimmed)
  if (match?.groups) {
    return {
      open: match.groups.open,
      close: match.groups.close,
      inner: match.groups.inner.trim(),
      trailingStop: Boolean(match.groups.stop),
    }
  }
  const bare = BARE_FLAG_LINE.exec(trimmed)
  if (bare?.groups) {
    return {open: '', close: '', inner: bare.groups.inner, trailingStop: Boolean(bare.groups.stop)}
  }
  return undefined
}

/** Suffixes of an issuing organ's name, to recognise an issuer line without a profile. */
const ISSUER_LINE =
  /^[\u4e00-\u9fa5（）()]{1,30}?(?:人民政府办公室|人民政府|政府办公室|政府办|政府|办公室|委员会|管理委员会|管委会|局|厅|委|办)$/u

/** A short line that can only be an organ's name: no sentence punctuation, an organ's suffix. */
export function isIssuerLine(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length <= 32 && ISSUER_LINE.test(trimmed)
}

/** `附件：…`, `附件:…` (the 附件说明), but not the `附件1` label of a printed attachment. */
export const ATTACHMENT_NOTE_START = /^(?<label>附\s*件)\s*(?<colon>[：:])/u
/** The label printed before an attachment's heading: `附件1`, `附件 2`, `附件`, `附表 7`. */
export const ATTACHMENT_LABEL = /^(?<word>附件|附表)\s*(?<ordinal>\d*)$/u
/** One item of a 附件说明 list: `1.标题`, `2. 标题`, `3、标题`, `3-1.标题`, and the misnumbered `（1）标题`. */
export const ATTACHMENT_ITEM = /^(?<label>\d+(?:-\d+)?\s*[.．、]|[（(]\d+[）)])\s*(?<title>.+)$/u
/** Notes on an attachment that are not part of its title. */
export const ATTACHMENT_TITLE_NOTE = /\s*[（(](?:见网络版|另发|略)[）)]\s*$/u

/** Numbering markers by level, read from the start of a block's source text. */
export const NUMBERING_MARKERS: ReadonlyArray<{level: 1 | 2 | 3 | 4; pattern: RegExp; style: (m: RegExpExecArray) => string}> = [
  {level: 1, pattern: /^(?<num>[一二三四五六七八九十百]+)(?<sep>、|，|\.|．)/u, style: (m) => '一' + m.groups!.sep},
  {level: 2, pattern: /^(?<open>[（(])(?<num>[一二三四五六七八九十百]+)(?<close>[）)])/u, style: (m) => m.groups!.open + '一' + m.groups!.close},
  {level: 3, pattern: /^(?<num>\d{1,3})(?<sep>\.|．|、)(?!\d)/u, style: (m) => '1' + m.groups!.sep},
  {level: 4, pattern: /^(?<open>[（(])(?<num>\d{1,3})(?<close>[）)])/u, style: (m) => m.groups!.open + '1' + m.groups!.close},
]

/** Labels of a responsible-unit annotation (`（责任单位：…）`). */
export const ANNOTATION_LABEL =
  /^(?<label>责任单位|牵头单位|配合单位|参与单位|协同单位|协办单位|主办单位|责任领导|分管领导|责任科室|责任股室|责任人|完成时限|完成时间|时限要求)\s*(?<colon>[：:])/u
/** Labels whose values are units (the others name people or deadlines). */
// 责任科室 and 责任股室 name a bureau's internal sections (能源股, 人居办), not county units: not in the gazetteer.
export const UNIT_LABELS = new Set(['责任单位', '牵头单位', '配合单位', '参与单位', '协同单位', '协办单位', '主办单位'])
/** Suffix forms: `（X负责）`, `（X牵头，Y配合）`, `（X落实）`, `（X等部门分工负责）`. */
export const ANNOTATION_SUFFIX = /(?:按职责分工负责|等部门分工负责|分工负责|负责|牵头|配合|分别按照职责落实|落实|指导督促落实)(?:。.*)?$/u
/** A name that reads as an organisation, for bare unit lists (`（县直各有关部门、各乡镇人民政府）`). */
export const UNIT_NAME =
  /^[\u4e00-\u9fa5（）()]{1,30}(?:局|办|委|部|部门|政府|中心|大队|队|公司|行|支行|所|站|会|院|组|室|分局|单位|乡镇|镇|乡|厅|处|科|股|段|馆|团县委|县委|联|协|社|场|监管组|管理部|管委会|办公室|集团)$/u

/** Punctuation a title (or an attachment's title) must not end with. */
export const TITLE_END_PUNCTUATION = /[。.．！!？?；;，,、：:]+$/u

/**
 * A title as two mentions of one document are compared: without book-title marks (`《〈政府工作报告〉…》`),
 * spaces, emphasis or closing punctuation, with round brackets full-width.
 */
export function normalizeTitle(title: string): string {
  return title
    .replace(/[《》〈〉\s*_]/gu, '')
    .replace(/\(/gu, '（')
    .replace(/\)/gu, '）')
    .replace(TITLE_END_PUNCTUATION, '')
}
