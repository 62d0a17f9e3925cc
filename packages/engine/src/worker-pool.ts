/**
 * Worker threads for a large run (`--concurrency`). A draft stays with the thread that modelled it; the
 * session sends each thread the run's index and, per draft, the config that applies, and gets back
 * findings by key. The pool lives for one run: its threads keep no state a later run could find stale.
 * The session's own thread takes a share too (its LocalBackend), unless threads must bound their memory:
 * it has loaded everything already and would otherwise wait, so `--concurrency 2` on two cores starts one
 * thread, not two.
 *
 * A thread that dies (out of memory, or stopped by anything but the pool) is replaced: the drafts it
 * held are modelled again in the new thread, one at a time, and a draft that kills that one too gets a
 * `fatal` finding of its own while the rest of the run goes on. Nothing waits on a dead thread.
 */
import {Worker} from 'node:worker_threads'
import type {Overrides, SerializedMessage} from '@gazette-lint/core'
import type {Backend, LocalBackend, ModelJob, ModelReply, RunContext} from './backend.js'
import type {ConfigResolver} from './configs.js'
import {failure, fatalMessage} from './fatal.js'
import type {WorkerReply, WorkerRequest} from './worker.js'

interface Pending {
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

export interface WorkerLimits {
  /** The heap a thread may use (`resourceLimits.maxOldGenerationSizeMb`); default: V8's. */
  memoryMb?: number
}

/** The thread stopped before it answered: what the drafts it was checking get as their cause. */
export class WorkerDiedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WorkerDiedError'
  }
}

/** A defect inside a thread (not a draft's failure, which comes back as data): its message, and its stack for GAZETTE_LINT_DEBUG. */
function threadError({message, stack}: {message: string; stack?: string}): Error {
  const error = new Error(message)
  if (stack) error.stack = stack
  return error
}

/** A thread that answers requests in order; if it dies, what it still owed fails instead of hanging. */
class Thread {
  private readonly worker: Worker
  private readonly pending = new Map<number, Pending>()
  private nextId = 0
  dead?: WorkerDiedError

  constructor(limits: WorkerLimits) {
    // The main thread's stack (V8's default, under 1 MB), not a worker's 4 MB: a draft nested deep enough to
    // exhaust one exhausts the other, so a threaded run reports what a serial run reports.
    this.worker = new Worker(new URL('./worker.js', import.meta.url), {
      resourceLimits: {stackSizeMb: 1, ...(limits.memoryMb ? {maxOldGenerationSizeMb: limits.memoryMb} : {})},
    })
    this.worker.on('message', ({id, result, error}: WorkerReply) => {
      const waiting = this.pending.get(id)
      this.pending.delete(id)
      if (error) waiting?.reject(threadError(error))
      else waiting?.resolve(result)
    })
    const die = (reason: string) => {
      this.dead ??= new WorkerDiedError(reason)
      for (const waiting of this.pending.values()) waiting.reject(this.dead)
      this.pending.clear()
    }
    this.worker.on('error', (error: NodeJS.ErrnoException) =>
      die(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory (ERR_WORKER_OUT_OF_MEMORY)' : `${error.code ? `${error.code}: ` : ''}${error.message}`),
    )
    this.worker.on('exit', (code) => die(`exit code ${code}`))
  }

  request<T>(message: WorkerRequest): Promise<T> {
    if (this.dead) return Promise.reject(this.dead)
    return new Promise<T>((resolve, reject) => {
      const id = this.nextId++
      this.pending.set(id, {resolve: resolve as (value: unknown) => void, reject})
      this.worker.postMessage({...message, id})
    })
  }

  terminate() {
    // Terminating is the pool's own doing, not a death to report.
    this.dead ??= new WorkerDiedError('terminated')
    return this.worker.terminate()
  }
}

/**
 * Jobs cut into `count` contiguous chunks of about equal text: neighbouring drafts (often one folder, one
 * config) stay together, and each thread gets as much to parse as the others, not as many files.
 */
export function balancedChunks<T>(jobs: T[], count: number, size: (job: T) => number): T[][] {
  const chunks: T[][] = Array.from({length: count}, () => [])
  const total = jobs.reduce((sum, job) => sum + size(job), 0)
  let done = 0
  for (const job of jobs) {
    const middle = done + size(job) / 2
    chunks[Math.min(count - 1, Math.floor((middle * count) / Math.max(1, total)))].push(job)
    done += size(job)
  }
  return chunks
}

/**
 * The threads' answers, awaited after this thread's own share: should that share fail first, a failure of
 * theirs must not become an unhandled rejection (which ends the process) in the meantime.
 */
function settledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {})
  return promise
}

/** The lane of the session's own thread, in `owner`. */
const HERE = -1

export class WorkerPool implements Backend {
  private readonly threads: Thread[]
  private readonly owner = new Map<string, number>()
  /** Every job modelled, to model it again in a thread that replaces a dead one. */
  private readonly jobs = new Map<string, ModelJob>()
  /** The session's own thread, when it takes a share. */
  private readonly here?: LocalBackend

