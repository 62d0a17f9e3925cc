/**
 * The two languages of messages, and how each writes what rules put into them: quotation marks and
 * lists (`“甲”、“乙”` / `"甲", "乙"`, `甲或乙` / `甲 or 乙`). Rules ask here instead of testing the language.
 */
export type Lang = 'zh' | 'en'

/** A text in both languages; messages fill `{name}` placeholders from a report's data. */
export interface Bilingual {
  zh: string
  en: string
}

const QUOTES: Record<Lang, [string, string]> = {zh: ['“', '”'], en: ['"', '"']}
const AND: Record<Lang, string> = {zh: '、', en: ', '}
const OR: Record<Lang, string> = {zh: '或', en: ' or '}

export interface ListOptions {
  /** Put each item in quotation marks. */
  quote?: boolean
}

/** A name in the quotation marks of the language: `“陵政办发”`, `"陵政办发"`. */
export function quote(text: string, lang: Lang): string {
  const [open, close] = QUOTES[lang]
  return `${open}${text}${close}`
}

/** Items listed together: `甲、乙、丙` / `甲, 乙, 丙`. */
export function listAnd(items: readonly string[], lang: Lang, options: ListOptions = {}): string {
  return list(items, lang, AND[lang], options)
}

/** Alternatives: `甲或乙` / `甲 or 乙`. */
export function listOr(items: readonly string[], lang: Lang, options: ListOptions = {}): string {
  return list(items, lang, OR[lang], options)
}

function list(items: readonly string[], lang: Lang, separator: string, {quote: quoted = false}: ListOptions): string {
  return (quoted ? items.map((item) => quote(item, lang)) : items).join(separator)
}
