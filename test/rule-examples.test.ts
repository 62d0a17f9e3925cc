import {applyEdits, ProfileStore, type TextEdit} from '@gazette-lint/core'
import {allRules, lintTexts} from '@gazette-lint/engine'
import {describe, expect, it} from 'vitest'
import {readExamples, ruleReadmes} from './helpers/rule-docs.js'

/** One store for every example's session: the shipped profiles are read once. */
const profiles = new ProfileStore()

/** The examples in each rule's README are its tests, as in remark-lint: the docs cannot drift from behaviour. */
describe.each(ruleReadmes())('$id', ({id, file}) => {
  const examples = readExamples(file)
  it('has valid and invalid examples', () => {
    expect(examples.some((example) => example.kind === 'valid')).toBe(true)
    expect(examples.some((example) => example.kind === 'invalid')).toBe(true)
  })
  it.each(examples)('$kind: $name', async (example) => {
    const rule = allRules.find((candidate) => candidate.meta.id === id)
    expect(rule, `rule ${id} is registered`).toBeDefined()
    const rulesConfig = Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.id === id ? (example.config.options ? [r.meta.severity, example.config.options] : r.meta.severity) : 'off']))
    const config = {rules: rulesConfig as never, lang: example.config.lang, today: example.config.today ?? '2026-11-23', stage: example.config.stage, profile: example.config.profile}
    const [{file: vfile}] = await lintTexts([{path: 'example.md', text: example.input}], {config, profiles})
    const actual = vfile.messages.map((message) => {
      const place = message.place && 'start' in message.place ? message.place : undefined
      const span = place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : `${message.line ?? 1}:${message.column ?? 1}`
      // A finding at another severity than the rule's (a placeholder at the draft stage) says so.
      const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
      return `${span}: ${severity === rule!.meta.severity ? '' : `(${severity}) `}${message.reason}`
    })
    expect(vfile.messages.every((message) => message.ruleId === id)).toBe(true)
    if (example.kind === 'valid') expect(actual).toEqual([])
    else {
      expect(example.expected.length, 'an invalid example lists its findings').toBeGreaterThan(0)
      expect(actual).toEqual(example.expected)
    }
    if (example.fixed !== undefined) {
      const edits = vfile.messages.flatMap((message) => ((message as unknown as {fix?: TextEdit[]}).fix ?? []))
      expect(applyEdits(example.input, edits).text).toBe(example.fixed)
    }
  })
})
