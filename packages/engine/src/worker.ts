/** A worker thread of a WorkerPool: models drafts, then lints them under the configs and index the session sends. */
import {parentPort} from 'node:worker_threads'
import {ProfileStore, resolveConfig, type LoadedConfig, type Overrides, type ResolvedConfig} from '@gazette-lint/core'
import {allRules} from '@gazette-lint/rules'
import {DraftWorkbench, runSettingsFor, type ModelJob} from './backend.js'
import {DraftIndex, type IndexSnapshot} from './draft-index.js'

/** A thread's answer: the result, or a defect as message and stack (shown only with GAZETTE_LINT_DEBUG). */
export interface WorkerReply {
  id: number
  result?: unknown
  error?: {message: string; stack?: string}
}

export type WorkerRequest =
  | {type: 'model'; jobs: ModelJob[]}
  | {type: 'lint'; jobs: Array<{key: string; loaded: LoadedConfig; overrides: Overrides}>; today: string; index: IndexSnapshot}

const workbench = new DraftWorkbench()
const profiles = new ProfileStore()
const resolutions = new Map<string, ResolvedConfig>()

/** The thread's resolution of a config the session sent: once per config for the pool's one run. */
function resolve(loaded: LoadedConfig, overrides: Overrides): ResolvedConfig {
  const key = JSON.stringify([loaded.file ?? loaded.config, loaded.dir, overrides])
  let resolved = resolutions.get(key)
  if (!resolved) resolutions.set(key, (resolved = resolveConfig(loaded, allRules, overrides, profiles)))
  return resolved
}

async function answer(request: WorkerRequest): Promise<unknown> {
  if (request.type === 'model') return request.jobs.map((job) => workbench.model(job))
  const settingsFor = runSettingsFor({today: request.today, index: DraftIndex.fromSnapshot(request.index)})
  const results: Array<[string, unknown]> = []
  for (const {key, loaded, overrides} of request.jobs) {
    const resolved = resolve(loaded, overrides)
    results.push([key, await workbench.lint(key, resolved, settingsFor(resolved))])
  }
  return results
}

parentPort?.on('message', async (request: WorkerRequest & {id: number}) => {
  try {
    parentPort!.postMessage({id: request.id, result: await answer(request)} satisfies WorkerReply)
  } catch (error) {
    const {message, stack} = error instanceof Error ? error : {message: String(error), stack: undefined}
    parentPort!.postMessage({id: request.id, error: {message, stack}} satisfies WorkerReply)
  }
})
