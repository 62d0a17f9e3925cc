/**
 * The drafts in `examples/` run through the CLI as a user runs it in the repository root, with today fixed
 * by GAZETTE_LINT_TODAY: in this process through `run(argv, io)`, and once as a spawned process (the
 * README's `npx gazette-lint examples/`). `examples/expected.json` maps every draft to the findings
 * rules.md says it must produce at the draft stage (the default), as {ruleId, line}; clean drafts map to [].
 * `<county>-draft-<kind>.md` drafts are fine while drafting (info findings at most, a placeholder's "待填") and
 * wrong once published: `examples/expected-publish.json` gives their findings at `--stage publish`, where every
 * other draft finds what it finds at the draft stage. Needs a build first (`npx tsc -b`).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, spawnCli} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'

const EXAMPLES_DIR = path.join(ROOT, 'examples')
const COUNTIES = ['lingchuan', 'pingshun', 'qinxian', 'jiangxian'] as const
const NAME = /^(?<county>lingchuan|pingshun|qinxian|jiangxian)-(?<status>clean|bad|draft)-(?<kind>[a-z0-9]+(?:-[a-z0-9]+)*)\.md$/

/** The rule each faulty draft's name promises (`<county>-bad-<fault>.md`). */
const FAULT_RULE: Record<string, string> = {
  'number-year': 'doc-number-year',
  'number-brackets': 'doc-number-format',
  'no-number': 'doc-number-present',
  'issuer-short': 'issuer-known',
  'signature-mismatch': 'issuer-consistent',
  'date-spaces': 'date-format',
  'date-invalid': 'date-valid',
  'no-flag': 'disclosure-present',
  'flag-halfwidth': 'disclosure-format',
  'flag-position': 'disclosure-position',
  'unknown-unit': 'responsible-unit-known',
  'repeal-prefix': 'repeal-note-reference',
  'repeal-unbracketed': 'repeal-note-format',
  'numbering-skip': 'numbering-sequence',
  'not-a-notice': 'title-format',
  empty: 'doc-number-present',
  'repeal-missing': 'repeal-note-missing',
}

interface Finding {
  ruleId: string | null
  line: number | null
}

interface JsonResult {
  path: string
  messages: Array<Finding & {severity: string; message: string}>
}

type Run = {status: number | null; byFile: Map<string, Array<Finding & {severity: string}>>; stderr: string}

const key = (finding: Finding) => `${finding.ruleId}@${finding.line}`
const keySet = (findings: Finding[]) => [...new Set(findings.map(key))].sort()

const exampleFiles = readdirSync(EXAMPLES_DIR)
  .filter((name) => /\.(md|markdown)$/.test(name))
  .sort()
const expected = JSON.parse(readFileSync(path.join(EXAMPLES_DIR, 'expected.json'), 'utf8')) as Record<string, Finding[]>
const expectedAtPublish = JSON.parse(readFileSync(path.join(EXAMPLES_DIR, 'expected-publish.json'), 'utf8')) as Record<string, Finding[]>
const parsed = exampleFiles.map((name) => ({name, groups: NAME.exec(name)?.groups}))
const cleanFiles = parsed.filter((file) => file.groups?.status === 'clean').map((file) => file.name)
const badFiles = parsed.filter((file) => file.groups?.status === 'bad').map((file) => file.name)
const draftFiles = parsed.filter((file) => file.groups?.status === 'draft').map((file) => file.name)

const jsonRuns = new Map<string, Run>()

