import {readdirSync} from 'node:fs'
import path from 'node:path'
import {readTextFileSync} from './loader.js'
import {STANDARD_FLAGS} from './recognisers/flag.js'
import {reasonOf} from './catalogue/files.js'
import {problemText} from './catalogue/problems.js'
import {describeSchemaErrors, schemaValidator, type SchemaProblem} from './schema.js'
import {shippedFolder} from './shipped.js'

export interface ProfileIssuer {
  name: string
  /** The 机关代字 of its own numbers, every series the gazettes show (`绛政办发`, `绛政办函`). */
  prefixes: string[]
  /**
   * The 函 series of each `…发` 代字 (`陵政办发` → `陵政办函`), seen or implied: accepted for a 函 even where the
   * gazettes print none.
   */
  letterPrefixes?: string[]
  /** How many of its own numbered documents the profile was learnt from. */
  count?: number
}

export interface CountedName {
  name: string
  count?: number
}

export interface RegistryEntry {
  number: string
  /** Title of the document it issues (the enclosure), or of the notice itself for a direct notice. */
  title?: string
  /** Title of the notice (`关于印发…的通知`). */
  noticeTitle?: string
  /** ISO date `2023-03-16`. */
  date?: string
  issuer?: string
  /** `repealed` for documents known only from a repeal note. */
  status?: 'published' | 'repealed'
  /** Where the entry was learnt: a gazette file and line, or a registry file. */
  source?: string
}

export interface Profile {
  $schema?: string
  /** Short id, the profile's file name: `lingchuan`. */
  id: string
  county: string
  issuers: ProfileIssuer[]
  /** Disclosure flags the county uses, with their brackets: `（此件公开发布）`. */
  disclosureLiterals: string[]
  /** How the county writes the town-level addressee group: `各乡镇人民政府`. */
  townGroup?: string
  units: CountedName[]
  towns: CountedName[]
  /** 代字 of other bodies the county's notices cite (for checking cited and repealed numbers). */
  citedPrefixes?: string[]
  annotationForms?: Array<{form: string; count: number; example?: string}>
  /** The county's own habits, learnt from its gazettes: checked only where recorded (spec/rules.md). */
  conventions?: ProfileConventions
  registry: RegistryEntry[]
  /** How the profile was made: `learn` and its inputs, or `catalog`. */
  generatedFrom?: string[]
}

export interface ProfileConventions {
  /** How its addressees separate kinds of addressee: `，` (`各乡镇人民政府，县直有关单位`) or `、`. */
  addressee?: {groupSeparator: '，' | '、'; agreeing: number; notices: number}
  /** Whether it prints a disclosure flag: in how many of its notices. */
  flags?: {printed: number; notices: number}
  /** The brackets of its responsible-unit annotations, most used first. */
  annotations?: {brackets: Array<'（）' | '〔〕'>}
}

export class ProfileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: SchemaProblem[],
  ) {
    super(`${file}: invalid profile: ${problems.map((p) => `${p.path} ${problemText(p, 'en')}`).join('; ')}`)
    this.name = 'ProfileError'
  }
}

/** The folder of profiles shipped with gazette-lint. */
export const SHIPPED_PROFILE_DIR = shippedFolder('profiles')

/**
 * A profile as written (only `id`, `county` and `issuers` are required: a hand-written one may be that small)
 * with what it leaves out filled in: the three national disclosure flags, no units, towns or registry.
 */
export function completeProfile(written: Partial<Profile> & Pick<Profile, 'id' | 'county' | 'issuers'>): Profile {
  return {...written, disclosureLiterals: written.disclosureLiterals ?? [...STANDARD_FLAGS], units: written.units ?? [], towns: written.towns ?? [], registry: written.registry ?? []}
}

/** The county a full issuer name belongs to: `阳城县人民政府办公室` → `阳城县`. */
export function countyOfIssuer(name: string): string {
  return /^(.+?[县区市旗])/u.exec(name)?.[1] ?? name
}

/**
 * Reads and validates a profile JSON file against `schemas/profile.schema.json`; every call reads it again.
 * `trusted`: a profile shipped with gazette-lint, validated by its tests (test/profiles.test.ts), read
 * without compiling the schema, which costs a one-notice run a tenth of its time.
 */
export function loadProfile(file: string, {trusted = false}: {trusted?: boolean} = {}): Profile {
  const resolved = path.resolve(file)
  let text: string
  try {
    text = readTextFileSync(resolved)
  } catch (error) {
    throw new ProfileError(resolved, [{path: '/', id: 'cannot-read', data: {reason: reasonOf(error)}}])
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ProfileError(resolved, [{path: '/', id: 'not-json', data: {detail: (error as Error).message}}])
  }
  if (trusted) return completeProfile(data as Profile)
  const validate = schemaValidator('profile')
  if (!validate(data)) throw new ProfileError(resolved, describeSchemaErrors(validate.errors))
  return completeProfile(data as Profile)
}

