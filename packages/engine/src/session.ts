/**
 * A lint session: the one object every way in calls (the CLI, the remark preset, and later the language
 * server, the review command and a web page). It owns config discovery and resolution, profiles and
 * registry, "today" per run, the cross-file index of numbers and titles, the content cache, shards and
 * worker threads; it lives for one CLI run or for days in an editor, and forgets what a changed file
 * made stale.
 */
import {statSync} from 'node:fs'
import path from 'node:path'
import {ConfigError, DEFAULT_MAX_FILE_SIZE, defaultToday, resolveConfig, type Config, type Encoding, type Lang, type Overrides, type ProfileStore, type ResolvedConfig} from '@gazette-lint/core'
import {allRules} from '@gazette-lint/rules'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {LocalBackend, runSettingsFor} from './backend.js'
import {LintCache} from './cache.js'
import {ConfigResolver, declaredLanguage, discoverConfigFile} from './configs.js'
import {DraftStore, stampOf, type DraftRecord, type ListedPath} from './draft-store.js'
import {DRAFT_EXTENSION, draftsUnder, matchesIgnore} from './drafts-on-disk.js'
import {failure} from './fatal.js'
import {fixDraft} from './fix-draft.js'
import type {FixOptions} from './fixing.js'
import {lintRun, type RunSetup} from './lint-run.js'
import {addFatal, factsOf, lintParsedTree} from './pipeline.js'
import type {DraftResult, FixOutcome} from './results.js'

export type {ListedPath} from './draft-store.js'

/**
 * The language the config of a folder asks for (`--config`'s file, else the nearest `.gazettelintrc.*`), for
 * what a front end says before it has a session: a usage error, a help text.
 */
export function configLanguageAt(cwd: string, configFile?: string): Lang | undefined {
  const file = configFile ? path.resolve(cwd, configFile) : discoverConfigFile(path.resolve(cwd))
  if (!file || !statSync(file, {throwIfNoEntry: false})?.isFile()) return undefined
  return declaredLanguage(file, allRules)
}

export interface LintSessionOptions {
  /** Paths are resolved, and reported, relative to this folder (default: the process's). */
  cwd?: string
  /** One config for every draft instead of the nearest `.gazettelintrc.*`: a file path, or the config itself. */
  config?: string | Config
  /** Over the config: the language, rule severities (`--rule`), a fixed today. */
  overrides?: Overrides
  /** Today (`YYYY-MM-DD`) or how to get it; asked once per run. Default: the clock, or `GAZETTE_LINT_TODAY`. */
  today?: string | (() => string)
  /** Where the content cache is kept; no cache without it. */
  cache?: string
  /** `[i, n]`: `lintAll` reports only the drafts of shard i of n; cross-file checks still see every draft. */
  shard?: [number, number]
  /** Worker threads for `lintAll`: a number, or `auto` (threads from 64 drafts on). Default 1. */
  concurrency?: number | 'auto'
  /**
   * Re-check, on every lint, whether config, profile, registry and indexed draft files changed: for a host
   * that lives long and sends no change notifications (the remark preset in an editor).
   */
  revalidate?: boolean
  /** The tool's version, part of the cache key. */
  version?: string
  /** Where `GAZETTE_LINT_DEBUG=run` output goes: what a run linted, took from the cache, modelled. */
  debug?: (text: string) => void
  /** Where warnings go (an unreadable cache file). */
  warn?: (text: string) => void
  /** A profile store shared by several sessions (they read each profile once); `invalidate` reaches it too. */
  profiles?: ProfileStore
  /** Files larger than this many bytes are not read: one `fatal` finding each. Default 1 MiB. */
  maxFileSize?: number
  /** Read every draft in this encoding instead of telling it from its bytes (`--encoding`). */
  encoding?: Encoding
  /**
   * The heap each worker thread may use, in MB (default V8's): a host that must bound memory sets it; a
   * draft that needs more gets a `fatal` finding, and the thread is replaced.
   */
  workerMemoryMb?: number
}

