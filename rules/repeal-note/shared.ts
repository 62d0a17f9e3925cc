/**
 * What the repeal-note rules compare: titles across mentions (`《陵川县 抗旱应急预案》` = `陵川县抗旱应急预案`),
 * 文号 in canonical form, and dates as ISO (`2017 年 9 月 11 日` → `2017-09-11`) — the core's, as learn uses them.
 */
export {normalizeTitle, canonicalNumber as numberKey, isoDate as isoOfInlineDate} from '@gazette-lint/core'

/** `2017-09-11` → `2017年9月11日`. */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return `${year}年${month}月${day}日`
}
