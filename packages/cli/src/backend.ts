/**
 * The two phases of a run, in this thread or in worker threads: `prepare` parses and models drafts and
 * tells their numbers; `run` applies the rules, once the numbers of every draft are known.
 */
import {
  addRunNumber,
  draftFromText,
  serializeMessages,
  type Encoding,
  type LoadedConfig,
  type Overrides,
  type PreparedFile,
  type RunNumbers,
  type SerializedMessage,
} from '@gazette-lint/core'
import {prepareAll, resolveFor, runAll} from '@gazette-lint/engine'

export interface Job {
  index: number
  /** Path as reported (relative to cwd). */
  path: string
  cwd: string
  text: string
  encoding: Encoding
  loaded: LoadedConfig
  overrides: Overrides
}

export interface Backend {
  prepare(jobs: Job[]): Promise<Array<{index: number; number?: string}>>
  run(indices: number[], runNumbers: RunNumbers): Promise<Array<{index: number; messages: SerializedMessage[]}>>
  close(): Promise<void>
}

/** Prepares and runs in this thread; the prepared trees wait between the phases. */
export class LocalBackend implements Backend {
  private readonly prepared = new Map<number, PreparedFile>()
  private readonly runNumbers: RunNumbers = new Map()

  async prepare(jobs: Job[]) {
    const inputs = jobs.map((job) => {
      const file = draftFromText(job.text, job.path, job.cwd, job.encoding)
      return {file, resolved: resolveFor(job.loaded, job.overrides)}
    })
    const prepared = prepareAll(inputs, this.runNumbers)
    return prepared.map((entry, position) => {
      this.prepared.set(jobs[position].index, entry)
      return {index: jobs[position].index, number: entry.number}
    })
  }

  async run(indices: number[], runNumbers: RunNumbers) {
    // The settings of every prepared draft share this one map: fill it with the whole run's numbers.
    this.runNumbers.clear()
    for (const [number, paths] of runNumbers) for (const filePath of paths) addRunNumber(this.runNumbers, number, filePath)
    const entries = indices.map((index) => this.prepared.get(index)!)
    const files = await runAll(entries)
    return files.map((file, position) => ({index: indices[position], messages: serializeMessages(file)}))
  }

  async close() {
    this.prepared.clear()
  }
}
