import {createHash} from 'node:crypto'
import {availableParallelism, loadavg} from 'node:os'
import path from 'node:path'

/** Below this many drafts, starting threads costs more than it saves (`--concurrency auto`). */
export const AUTO_PARALLEL_THRESHOLD = 64

/**
 * Threads for a run of `drafts` to model, the session's own included: a number, capped by the drafts there
 * are; or `auto`: from 64 drafts on, one per core that is idle (the load average of the last minute says how
 * many are busy), so that on a machine other work already fills it the run stays serial, where a thread
 * would only add its start-up and the copying of drafts (issue #15: on a 2-core machine at load 7, two
 * threads took 1.15× the serial time).
 */
export function threadsFor(concurrency: number | 'auto', drafts: number, load = loadavg()[0]): number {
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, drafts))
  if (drafts < AUTO_PARALLEL_THRESHOLD) return 1
  const cores = availableParallelism()
  // This run itself is one of the busy: a load under one core's worth leaves every core to it.
  const idle = Math.floor(cores - Math.max(0, load - 1))
  return Math.max(1, Math.min(idle, cores, Math.ceil(drafts / AUTO_PARALLEL_THRESHOLD), 8))
}

/** Which shard (1-based) a draft belongs to: by a hash of its path, so adding a draft moves no other. */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash('sha1').update(relativePath.split(path.sep).join('/')).digest()
  return (digest.readUInt32BE(0) % count) + 1
}
