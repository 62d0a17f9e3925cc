import {createHash} from 'node:crypto'
import {availableParallelism, loadavg} from 'node:os'
import path from 'node:path'

/** Below this many drafts, starting threads costs more than it saves (`--concurrency auto`). */
export const AUTO_PARALLEL_THRESHOLD = 64

/**
 * What one thread of a run keeps busy: its own JavaScript, and V8's garbage-collector and compiler threads
 * beside it. The bench measures it for the floor (its CPU over its wall-clock): about 1.5 cores.
 */
export const CORES_PER_THREAD = 1.5

/**
 * Threads for a run of `drafts` to model, the session's own included: a number, capped by the drafts there
 * are; or `auto`: from 64 drafts on, as many as the cores that are idle (the load average of the last minute
 * says how many are busy) can keep going at about 1.5 cores each, so that a machine other work already fills,
 * or one of two cores (where a serial run already keeps both busy), stays serial: there a thread only adds its
 * start-up and the copying of drafts (issue #15: on a 2-core machine two threads took as long as one, or 1.15×
 * as long at load 7).
 */
export function threadsFor(concurrency: number | 'auto', drafts: number, load = loadavg()[0], cores = availableParallelism()): number {
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, drafts))
  if (drafts < AUTO_PARALLEL_THRESHOLD) return 1
  // This run itself is one of the busy: a load under one core's worth leaves every core to it.
  const idle = Math.max(0, cores - Math.max(0, load - 1))
  return Math.max(1, Math.min(Math.floor(idle / CORES_PER_THREAD), Math.ceil(drafts / AUTO_PARALLEL_THRESHOLD), 8))
}

/** Which shard (1-based) a draft belongs to: by a hash of its path, so adding a draft moves no other. */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash('sha1').update(relativePath.split(path.sep).join('/')).digest()
  return (digest.readUInt32BE(0) % count) + 1
}
