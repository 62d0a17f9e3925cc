/** A worker thread of a parallel run: the same two phases as the local backend, driven by messages. */
import {parentPort} from 'node:worker_threads'
import {LocalBackend, type Job} from './backend.js'

type Request = {id: number; type: 'prepare'; jobs: Job[]} | {id: number; type: 'run'; indices: number[]; runNumbers: Array<[string, string[]]>}

const backend = new LocalBackend()

parentPort!.on('message', async (request: Request) => {
  try {
    const result =
      request.type === 'prepare'
        ? await backend.prepare(request.jobs)
        : await backend.run(request.indices, new Map(request.runNumbers))
    parentPort!.postMessage({id: request.id, result})
  } catch (error) {
    parentPort!.postMessage({id: request.id, error: String((error as Error).stack ?? error)})
  }
})
