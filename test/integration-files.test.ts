import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {DIST as WEB_DIST} from '../packages/web/scripts/build.mjs'
import {runCli} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'

const read = (file: string) => parse(readFileSync(path.join(ROOT, file), 'utf8'))

describe('CI integration files', () => {
  // What the Action does with them, on the packed CLI: ci-templates.test.ts.
  it('action.yml uses every input it declares and uploads SARIF', () => {
    const action = read('action.yml')
    expect(action.runs.using).toBe('composite')
    const steps: Array<{run?: string; uses?: string; env?: Record<string, string>}> = action.runs.steps
    const usedInputs = new Set(JSON.stringify(steps).match(/inputs\.([a-z-]+)/g)!.map((match) => match.slice('inputs.'.length)))
    expect([...usedInputs].sort()).toEqual(Object.keys(action.inputs).sort())
    expect(steps.some((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'))).toBe(true)
  })

  it('the pre-commit hook runs the package bin on Markdown files', () => {
    const [hook] = read('.pre-commit-hooks.yaml')
    expect(hook).toMatchObject({id: 'gazette-lint', entry: 'gazette-lint-hook', language: 'node'})
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
    expect(existsSync(path.join(ROOT, manifest.bin[hook.entry]))).toBe(true)
    expect(new RegExp(hook.files).test('drafts/notice.md')).toBe(true)
  })

  it('the example workflow, GitLab job and pre-commit config use them with real options', async () => {
    const workflow = read('examples/ci/github-workflow.yml')
    const lintStep = workflow.jobs.lint.steps.find((step: {uses?: string}) => step.uses?.startsWith('gazette-lint/gazette-lint'))
    expect(Object.keys(lintStep.with).every((key) => key in read('action.yml').inputs)).toBe(true)
    expect(workflow.jobs.lint.strategy.matrix.shard).toEqual(['1/4', '2/4', '3/4', '4/4'])
    // The Pages job builds the page as this repository does and publishes the folder the build writes.
    const pageSteps: Array<{uses?: string; run?: string; with?: Record<string, string>}> = workflow.jobs.page.steps
    const pageRuns = pageSteps.flatMap((step) => (step.run ? [step.run] : []))
    expect(pageRuns).toContain('npm run build:web')
    expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts['build:web']).toMatch(/packages\/web\/scripts\/build\.mjs/)
    expect(path.resolve(ROOT, pageSteps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))!.with!.path)).toBe(WEB_DIST)
    expect(workflow.jobs.page.permissions).toEqual({contents: 'read', pages: 'write', 'id-token': 'write'})
    const gitlab = read('examples/ci/gitlab-ci.yml')
    expect(gitlab['gazette-lint'].artifacts.reports.codequality).toBe('gl-code-quality-report.json')
    expect(read('examples/ci/pre-commit-config.yaml').repos[0].hooks[0].id).toBe('gazette-lint')
    // Every option the examples pass is one the CLI accepts.
    for (const args of [['--format', 'gitlab'], ['--format', 'junit'], ['--cache', '--cache-location', 'x'], ['--shard', '1/4']]) {
      const result = await runCli([...args, '--help'])
      expect(result.status, args.join(' ')).toBe(0)
    }
  })
})

describe('the installed command', () => {
  it('npx gazette-lint runs: the bin npm links is a committed, executable file, not build output', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'packages/cli/package.json'), 'utf8'))
    const entry = manifest.bin['gazette-lint']
    expect(entry).not.toMatch(/dist\//)
    const mode = spawnSync('git', ['ls-files', '-s', path.join('packages/cli', entry)], {cwd: ROOT, encoding: 'utf8'}).stdout
    if (mode) expect(mode.split(' ')[0]).toBe('100755')
    const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'gazette-lint'), ['--version'], {cwd: ROOT, encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.stdout.trim()).toBe(manifest.version)
  })
})
