import {createHash} from 'node:crypto'
import {availableParallelism} from 'node:os'
import path from 'node:path'

/** Below this many drafts, starting threads costs more than it saves (`--concurrency auto`). */
export const AUTO_PARALLEL_THRESHOLD = 64

/**
 * Threads for a run of `drafts` to model, the session's own included: `auto` from 64 drafts on, one for
 * each core (the session's thread works too), a number capped by the drafts there are.
 */
export function threadsFor(concurrency: number | 'auto', drafts: number): number {
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, drafts))
  if (drafts < AUTO_PARALLEL_THRESHOLD) return 1
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(drafts / AUTO_PARALLEL_THRESHOLD), 8))
}

/** Which shard (1-based) a draft belongs to: by a hash of its path, so adding a draft moves no other. */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash('sha1').update(relativePath.split(path.sep).join('/')).digest()
  return (digest.readUInt32BE(0) % count) + 1
}
