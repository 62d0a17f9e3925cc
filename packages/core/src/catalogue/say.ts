/**
 * How the catalogues are written and said: an entry per kind of message, in Chinese and English, filled
 * from data when it is said (never assembled at the call site), so one error can be shown in the language
 * of whoever reads it.
 */
import {listAnd, listOr, quote, type Lang} from '../i18n.js'
import {nearestNames} from '../suggest.js'

export type MessageValue = string | number | boolean | readonly string[] | undefined | {readonly [key: string]: unknown}
export type MessageData = Readonly<Record<string, MessageValue>>

type Template<D> = string | ((data: D, lang: Lang) => string)

/** One message of a catalogue: a template with `{name}` placeholders, or a function of the data, per language. */
export interface Entry<D = MessageData> {
  zh: Template<D>
  en: Template<D>
}

export type Catalogue = Readonly<Record<string, Entry<any>>>

/** The text of an entry in a language: `{name}` placeholders filled from the data. */
export function say<D extends MessageData>(entry: Entry<D>, lang: Lang, data: D = {} as D): string {
  const template = entry[lang]
  if (typeof template === 'function') return template(data, lang)
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data[name]
    if (value === undefined) return whole
    return Array.isArray(value) ? listAnd(value as string[], lang) : String(value)
  })
}

/** `，是否要写“X”？` / `; did you mean "X"?`, or nothing without a suggestion. */
export function didYouMean(suggestion: string | undefined, lang: Lang): string {
  if (!suggestion) return ''
  return lang === 'zh' ? `，是否要写${quote(suggestion, lang)}？` : `; did you mean ${quote(suggestion, lang)}?`
}

/** Alternatives, each quoted: `“error”、“warning”、“info”、“off”` / `"error", "warning", "info" or "off"`. */
export function oneOf(values: readonly string[], lang: Lang): string {
  if (lang === 'zh' || values.length < 2) return listAnd(values, lang, {quote: true})
  return `${listAnd(values.slice(0, -1), lang, {quote: true})}${listOr(['', ''], lang)}${quote(values[values.length - 1], lang)}`
}

/**
 * The known name a misspelt one most likely meant: the nearest by edit distance, or the one it begins
 * (`warn` → `warning`, `--max` → `--max-warnings`); undefined when none is close.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates]
  const nearest = nearestNames(name, list, {limit: 1})[0]?.name
  if (nearest) return nearest
  const lower = name.toLowerCase()
  if ([...lower].length < 2) return undefined
  const started = list.filter((candidate) => candidate.toLowerCase().startsWith(lower))
  return started.length === 1 ? started[0] : undefined
}