/** Where config resolution gets its profiles from: a lint session's store, or plain reads. */
export interface ProfileSource {
  load(file: string): Profile
  /** Every profile shipped with gazette-lint. */
  shipped(): Profile[]
}

/**
 * Profiles read once each and kept until told their file changed: a lint session owns one, so a
 * process that lives for days (a language server) sees an edited profile.
 */
export class ProfileStore implements ProfileSource {
  private readonly byPath = new Map<string, Profile>()
  private shippedList?: Profile[]

  load(file: string): Profile {
    const resolved = path.resolve(file)
    let profile = this.byPath.get(resolved)
    if (!profile) {
      profile = loadProfile(resolved, {trusted: isShippedProfileFile(resolved)})
      this.byPath.set(resolved, profile)
    }
    return profile
  }

  shipped(): Profile[] {
    this.shippedList ??= shippedProfileFiles().map((file) => this.load(file))
    return this.shippedList
  }

  /** Forgets the profile read from `file` (true when it had been read). */
  invalidate(file: string): boolean {
    const resolved = path.resolve(file)
    if (isShippedProfileFile(resolved)) this.shippedList = undefined
    return this.byPath.delete(resolved)
  }
}

/** A file of the shipped profile folder, as gazette-lint was installed. */
function isShippedProfileFile(resolved: string): boolean {
  return path.dirname(resolved) === path.resolve(SHIPPED_PROFILE_DIR)
}

function shippedProfileFiles(): string[] {
  return readdirSync(SHIPPED_PROFILE_DIR)
    .filter((name) => name.endsWith('.json') && name !== 'package.json')
    .sort()
    .map((name) => path.join(SHIPPED_PROFILE_DIR, name))
}

/** Every profile shipped with gazette-lint (read from `source`, or afresh). */
export function shippedProfiles(source?: ProfileSource): Profile[] {
  return source ? source.shipped() : shippedProfileFiles().map((file) => loadProfile(file, {trusted: true}))
}

/** A profile reference that names a file rather than a shipped county. */
export function isProfilePath(reference: string): boolean {
  return /[\\/]|\.json$/.test(reference)
}

/** Finds a profile by county name (`陵川县`), id (`lingchuan`) or file path. */
export function findProfile(reference: string, baseDir: string, source: ProfileSource = new ProfileStore()): Profile | undefined {
  const byName = source.shipped().find((profile) => profile.county === reference || profile.id === reference)
  if (byName) return byName
  if (isProfilePath(reference)) return source.load(path.resolve(baseDir, reference))
  return undefined
}

/** The profile whose issuers include the one the draft names, or whose 代字 the number uses. */
export function profileForIssuer(profiles: Profile[], issuer: string | undefined, numberPrefix?: string): Profile | undefined {
  if (issuer) {
    const exact = profiles.find((profile) => profile.issuers.some((known) => known.name === issuer))
    if (exact) return exact
    // `县政府` is not a full name, but `陵川县…` names the county.
    const byCounty = profiles.find((profile) => issuer.startsWith(profile.county))
    if (byCounty) return byCounty
  }
  if (numberPrefix) return profiles.find((profile) => profile.issuers.some((known) => known.prefixes.includes(numberPrefix)))
  return undefined
}

const NONE: never[] = []
const extended = new WeakMap<Profile, WeakMap<RegistryEntry[], WeakMap<string[], Profile>>>()

/**
 * A profile with the config's extras merged in; what the rules see. The same profile and extras give
 * the same object, so what is indexed per profile (`profileIndex`) is built once per run, not per draft.
 */
export function extendProfile(profile: Profile, extras: {registry?: RegistryEntry[]; units?: string[]}): Profile {
  if (!extras.registry?.length && !extras.units?.length) return profile
  const registry = extras.registry ?? NONE
  const units = extras.units ?? NONE
  let byRegistry = extended.get(profile)
  if (!byRegistry) extended.set(profile, (byRegistry = new WeakMap()))
  let byUnits = byRegistry.get(registry)
  if (!byUnits) byRegistry.set(registry, (byUnits = new WeakMap()))
  let merged = byUnits.get(units)
  if (!merged) {
    merged = {...profile, registry: [...profile.registry, ...registry], units: [...profile.units, ...units.map((name) => ({name}))]}
    byUnits.set(units, merged)
  }
  return merged
}
