/**
 * The editor's settings for gazette-lint (section `gazetteLint`, from `workspace/configuration`, else from
 * `initializationOptions`): only what belongs to the editor. Everything about the drafts themselves (rules,
 * profile, registry) stays in `.gazettelintrc.*`, read by the session.
 */
import type {Lang} from '@gazette-lint/core'

export interface Settings {
  /** The messages' language over the config's `lang`; unset: the config decides (default Chinese). */
  lang?: Lang
  /** Milliseconds between the last keystroke and the lint. */
  debounce: number
}

export const DEFAULT_SETTINGS: Settings = {debounce: 200}

export interface SettingProblem {
  name: string
  value: string
  expected: string
}

/** Reads settings as an editor sends them; a wrong value is named and left out, never fatal. */
export function readSettings(raw: unknown): {settings: Settings; problems: SettingProblem[]} {
  const settings: Settings = {...DEFAULT_SETTINGS}
  const problems: SettingProblem[] = []
  if (raw === null || raw === undefined) return {settings, problems}
  if (typeof raw !== 'object' || Array.isArray(raw)) return {settings, problems: [{name: 'gazetteLint', value: JSON.stringify(raw), expected: 'an object'}]}
  const {lang, debounce} = raw as Record<string, unknown>
  if (lang === 'zh' || lang === 'en') settings.lang = lang
  else if (lang !== undefined && lang !== null && lang !== '') problems.push({name: 'gazetteLint.lang', value: JSON.stringify(lang), expected: '"zh" | "en"'})
  if (typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0 && debounce <= 10_000) settings.debounce = debounce
  else if (debounce !== undefined && debounce !== null) problems.push({name: 'gazetteLint.debounce', value: JSON.stringify(debounce), expected: '0–10000 ms'})
  return {settings, problems}
}
