/**
 * Starts the lint worker. The page may be opened from disk (file://), where Chrome loads no worker file and
 * no module script: the worker's code travels inside the page's one script and runs from a blob URL, which
 * the page's CSP allows (`worker-src blob:`). Under Trusted Types (the CSP requires them) a worker's URL must
 * come from a policy: this one passes exactly the blob made here and nothing else.
 */
import workerSource from 'virtual:worker-source'
import type {WorkerAnswer, WorkerRequest} from '../protocol.js'

interface TrustedTypesFactory {
  createPolicy(name: string, rules: {createScriptURL(url: string): string}): {createScriptURL(url: string): unknown}
}

export interface LintWorker {
  send(request: WorkerRequest): void
}

export function startLintWorker(onAnswer: (answer: WorkerAnswer) => void, onFailure: (reason: string) => void): LintWorker {
  const url = URL.createObjectURL(new Blob([workerSource], {type: 'text/javascript'}))
  const trustedTypes = (window as unknown as {trustedTypes?: TrustedTypesFactory}).trustedTypes
  const policy = trustedTypes?.createPolicy('gazette-lint-worker', {
    createScriptURL: (candidate) => {
      if (candidate !== url) throw new TypeError('only the page’s own lint worker may be started')
      return candidate
    },
  })
  const worker = new Worker((policy ? policy.createScriptURL(url) : url) as string)
  worker.onmessage = (event: MessageEvent<WorkerAnswer>) => onAnswer(event.data)
  worker.onerror = (event) => {
    event.preventDefault()
    onFailure(event.message || 'worker error')
  }
  return {send: (request) => worker.postMessage(request)}
}
