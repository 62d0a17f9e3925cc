import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {buildNotice} from './notice/build.js'
import type {Notice, WordFacts} from './notice/types.js'
import type {WordSource} from './word/source-map.js'
import {extendProfile, profileForIssuer, shippedProfiles, type Profile, type RegistryEntry} from './profile.js'
import type {Lang} from './i18n.js'
import type {DraftSummary} from './summary.js'

/**
 * When a draft is checked (spec/rules.md "Stages"): `draft` while the office is still drafting (a placeholder
 * number or date is an info finding, a planned 成文日期 within the horizon is fine), `publish` when it is to be
 * signed and printed (both are errors). The review command checks at `publish`.
 */
export type Stage = 'draft' | 'publish'

export const STAGES: readonly Stage[] = ['draft', 'publish']

export interface LintSettings {
  lang: Lang
  /** `YYYY-MM-DD`: dates after it are in the future. */
  today: string
  stage: Stage
  /** A profile forced by config; otherwise chosen from `profiles` by the issuer the draft names. */
  profile?: Profile
  profiles: Profile[]
  registryExtras: RegistryEntry[]
  units: string[]
  /** Front-matter keys the config allows beyond the schema's. */
  allowedFrontMatterKeys: string[]
  /**
   * The other drafts a lint session knows (its run, an editor's workspace), for cross-file checks: a
   * draft's number (canonical, else as written) → the paths of the drafts that carry it. Read-only: the
   * session owns and updates it between runs, never a rule.
   */
  runNumbers?: ReadonlyMap<string, readonly string[]>
  /** The same for titles: the title without its issuer and spaces → the paths of the drafts that carry it. */
  runTitles?: ReadonlyMap<string, readonly string[]>
  /** Every rule id of the run (suppression comments may name only these); unknown outside a lint session. */
  ruleIds?: readonly string[]
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
  return {lang: 'zh', today: defaultToday(), stage: 'draft', profiles: shippedProfiles(), registryExtras: [], units: [], allowedFrontMatterKeys: []}
}

declare module 'vfile' {
  interface DataMap {
    gazette: GazetteState
    gazetteSettings: LintSettings
    /** The draft's elements as a lint session found them (`--format json` prints it). */
    gazetteSummary: DraftSummary
    encoding: string
    /** sha-256 of the bytes the draft was read from. */
    contentHash: string
    /** What a Word draft's document records beyond its text: the Notice carries it for the word-* rules. */
    wordFacts: WordFacts
    /** Where each character of a Word draft's rendering stands in the document (第 N 段): reports read it. */
    wordSource: WordSource
  }
}

/**
 * The Notice, profile and settings of a file, built once and kept on `file.data`: every rule of a
 * run reads the same model, whichever way in (CLI, remark-cli, language server) started it.
 */
export function gazetteState(tree: Root, file: VFile): GazetteState {
  const existing = file.data.gazette
  if (existing) return existing
  const state = stateFor(buildNotice(tree, String(file.value), file.data.wordFacts), file.data.gazetteSettings ?? defaultSettings())
  file.data.gazette = state
  return state
}

/** A config's extras merged into each profile once, so every draft under that config shares one profile object. */
const extendedProfiles = new WeakMap<RegistryEntry[], WeakMap<string[], WeakMap<Profile, Profile>>>()

/** The state of an already built Notice under some settings: the profile chosen by its issuer or forced by config. */
export function stateFor(notice: Notice, settings: LintSettings): GazetteState {
  const chosen = settings.profile ?? profileForIssuer(settings.profiles, notice.issuer, notice.number?.parts.prefix)
  if (!chosen) return {notice, profile: undefined, settings}
  let byUnits = extendedProfiles.get(settings.registryExtras)
  if (!byUnits) extendedProfiles.set(settings.registryExtras, (byUnits = new WeakMap()))
  let byProfile = byUnits.get(settings.units)
  if (!byProfile) byUnits.set(settings.units, (byProfile = new WeakMap()))
  let profile = byProfile.get(chosen)
  if (!profile) byProfile.set(chosen, (profile = extendProfile(chosen, {registry: settings.registryExtras, units: settings.units})))
  return {notice, profile, settings}
}
