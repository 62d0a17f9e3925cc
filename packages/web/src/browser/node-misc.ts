/**
 * What the session imports of `node:util`, `node:os`, `node:module` and `node:worker_threads`: in the page
 * there is one draft in one worker, so no thread pool is ever started (concurrency 1) and nothing is required.
 */
export const TextDecoder = globalThis.TextDecoder

export function availableParallelism(): number {
  return 1
}

/** No load to leave cores to (`--concurrency auto` reads it; the page never starts threads). */
export function loadavg(): number[] {
  return [0, 0, 0]
}

export function cpus(): unknown[] {
  return [{}]
}

export function createRequire(): never {
  throw new Error('createRequire: no CommonJS modules in the browser')
}

export class Worker {
  constructor() {
    throw new Error('worker threads: the page lints one draft in its own worker')
  }
}

export const parentPort = null

export default {TextDecoder, availableParallelism, loadavg, cpus, createRequire, Worker, parentPort}
