import path from 'node:path'
import {isMap, isSeq, parseDocument, type Node as YamlNode} from 'yaml'
import {createLocator} from './notice/locator.js'
import {readTextFileSync} from './loader.js'
import {completeProfile, countyOfIssuer, findProfile, isProfilePath, ProfileError, ProfileStore, type Profile, type ProfileSource} from './profile.js'
import {loadRegistryExtras, RegistryError} from './registry.js'
import type {GazetteRule, Lang, Severity} from './rule.js'
import {compileOptionsSchema, describeSchemaErrors, schemaValidator} from './schema.js'
import {reasonOf} from './catalogue/files.js'
import {problemText, type Problem} from './catalogue/problems.js'
import {closestName} from './catalogue/say.js'
import {defaultToday, type LintSettings, type Stage} from './state.js'

export type RuleLevel = Severity | 'off'
export type RuleSetting = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>]

export interface Config {
  $schema?: string
  /** The search for a config stops at this one (as ESLint's `root`); the nearest config always applies whole. */
  root?: boolean
  /** County name (`陵川县`), profile id (`lingchuan`) or a path to a profile JSON file. */
  profile?: string
  /** Extra profile files to choose from by issuer. */
  profiles?: string[]
  /** Extra registry files or folders of published documents. */
  registry?: string[]
  /** Extra unit names for the gazetteer. */
  units?: string[]
  /**
   * The county's name: its shipped profile when there is one, else (with `issuers`) a profile made from this
   * config. Used when `profile` is not given.
   */
  county?: string
  /** Issuers and their 代字 added to the county's profile, or making one for a county without a profile. */
  issuers?: ConfigIssuer[]
  /** Extra town names for the gazetteer. */
  towns?: string[]
  rules?: Record<string, RuleSetting>
  ignore?: string[]
  lang?: Lang
  today?: string
  /** `draft` (default) or `publish`: how placeholders and a planned 成文日期 are reported. */
  stage?: Stage
  frontMatter?: {allowKeys?: string[]}
}

export interface ConfigIssuer {
  /** The full legal name: `阳城县人民政府办公室`. */
  name: string
  /** Its 代字: `阳政办发`. */
  prefixes: string[]
}

export const CONFIG_FILE_NAMES = ['.gazettelintrc.json', '.gazettelintrc.yaml', '.gazettelintrc.yml']

/** A problem of a config file, at a JSON path and, where known, a line and column. */
export type ConfigProblem = Problem

/** A config that cannot be used: the CLI prints it and exits 2. */
export class ConfigError extends Error {
  /** Each problem, with its text (`message`) in the config's language, else Chinese; `problemText` says it in another. */
  readonly problems: Array<ConfigProblem & {message: string}>

  constructor(
    readonly file: string,
    problems: ConfigProblem[],
    /** The language the config asks for (`lang`), when it could be read: its problems are said in it. */
    readonly lang?: Lang,
  ) {
    super(describeProblems(file, problems, lang ?? 'zh'))
    this.name = 'ConfigError'
    this.problems = problems.map((problem) => ({...problem, message: problemText(problem, lang ?? 'zh')}))
  }

  /** Each problem as `file:line:column: /path problem`, in a language. */
  describe(lang: Lang): string {
    return describeProblems(this.file, this.problems, lang)
  }
}

function describeProblems(file: string, problems: ConfigProblem[], lang: Lang): string {
  return problems.map((p) => `${file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.path} ${problemText(p, lang)}`).join('\n')
}

/** The data of a document that failed to parse, as far as it can be read. */
function safeData(document: {toJS(): unknown}): unknown {
  try {
    return document.toJS()
  } catch {
    return undefined
  }
}

/** The `lang` a config's data asks for, if it is one gazette-lint knows. */
function declaredLang(data: unknown): Lang | undefined {
  const lang = (data as {lang?: unknown} | null)?.lang
  return lang === 'zh' || lang === 'en' ? lang : undefined
}

export interface LoadedConfig {
  file?: string
  /** Relative paths in the config resolve against this folder. */
  dir: string
  config: Config
}

/** Reads and validates a config file against `schemas/config.schema.json` and the rules' option schemas. */
export function loadConfigFile(file: string, rules: readonly GazetteRule[]): LoadedConfig {
  let text: string
  try {
    text = readTextFileSync(file)
  } catch (error) {
    throw new ConfigError(file, [{path: '/', id: 'cannot-read', data: {reason: reasonOf(error)}}])
  }
  return loadConfigText(text, file, rules)
}

/**
 * Validates a config given as text (JSON or YAML) as if read from `file`: a web page's or an editor's
 * unsaved config goes through the same checks as one on disk.
 */
