import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {buildNotice} from './notice/build.js'
import type {Notice} from './notice/types.js'
import {extendProfile, profileForIssuer, shippedProfiles, type Profile, type RegistryEntry} from './profile.js'
import type {Lang} from './i18n.js'

export interface LintSettings {
  lang: Lang
  /** `YYYY-MM-DD`: dates after it are in the future. */
  today: string
  /** A profile forced by config; otherwise chosen from `profiles` by the issuer the draft names. */
  profile?: Profile
  profiles: Profile[]
  registryExtras: RegistryEntry[]
  units: string[]
  /** Front-matter keys the config allows beyond the schema's. */
  allowedFrontMatterKeys: string[]
  /** The 发文字号 of every draft in this run, for cross-file checks: number → file paths. */
  runNumbers?: Map<string, string[]>
}

export interface GazetteState {
  notice: Notice
  profile?: Profile
  settings: LintSettings
}

/** Today's date as `YYYY-MM-DD`, unless fixed by `GAZETTE_LINT_TODAY` for reproducible runs. */
export function defaultToday(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GAZETTE_LINT_TODAY && /^\d{4}-\d{2}-\d{2}$/.test(env.GAZETTE_LINT_TODAY)) return env.GAZETTE_LINT_TODAY
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export function defaultSettings(): LintSettings {
  return {lang: 'zh', today: defaultToday(), profiles: shippedProfiles(), registryExtras: [], units: [], allowedFrontMatterKeys: []}
}

declare module 'vfile' {
  interface DataMap {
    gazette: GazetteState
    gazetteSettings: LintSettings
    encoding: string
    /** sha-256 of the bytes the draft was read from. */
    contentHash: string
  }
}

/**
 * The Notice, profile and settings of a file, built once and kept on `file.data`: every rule of a
 * run reads the same model, whichever way in (CLI, remark-cli, language server) started it.
 */
export function gazetteState(tree: Root, file: VFile): GazetteState {
  const existing = file.data.gazette
  if (existing) return existing
  const settings = file.data.gazetteSettings ?? defaultSettings()
  const notice = buildNotice(tree, String(file.value))
  const chosen = settings.profile ?? profileForIssuer(settings.profiles, notice.issuer, notice.number?.parts.prefix)
  const profile = chosen ? extendProfile(chosen, {registry: settings.registryExtras, units: settings.units}) : undefined
  const state: GazetteState = {notice, profile, settings}
  file.data.gazette = state
  return state
}
