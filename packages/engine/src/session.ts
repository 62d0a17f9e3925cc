/**
 * A lint session: the one object every way in calls (the CLI, the remark preset, and later the language
 * server, the review command and a web page). It owns config discovery and resolution, profiles and
 * registry, "today" per run, the cross-file index of numbers and titles, the content cache, shards and
 * worker threads; it lives for one CLI run or for days in an editor, and forgets what a changed file
 * made stale.
 */
import {createHash} from 'node:crypto'
import {statSync} from 'node:fs'
import path from 'node:path'
import {
  ConfigError,
  decodeBytes,
  DEFAULT_MAX_FILE_SIZE,
  FileTooLargeError,
  defaultToday,
  isWordDraftPath,
  readBytesLimited,
  readBytesLimitedSync,
  readWordDraft,
  resolveConfig,
  restoreMessages,
  type Config,
  type DraftSummary,
  type Encoding,
  type Lang,
  type Overrides,
  type ProfileStore,
  type ResolvedConfig,
  type SerializedMessage,
  type WordFacts,
  type WordSource,
} from '@gazette-lint/core'
import {allRules} from '@gazette-lint/rules'
import type {Root} from 'mdast'
import {VFile} from 'vfile'
import {DraftWorkbench, LocalBackend, runSettingsFor, type Backend, type ModelJob, type ModelReply} from './backend.js'
import {entryKey, LintCache, toolStamp, type CacheEntry} from './cache.js'
import {ConfigResolver, declaredLanguage, discoverConfigFile} from './configs.js'
import {DraftIndex} from './draft-index.js'
import {DRAFT_EXTENSION, draftsUnder, mapInBatches, matchesIgnore} from './drafts-on-disk.js'
import type {Decoding} from './encoding-findings.js'
import {failure, fatalMessage, type Failure} from './fatal.js'
import {fixText, type FixOptions} from './fixing.js'
import {addFatal, factsOf, lintParsedTree, type DraftFacts} from './pipeline.js'
import type {DraftResult, FixOutcome} from './results.js'
import {shardOf, threadsFor} from './shards.js'
import {WorkerPool} from './worker-pool.js'

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

/**
 * A path to lint that the lister already knows more about: a file whose name is not UTF-8 (opened by its
 * bytes, reported by a readable name), or an entry that could not be listed (reported as its failure).
 */
export interface ListedPath {
  /** The path reports name it by. */
  path: string
  /** The name's own bytes, to open a file whose name is not valid UTF-8. */
  rawPath?: Buffer
  /** Why it cannot be read (a folder without permission, a symlink loop): its `fatal` finding. */
  error?: unknown
}

interface DraftRecord {
  absolute: string
  path: string
  /** Text an editor handed over (`update`): used instead of the file on disk until `remove`. */
  inMemory: boolean
  text?: string
  encoding?: Encoding
  decoding?: Decoding
  /** The bytes of a name that is not valid UTF-8, to open the file by. */
  rawPath?: Buffer
  /** A Word draft: `text` is its rendering; where each character stands in the document, and what else it records. */
  word?: {source: WordSource; facts: WordFacts}
  /** A Word document's bytes handed over by `update`, read when the draft is next linted. */
  wordBytes?: Uint8Array
  contentHash?: string
  /** Size and time of the file when read, for `revalidate`. */
  stamp?: string
  facts?: DraftFacts
  summary?: DraftSummary
  failure?: Failure
}

