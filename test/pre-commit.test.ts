/**
 * The repository's pre-commit hook as a drafts repository gets it: the real `pre-commit try-repo` of this
 * clone installs the hook the way pre-commit installs any `language: node` hook (npm install in a clone of
 * the repository, `npm pack` of its root package, `npm install -g` of that tarball, with the system
 * Node.js), then runs it on a faulty draft, which fails with the finding, and on a clean one, which passes.
 *
 * try-repo takes the committed tree plus changes to tracked files: a file not yet added to git is not in it.
 */
import {spawn, spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {userEnvironment} from './helpers/packed.js'
import {ROOT} from './helpers/rule-docs.js'

/** Debian's pre-commit (`apt-get install pre-commit`, which .ci/run does); CI must have it. */
function preCommitAvailability(): {skip: boolean; reason: string} {
  if (!spawnSync('pre-commit', ['--version']).error) return {skip: false, reason: ''}
  if (process.env.CI === 'true') throw new Error('pre-commit is missing under CI=true: .ci/run installs it with apt-get')
  return {skip: true, reason: 'skipped: pre-commit is not installed (apt-get install pre-commit)'}
}
const availability = preCommitAvailability()
if (availability.skip) console.warn(availability.reason)

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-pre-commit-'))
afterAll(() => rmSync(tmp, {recursive: true, force: true}))

/** A drafts repository with one faulty and one clean draft. */
const drafts = path.join(tmp, 'drafts')
mkdirSync(drafts)
copyFileSync(path.join(ROOT, 'examples/jiangxian-bad-date-invalid.md'), path.join(drafts, 'bad.md'))
copyFileSync(path.join(ROOT, 'examples/lingchuan-clean-direct.md'), path.join(drafts, 'clean.md'))

/**
 * npm offline: the hook installs from npm's cache (which installing this repository filled) and runs on
 * the system Node.js, so it needs neither the registry nor nodejs.org.
 */
function tryRepo(file: string): Promise<{status: number | null; output: string}> {
  const env = {
    ...userEnvironment(path.join(tmp, 'global')),
    npm_config_offline: 'true',
    PRE_COMMIT_HOME: path.join(tmp, `home-${file}`),
    PRE_COMMIT_COLOR: 'never',
  }
  return new Promise((resolve, reject) => {
    const child = spawn('pre-commit', ['try-repo', ROOT, 'gazette-lint', '--files', file], {cwd: drafts, env})
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({status, output}))
  })
}

describe.skipIf(availability.skip)(`pre-commit try-repo with the repository's hook${availability.reason ? ` (${availability.reason})` : ''}`, () => {
  it('fails on a faulty draft with the finding, and passes on a clean one', async () => {
    spawnSync('git', ['init', '--quiet'], {cwd: drafts})
    spawnSync('git', ['add', '.'], {cwd: drafts})
    // Each try-repo installs the hook afresh in a store of its own: both at once take half the time.
    const [faulty, clean] = await Promise.all([tryRepo('bad.md'), tryRepo('clean.md')])
    expect(faulty.output).toMatch(/^gazette-lint\.+Failed$/m)
    expect(faulty.output).toContain('bad.md\n  19:1  错误  date-valid\n        成文日期“2026年2月30日”不存在')
    expect(faulty.status).toBe(1)
    expect(clean.output).toMatch(/^gazette-lint\.+Passed$/m)
    expect(clean.status, clean.output).toBe(0)
  }, 600_000)
})
