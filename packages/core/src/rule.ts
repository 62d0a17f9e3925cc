import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {createFixer, mergeEdits, type Fixer, type FixResult} from './fix.js'
import {ruleDocsBase} from './docs-base.js'
import type {Bilingual} from './i18n.js'
import type {Located, Notice, Point, Span} from './notice/types.js'
import type {Profile} from './profile.js'
import {problemText} from './catalogue/problems.js'
import {compileOptionsSchema, describeSchemaErrors} from './schema.js'
import type {ValidateFunction} from 'ajv'
import {gazetteState, type LintSettings} from './state.js'
import {withoutStackCapture} from './stack-capture.js'

export type Severity = 'error' | 'warning' | 'info'

/**
 * What kind of fault a rule finds, as ESLint's `meta.type` (and `--fix-type`): `problem`, an element the
 * notice requires is missing, wrong, or in a form the national standard forbids; `suggestion`, the draft
 * disagrees with the county's conventions or with itself; `layout`, punctuation marks, brackets,
 * separators and where an element stands.
 */
export type RuleType = 'problem' | 'suggestion' | 'layout'
export const RULE_TYPES: readonly RuleType[] = ['problem', 'suggestion', 'layout']
export type {Bilingual, Lang} from './i18n.js'

export interface RuleMeta {
  /** Stable id from rules.md: never renamed. */
  id: string
  /** The folder under `rules/` the rule lives in. */
  family: string
  severity: Severity
  type: RuleType
  /** Whether the rule may report fixes: `report()` refuses a fix from a rule that is not. */
  fixable: boolean
  /** Skipped when no county profile applies (a `profile-missing` finding says so once). */
  needsProfile?: boolean
  description: Bilingual
  messages: Record<string, Bilingual>
  /** JSON schema of the rule's options, validated with ajv when the config is loaded. */
  optionsSchema?: object
  defaultOptions?: Record<string, unknown>
}

/**
 * Another place a finding concerns, as remark-lint's `cause`: the other draft with the same number. A rule
 * names the draft and, with `element`, which of its summary's elements; the session fills in `place`.
 */
export interface RelatedPlace {
  /** The other draft, as the session's index names it. */
  file: string
  element?: 'number' | 'title'
  /** What the other place is, in the run's language. */
  reason: string
  place?: Span
}

export interface Report {
  messageId: string
  data?: Record<string, string | number>
  /** The element the finding points at. */
  at: Located | Span | Point
  /**
   * The safe fix, built with the fixer (ESLint's `fix(fixer)`); its edits are merged into one fix, applied
   * whole or not at all. Only from a rule whose meta is `fixable`.
   */
  fix?: (fixer: Fixer) => FixResult
  /** Suggested replacements ("did you mean"), for a person to choose: never applied by `--fix`. */
  expected?: string[]
  /** Other places of the finding: a message id of the rule's (and its data) says what each is. */
  related?: Array<{file: string; element?: RelatedPlace['element']; messageId: string; data?: Record<string, string | number>}>
  /**
   * The element is a placeholder the office fills in at signing (`陵政办发〔2026〕　号`, `2026年 月 日`): the
   * finding is info at the draft stage and keeps the rule's severity at the publish stage (spec/rules.md "Stages").
   */
  pending?: boolean
}

export interface RuleContext<Options = Record<string, unknown>> {
  notice: Notice
  profile?: Profile
  settings: LintSettings
  options: Options
  file: VFile
  report(report: Report): void
}

export interface GazetteRule {
  meta: RuleMeta & {url: string}
  /** The remark-lint plugin: `unified().use(rule.plugin, ['error', options])`. */
  plugin: Plugin<[unknown?], Root>
}

const NO_OPTIONS = {}

/** Where `url` of every message points: `GAZETTE_LINT_DOCS_BASE`, else the rule pages the package ships. */
export const DOCS_BASE = ruleDocsBase()

export function ruleUrl(meta: Pick<RuleMeta, 'id' | 'family'>): string {
  return `${DOCS_BASE}/${meta.family}/${meta.id}/README.md`
}

/** Fills `{name}` placeholders. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return compileMessage(template)(data)
}

type MessageFiller = (data?: Record<string, string | number>) => string

const compiledMessages = new Map<string, MessageFiller>()

/**
 * A template split once at its `{name}` placeholders: thousands of findings a run fill the same few dozen
 * templates. A placeholder without its value stays as written.
 */
