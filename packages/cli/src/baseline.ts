/** `--baseline-write FILE` and `--baseline FILE`: the session's findings against a baseline, and what the user is told. */
import path from 'node:path'
import type {Lang} from '@gazette-lint/core'
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
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
      io.stderr(lang === 'en' ? `gazette-lint: cannot write the baseline ${shown}: ${reason}\n` : `gazette-lint：无法写入基线文件 ${shown}：${reason}\n`)
      return undefined
    }
    const count = Object.values(data.files).flatMap((rules) => Object.values(rules).flatMap((keys) => Object.values(keys))).reduce((sum, n) => sum + n, 0)
    io.stderr(lang === 'en' ? `gazette-lint: ${count} findings recorded in the baseline ${shown}\n` : `gazette-lint：已将 ${count} 个问题记录到基线文件 ${shown}\n`)
  } else {
    try {
      data = readBaseline(file)
    } catch (error) {
      if (!(error instanceof BaselineError)) throw error
      const problems = error.problems.map((problem) => `  ${shown}  ${problem.path}  ${problem.message}`).join('\n')
      io.stderr(lang === 'en' ? `gazette-lint: the baseline cannot be used:\n${problems}\n` : `gazette-lint：基线文件有误，无法使用：\n${problems}\n`)
      return undefined
    }
  }
  const {results: filtered, suppressed, stale} = applyBaseline(results, data, file)
  if (options.baseline && suppressed > 0) {
    io.stderr(lang === 'en' ? `gazette-lint: ${suppressed} findings held by the baseline ${shown} are not reported
` : `gazette-lint：基线文件 ${shown} 中已有的 ${suppressed} 个问题不再报告
`)
  }
  if (stale > 0) {
    io.stderr(
      lang === 'en'
        ? `gazette-lint: ${stale} baseline entries no longer occur; update the baseline with --baseline-write ${shown}\n`
        : `gazette-lint：基线中有 ${stale} 条记录已不再出现，可用 --baseline-write ${shown} 更新基线\n`,
    )
  }
  return filtered
}
