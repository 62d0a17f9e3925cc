/**
 * The 发文字号 (`陵政办发〔2025〕3号`): on its own line as a notice's number, cited in running text, and
 * compared across mentions by one key. Tolerant of the malformed variants drafters write, so that rules
 * report a malformed number instead of a missing one.
 */
import type {DocNumberParts} from '../notice/types.js'
import {yearValue} from './numerals.js'

const OPEN_BRACKETS = '〔[【（(［｛{'
const CLOSE_BRACKETS = '〕]】）)］｝}'

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\[^-]/g, (c) => '\\' + c)
}

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

/**
 * A number not assigned yet: the office numbers a document at signing, so a draft carries its 代字 and year
 * with the sequence left blank (`陵政办发〔2026〕　号`, `陵政办发〔2026〕号`).
 */
const PLACEHOLDER_LINE = new RegExp(
  String.raw`^(?<prefix>[\u4e00-\u9fa5]{1,12}?)\s*(?<open>[${escapeClass(OPEN_BRACKETS)}])\s*(?<year>\d{4})\s*(?<close>[${escapeClass(CLOSE_BRACKETS)}])[\s\u3000_＿]*号?$`,
  'u',
)

/**
 * A number line that lost pieces (`牟政办发〔201746`: `〕` and `号` gone): a 代字, an opening bracket and a
 * four-digit year, then the sequence, with the closing bracket or `号` missing. Read as the number, so that
 * it is reported as malformed, never as missing.
 */
const INCOMPLETE_LINE = new RegExp(
  String.raw`^(?<prefix>[\u4e00-\u9fa5]{1,12}?)\s*(?<open>[${escapeClass(OPEN_BRACKETS)}])\s*(?<year>\d{4})\s*(?<close>[${escapeClass(CLOSE_BRACKETS)}])?\s*(?<seq>\d{1,4})\s*(?<hao>号)?$`,
  'u',
)

/**
 * The number line of a notice as the model reads it: a well-formed or malformed number (`parseDocNumber`),
 * a placeholder (`placeholder`), or a number with pieces missing (`missing` lists them).
 */
export function parseNumberLine(text: string): DocNumberParts | undefined {
  const parts = parseDocNumber(text)
  if (parts) return parts
  const trimmed = text.trim()
  const placeholder = PLACEHOLDER_LINE.exec(trimmed)?.groups
  if (placeholder) {
    return {prefix: placeholder.prefix, openBracket: placeholder.open, closeBracket: placeholder.close, year: placeholder.year, sequence: '', hasDi: false, hasSpaces: false, placeholder: true}
  }
  const incomplete = INCOMPLETE_LINE.exec(trimmed)?.groups
  if (!incomplete || (incomplete.close && incomplete.hao)) return undefined
  const missing = [incomplete.close ? '' : CLOSE_BRACKETS[OPEN_BRACKETS.indexOf(incomplete.open)], incomplete.hao ? '' : '号'].filter(Boolean)
  return {
    prefix: incomplete.prefix,
    openBracket: incomplete.open,
    closeBracket: incomplete.close ?? '',
    year: incomplete.year,
    sequence: incomplete.seq,
    hasDi: false,
    hasSpaces: /\s/u.test(trimmed),
    missing,
  }
}

/** The canonical form `代字〔YYYY〕N号` of a parsed number, when it can be rebuilt without guessing. */
export function canonicalDocNumber(parts: DocNumberParts): string | undefined {
  // Where a placeholder's sequence will go, or where a damaged number's year ends, is not known.
  if (parts.placeholder || parts.missing) return undefined
  const year = /^\d{4}$/u.test(parts.year) ? parts.year : String(yearValue(parts.year) ?? '')
  if (!/^\d{4}$/u.test(year)) return undefined
  return `${parts.prefix}〔${year}〕${Number(parts.sequence)}号`
}

/**
 * The key two mentions of one number are compared by: the canonical `代字〔YYYY〕N号` where it can be
 * rebuilt, else the number as written without spaces.
 */
export function numberKey(number: string): string {
  const compact = number.replace(/\s+/g, '')
  const parts = parseDocNumber(compact)
  return (parts && canonicalDocNumber(parts)) ?? compact
}

export const CANONICAL_NUMBER = /^[\u4e00-\u9fa5]{1,12}〔\d{4}〕[1-9]\d*号$/u

/** A 文号 inside running text (`《…》（晋政发〔2021〕48号）`, `长土防办（2020）3号`). */
export const CITED_NUMBER =
  /(?<prefix>[\u4e00-\u9fa5]{1,10}?)(?<open>[〔\[【（(])\s*(?<year>\d{4})\s*(?<close>[〕\]】）)])\s*(?<di>第)?\s*(?<seq>\d+)\s*号/gu

/** A cited 文号 that lost its closing bracket (`元政规〔20203号`): the year and the sequence run together. */
export const UNCLOSED_CITED_NUMBER = /(?<prefix>[\u4e00-\u9fa5]{1,10}?)(?<open>[〔\[【（(])\s*(?<year>\d{4})(?<seq>\d{1,4})\s*号/gu

/** A number as a repeal note writes it after the title, without brackets around it (`陵政办发〔2017〕36号`). */
export const BARE_CITED_NUMBER = String.raw`[\u4e00-\u9fa5]{1,12}\s*[〔\[【（(]\s*\d{2,4}\s*[〕\]】）)]\s*第?\s*\d+\s*号`

const PRINTED_OPEN = '〔[【（('
const PRINTED_CLOSE = '〕]】）)'

/**
 * A number line as the gazettes print it, read by the same recogniser with print's narrower bounds: a
 * 2–8 character 代字 right before a bracketed four-digit year, a sequence of at most four digits, nothing
 * around the line (`陵政办发〔2023〕5号`, `沁政办发〔2021〕17 号`).
 */
export function isPrintedNumberLine(text: string): boolean {
  const parts = parseDocNumber(text)
  if (!parts || text !== text.trim()) return false
  return (
    parts.prefix.length >= 2 &&
    parts.prefix.length <= 8 &&
    text.startsWith(parts.prefix + parts.openBracket) &&
    PRINTED_OPEN.includes(parts.openBracket) &&
    parts.openBracket !== '' &&
    PRINTED_CLOSE.includes(parts.closeBracket) &&
    /^\d{4}$/u.test(parts.year) &&
    parts.sequence.length <= 4
  )
}

/** Numbers by 代字, year, then sequence as a number (so 4号 before 10号); unreadable ones by their text. */
export function compareNumbers(a: string, b: string): number {
  const pa = parseDocNumber(a)
  const pb = parseDocNumber(b)
  if (!pa || !pb) return compareText(a, b)
  return compareText(pa.prefix, pb.prefix) || Number(pa.year) - Number(pb.year) || Number(pa.sequence) - Number(pb.sequence)
}

/** Code-point order (not locale order), so the same input sorts the same everywhere. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
