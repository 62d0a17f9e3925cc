import path from 'node:path'
import {isMap, isSeq, parseDocument, type Node as YamlNode} from 'yaml'
import {createLocator} from './notice/locator.js'
import {readTextFileSync} from './loader.js'
import {findProfile, isProfilePath, ProfileError, ProfileStore, type Profile, type ProfileSource} from './profile.js'
import {loadRegistryExtras} from './registry.js'
import type {GazetteRule, Lang, Severity} from './rule.js'
import {compileOptionsSchema, describeSchemaErrors, schemaValidator} from './schema.js'
import {defaultToday, type LintSettings} from './state.js'

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
  rules?: Record<string, RuleSetting>
  ignore?: string[]
  lang?: Lang
  today?: string
  frontMatter?: {allowKeys?: string[]}
}

export const CONFIG_FILE_NAMES = ['.gazettelintrc.json', '.gazettelintrc.yaml', '.gazettelintrc.yml']

export interface ConfigProblem {
  path: string
  message: string
  line?: number
  column?: number
}

/** A config that cannot be used: the CLI prints it and exits 2. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ConfigProblem[],
  ) {
    super(problems.map((p) => `${file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.path} ${p.message}`).join('\n'))
    this.name = 'ConfigError'
  }
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
    throw new ConfigError(file, [{path: '/', message: `cannot be read: ${(error as Error).message}`}])
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
    throw new ConfigError(file, [{path: '/', message: `is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${error.message.split('\n')[0]}`, line: at.line, column: at.column}])
  }
  const data = (document.toJS() ?? {}) as unknown
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
      describeSchemaErrors(validate.errors).map((problem) => ({...problem, ...where(problem.path, problem.message.startsWith('unknown'))})),
    )
  }
  const config = data as Config
  const problems: ConfigProblem[] = []
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]))
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = byId.get(id)
    if (!rule) {
      problems.push({path: `/rules/${id}`, message: `unknown rule id "${id}"`, ...where(`/rules/${id}`, true)})
      continue
    }
    const options = Array.isArray(setting) ? setting[1] : undefined
    if (options !== undefined) {
      if (!rule.meta.optionsSchema) {
        problems.push({path: `/rules/${id}/1`, message: `rule "${id}" takes no options`, ...where(`/rules/${id}/1`)})
        continue
      }
      const check = compileOptionsSchema(rule.meta.optionsSchema)
      if (!check({...rule.meta.defaultOptions, ...options})) {
        for (const problem of describeSchemaErrors(check.errors)) {
          const jsonPath = `/rules/${id}/1${problem.path === '/' ? '' : problem.path}`
          problems.push({path: jsonPath, message: problem.message, ...where(jsonPath)})
        }
      }
    }
  }
  if (problems.length > 0) throw new ConfigError(file, problems)
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

  const fail = (jsonPath: string, message: string): never => {
    throw new ConfigError(file ?? dir, [{path: jsonPath, message}])
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
        fail('/profile', `no profile "${config.profile}": use a county name (${profileSource.shipped().map((p) => p.county).join(', ')}), a profile id, or a path to a profile JSON file`)
      }
    }
  } catch (error) {
    if (error instanceof ProfileError) {
      throw new ConfigError(file ?? dir, error.problems.map((problem) => ({path: '/profile', message: `${error.file}: ${problem.path} ${problem.message}`})))
    }
    throw error
  }
  let registryExtras: LintSettings['registryExtras'] = []
  try {
    registryExtras = loadRegistryExtras(config.registry ?? [], dir)
  } catch (error) {
    fail('/registry', `cannot be read: ${(error as Error).message}`)
  }
  const fixedToday = overrides.today ?? config.today
  const settings: LintSettings = {
    lang: overrides.lang ?? config.lang ?? 'zh',
    today: fixedToday ?? defaultToday(),
    profile,
    profiles,
    registryExtras,
    units: config.units ?? [],
    allowedFrontMatterKeys: config.frontMatter?.allowKeys ?? [],
  }
  return {settings, todayFixed: fixedToday !== undefined, dependencies, levels, options, ignore: config.ignore ?? [], dir, file}
}
