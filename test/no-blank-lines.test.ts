/**
 * Text as offices type it (issue #12 item 4): a draft pasted from Word or WPS arrives one paragraph per line, with no
 * blank line between them, and is modelled line by line the same as the same draft with blank lines. Each draft of
 * test/fixtures/real laid out without blank lines (labels.json `layout`), and examples/qinxian-clean-no-blank-lines.md,
 * is linted as it is and with a blank line after every line: the findings are the same rule, message and element,
 * at the same line once the blank lines are counted out. A missing element is reported on the line where it belongs
 * (the line after the element before it): the blank line in one layout, the next element's line in the other.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {lintTexts} from '@gazette-lint/engine'
import {describe, expect, it} from 'vitest'
import {ROOT} from './helpers/rule-docs.js'

const labels = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/real/labels.json'), 'utf8')) as Record<string, {layout: string}>
const drafts = [
  ...Object.keys(labels)
    .filter((name) => labels[name].layout === 'no-blank-lines')
    .sort()
    .map((name) => `test/fixtures/real/${name}`),
  'examples/qinxian-clean-no-blank-lines.md',
]

/** The same draft with a blank line after each of its lines: original line k is line 2k - 1. */
function withBlankLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : `${line}\n`))
    .join('\n')
}

/** A line of the spaced draft as a line of the original: the blank line after line k stands for line k + 1. */
const originalLine = (line: number) => (line % 2 === 1 ? (line + 1) / 2 : line / 2 + 1)

async function findings(text: string, spaced: boolean): Promise<string[]> {
  const [{file}] = await lintTexts([{path: 'draft.md', text}], {config: {today: '2026-11-23', stage: 'publish'}})
  return file.messages.map((message) => {
    const place = message.place && 'start' in message.place ? message.place : undefined
    const span = place ? text.slice(place.start.offset, place.end.offset) : ''
    const line = spaced ? originalLine(message.line ?? 1) : (message.line ?? 1)
    return `${line} ${message.ruleId} [${span}] ${message.reason}`
  })
}

describe('a draft without blank lines is read as the same draft with them', () => {
  it('covers at least ten real drafts typed without blank lines', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(11)
  })

  it.each(drafts)('%s', async (draft) => {
    const text = readFileSync(path.join(ROOT, draft), 'utf8')
    expect(text.includes('\n\n'), `${draft} has no blank line`).toBe(false)
    const asTyped = await findings(text, false)
    const spaced = await findings(withBlankLines(text), true)
    expect(spaced.sort()).toEqual(asTyped.sort())
  })
})
