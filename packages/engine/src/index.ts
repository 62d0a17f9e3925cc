import {
  findConfigFile,
  lintFile,
  lintFiles,
  prepareFiles,
  runPrepared,
  type LintInput,
  type PreparedFile,
  type RunNumbers,
  loadConfigFile,
  resolveConfig,
  type GazetteRule,
  type LoadedConfig,
  type Overrides,
  type ResolvedConfig,
} from '@gazette-lint/core'
import {allRules} from '@gazette-lint/rules'
import path from 'node:path'
import type {VFile} from 'vfile'

export {allRules}

export const rulesById: ReadonlyMap<string, GazetteRule> = new Map(allRules.map((rule) => [rule.meta.id, rule]))

/** The config that applies to a file: the nearest `.gazettelintrc.*` above it, or the defaults. */
export function loadConfigFor(filePath: string, cwd = process.cwd()): LoadedConfig {
  const file = findConfigFile(path.dirname(path.resolve(cwd, filePath)))
  return file ? loadConfigFile(file, allRules) : {dir: cwd, config: {}}
}

const resolvedCache = new Map<string, ResolvedConfig>()

/** Resolved once per config file and set of overrides, so profiles and processors are built once per process. */
export function resolveFor(loaded: LoadedConfig, overrides: Overrides = {}): ResolvedConfig {
  const key = `${loaded.file ?? loaded.dir}\u0000${JSON.stringify(overrides)}`
  let resolved = resolvedCache.get(key)
  if (!resolved) {
    resolved = resolveConfig(loaded, allRules, overrides)
    resolvedCache.set(key, resolved)
  }
  return resolved
}

/** Lints one decoded draft with every rule under a resolved config. */
export function lint(file: VFile, resolved: ResolvedConfig): Promise<VFile> {
  return lintFile(file, allRules, resolved)
}

/** Lints drafts together, so cross-file checks (doc-number-unique) see every one of them. */
export function lintAll(inputs: LintInput[]): Promise<VFile[]> {
  return lintFiles(inputs, allRules)
}

/** Parse and model every draft of a run (phase one), then run the rules on a subset (a shard, the uncached). */
export function prepareAll(inputs: LintInput[], runNumbers?: RunNumbers): PreparedFile[] {
  return prepareFiles(inputs, allRules, runNumbers)
}

export function runAll(prepared: PreparedFile[]): Promise<VFile[]> {
  return runPrepared(prepared, allRules)
}
