/** `--baseline-write FILE` and `--baseline FILE`: the session's findings against a baseline, and what the user is told. */
import path from 'node:path'
import {ioReason, problemText, RUN, say, type Lang} from '@gazette-lint/core'
import {applyBaseline, BaselineError, readBaseline, recordBaseline, writeBaseline, type DraftResult} from '@gazette-lint/engine'
import type {CliOptions} from './args.js'
import type {Io} from './io.js'

/**
 * Writes the baseline (`--baseline-write`) or reads it (`--baseline`), and returns the results without the
 * findings it holds; undefined (exit 2) when the baseline cannot be read or written, said on stderr.
 */
export function applyBaselineOption(results: DraftResult[], options: Pick<CliOptions, 'baseline' | 'baselineWrite'>, io: Io, lang: Lang): DraftResult[] | undefined {
  const file = path.resolve(io.cwd, (options.baselineWrite ?? options.baseline)!)
  const shown = path.relative(io.cwd, file) || file
  let data
  if (options.baselineWrite) {
    data = recordBaseline(results, file)
    try {
      writeBaseline(file, data)
    } catch (error) {
      io.stderr(`${say(RUN['baseline-cannot-write'], lang, {path: shown, reason: ioReason(error, lang)})}\n`)
      return undefined
    }
    const count = Object.values(data.files).flatMap((rules) => Object.values(rules).flatMap((keys) => Object.values(keys))).reduce((sum, n) => sum + n, 0)
    io.stderr(`${say(RUN['baseline-recorded'], lang, {count, path: shown})}\n`)
  } else {
    try {
      data = readBaseline(file)
    } catch (error) {
      if (!(error instanceof BaselineError)) throw error
      const problems = error.problems.map((problem) => `  ${shown}  ${problem.path}  ${problemText(problem, lang)}`).join('\n')
      io.stderr(`${say(RUN['baseline-unusable'], lang)}\n${problems}\n`)
      return undefined
    }
  }
  const {results: filtered, suppressed, stale} = applyBaseline(results, data, file)
  if (options.baseline && suppressed > 0) {
    io.stderr(`${say(RUN['baseline-held'], lang, {count: suppressed, path: shown})}\n`)
  }
  if (stale > 0) {
    io.stderr(`${say(RUN['baseline-stale'], lang, {count: stale, path: shown})}\n`)
  }
  return filtered
}
