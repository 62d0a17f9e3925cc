import {Worker} from 'node:worker_threads'
import type {RunNumbers, SerializedMessage} from '@gazette-lint/core'
import type {Backend, Job} from './backend.js'

interface Pending {
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

/** A thread that answers requests in order. */
class Thread {
  private readonly worker = new Worker(new URL('./lint-worker.js', import.meta.url))
  private readonly pending = new Map<number, Pending>()
  private nextId = 0

  constructor() {
    this.worker.on('message', ({id, result, error}: {id: number; result?: unknown; error?: string}) => {
      const waiting = this.pending.get(id)
      this.pending.delete(id)
      if (error) waiting?.reject(new Error(error))
      else waiting?.resolve(result)
    })
    this.worker.on('error', (error) => {
      for (const waiting of this.pending.values()) waiting.reject(error)
      this.pending.clear()
    })
  }

  request<T>(message: Record<string, unknown>): Promise<T> {
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, {resolve: resolve as (value: unknown) => void, reject})
      this.worker.postMessage({...message, id})
    })
  }

  terminate() {
    return this.worker.terminate()
  }
}

/**
 * Spreads the drafts over worker threads. A draft stays with the thread that prepared it, so its
 * tree is parsed once; results come back by index and are put in file order by the caller.
 */
export class WorkerBackend implements Backend {
  private readonly threads: Thread[]
  private readonly owner = new Map<number, number>()

  constructor(size: number) {
    this.threads = Array.from({length: size}, () => new Thread())
  }

  async prepare(jobs: Job[]) {
    const batches: Job[][] = this.threads.map(() => [])
    // Contiguous chunks keep neighbouring drafts (often one folder, one config) in one thread.
    const chunk = Math.ceil(jobs.length / this.threads.length)
    jobs.forEach((job, position) => {
      const thread = Math.min(this.threads.length - 1, Math.floor(position / Math.max(1, chunk)))
      batches[thread].push(job)
      this.owner.set(job.index, thread)
    })
    const results = await Promise.all(
      batches.map((batch, thread) =>
        batch.length ? this.threads[thread].request<Array<{index: number; number?: string}>>({type: 'prepare', jobs: batch}) : [],
      ),
    )
    return results.flat()
  }

  async run(indices: number[], runNumbers: RunNumbers) {
    const byThread: number[][] = this.threads.map(() => [])
    for (const index of indices) byThread[this.owner.get(index)!].push(index)
    const numbers = [...runNumbers]
    const results = await Promise.all(
      byThread.map((batch, thread) =>
        batch.length
          ? this.threads[thread].request<Array<{index: number; messages: SerializedMessage[]}>>({type: 'run', indices: batch, runNumbers: numbers})
          : [],
      ),
    )
    return results.flat()
  }

  async close() {
    await Promise.all(this.threads.map((thread) => thread.terminate()))
  }
}
