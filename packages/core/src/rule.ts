import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {ruleDocsBase} from './docs-base.js'
import type {Bilingual} from './i18n.js'
import type {Located, Notice, Point, Span} from './notice/types.js'
import type {Profile} from './profile.js'
import {compileOptionsSchema, describeSchemaErrors} from './schema.js'
import {gazetteState, type LintSettings} from './state.js'

export type Severity = 'error' | 'warning' | 'info'
export type {Bilingual, Lang} from './i18n.js'

export interface RuleMeta {
  /** Stable id from rules.md: never renamed. */
  id: string
  /** The folder under `rules/` the rule lives in. */
  family: string
  severity: Severity
  fixable: boolean
  /** Skipped when no county profile applies (a `profile-missing` finding says so once). */
  needsProfile?: boolean
  description: Bilingual
  messages: Record<string, Bilingual>
  /** JSON schema of the rule's options, validated with ajv when the config is loaded. */
  optionsSchema?: object
  defaultOptions?: Record<string, unknown>
}

/** A text edit: replace [start, end) (offsets into the file's text) with `text`. */
export interface TextEdit {
  start: number
  end: number
  text: string
}

export interface Report {
  messageId: string
  data?: Record<string, string | number>
  /** The element the finding points at. */
  at: Located | Span | Point
  fix?: TextEdit[]
  /** Suggested replacements (shown as "did you mean"). */
  expected?: string[]
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
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole))
}

function toSpan(at: Located | Span | Point): Span {
  if ('position' in at) return at.position
  if ('start' in at) return at
  return {start: at, end: at}
}

/**
 * Defines a rule the remark-lint way (`unified-lint-rule`), with ESLint's `meta`: messages by id in
 * Chinese and English, an options schema, and fixes as text edits on each message.
 */
export function defineRule<Options extends Record<string, unknown> = Record<string, unknown>>(
  meta: RuleMeta,
  check: (context: RuleContext<Options>) => void,
): GazetteRule {
  const url = ruleUrl(meta)
  const validateOptions = meta.optionsSchema ? compileOptionsSchema(meta.optionsSchema) : undefined
  const checkedOptions = new WeakMap<object, {merged: Options; error?: string}>()
  const lint = lintRule<Root, Options | undefined>({origin: `gazette-lint:${meta.id}`, url}, (tree, file, options) => {
    const state = gazetteState(tree, file)
    if (meta.needsProfile && !state.profile) return
    // A processor hands every file the same options object: merge and validate it once.
    if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
      file.message(`invalid options for ${meta.id}: options are an object, not ${JSON.stringify(options)}`, {ruleId: meta.id, source: 'gazette-lint'})
      return
    }
    let checked = checkedOptions.get(options ?? NO_OPTIONS)
    if (!checked) {
      const merged = {...meta.defaultOptions, ...options} as Options
      const valid = !validateOptions || validateOptions(merged)
      const problem = valid ? undefined : describeSchemaErrors(validateOptions!.errors)[0]
      checked = {merged, error: problem && `invalid options for ${meta.id}: ${problem.path} ${problem.message}`}
      checkedOptions.set(options ?? NO_OPTIONS, checked)
    }
    if (checked.error) {
      file.message(checked.error, {ruleId: meta.id, source: 'gazette-lint'})
      return
    }
    const merged = checked.merged
    const lang = state.settings.lang
    check({
      notice: state.notice,
      profile: state.profile,
      settings: state.settings,
      options: merged,
      file,
      report({messageId, data, at, fix, expected}) {
        const template = meta.messages[messageId]
        if (!template) throw new Error(`rule ${meta.id} has no message "${messageId}"`)
        const message = file.message(formatMessage(template[lang], data), {place: toSpan(at), ruleId: meta.id, source: 'gazette-lint'})
        Object.assign(message, {messageId, data, fix, expected, url})
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
