/**
 * Worker threads for a large run (`--concurrency`). A draft stays with the thread that modelled it; the
 * session sends each thread the run's index and, per draft, the config that applies, and gets back
 * findings by key. The pool lives for one run: its threads keep no state a later run could find stale.
 */
import {Worker} from 'node:worker_threads'
import type {Overrides, SerializedMessage} from '@gazette-lint/core'
import type {Backend, ModelJob, ModelReply, RunContext} from './backend.js'
import type {ConfigResolver} from './configs.js'
import type {WorkerRequest} from './worker.js'

interface Pending {
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

/** A thread that answers requests in order; if it dies, what it still owed fails instead of hanging. */
class Thread {
  // The main thread's stack (V8's default, under 1 MB), not a worker's 4 MB: a draft nested deep enough to
  // exhaust one exhausts the other, so a threaded run reports what a serial run reports.
  private readonly worker = new Worker(new URL('./worker.js', import.meta.url), {resourceLimits: {stackSizeMb: 1}})
  private readonly pending = new Map<number, Pending>()
  private nextId = 0

  constructor() {
    this.worker.on('message', ({id, result, error}: {id: number; result?: unknown; error?: string}) => {
      const waiting = this.pending.get(id)
      this.pending.delete(id)
      if (error) waiting?.reject(new Error(error))
      else waiting?.resolve(result)
    })
    const failAll = (error: Error) => {
      for (const waiting of this.pending.values()) waiting.reject(error)
      this.pending.clear()
    }
    this.worker.on('error', failAll)
    this.worker.on('exit', (code) => failAll(new Error(`a worker thread stopped (exit code ${code}) before it answered`)))
  }

  request<T>(message: WorkerRequest): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const id = this.nextId++
      this.pending.set(id, {resolve: resolve as (value: unknown) => void, reject})
      this.worker.postMessage({...message, id})
    })
  }

  terminate() {
    return this.worker.terminate()
  }
}

export class WorkerPool implements Backend {
  private readonly threads: Thread[]
  private readonly owner = new Map<string, number>()

  constructor(
    size: number,
    private readonly configs: ConfigResolver,
    private readonly overrides: Overrides,
  ) {
    this.threads = Array.from({length: size}, () => new Thread())
  }

  async model(jobs: ModelJob[]) {
    const batches: ModelJob[][] = this.threads.map(() => [])
    // Contiguous chunks keep neighbouring drafts (often one folder, one config) in one thread.
    const chunk = Math.max(1, Math.ceil(jobs.length / this.threads.length))
    jobs.forEach((job, position) => {
      const thread = Math.min(this.threads.length - 1, Math.floor(position / chunk))
      batches[thread].push(job)
      this.owner.set(job.key, thread)
    })
    const replies = await Promise.all(
      batches.map((batch, thread) => (batch.length ? this.threads[thread].request<ModelReply[]>({type: 'model', jobs: batch}) : [])),
    )
    return replies.flat()
  }

  async lint(keys: string[], run: RunContext) {
    const byThread: string[][] = this.threads.map(() => [])
    for (const key of keys) byThread[this.owner.get(key)!].push(key)
    const index = run.index.snapshot()
    const replies = await Promise.all(
      byThread.map((batch, thread) =>
        batch.length
          ? this.threads[thread].request<Array<[string, SerializedMessage[]]>>({
              type: 'lint',
              jobs: batch.map((key) => ({key, loaded: this.configs.loadedFor(key), overrides: this.overrides})),
              today: run.today,
              index,
            })
          : [],
      ),
    )
    return new Map(replies.flat())
  }

  async close() {
    await Promise.all(this.threads.map((thread) => thread.terminate()))
  }
}