function compileMessage(template: string): MessageFiller {
  let fill = compiledMessages.get(template)
  if (fill) return fill
  // Even indices: literal text; odd: placeholder names.
  const pieces = template.split(/\{(\w+)\}/)
  fill =
    pieces.length === 1
      ? () => template
      : (data = {}) => {
          let text = pieces[0]
          for (let index = 1; index < pieces.length; index += 2) {
            const name = pieces[index]
            text += (name in data ? String(data[name]) : `{${name}}`) + pieces[index + 1]
          }
          return text
        }
  compiledMessages.set(template, fill)
  return fill
}

function toSpan(at: Located | Span | Point): Span {
  if ('position' in at) return at.position
  if ('start' in at) return at
  return {start: at, end: at}
}

/**
 * Defines a rule the remark-lint way (`unified-lint-rule`), with ESLint's `meta`: messages by id in
 * Chinese and English, an options schema, a type, and one fix per finding as data on its message.
 */
export function defineRule<Options extends Record<string, unknown> = Record<string, unknown>>(
  meta: RuleMeta,
  check: (context: RuleContext<Options>) => void,
): GazetteRule {
  const url = ruleUrl(meta)
  // Compiled on first use: most runs configure no options, and compiling every schema at start-up costs more than linting one notice.
  let validateOptions: ValidateFunction | undefined
  const checkedOptions = new WeakMap<object, {merged: Options; error?: string}>()
  const lint = lintRule<Root, Options | undefined>({origin: `gazette-lint:${meta.id}`, url}, (tree, file, options) => {
    const state = gazetteState(tree, file)
    if (meta.needsProfile && !state.profile) return
    // A processor hands every file the same options object: merge and validate it once.
    if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
      file.message(`${meta.id} / ${problemText({path: '/', id: 'wrong-type', data: {type: 'object'}}, state.settings.lang)}: ${JSON.stringify(options)}`, {ruleId: meta.id, source: 'gazette-lint'})
      return
    }
    let checked = checkedOptions.get(options ?? NO_OPTIONS)
    if (!checked) {
      const merged = {...meta.defaultOptions, ...options} as Options
      // The defaults alone are valid (test/rule-contract.test.ts checks each rule's against its schema).
      if (options !== undefined && meta.optionsSchema) validateOptions ??= compileOptionsSchema(meta.optionsSchema)
      const valid = options === undefined || !validateOptions || validateOptions(merged)
      const problem = valid ? undefined : describeSchemaErrors(validateOptions!.errors)[0]
      checked = {merged, error: problem && `${meta.id} ${problem.path} ${problemText(problem, state.settings.lang)}`}
      checkedOptions.set(options ?? NO_OPTIONS, checked)
    }
    if (checked.error) {
      file.message(checked.error, {ruleId: meta.id, source: 'gazette-lint'})
      return
    }
    const notice = state.notice
    const lang = state.settings.lang
    // Most rules fix nothing in most drafts: the fixer is made for the first fix.
    let fixer: Fixer | undefined
    const text = (id: string, values?: Record<string, string | number>) => {
      const template = meta.messages[id]
      if (!template) throw new Error(`rule ${meta.id} has no message "${id}"`)
      return compileMessage(template[lang])(values)
    }
    check({
      notice,
      profile: state.profile,
      settings: state.settings,
      options: checked.merged,
      file,
      report({messageId, data, at, fix, expected, related, pending}) {
        // As ESLint's linter: a rule that is not marked fixable may not fix; the throw becomes a `fatal` finding naming it.
        if (fix && !meta.fixable) throw new Error(`rule ${meta.id} reported a fix but its meta is not fixable`)
        const merged = fix ? mergeEdits(notice.text, fix((fixer ??= createFixer(notice.text)))) : undefined
        const reason = text(messageId, data)
        const message = withoutStackCapture(() => file.message(reason, {place: toSpan(at), ruleId: meta.id, source: 'gazette-lint'})) as VFileMessage & Record<string, unknown>
        const places: RelatedPlace[] | undefined = related?.map((other) => ({file: other.file, element: other.element, reason: text(other.messageId, other.data)}))
        message.messageId = messageId
        message.data = data
        message.url = url
        if (merged) message.fix = merged
        if (expected) message.expected = expected
        if (places) message.related = places
        if (pending) message.pending = pending
      },
    })
  })
  const defaultLevel = meta.severity === 'error' ? 2 : 1
  // Without configuration (a `.remarkrc` listing the plugin), a rule runs at its default severity.
  const plugin = function (this: unknown, config?: unknown) {
    return (lint as unknown as (this: unknown, config: unknown) => unknown).call(this, config === undefined ? [defaultLevel] : config)
  } as unknown as Plugin<[unknown?], Root>
  Object.defineProperty(plugin, 'name', {value: `gazette-lint:${meta.id}`})
  return {meta: {...meta, url}, plugin}
}