export function loadConfigText(text: string, file: string, rules: readonly GazetteRule[]): LoadedConfig {
  // YAML is a superset of JSON: one parser gives both the data and each value's line.
  const document = parseDocument(text, {prettyErrors: false, uniqueKeys: true})
  const locator = createLocator(text)
  if (document.errors.length > 0) {
    const error = document.errors[0]
    const at = locator.point(error.pos?.[0] ?? 0)
    const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    throw new ConfigError(file, [{path: '/', id: file.endsWith('.json') ? 'not-json' : 'not-yaml', data: {detail}, line: at.line, column: at.column}], declaredLang(safeData(document)))
  }
  const data = (document.toJS() ?? {}) as unknown
  const lang = declaredLang(data)
  /** Line and column of the value at a JSON path, or of its key when the key itself is the problem. */
  const where = (jsonPath: string, atKey = false) => {
    const segments = jsonPath.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    let node: unknown = document.contents
    let found: YamlNode | undefined
    for (const segment of segments) {
      if (isMap(node)) {
        const pair = node.items.find((item) => String((item.key as {value?: unknown})?.value ?? item.key) === segment)
        if (!pair) break
        found = (pair.key as YamlNode) ?? found
        node = pair.value
        if (segment === segments[segments.length - 1] && pair.value && !atKey) found = pair.value as YamlNode
      } else if (isSeq(node)) {
        node = node.items[Number(segment)]
        found = (node as YamlNode) ?? found
      } else break
    }
    const range = (found as {range?: [number, number, number]} | undefined)?.range
    if (!range) return {}
    const at = locator.point(range[0])
    return {line: at.line, column: at.column}
  }

  const validate = schemaValidator('config')
  if (!validate(data)) {
    throw new ConfigError(
      file,
      describeSchemaErrors(validate.errors).map((problem) => ({
        ...(problem.id === 'unknown-key' && /^\/rules\/[^/]+$/.test(problem.path) ? {...problem, id: 'unknown-rule' as const} : problem),
        ...where(problem.path, problem.id === 'unknown-key'),
      })),
      lang,
    )
  }
  const config = data as Config
  const problems: ConfigProblem[] = []
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]))
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = byId.get(id)
    if (!rule) {
      problems.push({path: `/rules/${id}`, id: 'unknown-rule', data: {key: id, suggestion: closestName(id, byId.keys())}, ...where(`/rules/${id}`, true)})
      continue
    }
    const options = Array.isArray(setting) ? setting[1] : undefined
    if (options !== undefined) {
      if (!rule.meta.optionsSchema) {
        problems.push({path: `/rules/${id}/1`, id: 'no-options', data: {id}, ...where(`/rules/${id}/1`)})
        continue
      }
      const check = compileOptionsSchema(rule.meta.optionsSchema)
      if (!check({...rule.meta.defaultOptions, ...options})) {
        for (const problem of describeSchemaErrors(check.errors)) {
          const jsonPath = `/rules/${id}/1${problem.path === '/' ? '' : problem.path}`
          problems.push({...problem, path: jsonPath, ...where(jsonPath)})
        }
      }
    }
  }
  if (problems.length > 0) throw new ConfigError(file, problems, lang)
  return {file, dir: path.dirname(file), config}
}

export interface ResolvedConfig {
  /** The settings rules read; a lint session gives each run its own copy with that run's today and drafts. */
  settings: LintSettings
  /** True when the config or an override fixes today; otherwise each run sets it. */
  todayFixed: boolean
  /**
   * The files the resolution read and would read differently if they changed: the config file, profile files
   * named by path, registry files and folders. A lint session drops the resolution when one of them changes.
   */
  dependencies: string[]
  levels: Map<string, RuleLevel>
  options: Map<string, Record<string, unknown>>
  ignore: string[]
  /** Folder the ignore globs are relative to. */
  dir: string
  file?: string
}

export interface Overrides {
  lang?: Lang
  /** `--rule id:severity`, applied over the config. */
  rules?: Record<string, RuleLevel>
  today?: string
  /** `--stage`: the stage for every draft, over the config's. */
  stage?: Stage
}

