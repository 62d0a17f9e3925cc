/**
 * The 主送机关 (`各乡镇人民政府，示范区管委会，县直有关单位：`): where one group of addressees ends and the next
 * begins, read alike by `addressee-format` and by `learn`, which records the county's separator.
 */

/** Words that close a group of addressees (`各乡镇人民政府`, `示范区管委会`, `县直有关单位`). */
export const ADDRESSEE_GROUP_END = /(?:政府|管委会|管理委员会|委员会|单位|部门|机构|企业|示范区|开发区|园区)$/u

export interface AddresseeSeparator {
  /** Offset of the separator in the addressee's text. */
  index: number
  char: string
  /** The group the separator closes (from the previous boundary). */
  group: string
  /** A `，` or `,`, or a `、` after a name that closes a group: a boundary between kinds of addressee. */
  betweenGroups: boolean
}

/**
 * Every `，` `,` `、` of an addressee outside brackets (`各乡镇人民政府（管委会、管理处）` is one group), with whether
 * it separates two groups. `protectedSpans` (a county's `各乡、镇人民政府`) hold no boundary.
 */
export function addresseeSeparators(text: string, protectedSpans: ReadonlyArray<{start: number; end: number}> = []): AddresseeSeparator[] {
  const separators: AddresseeSeparator[] = []
  let depth = 0
  let groupStart = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '（' || char === '(') depth++
    else if ((char === '）' || char === ')') && depth > 0) depth--
    if (depth > 0 || (char !== '，' && char !== ',' && char !== '、')) continue
    if (protectedSpans.some((span) => index >= span.start && index < span.end)) continue
    const group = text.slice(groupStart, index).trim()
    const betweenGroups = char !== '、' || ADDRESSEE_GROUP_END.test(group.replace(/[（(][^（）()]*[）)]$/u, ''))
    separators.push({index, char, group, betweenGroups})
    if (betweenGroups) groupStart = index + 1
  }
  return separators
}
