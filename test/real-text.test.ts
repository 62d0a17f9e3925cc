/**
 * Real-text regression set (issue #12, item 7). `test/fixtures/real/` holds notices published by county-level
 * governments outside the four profiled counties, converted to drafts; `labels.json` lists, for each draft, the
 * real faults a careful reviewer finds in it as {ruleId, line}. The drafts are linted as a user lints them, with
 * no county profile (their issuers match none, and each draft must say so with `profile-missing`), and the
 * findings at error and warning level must be exactly the labelled faults: every one found, nothing else.
 * `otherFaults` in labels.json are real faults no rule of the set can see; they are documentation, not asserted.
 *
 * They are published notices, so they are linted at the publish stage (`--stage publish`): a planned date or a
 * placeholder would be an error there. test/fixtures/real/FINDINGS-baseline.md is what the rules reported on the set
 * before issue #12. Needs a build first (`npx tsc -b`).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {BIN, parseJsonReport, runCli, type JsonFinding} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'

const DIR = 'test/fixtures/real'
const STAGE_ARGS = ['--stage', 'publish']
const LEVELS = new Set(['error', 'warning'])

interface Label {
  source: string
  province: string
  county: string
  kind: string
  layout: 'blank-lines' | 'no-blank-lines'
  notes: string
  faults: Array<{ruleId: string; line: number; origin: 'drafting' | 'page' | 'extraction'; why: string}>
  otherFaults: Array<{line: number; origin: string; why: string}>
}

const drafts = readdirSync(path.join(ROOT, DIR))
  .filter((name) => name.endsWith('.md') && name !== 'README.md' && !name.startsWith('FINDINGS'))
  .sort()
const labels = JSON.parse(readFileSync(path.join(ROOT, DIR, 'labels.json'), 'utf8')) as Record<string, Label>
const key = (finding: {ruleId: string | null; line: number | null}) => `${finding.ruleId}@${finding.line}`

let run: Map<string, JsonFinding[]> | undefined

/** One JSON run over the whole folder, shared by the per-draft tests. */
async function findings(): Promise<Map<string, JsonFinding[]>> {
  if (run) return run
  expect(existsSync(BIN), `${BIN} is missing: run \`npx tsc -b\` first`).toBe(true)
  const result = await runCli(['--format', 'json', ...STAGE_ARGS, ...drafts.map((name) => `${DIR}/${name}`)])
  expect(result.status === 0 || result.status === 1, `exit ${result.status}\n${result.stderr}`).toBe(true)
  run = new Map(parseJsonReport(result.stdout).map((file) => [path.basename(file.path), file.messages]))
  return run
}

describe('test/fixtures/real: the set and its labels', () => {
  it('holds at least 40 drafts from at least 8 provinces, none from the four profiled counties', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(40)
    expect(new Set(drafts.map((name) => labels[name]?.province)).size).toBeGreaterThanOrEqual(8)
    for (const name of drafts) expect(labels[name]?.county, name).not.toMatch(/^(陵川县|平顺县|沁县|绛县)$/)
  })

  it('labels every draft, and nothing else', () => {
    expect(Object.keys(labels).sort()).toEqual(drafts)
  })

  it.each(drafts)('%s names its source on its first line, as labels.json does', (name) => {
    const first = readFileSync(path.join(ROOT, DIR, name), 'utf8').split('\n')[0]
    expect(first).toBe(`<!-- source: ${labels[name].source} -->`)
    for (const fault of labels[name].faults) {
      expect(Number.isInteger(fault.line) && fault.line >= 1, `${name}: ${fault.ruleId} line`).toBe(true)
      expect(fault.why.length, `${name}: ${fault.ruleId} why`).toBeGreaterThan(0)
    }
  })
})

describe('test/fixtures/real: no profile, exactly the labelled faults', () => {
  it.each(drafts)('%s is linted with no county profile', async (name) => {
    const messages = (await findings()).get(name) ?? []
    expect(messages.map((message) => message.ruleId), name).toContain('profile-missing')
  })

  it.each(drafts)('%s', async (name) => {
    const actual = [...new Set(((await findings()).get(name) ?? []).filter((m) => LEVELS.has(m.severity)).map(key))].sort()
    const expected = [...new Set(labels[name].faults.map(key))].sort()
    expect(actual, `errors and warnings of ${name} (ruleId@line)`).toEqual(expected)
  })
})
