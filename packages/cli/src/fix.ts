/** `--fix` and `--fix-dry-run`: the session fixes, this writes the drafts back (or prints the diff) and says what failed. */
import type {Lang, RuleLevel, RuleType} from '@gazette-lint/core'
import {DraftWriteError, fixFilter, writeFixedDraft, type DraftResult, type DraftWriteProblem, type FixOptions, type LintSession} from '@gazette-lint/engine'
import {unifiedDiff} from '@gazette-lint/reporters'
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

const PROBLEM_TEXT: Record<DraftWriteProblem, Record<Lang, (detail: string) => string>> = {
  'read-only': {zh: (d) => `文件为只读（${d}）`, en: (d) => `the file is read-only (${d})`},
  'not-a-file': {zh: (d) => `不是普通文件（${d}）`, en: (d) => `it is not a regular file (${d})`},
  'changed-on-disk': {zh: () => '文件在检查之后被改动，请重新运行', en: () => 'the file changed after it was checked; run again'},
  encoding: {zh: (d) => `无法按原编码原样写回（${d}），请手工修改`, en: (d) => `it cannot be written back in its own encoding (${d}); fix it by hand`},
  write: {zh: (d) => `写入失败（${d}）`, en: (d) => `the write failed (${d})`},
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
    const outcome = await session.fix(result.path, options)
    if (outcome.stopped) {
      io.stderr(
        lang === 'en'
          ? `gazette-lint: ${outcome.path}: fixing stopped after ${outcome.passes} passes (${outcome.stopped === 'circular' ? 'a fix undid another' : 'the most passes'}); what remains is reported\n`
          : `gazette-lint：${outcome.path} 修复 ${outcome.passes} 轮后停止（${outcome.stopped === 'circular' ? '两处修复相互抵消' : '已达最多轮数'}），其余问题照常报告\n`,
      )
    }
    if (mode === 'dry-run') {
      io.stdout(unifiedDiff(outcome.path.split('\\').join('/'), outcome.input, outcome.output))
      after.push(outcome.result)
      continue
    }
    try {
      if (writeFixedDraft(outcome)) {
        draftsWritten++
        fixedCount += outcome.fixed.length
      }
      after.push(outcome.result)
    } catch (error) {
      if (!(error instanceof DraftWriteError)) throw error
      failed++
      io.stderr(
        lang === 'en'
          ? `gazette-lint: ${outcome.path} not fixed: ${PROBLEM_TEXT[error.problem].en(error.detail)}; the draft is unchanged\n`
          : `gazette-lint：${outcome.path} 未修复：${PROBLEM_TEXT[error.problem].zh(error.detail)}；草稿未改动\n`,
      )
      after.push(result)
    }
  }
  if (mode === 'write' && draftsWritten > 0) {
    io.stderr(lang === 'en' ? `gazette-lint: fixed ${fixedCount} problems in ${draftsWritten} drafts\n` : `gazette-lint：已修复 ${draftsWritten} 份草稿中的 ${fixedCount} 个问题\n`)
  }
  return {results: after, failed}
}
