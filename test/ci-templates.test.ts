/**
 * The CI templates as a drafts repository uses them, on the packed tarball: the GitHub Action's own
 * install and check scripts (action.yml) and the GitLab job's script (examples/ci/gitlab-ci.yml), run
 * with bash the way the runners run them, in a repository of drafts outside this one.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {packPublicPackages, readmeInstallBlocks, userEnvironment} from './helpers/packed.js'
import {ROOT} from './helpers/rule-docs.js'

interface ActionStep {
  id?: string
  name?: string
  uses?: string
  with?: Record<string, string>
  env?: Record<string, string>
  run?: string
}

const action = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, {default: string}>
  runs: {using: string; steps: ActionStep[]}
}
const gitlabJobs = parseYaml(readFileSync(path.join(ROOT, 'examples/ci/gitlab-ci.yml'), 'utf8'))
const gitlab = gitlabJobs['gazette-lint'] as {
  image: string
  variables: Record<string, string>
  script: string[]
  artifacts: {when: string; reports: Record<string, string>}
}
const gitlabReview = gitlabJobs['gazette-lint-review'] as {image: string; script: string[]; artifacts: {when: string; expose_as: string; paths: string[]}}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-ci-'))
const repo = path.join(tmp, 'repo')
const env = userEnvironment(path.join(tmp, 'global'))
let tarball = ''

beforeAll(() => {
  tarball = packPublicPackages(path.join(tmp, 'tarballs'), env)['gazette-lint']
  // A top-level draft and one in a subfolder: `drafts/**/*.md` expanded by bash would drop the first.
  mkdirSync(path.join(repo, '.git'), {recursive: true})
  mkdirSync(path.join(repo, 'drafts', '2026'), {recursive: true})
  copyFileSync(path.join(ROOT, 'examples/jiangxian-bad-date-invalid.md'), path.join(repo, 'drafts/jiangxian-bad-date-invalid.md'))
  copyFileSync(path.join(ROOT, 'examples/pingshun-bad-number-brackets.md'), path.join(repo, 'drafts/2026/pingshun-bad-number-brackets.md'))
  mkdirSync(path.join(repo, 'warnings'))
  copyFileSync(path.join(ROOT, 'examples/qinxian-bad-unknown-unit.md'), path.join(repo, 'warnings/qinxian-bad-unknown-unit.md'))
}, 300_000)
afterAll(() => rmSync(tmp, {recursive: true, force: true}))

/** Fills `${{ name }}` from `context`; an expression the test does not know fails it. */
function expand(value: string, context: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) => {
    if (!(name in context)) throw new Error(`the test does not know ${whole}`)
    return context[name]
  })
}

function step(id: string): ActionStep {
  const found = action.runs.steps.find((candidate) => candidate.id === id || candidate.name === id)
  if (!found) throw new Error(`action.yml has no step ${id}`)
  return found
}

/** A file the runner reads back after the step: `GITHUB_OUTPUT`, `GITHUB_PATH`. */
const readLines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [])

/** Runs a bash step of the Action as the runner does (`bash --noprofile --norc -eo pipefail`). */
function runActionStep(name: string, inputs: Record<string, string>, runner: string) {
  const {run, env: stepEnv = {}} = step(name)
  const context = {
    ...Object.fromEntries(Object.entries({...defaults(), ...inputs}).map(([key, value]) => [`inputs.${key}`, value])),
    'steps.cache.outputs.cache-hit': '',
  }
  const files = {GITHUB_OUTPUT: path.join(runner, 'output'), GITHUB_PATH: path.join(runner, 'path')}
  for (const file of Object.values(files)) rmSync(file, {force: true})
  const script = path.join(runner, 'step.sh')
  writeFileSync(script, run!)
  const added = readLines(path.join(runner, 'path-so-far'))
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...env,
      ...Object.fromEntries(Object.entries(stepEnv).map(([key, value]) => [key, expand(String(value), context)])),
      ...files,
      RUNNER_TEMP: runner,
      PATH: [...added, env.PATH].join(path.delimiter),
    },
  })
  writeFileSync(path.join(runner, 'path-so-far'), [...added, ...readLines(files.GITHUB_PATH)].join('\n'))
  const outputs = Object.fromEntries(readLines(files.GITHUB_OUTPUT).map((line) => line.split(/=(.*)/s).slice(0, 2)))
  return {status: result.status, stdout: result.stdout, stderr: result.stderr, outputs}
}

const defaults = () => Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]))

const annotatedFiles = (stdout: string) => [...stdout.matchAll(/^::error file=([^,]+),/gm)].map((match) => match[1]).sort()

describe('the GitHub Action (action.yml)', () => {
  const runner = path.join(tmp, 'runner')
  beforeAll(() => mkdirSync(runner, {recursive: true}))

  it('is a composite action on Node.js 22 or 24 that uploads SARIF with upload-sarif@v4', () => {
    expect(action.runs.using).toBe('composite')
    expect(['22', '24']).toContain(action.inputs['node-version'].default)
    expect(step('Set up Node.js').with!['node-version']).toBe('${{ inputs.node-version }}')
    expect(step('Upload SARIF').uses).toBe('github/codeql-action/upload-sarif@v4')
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'version', 'config', 'shard', 'max-warnings']))
  })

  it('installs the packed gazette-lint of its version input, not this repository', () => {
    const install = runActionStep('Install gazette-lint', {version: tarball}, runner)
    expect(install.status, install.stderr).toBe(0)
    expect(readLines(path.join(runner, 'path-so-far'))).toEqual([path.join(runner, 'gazette-lint', 'bin')])
    expect(existsSync(path.join(runner, 'gazette-lint', 'bin', 'gazette-lint'))).toBe(true)
  })

  it('checks the drafts a glob names once: annotations on stdout, SARIF written, the exit code as output', () => {
    const lint = runActionStep('lint', {version: tarball, paths: 'drafts/**/*.md'}, runner)
    expect(lint.status, lint.stderr).toBe(0)
    expect(lint.outputs).toEqual({'exit-code': '1', 'sarif-file': 'gazette-lint.sarif'})
    const drafts = ['drafts/2026/pingshun-bad-number-brackets.md', 'drafts/jiangxian-bad-date-invalid.md']
    expect(annotatedFiles(lint.stdout)).toEqual(drafts)
    const sarif = JSON.parse(readFileSync(path.join(repo, 'gazette-lint.sarif'), 'utf8'))
    const locations = sarif.runs[0].results.map((result: {locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}) => result.locations[0].physicalLocation.artifactLocation.uri)
    expect(locations.sort()).toEqual(drafts)
    // Installed from a tarball, the rule links point at the pages it ships.
    const rule = sarif.runs[0].tool.driver.rules.find((entry: {id: string}) => entry.id === 'date-valid')
    expect(existsSync(fileURLToPath(rule.helpUri))).toBe(true)
  })

  it('takes paths one per line, and links rules to the installed version\'s pages on jsDelivr', () => {
    const lint = runActionStep('lint', {version: '0.1.0', paths: 'drafts/jiangxian-bad-date-invalid.md\n\ndrafts/2026/\n'}, runner)
    expect(lint.outputs['exit-code']).toBe('1')
    expect(annotatedFiles(lint.stdout)).toEqual(['drafts/2026/pingshun-bad-number-brackets.md', 'drafts/jiangxian-bad-date-invalid.md'])
    const sarif = JSON.parse(readFileSync(path.join(repo, 'gazette-lint.sarif'), 'utf8'))
    expect(sarif.runs[0].tool.driver.rules[0].helpUri).toMatch(/^https:\/\/cdn\.jsdelivr\.net\/npm\/gazette-lint@0\.1\.0\/rules\/[a-z-]+\/[a-z-]+\/README\.md$/)
  })

  it('passes warnings unless there are more than max-warnings, and shards the drafts', () => {
    expect(runActionStep('lint', {version: tarball, paths: 'warnings/'}, runner).outputs['exit-code']).toBe('0')
    const strict = runActionStep('lint', {version: tarball, paths: 'warnings/', 'max-warnings': '0'}, runner)
    expect([strict.outputs['exit-code'], strict.stderr]).toEqual(['1', expect.stringContaining('--max-warnings 0')])
    const shards = ['1/2', '2/2'].map((shard) => annotatedFiles(runActionStep('lint', {version: tarball, paths: 'drafts/', shard}, runner).stdout))
    expect(shards.flat().sort()).toEqual(['drafts/2026/pingshun-bad-number-brackets.md', 'drafts/jiangxian-bad-date-invalid.md'])
  })

  it('reports a bad config as exit code 2 and leaves no SARIF to upload', () => {
    rmSync(path.join(repo, 'gazette-lint.sarif'), {force: true})
    const lint = runActionStep('lint', {version: tarball, config: 'missing.json'}, runner)
    expect(lint.outputs).toEqual({'exit-code': '2'})
  })
})

describe('the GitLab job (examples/ci/gitlab-ci.yml)', () => {
  it('runs on Node.js 22 or 24 and keeps its reports as artifacts even when it fails', () => {
    expect(gitlab.image).toMatch(/^node:(22|24)\b/)
    expect(gitlab.artifacts).toEqual({when: 'always', reports: {codequality: 'gl-code-quality-report.json', junit: 'gazette-lint-junit.xml'}})
  })

  it('installs the package it is given (here the packed tarball) and writes both reports from one run', () => {
    const jobEnv = {...env, GAZETTE_LINT_PACKAGE: tarball}
    const statuses = gitlab.script.map((line) => spawnSync('bash', ['-c', line], {cwd: repo, env: jobEnv, encoding: 'utf8'}).status)
    // The install succeeds; the check fails the job on the drafts' error-level findings.
    expect(statuses).toEqual([0, 1])
    const quality = JSON.parse(readFileSync(path.join(repo, gitlab.artifacts.reports.codequality), 'utf8'))
    expect(quality.map((issue: {check_name: string}) => issue.check_name).sort()).toEqual(['doc-number-format', 'date-valid'].sort())
    expect(readFileSync(path.join(repo, gitlab.artifacts.reports.junit), 'utf8')).toContain('<failure')
  })
})

describe('the GitLab review job (examples/ci/gitlab-ci.yml)', () => {
  it('gates on the drafts at the publication stage and keeps the review sheet, pass or fail', () => {
    expect(gitlabReview.image).toBe(gitlab.image)
    expect(gitlabReview.artifacts).toEqual({when: 'always', expose_as: 'review sheet', paths: ['review.html']})
    const jobEnv = {...env, GAZETTE_LINT_PACKAGE: tarball}
    const runs = gitlabReview.script.map((line) => spawnSync('bash', ['-c', line], {cwd: repo, env: {...jobEnv, GAZETTE_LINT_TODAY: '2026-11-23'}, encoding: 'utf8'}))
    expect(runs.map((run) => run.status)).toEqual([0, 1])
    expect(runs[1].stdout).toContain('审核单已写入 review.html：审核公文 2 份，通过 0 份，有错误 2 份，有警告 0 份')
    const sheet = readFileSync(path.join(repo, 'review.html'), 'utf8')
    expect(sheet).toContain('<title>公文审核单 2026-11-23</title>')
    expect(sheet.match(/<article class="notice"/gu)).toHaveLength(2)
  })
})

describe('the README\'s install section', () => {
  it('shows the CI configurations as the templates have them', () => {
    const templates = readdirSync(path.join(ROOT, 'examples/ci')).map((name) => readFileSync(path.join(ROOT, 'examples/ci', name), 'utf8'))
    for (const block of readmeInstallBlocks('yaml')) {
      const indented = (indent: number) => block.replace(/^(?=.)/gm, ' '.repeat(indent))
      expect(
        templates.some((template) => Array.from({length: 9}, (_, indent) => indented(indent)).some((text) => template.includes(text))),
        block,
      ).toBe(true)
    }
  })
})