export class LintSession {
  readonly cwd: string
  private readonly configs: ConfigResolver
  private readonly store: DraftStore
  private readonly local: LocalBackend
  private readonly cache?: LintCache
  private readonly indexedFolders = new Set<string>()
  private withoutConfig?: ResolvedConfig
  /** What a run and a fix use of the session. */
  private readonly setup: RunSetup

  constructor(private readonly options: LintSessionOptions = {}) {
    this.cwd = path.resolve(options.cwd ?? process.cwd())
    this.configs = new ConfigResolver({
      rules: allRules,
      overrides: options.overrides ?? {},
      cwd: this.cwd,
      config: options.config,
      revalidate: options.revalidate,
      profiles: options.profiles,
    })
    this.store = new DraftStore({cwd: this.cwd, maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, encoding: options.encoding})
    this.local = new LocalBackend(this.store.workbench, this.configs)
    if (options.cache) this.cache = new LintCache(path.resolve(this.cwd, options.cache), options.warn ?? (() => {}))
    const {cwd, store, configs, local, cache} = this
    this.setup = {cwd, store, configs, local, cache, options, resolvedOrFailure: (record) => this.resolvedOrFailure(record)}
  }

  /** The resolved config of a draft; throws ConfigError when its config cannot be used. */
  configFor(filePath: string): ResolvedConfig {
    return this.configs.resolvedFor(this.absolute(filePath))
  }

  /**
   * The language the config that applies to a file asks for (`lang`), undefined when it names none; read even
   * from a config that cannot be used, so that its problems are told in that language.
   */
  languageFor(filePath: string): Lang | undefined {
    return this.configs.languageFor(this.absolute(filePath))
  }

  /** Whether the config that applies to a file lists it under `ignore`. */
  isIgnored(filePath: string): boolean {
    const absolute = this.absolute(filePath)
    const loaded = this.configs.loadedFor(absolute)
    return matchesIgnore(absolute, loaded.dir, loaded.config.ignore ?? [])
  }

  /**
   * An editor's text for a draft, used instead of the file on disk until `remove`; bytes (a draft piped to
   * `--stdin`) are decoded as a file's would be.
   */
  update(filePath: string, content: string | Uint8Array): void {
    this.store.takeUpdate(this.store.recordFor(this.absolute(filePath)), content)
  }

  /** Forgets a draft: its text, its findings and its place in the cross-file index. */
  remove(filePath: string): void {
    this.store.forget(this.absolute(filePath))
  }

  /**
   * A file changed on disk, appeared or went: a config, profile or registry file makes the configs made from
   * it stale; a draft the session knows from disk is read again. True when the session had used the file.
   */
  invalidate(filePath: string): boolean {
    const absolute = this.absolute(filePath)
    let mattered = this.configs.invalidate(absolute)
    const record = this.store.get(absolute)
    if (record && !record.inMemory) {
      mattered = true
      if (!stampOf(absolute)) this.remove(absolute)
      else this.store.readSync(record)
    } else if (!record && this.isNewDraftOfIndexedFolder(absolute)) {
      mattered = true
      this.store.readSync(this.store.recordFor(absolute))
    }
    return mattered
  }

  /** Lints one draft (from `update`, else from disk) against every draft the session knows. */
  async lint(filePath: string): Promise<DraftResult> {
    const [result] = await lintRun(this.setup, [filePath], undefined, this.today())
    return result
  }

  /**
   * Lints drafts together, so cross-file checks see each of them; only the session's shard is returned. A
   * `ListedPath` brings what the lister knows of an entry (a name that is not UTF-8, why it cannot be read).
   */
  async lintAll(filePaths: Array<string | ListedPath>): Promise<DraftResult[]> {
    return lintRun(this.setup, filePaths, this.options.shard, this.today())
  }

  /**
   * Fixes a draft (its text from `update`, else from disk) in passes, re-linting in between, and returns the
   * fixed text with what was fixed and the findings that remain; writes nothing and keeps the session's
   * text of the draft as it was. `rules` and `types` limit which findings are fixed.
   */
  async fix(filePath: string, options: FixOptions = {}): Promise<FixOutcome> {
    const record = await this.store.load({path: this.absolute(filePath)})
    this.store.textOf(record)
    const resolved = this.resolvedOrFailure(record)
    return fixDraft(this.setup, record, resolved, this.today(), options)
  }