/** Turns a loaded config (and command-line overrides) into what a lint run needs; profiles come from `profiles`. */
export function resolveConfig(
  loaded: LoadedConfig,
  rules: readonly GazetteRule[],
  overrides: Overrides = {},
  profileSource: ProfileSource = new ProfileStore(),
): ResolvedConfig {
  const {config, dir, file} = loaded
  const levels = new Map<string, RuleLevel>()
  const options = new Map<string, Record<string, unknown>>()
  for (const rule of rules) levels.set(rule.meta.id, rule.meta.severity)
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const [level, ruleOptions] = Array.isArray(setting) ? setting : [setting]
    levels.set(id, level)
    if (ruleOptions) options.set(id, ruleOptions)
  }
  for (const [id, level] of Object.entries(overrides.rules ?? {})) levels.set(id, level)

  const fail = (problem: ConfigProblem): never => {
    throw new ConfigError(file ?? dir, [problem], config.lang)
  }
  const dependencies = file ? [file] : []
  for (const reference of [...(config.profiles ?? []), ...(config.profile ? [config.profile] : [])]) {
    if (isProfilePath(reference)) dependencies.push(path.resolve(dir, reference))
  }
  for (const reference of config.registry ?? []) dependencies.push(path.resolve(dir, reference))
  let profile: Profile | undefined
  let profiles = profileSource.shipped()
  try {
    if (config.profiles?.length) profiles = [...config.profiles.map((reference) => findProfile(reference, dir, profileSource)!).filter(Boolean), ...profiles]
    if (config.profile) {
      profile = findProfile(config.profile, dir, profileSource)
      if (!profile) {
        fail({path: '/profile', id: 'no-profile', data: {name: config.profile, shipped: profileSource.shipped().map((p) => p.county)}})
      }
    }
  } catch (error) {
    if (error instanceof ProfileError) {
      throw new ConfigError(
        file ?? dir,
        error.problems.map((problem) => ({path: '/profile', id: 'in-profile', data: {file: error.file, problem: {...problem}}})),
        config.lang,
      )
    }
    throw error
  }
  const ofCounty = countyProfile(config, profile, profiles)
  if (ofCounty === null) fail({path: '/county', id: 'county-without-issuers', data: {county: config.county ?? ''}})
  else profile = ofCounty
  let registryExtras: LintSettings['registryExtras'] = []
  try {
    registryExtras = loadRegistryExtras(config.registry ?? [], dir)
  } catch (error) {
    if (error instanceof RegistryError) fail({path: '/registry', id: error.missing ? 'registry-missing' : 'registry-unreadable', data: {reference: error.reference, reason: error.reason}})
    throw error
  }
  const fixedToday = overrides.today ?? config.today
  const settings: LintSettings = {
    lang: overrides.lang ?? config.lang ?? 'zh',
    today: fixedToday ?? defaultToday(),
    profile,
    profiles,
    registryExtras,
    // Towns are names of the gazetteer as units are: `responsible-unit-known` knows both alike.
    units: [...(config.units ?? []), ...(config.towns ?? [])],
    stage: overrides.stage ?? config.stage ?? 'draft',
    allowedFrontMatterKeys: config.frontMatter?.allowKeys ?? [],
    ruleIds: rules.map((rule) => rule.meta.id),
  }
  return {settings, todayFixed: fixedToday !== undefined, dependencies, levels, options, ignore: config.ignore ?? [], dir, file}
}

/**
 * The profile a config's `county` and `issuers` make: the profile it names (`profile`), else the one of its
 * county (named, or the county of its issuers), with the config's issuers added; for a county without a
 * profile, one made from the config alone. Undefined (no profile forced) when the config says nothing of a
 * county; null when it names a county that has no profile and lists no issuers to make one.
 */
function countyProfile(config: Config, named: Profile | undefined, profiles: Profile[]): Profile | undefined | null {
  const issuers = config.issuers ?? []
  if (named) return withIssuers(named, issuers)
  const county = config.county ?? (issuers.length > 0 ? countyOfIssuer(issuers[0].name) : undefined)
  if (!county) return undefined
  const known = profiles.find((candidate) => candidate.county === county)
  if (known) return withIssuers(known, issuers)
  if (issuers.length === 0) return null
  return completeProfile({id: 'config', county, issuers: withIssuers({issuers: []}, issuers).issuers})
}

/** A profile with more issuers and 代字: a known issuer gains the 代字 it lacks, a new one is added. */
function withIssuers<P extends Pick<Profile, 'issuers'>>(profile: P, added: ConfigIssuer[]): P {
  if (added.length === 0) return profile
  const issuers = profile.issuers.map((issuer) => ({...issuer, prefixes: [...issuer.prefixes]}))
  for (const {name, prefixes} of added) {
    const known = issuers.find((issuer) => issuer.name === name)
    if (known) known.prefixes.push(...prefixes.filter((prefix) => !known.prefixes.includes(prefix)))
    else issuers.push({name, prefixes: [...prefixes]})
  }
  return {...profile, issuers}
}