interface RunDraft {
  record: DraftRecord
  resolved: ResolvedConfig
  inShard: boolean
  key: string
  cached?: CacheEntry
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')
const stampOf = (absolute: string) => {
  const stat = statSync(absolute, {throwIfNoEntry: false})
  return stat ? `${stat.size}:${stat.mtimeMs}` : undefined
}

export class LintSession {
  readonly cwd: string
  private readonly configs: ConfigResolver
  private readonly index = new DraftIndex()
  private readonly records = new Map<string, DraftRecord>()
  private readonly workbench = new DraftWorkbench()
  private readonly local: LocalBackend
  private readonly cache?: LintCache
  private readonly indexedFolders = new Set<string>()
  private readonly maxFileSize: number

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
    this.local = new LocalBackend(this.workbench, this.configs)
    if (options.cache) this.cache = new LintCache(path.resolve(this.cwd, options.cache), options.warn ?? (() => {}))
    this.maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
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
    const record = this.recordFor(this.absolute(filePath))
    record.inMemory = true
    record.stamp = undefined
    if (typeof content === 'string') {
      Object.assign(record, {text: content.charCodeAt(0) === 0xfeff ? content.slice(1) : content, encoding: 'utf-8', decoding: undefined, word: undefined, contentHash: sha256(content), failure: undefined})
    } else {
      if (content.length > this.maxFileSize) {
        this.takeReadError(record, new FileTooLargeError(content.length, this.maxFileSize))
        return
      }
      record.contentHash = undefined
      if (isWordDraftPath(record.absolute)) {
        // A Word document is unpacked asynchronously, when the draft is next linted.
        record.wordBytes = content
        return
      }
      this.takeBytes(record, content)
      if (record.failure) return
    }
    this.remodel(record, true)
  }

  /** Forgets a draft: its text, its findings and its place in the cross-file index. */
  remove(filePath: string): void {
    const absolute = this.absolute(filePath)
    const record = this.records.get(absolute)
    if (!record) return
    this.records.delete(absolute)
    this.index.delete(record.path)
    this.workbench.forget(absolute)
  }

  /**
   * A file changed on disk, appeared or went: a config, profile or registry file makes the configs made from
   * it stale; a draft the session knows from disk is read again. True when the session had used the file.
   */
  invalidate(filePath: string): boolean {
    const absolute = this.absolute(filePath)
    let mattered = this.configs.invalidate(absolute)
    const record = this.records.get(absolute)
    if (record && !record.inMemory) {
      mattered = true
      if (!stampOf(absolute)) this.remove(absolute)
      else this.readSync(record)
    } else if (!record && this.isNewDraftOfIndexedFolder(absolute)) {
      mattered = true
      this.readSync(this.recordFor(absolute))
    }
    return mattered
  }

  /** Lints one draft (from `update`, else from disk) against every draft the session knows. */
  async lint(filePath: string): Promise<DraftResult> {
    const [result] = await this.run([filePath], undefined)
    return result
  }

  /**
   * Lints drafts together, so cross-file checks see each of them; only the session's shard is returned. A
   * `ListedPath` brings what the lister knows of an entry (a name that is not UTF-8, why it cannot be read).
   */
  async lintAll(filePaths: Array<string | ListedPath>): Promise<DraftResult[]> {
    return this.run(filePaths, this.options.shard)
  }

