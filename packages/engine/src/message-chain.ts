/**
 * The last step of the unified pipeline, the same for every way in (CLI, remark preset, language server,
 * review): a rule that threw becomes a `fatal` finding, then suppression comments, then the configured
 * severity (a placeholder's finding is info at the draft stage), then de-duplication, then order. Messages
 * of other plugins (a remark-cli run with more presets) are left as they are.
 */
import {readDirectives, suppression, type GazetteState, type Lang, type RuleLevel} from '@gazette-lint/core'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {failure, fatalReason, FATAL_RULE_ID, SOURCE} from './fatal.js'

type Message = VFile['messages'][number]

export interface MessageChainOptions {
  /** Configured severity per rule id. */
  levels: ReadonlyMap<string, RuleLevel>
}

/** A rule's own exception, as unified-lint-rule records it (`file.fail(error)`), not a finding it reported. */
function thrownBy(message: Message): Error | undefined {
  const cause = message.cause
  return cause instanceof Error && !(cause instanceof VFileMessage) ? cause : undefined
}

function severityOf(level: RuleLevel | undefined): boolean | undefined | null {
  if (level === 'error') return true
  if (level === 'warning') return false
  if (level === 'info') return undefined
  return null
}

export function compareMessages(a: Message, b: Message): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId))
}

function identity(message: Message): string {
  const place = message.place
  const span = place ? ('start' in place ? `${place.start.offset ?? `${place.start.line}:${place.start.column}`}-${place.end.offset ?? `${place.end.line}:${place.end.column}`}` : `${place.line}:${place.column}`) : ''
  return `${message.ruleId}\u0000${span}\u0000${message.reason}`
}

/** Applies the chain to a file's messages in place. */
export function applyMessageChain(file: VFile, state: GazetteState | undefined, {levels}: MessageChainOptions): void {
  const lang: Lang = state?.settings.lang ?? 'zh'
  const stage = state?.settings.stage ?? 'draft'
  const others: Message[] = []
  let own: Message[] = []
  for (const message of file.messages) (message.source === SOURCE ? own : others).push(message)

  for (const message of own) {
    const error = thrownBy(message)
    if (!error || message.ruleId === FATAL_RULE_ID) continue
    // The thrown rule is named in the reason; the finding is the run's, not the rule's, so no severity applies.
    message.reason = fatalReason(failure('rule', error, message.ruleId ?? undefined), lang)
    message.ruleId = FATAL_RULE_ID
    message.url = undefined
  }

  const directives = state ? readDirectives(state.notice.comments, state.notice.text) : []
  if (directives.length > 0) {
    const suppressed = suppression(directives)
    own = own.filter((message) => message.ruleId === FATAL_RULE_ID || !suppressed(message))
  }

  for (const message of own) {
    if (message.ruleId === FATAL_RULE_ID) {
      message.fatal = true
      continue
    }
    const severity = severityOf(message.ruleId ? levels.get(message.ruleId) : undefined)
    if (severity === null) continue
    // A placeholder still to be filled in is a note while drafting, and the rule's own finding at publishing.
    message.fatal = (message as {pending?: boolean}).pending && stage === 'draft' ? undefined : severity
  }

  const seen = new Set<string>()
  own = own.filter((message) => {
    const key = identity(message)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  own.sort(compareMessages)
  file.messages = [...others, ...own]
}

/** The chain as a unified plugin: `processor.use(remarkGazetteMessageChain, {levels})`, after every rule. */
export function remarkGazetteMessageChain(options: MessageChainOptions) {
  return (_tree: Root, file: VFile) => {
    applyMessageChain(file, file.data.gazette, options)
  }
}
