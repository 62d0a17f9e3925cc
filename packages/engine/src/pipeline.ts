/**
 * One draft through the pipeline: decoded text ▶ parse ▶ Notice ▶ rules ▶ message chain. Modelling and
 * linting are two steps, so a session can index every draft's number before any rule runs (cross-file
 * checks) and lint only some of them (a shard, the drafts the cache cannot answer). A step that fails
 * becomes one `fatal` finding on its draft.
 */
import {
  buildNotice,
  canonicalDocNumber,
  gazetteState,
  stateFor,
  summarize,
  type DraftSummary,
  type GazetteRule,
  type LintSettings,
  type Notice,
  type ResolvedConfig,
} from '@gazette-lint/core'
import {allRules} from '@gazette-lint/rules'
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {addEncodingFindings} from './encoding-findings.js'
import {failure, fatalMessage, type Failure} from './fatal.js'
import './linear-edits.js'
import {remarkGazetteMessageChain} from './message-chain.js'
import {lineNestedDeeperThan, MAX_NESTING} from './nesting.js'

/** What the session's index keeps of a draft. */
export interface DraftFacts {
  /** The 发文字号 as cross-file checks compare it: canonical, else as written. */
  number?: string
  /** The title without its issuer and without spaces. */
  title?: string
}

export interface ModelledDraft {
  /** The decoded draft, without messages: each lint starts from a copy. */
  file: VFile
  tree: Root
  notice: Notice
  facts: DraftFacts
  summary: DraftSummary
}

export type ModelOutcome = {draft: ModelledDraft; failure?: undefined} | {draft?: undefined; failure: Failure}

let frozenParser: Processor<Root> | undefined
// Frozen at the first draft parsed, not at import: freezing runs the plugins, and a bundle loads the parser only then (scripts/bundle.mjs).
const parser = () => (frozenParser ??= unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze())

export function factsOf(notice: Notice): DraftFacts {
  const number = notice.number && !notice.number.parts.placeholder ? (canonicalDocNumber(notice.number.parts) ?? notice.number.text) : undefined
  return {number, title: notice.title?.subject.text.replace(/\s+/gu, '') || undefined}
}

/** Parses a decoded draft and builds its Notice, its index facts and its summary. */
export function modelDraft(file: VFile): ModelOutcome {
  const deep = lineNestedDeeperThan(String(file.value))
  if (deep) return {failure: {step: 'nesting', cause: `line ${deep.line} nested ${deep.depth} deep`, line: deep.line, numbers: {depth: deep.depth, limit: MAX_NESTING}}}
  let tree: Root
  try {
    tree = parser().parse(file)
  } catch (error) {
    return {failure: failure('parse', error)}
  }
  try {
    const notice = buildNotice(tree, String(file.value), file.data.wordFacts)
    return {draft: {file, tree, notice, facts: factsOf(notice), summary: summarize(notice)}}
  } catch (error) {
    return {failure: failure('model', error)}
  }
}

/** Builds the Notice before any rule, so every rule of a processor (or of a remark preset) reads one model. */
export function remarkGazetteNotice() {
  return (tree: Root, file: VFile) => {
    gazetteState(tree, file)
  }
}

const LEVEL_NUMBER = {error: 2, warning: 1, info: 1} as const
const processors = new WeakMap<ResolvedConfig, Processor<Root, Root, Root>>()

/** One processor per resolved config: the Notice, the enabled rules, the message chain. */
export function processorFor(resolved: ResolvedConfig, rules: readonly GazetteRule[] = allRules): Processor<Root, Root, Root> {
  let processor = processors.get(resolved)
  if (processor) return processor
  // Only transformers: the tree comes parsed, by `parser` or by the remark that loaded the preset.
  const base = unified().use(remarkGazetteNotice)
  for (const rule of rules) {
    const level = resolved.levels.get(rule.meta.id) ?? rule.meta.severity
    if (level === 'off') continue
    const options = resolved.options.get(rule.meta.id)
    base.use(rule.plugin, options ? [LEVEL_NUMBER[level], options] : [LEVEL_NUMBER[level]])
  }
  processor = base.use(remarkGazetteMessageChain, {levels: resolved.levels}) as unknown as Processor<Root, Root, Root>
  processor.freeze()
  processors.set(resolved, processor)
  return processor
}

/** A fresh copy of a draft's file: same text, path and read facts, no messages, no state. */
export function copyDraftFile(file: VFile): VFile {
  const copy = new VFile({value: file.value, path: file.path, cwd: file.cwd})
  copy.data.encoding = file.data.encoding
  if (file.data.contentHash) copy.data.contentHash = file.data.contentHash
  if (file.data.decoding) copy.data.decoding = file.data.decoding
  return copy
}

/** Runs the rules of `resolved` on a modelled draft under a run's settings; the findings are on the returned file. */
export async function lintModelled(draft: ModelledDraft, resolved: ResolvedConfig, settings: LintSettings): Promise<VFile> {
  const file = copyDraftFile(draft.file)
  file.data.gazetteSettings = settings
  file.data.gazette = stateFor(draft.notice, settings)
  file.data.gazetteSummary = draft.summary
  await runChecked(draft.tree, file, resolved, settings)
  return file
}

/**
 * Runs the rules on a tree someone else parsed (remark-cli, vscode-remark): the Notice is built here,
 * under the given settings. A failure is a `fatal` finding on the file.
 */
export async function lintParsedTree(tree: Root, file: VFile, resolved: ResolvedConfig, settings: LintSettings): Promise<void> {
  file.data.gazetteSettings = settings
  await runChecked(tree, file, resolved, settings)
  const state = file.data.gazette
  if (state) file.data.gazetteSummary = summarize(state.notice)
}

async function runChecked(tree: Root, file: VFile, resolved: ResolvedConfig, settings: LintSettings): Promise<void> {
  addEncodingFindings(file, file.data.decoding, settings.lang)
  try {
    await processorFor(resolved).run(tree, file)
  } catch (error) {
    addFatal(file, failure(file.data.gazette ? 'lint' : 'model', error), settings.lang)
  }
}

/** Puts a failure on a file as its `fatal` finding. */
export function addFatal(file: VFile, failed: Failure, lang: LintSettings['lang']): void {
  const {reason, ruleId, source} = fatalMessage(failed, lang)
  const message = file.message(reason, {ruleId, source})
  message.fatal = true
}
