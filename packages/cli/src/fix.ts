/** `--fix` and `--fix-dry-run`: the session fixes, this writes the drafts back (or prints the diff) and says what failed. */
import {markdownPathOf, reasonText, RUN, say, type Lang, type RuleLevel, type RuleType} from '@gazette-lint/core'
import {DraftWriteError, fixFilter, writeFixedDraft, type DraftResult, type DraftWriteProblem, type FixOptions, type LintSession} from '@gazette-lint/engine'
import {unifiedDiff} from '@gazette-lint/reporters/diff'
import type {Io} from './io.js'

export interface FixRun {
  /** Each draft's result after fixing: what remains (or, where a write failed, what the draft on disk has). */
  results: DraftResult[]
  /** Drafts whose fixed text could not be written. */
  failed: number
}

/** The rules `--rule` names (other than those it turns off): with `--fix`, the only ones fixed. */
export function fixOptionsFor(rules: Record<string, RuleLevel>, types: RuleType[] | undefined): FixOptions {
  const named = Object.entries(rules)
    .filter(([, level]) => level !== 'off')
    .map(([id]) => id)
  return {...(named.length > 0 ? {rules: named} : {}), ...(types ? {types} : {})}
}

/** Why a fixed draft was not written, said in a language (the engine's detail is a code, a mode or an encoding). */
function whyNotWritten(error: DraftWriteError, encoding: string, lang: Lang): string {
  const entry = {
    'read-only': RUN['write-read-only'],
    'not-a-file': RUN['write-not-a-file'],
    'changed-on-disk': RUN['write-changed-on-disk'],
    encoding: RUN['write-encoding'],
    word: RUN['write-word'],
    write: RUN['write-failed'],
  }[error.problem]
  return say(entry, lang, {detail: reasonText(error.detail, lang), encoding})
}


/**
 * A Word draft is never rewritten: `--fix` says so and leaves it, `--fix-dry-run` shows the fixes as a diff of
 * its Markdown text. Its report stays the document's own, as it is on disk.
 */
async function fixWordDraft(session: LintSession, result: DraftResult, mode: 'write' | 'dry-run', options: FixOptions, io: Io, lang: Lang): Promise<void> {
  const shown = result.path.split('\\').join('/')
  if (mode === 'write') {
    io.stderr(`${say(RUN['fix-word-refused'], lang, {path: shown, markdown: markdownPathOf(shown)})}\n`)
    return
  }
  const outcome = await session.fix(result.path, options)
  if (!outcome.changed) return
  io.stdout(`${say(RUN['fix-word-diff'], lang, {path: shown})}\n${unifiedDiff(markdownPathOf(shown), outcome.input, outcome.output)}`)
}

/** Fixes the drafts that have something to fix; `dry-run` prints the unified diff instead of writing. */
export async function runFixes(session: LintSession, results: DraftResult[], mode: 'write' | 'dry-run', options: FixOptions, io: Io, lang: Lang): Promise<FixRun> {
  const selected = fixFilter(options)
  const after: DraftResult[] = []
  let failed = 0
  let fixedCount = 0
  let draftsWritten = 0
  for (const result of results) {
    if (!result.messages.some((message) => selected(message as Parameters<typeof selected>[0]))) {
      after.push(result)
      continue
    }
    if (result.wordSource) {
      await fixWordDraft(session, result, mode, options, io, lang)
      after.push(result)
      continue
    }
    const outcome = await session.fix(result.path, options)
    if (outcome.stopped) {
      io.stderr(`${say(RUN['fix-stopped'], lang, {path: outcome.path, passes: outcome.passes, circular: outcome.stopped === 'circular'})}\n`)
    }
    if (mode === 'dry-run') {
      io.stdout(unifiedDiff(outcome.path.split('\\').join('/'), outcome.input, outcome.output))
      after.push(outcome.result)
      continue
    }
    try {
      if (await writeFixedDraft(outcome)) {
        draftsWritten++
        fixedCount += outcome.fixed.length
      }
      after.push(outcome.result)
    } catch (error) {
      if (!(error instanceof DraftWriteError)) throw error
      failed++
      io.stderr(`${say(RUN['not-fixed'], lang, {path: outcome.path, why: whyNotWritten(error, outcome.encoding, lang)})}\n`)
      after.push(result)
    }
  }
  if (mode === 'write' && draftsWritten > 0) {
    io.stderr(`${say(RUN.fixed, lang, {count: fixedCount, drafts: draftsWritten})}\n`)
  }
  return {results: after, failed}
}