/** One JSON run over the whole folder at a stage, shared by the per-file tests. */
async function runJson(stage: 'draft' | 'publish' = 'draft'): Promise<Run> {
  const known = jsonRuns.get(stage)
  if (known) return known
  const result = await runCli(['--format', 'json', ...(stage === 'publish' ? ['--stage', 'publish'] : []), 'examples/'])
  let results: JsonResult[]
  try {
    results = JSON.parse(result.stdout) as JsonResult[]
  } catch {
    throw new Error(`the json report is not JSON (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
  }
  const byFile = new Map<string, Array<Finding & {severity: string}>>()
  for (const file of results) byFile.set(path.basename(file.path), file.messages.map(({ruleId, line, severity}) => ({ruleId, line, severity})))
  const run = {status: result.status, byFile, stderr: result.stderr}
  jsonRuns.set(stage, run)
  return run
}

describe('examples/: the drafts and expected.json', () => {
  it('has at least 16 drafts, each named <county>-clean-<kind>.md or <county>-bad-<fault>.md', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(16)
    for (const file of parsed) expect(file.groups, `${file.name} does not follow the naming scheme`).toBeDefined()
  })

  it('has clean and faulty drafts for every county', () => {
    for (const county of COUNTIES) {
      expect(cleanFiles.some((name) => name.startsWith(`${county}-`)), `clean drafts of ${county}`).toBe(true)
      expect(badFiles.some((name) => name.startsWith(`${county}-`)), `faulty drafts of ${county}`).toBe(true)
    }
  })

  it('lists every draft in expected.json, and nothing else', () => {
    expect(Object.keys(expected).sort()).toEqual(exampleFiles)
    for (const [name, findings] of Object.entries(expected)) {
      expect(Array.isArray(findings), name).toBe(true)
      for (const finding of findings) {
        expect(typeof finding.ruleId, `${name}: ruleId`).toBe('string')
        expect(Number.isInteger(finding.line) && (finding.line ?? 0) >= 1, `${name}: line`).toBe(true)
      }
    }
  })

  it('expects no finding in the clean drafts and at least one in each faulty draft', () => {
    for (const name of cleanFiles) expect(expected[name], name).toEqual([])
    for (const name of badFiles) expect(expected[name].length, name).toBeGreaterThan(0)
  })

  it('gives the publish-stage findings of the draft-stage drafts, and of nothing else', () => {
    expect(draftFiles.length).toBeGreaterThanOrEqual(2)
    expect(Object.keys(expectedAtPublish).sort()).toEqual(draftFiles)
    for (const name of draftFiles) expect(expectedAtPublish[name].length, name).toBeGreaterThan(0)
  })

  it('names, for each faulty draft, a fault whose rule expected.json lists', () => {
    for (const name of badFiles) {
      const fault = NAME.exec(name)!.groups!.kind
      const rule = FAULT_RULE[fault]
      expect(rule, `${name}: unknown fault "${fault}" (add it to FAULT_RULE)`).toBeDefined()
      expect(expected[name].map((finding) => finding.ruleId), name).toContain(rule)
    }
  })
})

describe('examples/: the CLI finds exactly the expected findings', () => {
  it('reports every draft and exits 1 with the json reporter', async () => {
    const run = await runJson()
    expect(run.status, run.stderr).toBe(1)
    // The folder holds the Word twins too (examples/docx/, test/docx-examples.test.ts): each is the same draft as its
    // Markdown example, and adds no finding to it (doc-number-unique takes the two forms for one draft).
    const twins = readdirSync(path.join(EXAMPLES_DIR, 'docx')).filter((name) => name.endsWith('.docx'))
    expect([...run.byFile.keys()].sort()).toEqual([...exampleFiles, ...twins].sort())
  })

  it.each(exampleFiles)('%s', async (name) => {
    const run = await runJson()
    const actual = run.byFile.get(name) ?? []
    expect(keySet(actual), `findings of ${name} (ruleId@line)`).toEqual(keySet(expected[name] ?? []))
  })

  it.each(draftFiles)('%s: at most info findings while drafting, the same findings as errors at publishing', async (name) => {
    const drafting = (await runJson()).byFile.get(name) ?? []
    expect(drafting.filter((finding) => finding.severity !== 'info'), name).toEqual([])
    const publishing = (await runJson('publish')).byFile.get(name) ?? []
    expect(keySet(publishing), `findings of ${name} at the publish stage`).toEqual(keySet(expectedAtPublish[name]))
    expect(publishing.every((finding) => finding.severity === 'error')).toBe(true)
  })

  it('finds at the publish stage what it finds while drafting, in every draft but the draft-stage ones', async () => {
    const drafting = await runJson()
    const publishing = await runJson('publish')
    for (const name of exampleFiles.filter((file) => !draftFiles.includes(file))) {
      expect(keySet(publishing.byFile.get(name) ?? []), name).toEqual(keySet(drafting.byFile.get(name) ?? []))
    }
  })

  it.each(badFiles)('%s: the findings include the rule the name promises', async (name) => {
    const run = await runJson()
    const rule = FAULT_RULE[NAME.exec(name)!.groups!.kind]
    expect((run.byFile.get(name) ?? []).map((finding) => finding.ruleId)).toContain(rule)
  })
})

describe('examples/: stylish output and exit codes', () => {
  it('the stylish run of the spawned command (npx gazette-lint examples/) exits 1 and prints Chinese messages', () => {
    expect(existsSync(path.join(ROOT, 'packages/cli/dist/bin.js')), 'packages/cli/dist is missing: run `npx tsc -b` first').toBe(true)
    const result = spawnCli(['examples/'])
    expect(result.stderr).toBe('')
    expect(result.status, result.stderr).toBe(1)
    // A finding is a line of location, severity and rule id, with its message on the lines under it.
    const lines = result.stdout.split('\n')
    const heads = lines.flatMap((line, index) => (/^ {2}(?:\d+:\d+|全文) +(?:错误|警告|提示) {2}[a-z-]+$/.test(line) ? [index] : []))
    expect(heads.length).toBeGreaterThan(0)
    for (const index of heads) expect(lines[index + 1], 'a finding without a Chinese message').toMatch(/^ {3,}\S*[\u4e00-\u9fa5]/)
    for (const name of badFiles) expect(result.stdout, `${name} in the stylish report`).toContain(`examples/${name}`)
  })

  it.each([...cleanFiles, ...draftFiles])('%s alone exits 0', async (name) => {
    const result = await runCli([`examples/${name}`])
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0)
  })
})
