#!/usr/bin/env node
/**
 * `node scripts/set-version.mjs X.Y.Z`: the version bump of a release (docs/RELEASING.md). Every package
 * of the repository gets version X.Y.Z, and every workspace dependency on another asks for it; the places
 * a user copies a version from follow (the Action's `version` input, the GitLab and pre-commit templates,
 * the README's install section, the Action's major tag `vX`); CHANGELOG.md's "Unreleased" section becomes
 * the section of X.Y.Z; package-lock.json is brought in line (`--no-lockfile` skips that, for the test).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const [version, ...flags] = process.argv.slice(2)

function fail(message) {
  process.stderr.write(`set-version: ${message}\n`)
  process.exit(1)
}

if (!/^\d+\.\d+\.\d+$/.test(version ?? '')) fail(`give the new version as X.Y.Z, e.g. node scripts/set-version.mjs 0.2.0 (got "${version ?? ''}")`)
const major = version.split('.')[0]

const read = (file) => readFileSync(path.join(ROOT, file), 'utf8')
const write = (file, text) => writeFileSync(path.join(ROOT, file), text)

const root = JSON.parse(read('package.json'))
const manifests = ['package.json', ...root.workspaces.map((folder) => `${folder}/package.json`)]
const workspaceNames = manifests.map((file) => JSON.parse(read(file)).name)
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
// Edited as text, so each file keeps its layout: the version, and the workspace packages named as keys.
for (const file of manifests) {
  let text = read(file).replace(/("version":\s*")[^"]*(")/, `$1${version}$2`)
  for (const name of workspaceNames) text = text.replace(new RegExp(`("${escapeRegExp(name)}":\\s*")[^"]*(")`, 'g'), `$1${version}$2`)
  write(file, text)
}

/** The versions a user copies, in the files that show them. */
const MENTIONS = [
  [/(gazette-lint@)\d+\.\d+\.\d+/g, `$1${version}`],
  [/(gazette-lint-)\d+\.\d+\.\d+(\.tgz)/g, `$1${version}$2`],
  [/(rev: v)\d+\.\d+\.\d+/g, `$1${version}`],
  // The release whose source the web page is built from (the Pages job of the GitHub workflow).
  [/(ref: v)\d+\.\d+\.\d+/g, `$1${version}`],
  [/(pin `v)\d+\.\d+\.\d+/g, `$1${version}`],
  [/(gazette-lint\/gazette-lint@v)\d+\b(?!\.)/g, `$1${major}`],
  [/(`v)\d+(` moves to the latest )\d+(\.x release)/g, `$1${major}$2${major}$3`],
  // The Action's `version` input.
  [/(\n {2}version:\n(?: {4}.*\n)*? {4}default: ')[^']*(')/, `$1${version}$2`],
]
for (const file of ['README.md', 'action.yml', 'examples/ci/github-workflow.yml', 'examples/ci/gitlab-ci.yml', 'examples/ci/pre-commit-config.yaml']) {
  write(file, MENTIONS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), read(file)))
}

const changelog = read('CHANGELOG.md')
const unreleased = /^## Unreleased\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog)
if (!unreleased || !unreleased[1].trim()) fail('CHANGELOG.md has no changes under "## Unreleased": write them first')
const today = new Date().toISOString().slice(0, 10)
write('CHANGELOG.md', changelog.replace(unreleased[0], `## Unreleased\n\n## ${version} (${today})\n${unreleased[1]}`))

if (!flags.includes('--no-lockfile') && existsSync(path.join(ROOT, 'package-lock.json'))) {
  const npm = spawnSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], {cwd: ROOT, stdio: 'inherit'})
  if (npm.status !== 0) fail('npm install --package-lock-only failed')
}
process.stderr.write(`set-version: ${version}; now review the diff, commit, tag v${version} and move v${major} (docs/RELEASING.md)\n`)