  /** `size` threads in all: the session's own (given `here`) and worker threads for the rest. */
  constructor(
    size: number,
    private readonly configs: ConfigResolver,
    private readonly overrides: Overrides,
    private readonly limits: WorkerLimits = {},
    here?: LocalBackend,
  ) {
    this.here = limits.memoryMb ? undefined : here
    this.threads = Array.from({length: this.here ? size - 1 : size}, () => new Thread(limits))
  }

  async model(jobs: ModelJob[]) {
    const lanes = [...this.threads.keys(), ...(this.here ? [HERE] : [])]
    const chunks = balancedChunks(jobs, lanes.length, (job) => job.text.length + 200)
    lanes.forEach((lane, position) => {
      for (const job of chunks[position]) {
        this.owner.set(job.key, lane)
        this.jobs.set(job.key, job)
      }
    })
    // The workers are sent their chunks first (postMessage happens before the first await), then this thread models its own.
    const replies = lanes.map(async (lane, position): Promise<ModelReply[]> => {
      const batch = chunks[position]
      if (batch.length === 0 || lane === HERE) return []
      try {
        return await this.threads[lane].request<ModelReply[]>({type: 'model', jobs: batch})
      } catch (error) {
        if (!(error instanceof WorkerDiedError)) throw error
        return this.modelInFreshThread(lane, batch)
      }
    })
    const remote = settledLater(Promise.all(replies))
    const here = this.here ? await this.here.model(chunks[lanes.length - 1]) : []
    return [...(await remote).flat(), ...here]
  }

  async lint(keys: string[], run: RunContext) {
    const byThread: string[][] = this.threads.map(() => [])
    const here: string[] = []
    for (const key of keys) {
      const lane = this.owner.get(key)!
      if (lane === HERE) here.push(key)
      else byThread[lane].push(key)
    }
    const index = run.index.snapshot()
    const request = (thread: number, batch: string[]) =>
      this.threads[thread].request<Array<[string, SerializedMessage[]]>>({
        type: 'lint',
        jobs: batch.map((key) => ({key, loaded: this.configs.loadedFor(key), overrides: this.overrides})),
        today: run.today,
        index,
      })
    const replies = byThread.map(async (batch, thread) => {
      if (batch.length === 0) return []
      try {
        return await request(thread, batch)
      } catch (error) {
        if (!(error instanceof WorkerDiedError)) throw error
        return this.lintInFreshThread(thread, batch, request)
      }
    })
    const remote = settledLater(Promise.all(replies))
    const lintedHere = this.here && here.length > 0 ? [...(await this.here.lint(here, run))] : []
    return new Map([...(await remote).flat(), ...lintedHere])
  }

  async close() {
    await Promise.all(this.threads.map((thread) => thread.terminate()))
  }

  /**
   * Replaces a dead thread and models its drafts again, one at a time: a draft that kills the new thread
   * too fails alone, and the thread is replaced once more and given the others again.
   */
  private async modelInFreshThread(thread: number, batch: ModelJob[]): Promise<ModelReply[]> {
    const failed = new Map<string, ModelReply>()
    for (;;) {
      this.replace(thread)
      const replies: ModelReply[] = []
      let died = false
      for (const job of batch) {
        const failedBefore = failed.get(job.key)
        if (failedBefore) {
          replies.push(failedBefore)
          continue
        }
        try {
          replies.push(...(await this.threads[thread].request<ModelReply[]>({type: 'model', jobs: [job]})))
        } catch (error) {
          if (!(error instanceof WorkerDiedError)) throw error
          failed.set(job.key, {key: job.key, failure: failure('worker', error)})
          died = true
          break
        }
      }
      if (!died) return replies
    }
  }

  /** Lints the drafts of a thread that died while linting them: modelled again in a fresh thread, then linted one at a time. */
  private async lintInFreshThread(
    thread: number,
    batch: string[],
    request: (thread: number, batch: string[]) => Promise<Array<[string, SerializedMessage[]]>>,
  ): Promise<Array<[string, SerializedMessage[]]>> {
    const results = new Map<string, SerializedMessage[]>()
    const lang = (key: string) => this.configs.resolvedFor(key).settings.lang
    while (results.size < batch.length) {
      const pending = batch.filter((key) => !results.has(key))
      const modelled = await this.modelInFreshThread(
        thread,
        pending.map((key) => this.jobs.get(key)!),
      )
      for (const reply of modelled) if (reply.failure) results.set(reply.key, [fatalMessage(reply.failure, lang(reply.key))])
      for (const key of pending) {
        if (results.has(key)) continue
        try {
          for (const [done, messages] of await request(thread, [key])) results.set(done, messages)
        } catch (error) {
          if (!(error instanceof WorkerDiedError)) throw error
          results.set(key, [fatalMessage(failure('worker', error), lang(key))])
          break
        }
      }
    }
    return batch.map((key) => [key, results.get(key)!])
  }

  private replace(thread: number): void {
    void this.threads[thread].terminate()
    this.threads[thread] = new Thread(this.limits)
  }
}
