import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import type {ResolvedConfig} from './config.js'
import type {GazetteRule} from './rule.js'
import {canonicalDocNumber} from './recognisers/doc-number.js'
import {gazetteState, type LintSettings} from './state.js'
import {isSuppressed, readDirectives} from './suppress.js'

const LEVEL_NUMBER = {error: 2, warning: 1, info: 1} as const

/** The suppression comments, applied after every rule has run. */
export function remarkGazetteSuppress() {
  return (tree: Root, file: VFile) => {
    const {notice} = gazetteState(tree, file)
    const directives = readDirectives(notice.comments, notice.text)
    if (directives.length === 0) return
    file.messages = file.messages.filter((message) => !isSuppressed(message, directives))
  }
}

/** Builds the Notice before any rule, so a preset in remark-cli shares one model across its rules. */
export function remarkGazetteNotice() {
  return (tree: Root, file: VFile) => {
    gazetteState(tree, file)
  }
}

const processors = new WeakMap<ResolvedConfig, Processor<Root, Root, Root>>()

/** One processor per resolved config: parse (+ front matter), the Notice, the enabled rules, suppression. */
export function processorFor(rules: GazetteRule[], resolved: ResolvedConfig): Processor<Root, Root, Root> {
  let processor = processors.get(resolved)
  if (processor) return processor
  const base = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGazetteNotice)
  for (const rule of rules) {
    const level = resolved.levels.get(rule.meta.id) ?? rule.meta.severity
    if (level === 'off') continue
    const options = resolved.options.get(rule.meta.id)
    base.use(rule.plugin, options ? [LEVEL_NUMBER[level], options] : [LEVEL_NUMBER[level]])
  }
  processor = base.use(remarkGazetteSuppress) as unknown as Processor<Root, Root, Root>
  processor.freeze()
  processors.set(resolved, processor)
  return processor
}

/** Lints one decoded draft: parse once, build the Notice, run the rules, apply suppressions and severities. */
export async function lintFile(file: VFile, rules: GazetteRule[], resolved: ResolvedConfig): Promise<VFile> {
  const [linted] = await lintFiles([{file, resolved}], rules)
  return linted
}

export interface LintInput {
  file: VFile
  resolved: ResolvedConfig
}

export interface PreparedFile extends LintInput {
  tree: Root
  /** The draft's 发文字号 in canonical form, as cross-file checks compare it. */
  number?: string
}

/** The run's numbers: canonical number → paths of the drafts that carry it. */
export type RunNumbers = Map<string, string[]>

export function addRunNumber(runNumbers: RunNumbers, number: string | undefined, filePath: string): void {
  if (!number) return
  const paths = runNumbers.get(number) ?? []
  if (!paths.includes(filePath)) paths.push(filePath)
  runNumbers.set(number, paths)
}

/**
 * Parses every draft and builds its Notice, and gives all of them one table of the run's numbers, so
 * that cross-file rules (`doc-number-unique`) see every draft, also those another shard reports.
 */
export function prepareFiles(inputs: LintInput[], rules: GazetteRule[], runNumbers: RunNumbers = new Map()): PreparedFile[] {
  const runSettings = new Map<ResolvedConfig, LintSettings>()
  const prepared = inputs.map(({file, resolved}) => {
    let settings = runSettings.get(resolved)
    if (!settings) {
      settings = {...resolved.settings, runNumbers}
      runSettings.set(resolved, settings)
    }
    file.data.gazetteSettings = settings
    const tree = processorFor(rules, resolved).parse(file)
    const {notice} = gazetteState(tree, file)
    const number = notice.number ? (canonicalDocNumber(notice.number.parts) ?? notice.number.text) : undefined
    addRunNumber(runNumbers, number, file.path ?? '')
    return {file, resolved, tree, number}
  })
  return prepared
}

/** Runs the rules on prepared drafts and applies the configured severities. */
export async function runPrepared(prepared: PreparedFile[], rules: GazetteRule[]): Promise<VFile[]> {
  const results: VFile[] = []
  for (const {file, resolved, tree} of prepared) {
    await processorFor(rules, resolved).run(tree, file)
    for (const message of file.messages) {
      const level = message.ruleId ? resolved.levels.get(message.ruleId) : undefined
      if (level === 'error') message.fatal = true
      else if (level === 'warning') message.fatal = false
      else if (level === 'info') message.fatal = undefined
    }
    file.messages.sort(compareMessages)
    results.push(file)
  }
  return results
}

/** Lints a set of drafts together (cross-file checks see all of them). */
export async function lintFiles(inputs: LintInput[], rules: GazetteRule[]): Promise<VFile[]> {
  return runPrepared(prepareFiles(inputs, rules), rules)
}

export function compareMessages(a: VFile['messages'][number], b: VFile['messages'][number]): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    String(a.ruleId).localeCompare(String(b.ruleId))
  )
}
