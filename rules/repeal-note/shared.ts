import {canonicalDocNumber, INLINE_DATE, parseDocNumber} from '@gazette-lint/core'

/** A title compared without spaces and book-title marks: `《陵川县 抗旱应急预案》` = `陵川县抗旱应急预案`. */
export function normalizeTitle(title: string): string {
  return title.replace(/[\s《》〈〉]/gu, '')
}

/** The canonical form of a 文号 (`陵政办发〔2017〕93号`), or the text without spaces when it cannot be read. */
export function numberKey(number: string): string {
  const parts = parseDocNumber(number)
  return (parts && canonicalDocNumber(parts)) ?? number.replace(/\s+/gu, '')
}

/** `2017 年 9 月 11 日` → `2017-09-11`. */
export function isoOfInlineDate(text: string): string | undefined {
  const match = INLINE_DATE.exec(text)
  if (!match) return undefined
  const pad = (value: string) => value.padStart(2, '0')
  return `${match[1]}-${pad(match[2])}-${pad(match[3])}`
}

/** `2017-09-11` → `2017年9月11日`. */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return `${year}年${month}月${day}日`
}
