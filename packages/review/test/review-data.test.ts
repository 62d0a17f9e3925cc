/**
 * The review sheet's data without the command: the checklist's rule-to-element map against the rules,
 * replaying the passes of `--fix`, gaps, concise changes, escaping, and that the data module loads in a
 * browser (bundled for the browser platform, it imports nothing of Node).
 */
import {createRequire} from 'node:module'
import * as esbuild from 'esbuild'
import {allRules} from '@gazette-lint/engine'
import type {DraftSummary} from '@gazette-lint/core'
import {
  changesOfFindings,
  conciseChange,
  ELEMENT_OF_RULE,
  elementChecklist,
  escapeHtml,
  escapeMarkdown,
  excerptOf,
  fixChanges,
  gapsIn,
  type ChecklistElement,
  type ReviewAppliedFix,
  type ReviewMessage,
} from '@gazette-lint/review'
import {describe, expect, it} from 'vitest'

const resolve = createRequire(import.meta.url).resolve

/** The rule families that check one element of the checklist, and that element. */
const ELEMENT_OF_FAMILY: Record<string, ChecklistElement> = {
  issuer: 'issuer',
  title: 'title',
  'doc-number': 'number',
  addressee: 'addressee',
  date: 'date',
  disclosure: 'disclosure',
  attachment: 'attachments',
  'repeal-note': 'repealNotes',
  'responsible-unit': 'responsibleUnits',
}

describe('the checklist', () => {
  it('maps every rule of an element family, and only rules, to that element', () => {
    const expected = Object.fromEntries(allRules.filter(({meta}) => meta.family in ELEMENT_OF_FAMILY).map(({meta}) => [meta.id, ELEMENT_OF_FAMILY[meta.family]]))
    expect(ELEMENT_OF_RULE).toEqual(expected)
  })

  const at = (text: string, line: number) => ({text, line, column: 1, endLine: line, endColumn: text.length + 1, offset: 0, endOffset: text.length})
  const summary: DraftSummary = {
    kind: 'notice',
    issuer: {...at('陵川县人民政府办公室', 1), from: 'header'},
    title: at('关于做好防汛工作的通知', 3),
    number: {...at('陵政办发〔2026〕　号', 5), misplaced: false, placeholder: true},
    disclosureFlags: [],
    attachments: [],
    repealNotes: [],
    annotations: {items: [], coverage: {tasks: 0, annotated: 0}},
  }

  it('marks a reported element ✗, a missing signature on its own row, an info finding no objection, and absent elements —', () => {
    const findings: ReviewMessage[] = [
      {reason: '待填', ruleId: 'doc-number-format', place: {line: 5, column: 1}},
      {reason: '缺少署名', ruleId: 'issuer-consistent', messageId: 'missing-signature', fatal: true, place: {line: 9, column: 1}},
      {reason: '缺少公开属性', ruleId: 'disclosure-present', fatal: false, place: {line: 11, column: 1}},
    ]
    const rows = Object.fromEntries(elementChecklist(summary, findings).map((row) => [row.element, {mark: row.mark, findings: row.findings}]))
    expect(rows).toEqual({
      issuer: {mark: 'ok', findings: []},
      title: {mark: 'ok', findings: []},
      number: {mark: 'ok', findings: [0]},
      addressee: {mark: 'absent', findings: []},
      signature: {mark: 'problem', findings: [1]},
      date: {mark: 'absent', findings: []},
      disclosure: {mark: 'problem', findings: [2]},
      attachments: {mark: 'absent', findings: []},
      repealNotes: {mark: 'absent', findings: []},
      responsibleUnits: {mark: 'absent', findings: []},
    })
    expect(elementChecklist(summary, [])[2].values).toEqual([{text: '陵政办发〔2026〕　号', place: {line: 5, column: 1, endLine: 5, endColumn: 13}, notes: [{kind: 'placeholder'}]}])
  })
})

