import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import type {ResolvedConfig} from './config.js'
import type {GazetteRule} from './rule.js'
import {gazetteState} from './state.js'
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
  file.data.gazetteSettings = resolved.settings
  const processor = processorFor(rules, resolved)
  const tree = processor.parse(file)
  await processor.run(tree, file)
  for (const message of file.messages) {
    const level = message.ruleId ? resolved.levels.get(message.ruleId) : undefined
    if (level === 'error') message.fatal = true
    else if (level === 'warning') message.fatal = false
    else if (level === 'info') message.fatal = undefined
  }
  file.messages.sort(compareMessages)
  return file
}

export function compareMessages(a: VFile['messages'][number], b: VFile['messages'][number]): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    String(a.ruleId).localeCompare(String(b.ruleId))
  )
}
