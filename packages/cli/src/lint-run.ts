import {createHash} from 'node:crypto'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {addRunNumber, readDraft, restoreMessages, type LoadedConfig, type Overrides, type RunNumbers} from '@gazette-lint/core'
import {resolveFor} from '@gazette-lint/engine'
import type {VFile} from 'vfile'
import {LocalBackend, type Backend, type Job} from './backend.js'
import {entryKey, toolStamp, type LintCache} from './cache.js'
import {WorkerBackend} from './worker-backend.js'

export interface RunOptions {
  cwd: string
  configFor: (absolute: string) => LoadedConfig
  overrides: Overrides
  cache?: LintCache
  /** `[i, n]`: report only the drafts of shard i of n (1-based). */
  shard?: [number, number]
  /** Worker threads; 1 lints in this thread. */
  concurrency: number
  version: string
  /** Where `GAZETTE_LINT_DEBUG=run` sends what the run did (drafts linted, from cache, modelled). */
  debug?: (text: string) => void
}

/** Below this many drafts to lint, starting threads costs more than it saves (`--concurrency auto`). */
export const AUTO_PARALLEL_THRESHOLD = 64

export function autoConcurrency(files: number): number {
  if (files < AUTO_PARALLEL_THRESHOLD) return 1
  return Math.max(1, Math.min(availableParallelism() - 1, Math.ceil(files / AUTO_PARALLEL_THRESHOLD), 8))
}

/** Which shard a draft belongs to: by a hash of its path, so adding a draft moves no other. */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash('sha1').update(relativePath.split(path.sep).join('/')).digest()
  return (digest.readUInt32BE(0) % count) + 1
}

export class ReadError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(`${file}: ${code}`)
  }
}

/**
 * Lints the drafts: reads every one (the cache needs its hash, the cross-file checks its number),
 * models the ones the cache cannot answer, then runs the rules on this shard's drafts. Results are in
 * the order of `absolutes`, whatever the threads did.
 */
export async function lintRun(absolutes: string[], options: RunOptions): Promise<VFile[]> {
  const tool = options.cache ? toolStamp(options.version) : ''
  const drafts = await mapInBatches(
    absolutes,
    async (absolute, index) => {
      const relative = path.relative(options.cwd, absolute)
      let file: VFile
      try {
        file = await readDraft(relative, options.cwd)
      } catch (error) {
        throw new ReadError(relative, (error as NodeJS.ErrnoException).code ?? (error as Error).message)
      }
      const loaded = options.configFor(absolute)
      const resolved = resolveFor(loaded, options.overrides)
      const key = options.cache ? entryKey(String(file.data.contentHash), resolved, tool) : ''
      const inShard = !options.shard || shardOf(relative, options.shard[1]) === options.shard[0]
      return {index, relative, file, loaded, key, inShard, cached: options.cache?.get(relative, key)}
    },
  )

  const backend: Backend = options.concurrency > 1 ? new WorkerBackend(options.concurrency) : new LocalBackend()
  try {
    const toJob = (draft: (typeof drafts)[number]): Job => ({
      index: draft.index,
      path: draft.relative,
      cwd: options.cwd,
      text: String(draft.file.value),
      encoding: (draft.file.data.encoding ?? 'utf-8') as Job['encoding'],
      loaded: draft.loaded,
      overrides: options.overrides,
    })
    const runNumbers: RunNumbers = new Map()
    const numbers = new Map<number, string | undefined>()
    for (const draft of drafts) if (draft.cached) numbers.set(draft.index, draft.cached.number)
    for (const {index, number} of await backend.prepare(drafts.filter((d) => !d.cached).map(toJob))) numbers.set(index, number)
    for (const draft of drafts) addRunNumber(runNumbers, numbers.get(draft.index), draft.relative)

    const peersOf = (draft: (typeof drafts)[number]) =>
      (runNumbers.get(numbers.get(draft.index) ?? '') ?? []).filter((peer) => peer !== draft.relative).sort()
    // A cached draft whose number another draft now shares (or no longer shares) is linted again.
    const stale = drafts.filter((d) => d.inShard && d.cached && JSON.stringify(d.cached.peers) !== JSON.stringify(peersOf(d)))
    if (stale.length) await backend.prepare(stale.map(toJob))
    for (const draft of stale) draft.cached = undefined

    const toRun = drafts.filter((d) => d.inShard && !d.cached).map((d) => d.index)
    const results = new Map((await backend.run(toRun, runNumbers)).map(({index, messages}) => [index, messages]))
    const files: VFile[] = []
    for (const draft of drafts) {
      if (!draft.inShard) continue
      const messages = draft.cached?.messages ?? results.get(draft.index) ?? []
      if (!draft.cached && options.cache) {
        options.cache.set(draft.relative, {key: draft.key, number: numbers.get(draft.index), peers: peersOf(draft), messages})
      }
      files.push(restoreMessages(draft.file, messages))
    }
    options.cache?.save()
    options.debug?.(`gazette-lint: linted ${toRun.length}, from cache ${files.length - toRun.length}, modelled ${numbers.size - drafts.filter((d) => d.cached).length + stale.length} of ${drafts.length} drafts, ${options.concurrency} thread(s)\n`)
    return files
  } finally {
    await backend.close()
  }
}

/** Maps with at most `size` operations at once, so a folder of thousands of drafts does not run out of file handles. */
async function mapInBatches<T, R>(items: T[], map: (item: T, index: number) => Promise<R>, size = 64): Promise<R[]> {
  const results: R[] = []
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map((item, offset) => map(item, start + offset)))))
  }
  return results
}
