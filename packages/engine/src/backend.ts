/**
 * Where a session's drafts are modelled and linted: in its own thread (LocalBackend) or spread over worker
 * threads (WorkerPool). Either way a draft stays where it was modelled, so its tree is parsed once, and
 * what comes back is plain data (facts, summary, serialized findings), so serial and threaded runs give
 * the same bytes.
 */
import {draftFromText, serializeMessages, type DraftSummary, type Encoding, type LintSettings, type ResolvedConfig, type SerializedMessage, type WordFacts} from '@gazette-lint/core'
import type {ConfigResolver} from './configs.js'
import type {DraftIndex} from './draft-index.js'
import type {Decoding} from './encoding-findings.js'
import {fatalMessage, type Failure} from './fatal.js'
import {lintModelled, modelDraft, type DraftFacts, type ModelledDraft} from './pipeline.js'

export interface ModelJob {
  /** The draft's absolute path: its identity in the session. */
  key: string
  /** The path reports name it by (relative to the session's folder). */
  path: string
  cwd: string
  text: string
  encoding: Encoding
  /** How the bytes were read, when they were read from bytes (not handed over as text). */
  decoding?: Decoding
  contentHash?: string
  /** What a Word draft's document records beyond the text (the text is its rendering). */
  word?: WordFacts
}

export interface ModelReply {
  key: string
  facts?: DraftFacts
  summary?: DraftSummary
  failure?: Failure
}

export interface RunContext {
  today: string
  index: DraftIndex
}

export interface Backend {
  model(jobs: ModelJob[]): Promise<ModelReply[]>
  /**
   * The findings of modelled drafts, by key. The drafts of `release` are forgotten as soon as they are linted
   * (a run's drafts on disk): their trees need not all stay alive until the run ends.
   */
  lint(keys: string[], run: RunContext, release?: ReadonlySet<string>): Promise<Map<string, SerializedMessage[]>>
  close(): Promise<void>
}

/** A run's settings for a config: its today unless the config fixes one, and the session's index. */
export function runSettingsFor(run: RunContext): (resolved: ResolvedConfig) => LintSettings {
  const made = new Map<ResolvedConfig, LintSettings>()
  return (resolved) => {
    let settings = made.get(resolved)
    if (!settings) {
      settings = {
        ...resolved.settings,
        today: resolved.todayFixed ? resolved.settings.today : run.today,
        runNumbers: run.index.numbers,
        runTitles: run.index.titles,
      }
      made.set(resolved, settings)
    }
    return settings
  }
}

/** The drafts modelled in one thread, kept for linting. */
export class DraftWorkbench {
  private readonly drafts = new Map<string, ModelledDraft>()

  model(job: ModelJob): ModelReply {
    const file = draftFromText(job.text, job.path, job.cwd, job.encoding)
    if (job.contentHash) file.data.contentHash = job.contentHash
    if (job.decoding) file.data.decoding = job.decoding
    if (job.word) file.data.wordFacts = job.word
    const outcome = modelDraft(file)
    if (outcome.failure) {
      this.drafts.delete(job.key)
      return {key: job.key, failure: outcome.failure}
    }
    this.drafts.set(job.key, outcome.draft)
    return {key: job.key, facts: outcome.draft.facts, summary: outcome.draft.summary}
  }

  has(key: string): boolean {
    return this.drafts.has(key)
  }

  async lint(key: string, resolved: ResolvedConfig, settings: LintSettings): Promise<SerializedMessage[]> {
    const draft = this.drafts.get(key)
    if (!draft) throw new Error(`draft ${key} was not modelled in this thread`)
    return serializeMessages(await lintModelled(draft, resolved, settings))
  }

  /**
   * Models a text, tells its facts (`index`, before any rule runs), lints it and forgets it: a pass of a
   * fix. A text that cannot be modelled is its one fatal finding.
   */
  async lintOnce(job: ModelJob, resolved: ResolvedConfig, settingsFor: (resolved: ResolvedConfig) => LintSettings, index: (facts: DraftFacts) => void): Promise<{messages: SerializedMessage[]; summary?: DraftSummary}> {
    try {
      const reply = this.model(job)
      if (reply.failure) return {messages: [fatalMessage(reply.failure, resolved.settings.lang)]}
      index(reply.facts!)
      return {messages: await this.lint(job.key, resolved, settingsFor(resolved)), summary: reply.summary}
    } finally {
      this.forget(job.key)
    }
  }

  forget(key: string): void {
    this.drafts.delete(key)
  }

  clear(): void {
    this.drafts.clear()
  }
}

/** Models and lints in the session's own thread. */
export class LocalBackend implements Backend {
  constructor(
    readonly workbench: DraftWorkbench,
    private readonly configs: ConfigResolver,
  ) {}

  async model(jobs: ModelJob[]) {
    return jobs.map((job) => this.workbench.model(job))
  }

  async lint(keys: string[], run: RunContext, release?: ReadonlySet<string>) {
    const settingsFor = runSettingsFor(run)
    const results = new Map<string, SerializedMessage[]>()
    for (const key of keys) {
      const resolved = this.configs.resolvedFor(key)
      results.set(key, await this.workbench.lint(key, resolved, settingsFor(resolved)))
      if (release?.has(key)) this.workbench.forget(key)
    }
    return results
  }

  async close() {}
}
