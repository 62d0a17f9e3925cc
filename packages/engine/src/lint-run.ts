/**
 * A run over many drafts (`lint`, `lintAll`): reads every draft (the cache needs its hash, the index its
 * number), models those the cache cannot answer, re-checks cached drafts whose number peers changed, then
 * lints the drafts of the shard, in the session's thread or in worker threads.
 */
import {DOCS_BASE, type Encoding, type Overrides, type ResolvedConfig, type SerializedMessage} from '@gazette-lint/core'
import type {Backend, LocalBackend} from './backend.js'
import {entryKey, toolStamp, type CacheEntry, type LintCache} from './cache.js'
import type {ConfigResolver} from './configs.js'
import {runResultOf} from './draft-results.js'
import type {DraftRecord, DraftStore, ListedPath} from './draft-store.js'
import {mapInBatches} from './drafts-on-disk.js'
import type {DraftResult} from './results.js'
import {shardOf, threadsFor} from './shards.js'
import {WorkerPool} from './worker-pool.js'

/** What a run uses of its session. */
export interface RunSetup {
  cwd: string
  store: DraftStore
  configs: ConfigResolver
  local: LocalBackend
  cache?: LintCache
  /** The session's options a run reads (see `LintSessionOptions`). */
  options: {concurrency?: number | 'auto'; overrides?: Overrides; workerMemoryMb?: number; debug?: (text: string) => void; version?: string; encoding?: Encoding}
  /** The config of a draft; a draft whose config cannot be looked for gets its failure and a config without rules. */
  resolvedOrFailure(record: DraftRecord): ResolvedConfig
}

interface RunDraft {
  record: DraftRecord
  resolved: ResolvedConfig
  inShard: boolean
  key: string
  cached?: CacheEntry
}

/** Results are in the order of `filePaths`; only the drafts of `shard` are returned. */
export async function lintRun(setup: RunSetup, filePaths: Array<string | ListedPath>, shard: [number, number] | undefined, today: string): Promise<DraftResult[]> {
  const {store, cache, options, local} = setup
  // A forced encoding reads the same bytes differently, and the findings link their rule's page under the docs base
  // (the installed package's folder, or GAZETTE_LINT_DOCS_BASE): both are part of every entry's key.
  const tool = cache ? `${toolStamp(options.version ?? '0')}:${options.encoding ?? 'auto'}:${DOCS_BASE}` : ''
  const hashByStamp = cache && ((record: DraftRecord, fileStamp: string) => cache.hashByStamp(record.path, fileStamp))
  let unread = 0
  const drafts = await mapInBatches(filePaths, async (filePath): Promise<RunDraft> => {
    const listed = typeof filePath === 'string' ? {path: filePath} : filePath
    let record = await store.load(listed, hashByStamp)
    const resolved = setup.resolvedOrFailure(record)
    const inShard = !shard || shardOf(record.path, shard[1]) === shard[0]
    const lookUp = () => {
      const key = cache && record.contentHash ? entryKey(record.contentHash, resolved, today, tool) : ''
      return {key, cached: key ? cache!.get(record.path, key) : undefined}
    }
    let found = lookUp()
    if (record.unread) {
      // A draft whose content its stamp vouched for, but whose findings the cache has not (a changed config, today, tool): read as any other.
      if (found.cached) unread++
      else {
        record = await store.load(listed)
        found = lookUp()
      }
    } else if (found.cached && record.contentHash) cache!.restamp(found.cached, record.contentHash, record.fileStamp)
    return {record, resolved, inShard, ...found}
  })
  for (const {record, cached} of drafts) {
    if (!cached) continue
    Object.assign(record, {facts: cached.facts, summary: cached.summary, failure: undefined})
    store.index.set(record.path, cached.facts)
  }

  // Threads for the drafts there are to model: a warm run whose drafts all come from the cache starts none.
  const threads = threadsFor(options.concurrency ?? 1, drafts.filter((draft) => !draft.cached).length)
  const backend: Backend = threads > 1 ? new WorkerPool(threads, setup.configs, options.overrides ?? {}, {memoryMb: options.workerMemoryMb}, local) : local
  let modelled = 0
  const model = async (list: RunDraft[]) => {
    const needed = list.filter(({record}) => store.textOf(record) !== undefined && !(backend === local && record.facts && store.workbench.has(record.absolute)))
    const replies = new Map((await backend.model(needed.map(({record}) => store.jobOf(record)))).map((reply) => [reply.key, reply]))
    for (const {record} of needed) store.apply(record, replies.get(record.absolute)!)
    modelled += needed.length
  }
  try {
    await model(drafts.filter((draft) => !draft.cached))
    // A cached draft whose number another draft now shares (or no longer shares) is linted again.
    const stale = drafts.filter(({inShard, cached, record}) => inShard && cached && cached.peers.join('\n') !== store.index.numberPeers(record.path).join('\n'))
    for (const draft of stale) draft.cached = undefined
    await model(stale)

    const toLint = drafts.filter(({inShard, cached, record}) => inShard && !cached && record.facts)
    // Trees of drafts on disk are not kept between runs: each is let go once linted (or at once, if it is not linted here).
    const linted = new Set(toLint.map(({record}) => record.absolute))
    for (const {record} of drafts) if (!record.inMemory && !linted.has(record.absolute)) store.workbench.forget(record.absolute)
    const release = new Set(toLint.flatMap(({record}) => (record.inMemory ? [] : [record.absolute])))
    const findings = await backend.lint([...linted], {today, index: store.index}, release)
    const results: DraftResult[] = []
    for (const draft of drafts) {
      if (!draft.inShard) continue
      const messages: SerializedMessage[] | undefined = draft.cached?.messages ?? findings.get(draft.record.absolute)
      if (messages && !draft.cached && cache && draft.key && draft.record.facts && draft.record.summary) {
        const {facts, summary, contentHash, fileStamp} = draft.record
        cache.set(draft.record.path, {key: draft.key, hash: contentHash, ...(fileStamp ? {fileStamp} : {}), facts, peers: store.index.numberPeers(draft.record.path), messages, summary})
      }
      results.push(runResultOf(store, setup.cwd, draft.record, draft.resolved, messages ?? []))
    }
    cache?.save()
    options.debug?.(`gazette-lint: linted ${toLint.length}, from cache ${drafts.filter((d) => d.inShard && d.cached).length}, modelled ${modelled} of ${drafts.length} drafts, ${threads} thread(s), ${unread} not read (file stamps as cached)\n`)
    return results
  } finally {
    if (backend !== local) await backend.close()
    // A session that lives long keeps facts, not trees, of drafts on disk (also when the run failed half-way).
    for (const {record} of drafts) if (!record.inMemory) store.workbench.forget(record.absolute)
  }
}
