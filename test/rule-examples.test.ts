import {paragraphSpanOf, ProfileStore, type WordSource} from '@gazette-lint/core'
import {allRules, LintSession} from '@gazette-lint/engine'
import {describe, expect, it} from 'vitest'
import {readExamples, ruleReadmes, type RuleExample} from './helpers/rule-docs.js'
import {wordDocument} from './helpers/word.js'

/** One store for every example's session: the shipped profiles are read once. */
const profiles = new ProfileStore()

type Message = LintSession extends {lint(path: string): Promise<{messages: infer M}>} ? M extends Array<infer E> ? E : never : never

/** `line:column-line:column: message`, with `(info) ` before a finding at another severity than the rule's (a placeholder at the draft stage). */
function placeOf(message: Message, ruleSeverity: string): string {
  const place = message.place && 'start' in message.place ? message.place : undefined
  const span = place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : `${message.line ?? 1}:${message.column ?? 1}`
  const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
  return `${span}: ${severity === ruleSeverity ? '' : `(${severity}) `}${message.reason}`
}

/** `段 N:C-N:C: message`: a Word draft's finding at its paragraph and character (end exclusive). */
function paragraphPlaceOf(message: Message, ruleSeverity: string, source: WordSource, text: string): string {
  const span = paragraphSpanOf(source, text, message.place)
  const where = span ? `段 ${span.start.paragraph}:${span.start.character}-${span.end?.paragraph ?? span.start.paragraph}:${span.end?.character ?? span.start.character}` : '全文'
  const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
  return `${where}: ${severity === ruleSeverity ? '' : `(${severity}) `}${message.reason}`
}

/** A session with only the example's rule on, as the README's config block sets it. */
function sessionFor(id: string, example: RuleExample): LintSession {
  const rulesConfig = Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.id === id ? (example.config.options ? [r.meta.severity, example.config.options] : r.meta.severity) : 'off']))
  const config = {rules: rulesConfig as never, lang: example.config.lang, today: example.config.today ?? '2026-11-23', stage: example.config.stage, profile: example.config.profile}
  return new LintSession({config, profiles})
}

const hasFix = (message: Message) => (message as {fix?: unknown}).fix !== undefined

/**
 * The examples in each rule's README are its tests, as in remark-lint: the docs cannot drift from behaviour.
 * As ESLint's RuleTester: an invalid example whose findings the rule fixes shows the fixed draft in an
 * `output` block; the fixed draft has no finding of the rule but those it cannot fix, and fixing it again
 * changes nothing. An example without an `output` block is one the rule does not change.
 */
describe.each(ruleReadmes())('$id', ({id, file}) => {
  const examples = readExamples(file)
  it('has valid and invalid examples', () => {
    expect(examples.some((example) => example.kind === 'valid')).toBe(true)
    expect(examples.some((example) => example.kind === 'invalid')).toBe(true)
  })
  it.each(examples)('$kind: $name', async (example) => {
    const rule = allRules.find((candidate) => candidate.meta.id === id)
    expect(rule, `rule ${id} is registered`).toBeDefined()
    const session = sessionFor(id, example)
    try {
      if (example.word) {
        // A Word draft is linted as a .docx; fixes are never written to one, and its rendering is convert's to show.
        session.update('example.docx', await wordDocument(example.word))
        const result = await session.lint('example.docx')
        const actual = result.messages.map((message) => paragraphPlaceOf(message, rule!.meta.severity, result.wordSource!, String(result.file.value)))
        expect(result.messages.every((message) => message.ruleId === id)).toBe(true)
        expect(actual).toEqual(example.kind === 'valid' ? [] : example.expected)
        if (example.kind === 'invalid') expect(example.expected.length, 'an invalid example lists its findings').toBeGreaterThan(0)
        return
      }
      session.update('example.md', example.input)
      const {messages} = await session.lint('example.md')
      const actual = messages.map((message) => placeOf(message, rule!.meta.severity))
      expect(messages.every((message) => message.ruleId === id)).toBe(true)
      if (example.kind === 'valid') expect(actual).toEqual([])
      else {
        expect(example.expected.length, 'an invalid example lists its findings').toBeGreaterThan(0)
        expect(actual).toEqual(example.expected)
      }

      const fixed = await session.fix('example.md')
      if (example.output === undefined) {
        expect(fixed.output, `the rule fixed the draft: add a \`\`\`markdown output block to "${example.name}"`).toBe(example.input)
        return
      }
      expect(rule!.meta.fixable, `${id} is not fixable, yet "${example.name}" has an output block`).toBe(true)
      expect(fixed.output).toBe(example.output)
      // What remains of the rule on the fixed draft: only the findings it offered no fix for.
      const unfixable = messages.filter((message) => !hasFix(message)).map((message) => message.reason)
      expect(fixed.result.messages.map((message) => message.reason).sort()).toEqual(unfixable.sort())
      expect(fixed.result.messages.filter(hasFix)).toEqual([])
      // A second --fix changes nothing.
      session.update('example.md', fixed.output)
      expect((await session.fix('example.md')).output).toBe(fixed.output)
    } finally {
      await session.close()
    }
  })
})
