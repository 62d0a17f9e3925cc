/**
 * Fixing a draft a session knows: passes of fixes, each re-linted as the draft (its config, the session's
 * other drafts) without becoming the session's text of it.
 */
import type {DraftSummary, ResolvedConfig, SerializedMessage} from '@gazette-lint/core'
import {runSettingsFor} from './backend.js'
import type {ConfigResolver} from './configs.js'
import {resultFor} from './draft-results.js'
import type {DraftRecord, DraftStore} from './draft-store.js'
import {failure, fatalMessage} from './fatal.js'
import {fixText, type FixOptions} from './fixing.js'
import type {FixOutcome} from './results.js'

export interface FixSetup {
  cwd: string
  store: DraftStore
  configs: ConfigResolver
}

/** The fixed text of a loaded draft, what was fixed and the findings that remain; writes nothing. */
export async function fixDraft(setup: FixSetup, record: DraftRecord, resolved: ResolvedConfig, today: string, options: FixOptions): Promise<FixOutcome> {
  const input = record.text ?? ''
  const base = {path: record.path, absolute: record.absolute, input, encoding: record.encoding ?? 'utf-8', ...(record.inMemory || !record.contentHash ? {} : {contentHash: record.contentHash})}
  if (record.failure || record.text === undefined) {
    const failed = record.failure ?? failure('read', new Error('no text'))
    const result = resultFor(record, setup.cwd, input, [fatalMessage(failed, resolved.settings.lang)])
    return {...base, output: input, changed: false, passes: 0, fixed: [], result}
  }
  let summary: DraftSummary | undefined
  const fixed = await fixText(
    input,
    async (text) => {
      const linted = await lintTransient(setup, record, text, today)
      summary = linted.summary
      return linted.messages
    },
    options,
  )
  const result = resultFor(record, setup.cwd, fixed.output, fixed.remaining)
  if (summary) Object.assign(result, {summary}).file.data.gazetteSummary = summary
  return {...base, output: fixed.output, changed: fixed.output !== input, passes: fixed.passes, fixed: fixed.fixed, ...(fixed.stopped ? {stopped: fixed.stopped} : {}), result}
}

/**
 * Lints a text as the draft of `record` without making it the session's text of that draft: the pass of a
 * fix. The index holds the text's own number and title while it is linted, then the draft's again.
 */
async function lintTransient({cwd, store, configs}: FixSetup, record: DraftRecord, text: string, today: string): Promise<{messages: SerializedMessage[]; summary?: DraftSummary}> {
  const resolved = configs.resolvedFor(record.absolute)
  try {
    const job = {key: `${record.absolute}\u0000fix`, path: record.path, cwd, text, encoding: record.encoding ?? 'utf-8'} as const
    return await store.workbench.lintOnce(job, resolved, runSettingsFor({today, index: store.index}), (facts) => store.index.set(record.path, facts))
  } finally {
    store.indexFacts(record)
  }
}