  /**
   * Fixes a draft (its text from `update`, else from disk) in passes, re-linting in between, and returns the
   * fixed text with what was fixed and the findings that remain; writes nothing and keeps the session's
   * text of the draft as it was. `rules` and `types` limit which findings are fixed.
   */
  async fix(filePath: string, options: FixOptions = {}): Promise<FixOutcome> {
    const record = await this.load({path: this.absolute(filePath)})
    const resolved = this.resolvedOrFailure(record)
    const input = record.text ?? ''
    const base = {path: record.path, absolute: record.absolute, input, encoding: record.encoding ?? 'utf-8', ...(record.inMemory || !record.contentHash ? {} : {contentHash: record.contentHash})}
    if (record.failure || record.text === undefined) {
      const failed = record.failure ?? failure('read', new Error('no text'))
      const result = this.resultFor(record, resolved, input, [fatalMessage(failed, resolved.settings.lang)])
      return {...base, output: input, changed: false, passes: 0, fixed: [], result}
    }
    const today = this.today()
    let summary: DraftSummary | undefined
    const fixed = await fixText(
      input,
      async (text) => {
        const linted = await this.lintTransient(record, text, today)
        summary = linted.summary
        return linted.messages
      },
      options,
    )
    const result = this.resultFor(record, resolved, fixed.output, fixed.remaining)
    if (summary) Object.assign(result, {summary}).file.data.gazetteSummary = summary
    return {...base, output: fixed.output, changed: fixed.output !== input, passes: fixed.passes, fixed: fixed.fixed, ...(fixed.stopped ? {stopped: fixed.stopped} : {}), result}
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
    for (const record of [...this.records.values()]) {
      if (!record.inMemory && record.absolute.startsWith(dir + path.sep) && !found.has(record.absolute)) this.remove(record.absolute)
    }
    for (const absolute of found) {
      const record = this.records.get(absolute)
      if (record && (record.inMemory || (record.stamp !== undefined && record.stamp === stampOf(absolute)))) continue
      this.readSync(this.recordFor(absolute))
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
    await lintParsedTree(tree, file, resolved, runSettingsFor({today: this.today(), index: this.index})(resolved))
    const state = file.data.gazette
    if (absolute && state) {
      const record = this.recordFor(absolute)
      if (!record.inMemory) Object.assign(record, {text: String(file.value), stamp: stampOf(absolute), facts: factsOf(state.notice), failure: undefined})
      if (record.facts) this.index.set(record.path, record.facts)
    }
  }

  async close(): Promise<void> {
    this.workbench.clear()
    this.records.clear()
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

  private recordFor(absolute: string): DraftRecord {
    let record = this.records.get(absolute)
    if (!record) {
      record = {absolute, path: path.relative(this.cwd, absolute), inMemory: false}
      this.records.set(absolute, record)
    }
    return record
  }

  private today(): string {
    const {today} = this.options
    return typeof today === 'function' ? today() : (today ?? defaultToday())
  }

  /** Takes in a draft's bytes; unchanged bytes keep what was modelled of them. */
  private takeBytes(record: DraftRecord, bytes: Uint8Array): void {
    const contentHash = sha256(bytes)
    if (contentHash === record.contentHash && !record.failure) return
    let decoded
    try {
      decoded = decodeBytes(bytes, this.options.encoding)
    } catch (error) {
      this.takeReadError(record, error)
      return
    }
    const {text, encoding, decidedBy, invalid} = decoded
    const nameNotUtf8 = record.rawPath ? path.basename(record.path) : undefined
    Object.assign(record, {text, encoding, decoding: {encoding, decidedBy, invalid, ...(nameNotUtf8 ? {nameNotUtf8} : {})}, word: undefined, contentHash, facts: undefined, summary: undefined, failure: undefined})
    this.workbench.forget(record.absolute)
  }

  /** Takes in a Word document's bytes: its rendering is the draft's text; unchanged bytes keep what was modelled of them. */
  private async takeWordBytes(record: DraftRecord, bytes: Uint8Array): Promise<void> {
    const contentHash = sha256(bytes)
    if (contentHash === record.contentHash && !record.failure && record.word) return
    const {text, source, facts} = await readWordDraft(bytes)
    Object.assign(record, {text, encoding: 'utf-8', decoding: undefined, word: {source, facts}, contentHash, facts: undefined, summary: undefined, failure: undefined})
    this.workbench.forget(record.absolute)
  }

  private takeReadError(record: DraftRecord, error: unknown): void {
    Object.assign(record, {text: undefined, decoding: undefined, word: undefined, contentHash: undefined, facts: undefined, summary: undefined, failure: failure('read', error)})
    this.index.delete(record.path)
    this.workbench.forget(record.absolute)
  }

  /** Reads a disk draft now and models it here, for the index. */
  private readSync(record: DraftRecord): void {
    // A Word document is unpacked asynchronously: the next lint of it reads it again.
    if (isWordDraftPath(record.absolute)) return
    try {
      record.stamp = stampOf(record.absolute)
      this.takeBytes(record, readBytesLimitedSync(record.absolute, this.maxFileSize))
      if (!record.facts) this.remodel(record, false)
    } catch (error) {
      this.takeReadError(record, error)
    }
  }

  /** Models a draft here; its tree is kept only for `keepTree` (an editor's draft, linted again soon). */
  private remodel(record: DraftRecord, keepTree: boolean): void {
    this.apply(record, this.workbench.model(this.jobOf(record)))
    if (!keepTree) this.workbench.forget(record.absolute)
  }

  private jobOf(record: DraftRecord): ModelJob {
    return {key: record.absolute, path: record.path, cwd: this.cwd, text: record.text ?? '', encoding: record.encoding ?? 'utf-8', decoding: record.decoding, contentHash: record.contentHash, word: record.word?.facts}
  }

  private apply(record: DraftRecord, reply: ModelReply): void {
    record.facts = reply.facts
    record.summary = reply.summary
    record.failure = reply.failure
    if (reply.facts) this.index.set(record.path, reply.facts)
    else this.index.delete(record.path)
  }

  private async load(listed: ListedPath): Promise<DraftRecord> {
    const record = this.recordFor(this.absolute(listed.path))
    if (record.inMemory) {
      const bytes = record.wordBytes
      record.wordBytes = undefined
      if (bytes) await this.takeWordBytes(record, bytes).catch((error: unknown) => this.takeReadError(record, error))
      return record
    }
    if (listed.error !== undefined) {
      this.takeReadError(record, listed.error)
      return record
    }
    if (listed.rawPath) record.rawPath = listed.rawPath
    try {
      const bytes = await readBytesLimited(record.rawPath ?? record.absolute, this.maxFileSize)
      // The one place the session tells how a file is read: a Word document is unpacked and rendered, any other file decoded.
      if (isWordDraftPath(record.absolute)) await this.takeWordBytes(record, bytes)
      else this.takeBytes(record, bytes)
    } catch (error) {
      this.takeReadError(record, error)
    }
    return record
  }

  /**
   * A run: reads every draft (the cache needs its hash, the index its number), models those the cache
   * cannot answer, re-checks cached drafts whose number peers changed, then lints the drafts of the shard.
   * Results are in the order of `filePaths`.
   */
  private async run(filePaths: Array<string | ListedPath>, shard: [number, number] | undefined): Promise<DraftResult[]> {
    const today = this.today()
    // A forced encoding reads the same bytes differently: it is part of every entry's key.
    const tool = this.cache ? `${toolStamp(this.options.version ?? '0')}:${this.options.encoding ?? 'auto'}` : ''
    const drafts = await mapInBatches(filePaths, async (filePath): Promise<RunDraft> => {
      const record = await this.load(typeof filePath === 'string' ? {path: filePath} : filePath)
      const resolved = this.resolvedOrFailure(record)
      const inShard = !shard || shardOf(record.path, shard[1]) === shard[0]
      const key = this.cache && record.contentHash ? entryKey(record.contentHash, resolved, today, tool) : ''
      return {record, resolved, inShard, key, cached: key ? this.cache!.get(record.path, key) : undefined}
    })
    for (const {record, cached} of drafts) {
      if (!cached) continue
      Object.assign(record, {facts: cached.facts, summary: cached.summary, failure: undefined})
      this.index.set(record.path, cached.facts)
    }

    // Threads for the drafts there are to model: a warm run whose drafts all come from the cache starts none.
    const threads = threadsFor(this.options.concurrency ?? 1, drafts.filter((draft) => !draft.cached).length)
    const backend: Backend = threads > 1 ? new WorkerPool(threads, this.configs, this.options.overrides ?? {}, {memoryMb: this.options.workerMemoryMb}, this.local) : this.local
    let modelled = 0
    const model = async (list: RunDraft[]) => {
      const needed = list.filter(({record}) => record.text !== undefined && !(backend === this.local && record.facts && this.workbench.has(record.absolute)))
      const replies = new Map((await backend.model(needed.map(({record}) => this.jobOf(record)))).map((reply) => [reply.key, reply]))
      for (const {record} of needed) this.apply(record, replies.get(record.absolute)!)
      modelled += needed.length
    }
    try {
      await model(drafts.filter((draft) => !draft.cached))
      // A cached draft whose number another draft now shares (or no longer shares) is linted again.
      const stale = drafts.filter(({inShard, cached, record}) => inShard && cached && cached.peers.join('\n') !== this.index.numberPeers(record.path).join('\n'))
      for (const draft of stale) draft.cached = undefined
      await model(stale)

      const toLint = drafts.filter(({inShard, cached, record}) => inShard && !cached && record.facts)
      const findings = await backend.lint(toLint.map(({record}) => record.absolute), {today, index: this.index})
      const results: DraftResult[] = []
      for (const draft of drafts) {
        if (!draft.inShard) continue
        const messages = draft.cached?.messages ?? findings.get(draft.record.absolute)
        if (messages && !draft.cached && this.cache && draft.key && draft.record.facts && draft.record.summary) {
          const {facts, summary} = draft.record
          this.cache.set(draft.record.path, {key: draft.key, facts, peers: this.index.numberPeers(draft.record.path), messages, summary})
        }
        results.push(this.resultOf(draft, messages ?? []))
      }
      this.cache?.save()
      this.options.debug?.(
        `gazette-lint: linted ${toLint.length}, from cache ${drafts.filter((d) => d.inShard && d.cached).length}, modelled ${modelled} of ${drafts.length} drafts, ${threads} thread(s)\n`,
      )
      return results
    } finally {
      if (backend !== this.local) await backend.close()
      // Trees of drafts on disk are not kept between runs: a session that lives long keeps facts, not trees.
      for (const {record} of drafts) if (!record.inMemory) this.workbench.forget(record.absolute)
    }
  }

  /** A related place that names another draft's element gets that element's place, from the draft as the session last read it. */
  private withRelatedPlaces(message: SerializedMessage): SerializedMessage {
    if (!message.related?.some((related) => related.element && !related.place)) return message
    const related = message.related.map((other) => {
      const element = other.element && this.records.get(this.absolute(other.file))?.summary?.[other.element]
      if (!element || other.place) return other
      const {line, column, endLine, endColumn, offset, endOffset} = element
      return {...other, place: {start: {line, column, offset}, end: {line: endLine, column: endColumn, offset: endOffset}}}
    })
    return {...message, related}
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
      if (!record.failure) Object.assign(record, {text: undefined, contentHash: undefined, facts: undefined, summary: undefined, failure: failure('config', error)})
      this.index.delete(record.path)
      this.withoutConfig ??= resolveConfig({dir: this.cwd, config: {}}, allRules, this.options.overrides ?? {}, this.configs.profiles)
      return this.withoutConfig
    }
  }

  private withoutConfig?: ResolvedConfig

  private resultOf({record, resolved}: RunDraft, messages: SerializedMessage[]): DraftResult {
    const shown = record.failure ? [fatalMessage(record.failure, resolved.settings.lang)] : messages.map((message) => this.withRelatedPlaces(message))
    const result = this.resultFor(record, resolved, record.text ?? '', shown)
    if (record.contentHash) result.file.data.contentHash = record.contentHash
    const summary = record.failure ? undefined : record.summary
    if (summary) result.file.data.gazetteSummary = summary
    return {...result, summary}
  }

  private resultFor(record: DraftRecord, resolved: ResolvedConfig, text: string, messages: SerializedMessage[]): DraftResult {
    const file = new VFile({value: text, path: record.path, cwd: this.cwd})
    file.data.encoding = record.encoding ?? 'utf-8'
    if (record.word) file.data.wordSource = record.word.source
    restoreMessages(file, messages)
    return {path: record.path, absolute: record.absolute, file, messages: file.messages, summary: undefined, ...(record.word ? {wordSource: record.word.source} : {})}
  }

  /**
   * Lints a text as the draft of `record` (its config, the session's other drafts) without making it the
   * session's text of that draft: the pass of a fix. The index holds the text's own number and title
   * while it is linted, then the draft's again.
   */
  private async lintTransient(record: DraftRecord, text: string, today: string): Promise<{messages: SerializedMessage[]; summary?: DraftSummary}> {
    const resolved = this.configs.resolvedFor(record.absolute)
    try {
      const job = {key: `${record.absolute}\u0000fix`, path: record.path, cwd: this.cwd, text, encoding: record.encoding ?? 'utf-8'} as const
      return await this.workbench.lintOnce(job, resolved, runSettingsFor({today, index: this.index}), (facts) => this.index.set(record.path, facts))
    } finally {
      if (record.facts) this.index.set(record.path, record.facts)
      else this.index.delete(record.path)
    }
  }
}
