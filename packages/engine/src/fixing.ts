/**
 * Fixing a draft's text, as ESLint's verifyAndFix: lint, apply every fix that does not overlap another,
 * lint the result again, and repeat until nothing more is fixable (at most MAX_FIX_PASSES). What is fixed
 * and what remains is data, so `--fix`, the language server's quick fixes, the review sheet's "would
 * change" and the web page's button all apply the same fixes. Nothing here writes a file.
 */
import {applyFixes, type Fix, type RuleType, type SerializedMessage} from '@gazette-lint/core'
import {allRules} from '@gazette-lint/rules'

/** ESLint's MAX_AUTOFIX_PASSES. */
export const MAX_FIX_PASSES = 10

export interface FixOptions {
  /** Fix only the findings of these rules (default: every rule that offers a fix). */
  rules?: Iterable<string>
  /** Fix only the findings of rules of these types (`problem`, `suggestion`, `layout`). */
  types?: Iterable<RuleType>
  /** At most this many passes (default and ceiling: MAX_FIX_PASSES). */
  maxPasses?: number
}

/** A fix that was applied: the finding it fixed, as it stood in the text of its pass. */
export interface AppliedFix {
  ruleId: string
  messageId?: string
  reason: string
  /** 1 for the first pass. */
  pass: number
  /** The finding's place in the text of its pass. */
  line?: number
  column?: number
  /** What it replaced: offsets into the text of its pass. */
  fix: Fix
}

/** Why the passes stopped with fixable findings left: the ceiling, or a fix that brought back an earlier text. */
export type FixStop = 'max-passes' | 'circular'

export interface FixedText {
  output: string
  passes: number
  fixed: AppliedFix[]
  /** The findings of the output (after its last lint). */
  remaining: SerializedMessage[]
  stopped?: FixStop
}

const typeOfRule = new Map(allRules.map((rule) => [rule.meta.id, rule.meta.type]))

/** Which findings a fix run may fix: those with a fix, of the chosen rules and types. */
export function fixFilter(options: FixOptions): (message: SerializedMessage) => boolean {
  const rules = options.rules ? new Set(options.rules) : undefined
  const types = options.types ? new Set(options.types) : undefined
  return (message) => {
    if (!message.fix || !message.ruleId) return false
    if (rules && !rules.has(message.ruleId)) return false
    const type = typeOfRule.get(message.ruleId)
    return !types || (type !== undefined && types.has(type))
  }
}

/** Runs the passes over a text; `lint` lints a text as the draft (its config, the session's other drafts). */
export async function fixText(input: string, lint: (text: string) => Promise<SerializedMessage[]>, options: FixOptions = {}): Promise<FixedText> {
  const maxPasses = Math.min(options.maxPasses ?? MAX_FIX_PASSES, MAX_FIX_PASSES)
  const selected = fixFilter(options)
  const seen = new Set([input])
  const fixed: AppliedFix[] = []
  let text = input
  let messages = await lint(text)
  let passes = 0
  let stopped: FixStop | undefined
  for (;;) {
    const fixable = messages.filter(selected)
    if (fixable.length === 0) break
    if (passes === maxPasses) {
      stopped = 'max-passes'
      break
    }
    const {output, applied} = applyFixes(text, fixable)
    if (output === text) break
    passes++
    for (const message of applied) {
      const start = message.place && 'start' in message.place ? message.place.start : message.place
      fixed.push({ruleId: message.ruleId!, messageId: message.messageId, reason: message.reason, pass: passes, line: start?.line, column: start?.column, fix: message.fix!})
    }
    text = output
    messages = await lint(text)
    if (seen.has(text)) {
      // One fix undid another (ESLint's "circular fixes"): stop where the text is, with the findings it has.
      stopped = 'circular'
      break
    }
    seen.add(text)
  }
  return {output: text, passes, fixed, remaining: messages, ...(stopped ? {stopped} : {})}
}
