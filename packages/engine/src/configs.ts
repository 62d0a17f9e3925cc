/**
 * A session's configs: which `.gazettelintrc.*` applies to a draft, read and resolved once (profiles and
 * registry included), and forgotten when one of the files it was made from changes.
 */
import {readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {
  ConfigError,
  CONFIG_FILE_NAMES,
  loadConfigFile,
  loadConfigText,
  ProfileStore,
  resolveConfig,
  type Config,
  type GazetteRule,
  type Lang,
  type LoadedConfig,
  type Overrides,
  type ResolvedConfig,
} from '@gazette-lint/core'

export interface ConfigOptions {
  rules: readonly GazetteRule[]
  overrides: Overrides
  /** Folder a draft outside any config resolves against, and where an inline config's paths start. */
  cwd: string
  /** A config for every draft instead of the nearest `.gazettelintrc.*`: a file (`--config`) or the config itself. */
  config?: string | Config
  /**
   * Check, before each use, whether a file a resolution was made from has changed, and look for config
   * files afresh: for a long-lived host that sends no change notifications (the remark preset in an editor).
   */
  revalidate?: boolean
  /** Profiles shared with other sessions; default: the resolver's own. */
  profiles?: ProfileStore
}

/**
 * Where the search for a config stops climbing, as ESLint's does: the repository root (a folder holding
 * `.git`, a folder in a clone, a file in a worktree or a submodule), else the file-system root. A config
 * above the repository (one left in a home folder) is never applied to its drafts. A config found ends the
 * search anyway (the nearest one applies whole), `"root": true` or not.
 */
export function isDiscoveryBoundary(dir: string): boolean {
  return path.dirname(dir) === dir || statSync(path.join(dir, '.git'), {throwIfNoEntry: false}) !== undefined
}

/** The nearest `.gazettelintrc.*` in `dir` or a folder above it. */
export function discoverConfigFile(dir: string, cache?: Map<string, string | undefined>): string | undefined {
  const visited: string[] = []
  let found: string | undefined
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (cache?.has(current)) {
      found = cache.get(current)
      break
    }
    visited.push(current)
    found = CONFIG_FILE_NAMES.map((name) => path.join(current, name)).find((candidate) => statSync(candidate, {throwIfNoEntry: false})?.isFile())
    if (found || isDiscoveryBoundary(current)) break
  }
  for (const folder of visited) cache?.set(folder, found)
  return found
}

/**
 * The language a config file asks for (`lang`), read as far as it can be: a config with other problems still
 * says which language its problems are to be told in. Undefined when it names none.
 */
export function declaredLanguage(file: string, rules: readonly GazetteRule[]): Lang | undefined {
  try {
    return loadConfigFile(file, rules).config.lang
  } catch (error) {
    if (error instanceof ConfigError) return error.lang
    throw error
  }
}

/** What a file or a folder of registry files looked like when it was read: size and time, per file for folders. */
function fingerprint(file: string): string {
  const stat = statSync(file, {throwIfNoEntry: false})
  if (!stat) return 'missing'
  if (!stat.isDirectory()) return `${stat.size}:${stat.mtimeMs}`
  return readdirSync(file)
    .filter((name) => /\.(json|md|markdown)$/i.test(name))
    .sort()
    .map((name) => `${name}=${fingerprint(path.join(file, name))}`)
    .join('|')
}

interface Resolution {
  resolved: ResolvedConfig
  fingerprints: Map<string, string>
}

const NO_CONFIG = '\u0000none'
const INLINE = '\u0000inline'

export class ConfigResolver {
  readonly profiles: ProfileStore
  private readonly discovered = new Map<string, string | undefined>()
  private readonly loaded = new Map<string, LoadedConfig>()
  private readonly resolutions = new Map<string, Resolution>()

  constructor(private readonly options: ConfigOptions) {
    this.profiles = options.profiles ?? new ProfileStore()
  }

  /** The config file that applies to a draft (absolute path), if any. */
  configFileFor(absolute: string): string | undefined {
    const {config} = this.options
    if (typeof config === 'string') return path.resolve(this.options.cwd, config)
    if (config) return undefined
    return discoverConfigFile(path.dirname(absolute), this.options.revalidate ? undefined : this.discovered)
  }

  /** The config that applies to a draft, validated; throws ConfigError for a config that cannot be used. */
  loadedFor(absolute: string): LoadedConfig {
    const {config, cwd, rules} = this.options
    if (config && typeof config === 'object') return this.remember(INLINE, () => loadConfigText(JSON.stringify(config), path.join(cwd, '<config>'), rules))
    const file = this.configFileFor(absolute)
    if (!file) return {dir: cwd, config: {}}
    return this.remember(file, () => loadConfigFile(file, rules))
  }

  /** The language the config that applies to a draft asks for, even when the config cannot be used. */
  languageFor(absolute: string): Lang | undefined {
    const {config, rules} = this.options
    if (config && typeof config === 'object') return config.lang
    const file = this.configFileFor(absolute)
    if (!file) return undefined
    const loaded = this.loaded.get(file)
    return loaded ? loaded.config.lang : declaredLanguage(file, rules)
  }

  /** The resolved config of a draft: levels, options, profiles, registry. */
  resolvedFor(absolute: string): ResolvedConfig {
    const {config} = this.options
    const key = config && typeof config === 'object' ? INLINE : (this.configFileFor(absolute) ?? NO_CONFIG)
    let resolution = this.resolutions.get(key)
    if (resolution && this.options.revalidate && [...resolution.fingerprints].some(([file, print]) => fingerprint(file) !== print)) {
      this.forget(resolution)
      resolution = undefined
    }
    if (!resolution) {
      const resolved = resolveConfig(this.loadedFor(absolute), this.options.rules, this.options.overrides, this.profiles)
      resolution = {resolved, fingerprints: new Map(resolved.dependencies.map((file) => [file, fingerprint(file)]))}
      this.resolutions.set(key, resolution)
    }
    return resolution.resolved
  }

  /**
   * A file changed (or appeared, or went): forget every resolution made from it, and any config found by
   * looking for it. True when the change mattered to a config.
   */
  invalidate(changed: string): boolean {
    const absolute = path.resolve(this.options.cwd, changed)
    let mattered = this.profiles.invalidate(absolute)
    if (CONFIG_FILE_NAMES.includes(path.basename(absolute))) {
      this.discovered.clear()
      mattered = true
    }
    for (const [key, resolution] of this.resolutions) {
      const dependsOnIt = resolution.resolved.dependencies.some((file) => file === absolute || absolute.startsWith(file + path.sep))
      if (dependsOnIt) {
        this.resolutions.delete(key)
        this.forget(resolution)
        mattered = true
      }
    }
    if (this.loaded.delete(absolute)) mattered = true
    return mattered
  }

  private forget(resolution: Resolution): void {
    for (const file of resolution.resolved.dependencies) {
      this.profiles.invalidate(file)
      this.loaded.delete(file)
    }
    for (const [key, other] of this.resolutions) if (other === resolution) this.resolutions.delete(key)
  }

  private remember(key: string, load: () => LoadedConfig): LoadedConfig {
    let loaded = this.loaded.get(key)
    if (!loaded) {
      loaded = load()
      this.loaded.set(key, loaded)
    }
    return loaded
  }
}