describe('what --fix would change', () => {
  // Pass 1 lengthens the text before the range of pass 2: read against the input, pass 2 would replace "ef".
  const fixes: ReviewAppliedFix[] = [
    {ruleId: 'a', reason: 'first', pass: 1, fix: {range: [0, 3], text: 'ABCD'}},
    {ruleId: 'b', reason: 'second', pass: 2, fix: {range: [5, 8], text: 'DEF'}},
    {ruleId: 'c', reason: 'brought out by the first', pass: 2, fix: {range: [0, 0], text: '> '}},
  ]

  it('reads each fix against the text of its own pass', () => {
    expect(fixChanges('abc def', fixes).map(({before, after, pass}) => [before, after, pass])).toEqual([
      ['abc', 'ABCD', 1],
      ['def', 'DEF', 2],
      ['', '> ', 2],
    ])
  })

  it('gives a finding its own fix: by range in the first pass, by its message in a later one; the rest are unowned', () => {
    const messages: ReviewMessage[] = [
      {reason: 'second', ruleId: 'b', fix: {range: [4, 7], text: 'DEF'}},
      {reason: 'first', ruleId: 'a', fix: {range: [0, 3], text: 'ABCD'}},
      {reason: 'no fix', ruleId: 'a'},
    ]
    const {byFinding, unowned} = changesOfFindings('abc def', messages, fixes)
    expect([...byFinding].map(([index, change]) => [index, change.before, change.after])).toEqual([
      [1, 'abc', 'ABCD'],
      [0, 'def', 'DEF'],
    ])
    expect(unowned.map((change) => change.reason)).toEqual(['brought out by the first'])
  })

  it('shows a long change as the part that differs, never splitting a character outside the BMP', () => {
    expect(conciseChange({before: '陵政办发[2026]32号', after: '陵政办发〔2026〕32号'})).toEqual({before: '陵政办发[2026]32号', after: '陵政办发〔2026〕32号', cutStart: false, cutEnd: false})
    const long = '𠀀'.repeat(30)
    // Six code units of context would end inside a 𠀀 on both sides: a whole one more is kept instead.
    expect(conciseChange({before: `${long}a(x)b${long}`, after: `${long}a（x）b${long}`})).toEqual({before: '𠀀𠀀𠀀a(x)b𠀀𠀀𠀀', after: '𠀀𠀀𠀀a（x）b𠀀𠀀𠀀', cutStart: true, cutEnd: true})
  })
})

describe('gaps, excerpts and escaping', () => {
  it('lists the numbers missing between the lowest and the highest as ranges', () => {
    expect(gapsIn([3, 3, 6, 7])).toEqual([[4, 5]])
    expect(gapsIn([10, 2, 4])).toEqual([
      [3, 3],
      [5, 9],
    ])
    expect(gapsIn([1])).toEqual([])
  })

  it('clips a long line around the flagged span and marks a point where something is missing', () => {
    const line = `${'甲'.repeat(50)}县财正局${'乙'.repeat(50)}`
    expect(excerptOf([line], {line: 1, column: 51, endLine: 1, endColumn: 55})).toEqual([
      {line: 1, segments: [{text: '甲'.repeat(30), flagged: false}, {text: '县财正局', flagged: true}, {text: '乙'.repeat(30), flagged: false}], clippedStart: true, clippedEnd: true},
    ])
    expect(excerptOf(['陵川县人民政府办公室', ''], {line: 2, column: 1})).toEqual([{line: 2, segments: [{text: '', flagged: true}], clippedStart: false, clippedEnd: false}])
  })

  it('escapes draft text for HTML and for Markdown', () => {
    expect(escapeHtml('<script>alert("x")</script> & \'y\'')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;')
    expect(escapeMarkdown('a|b*c_d<e>`f`[g](h) $x$\nnext')).toBe('a\\|b\\*c\\_d\\<e\\>\\`f\\`\\[g\\](h) \\$x\\$↵next')
  })
})

describe('@gazette-lint/review/data in a browser', () => {
  const bundle = (entry: string) => esbuild.build({entryPoints: [resolve(entry)], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent'})

  it('bundles for the browser platform with no Node module in it', async () => {
    const result = await bundle('@gazette-lint/review/data')
    expect(result.errors).toEqual([])
    expect(result.outputFiles[0].text).not.toMatch(/["']node:/u)
  })

  it('while the whole package, which reads files and hashes the style sheet, does not', async () => {
    await expect(bundle('@gazette-lint/review')).rejects.toThrow(/node:/u)
  })
})
