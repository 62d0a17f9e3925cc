/**
 * Fixing through the LintSession, as the language server, the review sheet and the web page will call it:
 * fixes are data that worker threads and the cache carry, and `fix` gives the fixed text without writing
 * it or changing the session's text of the draft.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {LintSession} from '@gazette-lint/engine'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ROOT} from './helpers/rule-docs.js'

const MANY_FAULTS = readFileSync(path.join(ROOT, 'test/fixtures/fix/many-faults.md'), 'utf8')
const fixesOf = (messages: Array<{ruleId?: string | null}>) => messages.map((message) => [message.ruleId, (message as {fix?: unknown}).fix ?? null])

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-session-fix-'))
  writeFileSync(path.join(dir, 'a.md'), MANY_FAULTS)
  writeFileSync(path.join(dir, 'b.md'), MANY_FAULTS.replace('07号', '08号'))
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

describe('fixes are data on each finding', () => {
  it('worker threads and the cache give the same fixes as a serial run', async () => {
    const serial = await new LintSession({cwd: dir, today: '2026-11-23'}).lintAll(['a.md', 'b.md'])
    const threaded = await new LintSession({cwd: dir, today: '2026-11-23', concurrency: 2}).lintAll(['a.md', 'b.md'])
    expect(fixesOf(serial[0].messages).filter(([, fix]) => fix).length).toBeGreaterThan(10)
    expect(threaded.map((result) => fixesOf(result.messages))).toEqual(serial.map((result) => fixesOf(result.messages)))

    const cache = path.join(dir, '.cache')
    await new LintSession({cwd: dir, today: '2026-11-23', cache}).lintAll(['a.md'])
    const debug: string[] = []
    const warm = await new LintSession({cwd: dir, today: '2026-11-23', cache, debug: (text) => debug.push(text)}).lintAll(['a.md'])
    expect(debug.join('')).toContain('from cache 1')
    expect(fixesOf(warm[0].messages)).toEqual(fixesOf(serial[0].messages))
  })
})

describe('LintSession.fix', () => {
  it('gives the fixed text, each fix applied by pass, and what remains; writes nothing, keeps the session\'s text', async () => {
    const session = new LintSession({cwd: dir, today: '2026-11-23'})
    const outcome = await session.fix('a.md')
    expect(outcome.changed).toBe(true)
    expect(outcome.input).toBe(MANY_FAULTS)
    expect(outcome.encoding).toBe('utf-8')
    expect(outcome.passes).toBe(2)
    // What overlaps a fix of the first pass waits for the second, after a re-lint: the annotation's colon (inside
    // its bracket fix), the date and the flag (inside the move of the flag after the date).
    expect(outcome.fixed.filter((fix) => fix.pass === 2).map((fix) => [fix.ruleId, fix.fix])).toEqual([
      ['responsible-unit-format', {range: [146, 147], text: '：'}],
      ['date-format', {range: [282, 292], text: '2026年3月5日'}],
      ['disclosure-format', {range: [294, 302], text: '（此件公开发布）'}],
    ])
    expect(outcome.fixed.filter((fix) => fix.pass === 1 && fix.ruleId === 'doc-number-format')).toHaveLength(3)
    expect(outcome.result.messages.map((message) => message.ruleId)).toEqual(['repeal-note-reference'])
    expect(outcome.result.summary?.date?.text).toBe('2026年3月5日')
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(MANY_FAULTS)
    expect((await session.lint('a.md')).messages.length).toBe(16)
  })

  it('fixes an editor\'s text, limited by rule or by type', async () => {
    const session = new LintSession({cwd: dir, today: '2026-11-23'})
    session.update('a.md', MANY_FAULTS.replace('陵政办发[2026] 07号', '陵政办发〔2026〕7号'))
    const byRule = await session.fix('a.md', {rules: ['date-format']})
    expect(byRule.contentHash).toBeUndefined()
    expect(byRule.fixed.map((fix) => fix.ruleId)).toEqual(['date-format'])
    expect(byRule.output).toBe(MANY_FAULTS.replace('陵政办发[2026] 07号', '陵政办发〔2026〕7号').replace('2026-03-05', '2026年3月5日'))
    const byType = await session.fix('a.md', {types: ['problem']})
    expect([...new Set(byType.fixed.map((fix) => fix.ruleId))].sort()).toEqual(['date-format', 'repeal-note-format', 'title-format'])
  })
})
