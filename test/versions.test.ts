/**
 * One version wherever npm or a user reads it: every package of the repository and the workspace
 * dependencies between them, the Action's `version` input, the GitLab and pre-commit templates, the
 * README's install section, the Action's major tag, the latest release of CHANGELOG.md; and
 * `node scripts/set-version.mjs X.Y.Z` (docs/RELEASING.md) moves them all at once.
 */
import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {ROOT} from './helpers/rule-docs.js'

interface Mention {
  where: string
  version: string
}

const MANIFEST_FIELDS = ['dependencies', 'devDependencies'] as const

/** Every place under `root` that names the release version (or, for the Action's tag, its major). */
function versionMentions(root: string): {full: Mention[]; major: Mention[]} {
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8')
  const rootManifest = JSON.parse(read('package.json'))
  const manifests = ['package.json', ...rootManifest.workspaces.map((folder: string) => `${folder}/package.json`)].map((file) => ({file, manifest: JSON.parse(read(file))}))
  const names = new Set(manifests.map(({manifest}) => manifest.name))
  const full: Mention[] = []
  for (const {file, manifest} of manifests) {
    full.push({where: `${file} version`, version: manifest.version})
    for (const field of MANIFEST_FIELDS) {
      for (const [name, range] of Object.entries(manifest[field] ?? {})) if (names.has(name)) full.push({where: `${file} ${field} ${name}`, version: range as string})
    }
  }
  full.push({where: 'action.yml input version', version: parseYaml(read('action.yml')).inputs.version.default})
  full.push({where: 'gitlab-ci.yml GAZETTE_LINT_PACKAGE', version: parseYaml(read('examples/ci/gitlab-ci.yml'))['gazette-lint'].variables.GAZETTE_LINT_PACKAGE.replace(/^gazette-lint@/, '')})
  full.push({where: 'pre-commit-config.yaml rev', version: parseYaml(read('examples/ci/pre-commit-config.yaml')).repos[0].rev.replace(/^v/, '')})
  const pageCheckout = parseYaml(read('examples/ci/github-workflow.yml')).jobs.page.steps.find((step: {uses?: string}) => step.uses?.startsWith('actions/checkout'))
  full.push({where: 'github-workflow.yml page checkout ref', version: pageCheckout.with.ref.replace(/^v/, '')})
  const readme = read('README.md')
  for (const pattern of [/gazette-lint-(\d[\w.]*)\.tgz/g, /rev: v(\d[\w.]*)/g, /ref: v(\d[\w.]*)/g, /pin `v(\d[\w.]*)`/g]) {
    for (const match of readme.matchAll(pattern)) full.push({where: `README.md ${match[0]}`, version: match[1]})
  }
  const released = /^## (\d+\.\d+\.\d+)/m.exec(read('CHANGELOG.md'))
  if (released) full.push({where: 'CHANGELOG.md latest release', version: released[1]})
  const major: Mention[] = []
  for (const file of ['README.md', 'examples/ci/github-workflow.yml']) {
    for (const match of read(file).matchAll(/gazette-lint\/gazette-lint@v(\S+)/g)) major.push({where: `${file} ${match[0]}`, version: match[1]})
  }
  return {full, major}
}

const expectOneVersion = (root: string, version: string) => {
  const {full, major} = versionMentions(root)
  expect(full.length).toBeGreaterThan(20)
  expect(full.filter((mention) => mention.version !== version)).toEqual([])
  expect(major.length).toBeGreaterThanOrEqual(2)
  expect(major.filter((mention) => mention.version !== version.split('.')[0])).toEqual([])
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-versions-'))
afterAll(() => rmSync(tmp, {recursive: true, force: true}))

describe('the release version', () => {
  it('is the same in every package, dependency, template and install instruction', () => {
    expectOneVersion(ROOT, JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version)
  })

  it('moves everywhere at once with scripts/set-version.mjs, the changelog\'s Unreleased becoming the release', () => {
    const copy = path.join(tmp, 'repository')
    const files = ['package.json', 'README.md', 'CHANGELOG.md', 'action.yml', 'examples/ci', 'scripts/set-version.mjs']
    const workspaces: string[] = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).workspaces
    for (const file of [...files, ...workspaces.map((folder) => `${folder}/package.json`)]) cpSync(path.join(ROOT, file), path.join(copy, file), {recursive: true})
    const setVersion = (version: string) =>
      spawnSync(process.execPath, [path.join(copy, 'scripts/set-version.mjs'), version, '--no-lockfile'], {encoding: 'utf8'})

    expect(setVersion('1.2.3').status).toBe(0)
    expectOneVersion(copy, '1.2.3')
    const changelog = readFileSync(path.join(copy, 'CHANGELOG.md'), 'utf8')
    expect(changelog).toMatch(/^## Unreleased\n\n## 1\.2\.3 \(\d{4}-\d{2}-\d{2}\)\n/m)
    // Nothing but the versions changed in the README.
    const unversioned = (text: string) => text.replace(/\d+\.\d+\.\d+|@v\d+|`v\d+`|\d+\.x/g, 'V')
    expect(unversioned(readFileSync(path.join(copy, 'README.md'), 'utf8'))).toBe(unversioned(readFileSync(path.join(ROOT, 'README.md'), 'utf8')))

    const again = setVersion('1.2.4')
    expect([again.status, again.stderr]).toEqual([1, expect.stringContaining('no changes under "## Unreleased"')])
    expect(setVersion('1.2').stderr).toContain('give the new version as X.Y.Z')
  })
})
