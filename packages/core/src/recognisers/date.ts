/**
 * The 成文日期 (`2025年2月20日`) on its own line, dates inside running text (repeal notes), and dates as
 * ISO strings (`2025-02-20`) for comparing them. Tolerant of Chinese numerals, full-width digits, spaces
 * and numeric forms, so that rules report a malformed date instead of a missing one.
 */
import type {DateParts} from '../notice/types.js'
import {chineseNumeralValue, halfWidthDigits, yearValue} from './numerals.js'

const DATE_LINE =
  /^(?<year>\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?<month>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?<day>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/u
const ISO_DATE_LINE = /^(?<year>\d{4})\s*(?<sep>[-/.．])\s*(?<month>\d{1,2})\s*\k<sep>\s*(?<day>\d{1,2})$/u

/** A date written inside running text, as repeal notes give it (`2017年9月11日`, `2017 年 9 月 11 日`). */
export const INLINE_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/u

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
      year: /^\d+$/.test(year) ? Number(year) : (yearValue(year) ?? NaN),
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

/**
 * A date not fixed yet: the office dates a document when it is signed, so a draft carries `2026年 月 日`,
 * `2026年4月 日` or `　　年　　月　　日`. The parts left blank are NaN.
 */
const PLACEHOLDER_DATE_LINE = /^(?<year>\d{4})?[\s\u3000_＿]*年[\s\u3000_＿]*(?<month>\d{1,2})?[\s\u3000_＿]*月[\s\u3000_＿]*(?<day>\d{1,2})?[\s\u3000_＿]*日$/u

/**
 * A date line that lost pieces (`2020  6  17 日`, `20171116`, `2019年1123`, `{ 2017 6 23`): a year from
 * 1900 on, then the month and day as digits with no more than spaces and 年月日 around them, six to eight
 * digits in all. Only read where a 成文日期 is expected and no readable date stands.
 */
const DAMAGED_DATE_LINE = /^[{}\[\]【】<>《》\s]*(?:19|20)\d{2}[\s年月日\d]*[{}\[\]【】<>《》\s]*$/u

/** Reads a placeholder date line: `parts` with `placeholder` and NaN for the blanks. */
export function parsePlaceholderDateLine(text: string): DateParts | undefined {
  const match = PLACEHOLDER_DATE_LINE.exec(text.trim())
  if (!match?.groups) return undefined
  const {year, month, day} = match.groups
  if (month && day) return undefined
  return {
    year: year ? Number(year) : NaN,
    month: month ? Number(month) : NaN,
    day: day ? Number(day) : NaN,
    style: 'chinese-arabic',
    hasSpaces: false,
    zeroPadded: false,
    placeholder: true,
  }
}

/** Whether a line is a damaged date (see DAMAGED_DATE_LINE); readable dates and placeholders are not. */
export function isDamagedDateLine(text: string): boolean {
  const trimmed = text.trim()
  if (!DAMAGED_DATE_LINE.test(trimmed) || parseDateLine(trimmed) || parsePlaceholderDateLine(trimmed)) return false
  const digits = trimmed.replace(/\D/gu, '').length
  return digits >= 6 && digits <= 8
}

/** A date line as the gazettes print it: Arabic digits, spaces allowed inside (`2021 年 7 月 14 日`), none around. */
export function isPrintedDateLine(text: string): boolean {
  const parts = parseDateLine(text)
  return parts !== undefined && parts.style === 'chinese-arabic' && !parts.fullWidthDigits && text === text.trim()
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false
  if (month < 1 || month > 12 || day < 1) return false
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= days
}

/** A date's parts as `YYYY-MM-DD`, or undefined when one of them is unreadable. */
export function isoOfParts({year, month, day}: Pick<DateParts, 'year' | 'month' | 'day'>): string | undefined {
  if (!year || !month || !day) return undefined
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** `2017年9月11日`, `2017 年 9 月 11 日`, `2017-09-11`, or a text holding such a date, as an ISO date. */
export function isoDate(text: string | undefined): string | undefined {
  if (!text) return undefined
  const parts = parseDateLine(text.replace(/\s+/g, ''))
  if (parts) return isoOfParts(parts)
  const inline = INLINE_DATE.exec(text)
  return inline ? isoOfParts(parseDateLine(inline[0].replace(/\s+/g, ''))!) : undefined
}

/** `2017-09-11` → `2017年9月11日`. */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return `${year}年${month}月${day}日`
}