  /** Adds the drafts under a folder to the cross-file index without linting them (read once, or re-checked with `revalidate`). */
  indexFolder(folder: string): void {
    const dir = this.absolute(folder)
    if (!this.options.revalidate && this.indexedFolders.has(dir)) return
    const safelyIgnored = (absolute: string) => {
      try {
        return this.isIgnored(absolute)
      } catch {
        return true
      }
    }
    const found = new Set(draftsUnder(dir, safelyIgnored))
    for (const record of this.store.all()) {
      if (!record.inMemory && record.absolute.startsWith(dir + path.sep) && !found.has(record.absolute)) this.remove(record.absolute)
    }
    for (const absolute of found) {
      const record = this.store.get(absolute)
      if (record && (record.inMemory || (record.stamp !== undefined && record.stamp === stampOf(absolute)))) continue
      this.store.readSync(this.store.recordFor(absolute))
    }
    this.indexedFolders.add(dir)
  }

  /**
   * Lints a tree another processor parsed (the remark preset): the nearest config, the drafts around it
   * for cross-file checks (those under the config's folder, or under the draft's own folder without a
   * config), today, then the same rules and message chain as every other way in.
   */
  async lintParsed(tree: Root, file: VFile): Promise<void> {
    const absolute = file.path ? path.resolve(file.cwd, file.path) : undefined
    let resolved: ResolvedConfig
    try {
      resolved = this.configs.resolvedFor(absolute ?? path.join(this.cwd, 'draft.md'))
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      const lang = this.options.overrides?.lang ?? error.lang ?? 'zh'
      addFatal(file, {step: 'config', cause: error.describe(lang)}, lang)
      return
    }
    if (absolute) this.indexFolder(resolved.file ? path.dirname(resolved.file) : path.dirname(absolute))
    await lintParsedTree(tree, file, resolved, runSettingsFor({today: this.today(), index: this.store.index})(resolved))
    const state = file.data.gazette
    if (absolute && state) {
      const record = this.store.recordFor(absolute)
      if (!record.inMemory) Object.assign(record, {text: String(file.value), undecoded: undefined, unread: undefined, stamp: stampOf(absolute), facts: factsOf(state.notice), failure: undefined})
      if (record.facts) this.store.index.set(record.path, record.facts)
    }
  }

  async close(): Promise<void> {
    this.store.clear()
  }

  /**
   * The config of a draft. A config that cannot be used stops the run (ConfigError); a folder whose config
   * cannot even be looked for (no permission to search it) fails that draft only.
   */
  private resolvedOrFailure(record: DraftRecord): ResolvedConfig {
    try {
      return this.configs.resolvedFor(record.absolute)
    } catch (error) {
      if (error instanceof ConfigError) throw error
      if (!record.failure) Object.assign(record, {text: undefined, undecoded: undefined, unread: undefined, contentHash: undefined, facts: undefined, summary: undefined, failure: failure('config', error)})
      this.store.index.delete(record.path)
      this.withoutConfig ??= resolveConfig({dir: this.cwd, config: {}}, allRules, this.options.overrides ?? {}, this.configs.profiles)
      return this.withoutConfig
    }
  }

  /** A draft that appeared in a folder `indexFolder` took in (or one `remove` forgot while it stays on disk). */
  private isNewDraftOfIndexedFolder(absolute: string): boolean {
    if (!DRAFT_EXTENSION.test(absolute) || !stampOf(absolute)) return false
    if (![...this.indexedFolders].some((dir) => absolute.startsWith(dir + path.sep))) return false
    try {
      return !this.isIgnored(absolute)
    } catch {
      return false
    }
  }

  private absolute(filePath: string): string {
    return path.resolve(this.cwd, filePath)
  }

  private today(): string {
    const {today} = this.options
    return typeof today === 'function' ? today() : (today ?? defaultToday())
  }
}
