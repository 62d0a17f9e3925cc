/**
 * The packages as a user gets them: every public package packed from the build, and commands run as a
 * user's shell runs them, in a folder outside the repository, with nothing of the repository on the PATH.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import path from 'node:path'
import {ROOT} from './rule-docs.js'

/**
 * Every public package (a workspace whose package.json is not `private`) by name, with its folder. A new
 * public package (the language server) is one more line here, and its own checks in the packaging test.
 */
export const PUBLIC_PACKAGES: Record<string, string> = {
  'gazette-lint': 'packages/cli',
  'remark-preset-lint-gazette': 'packages/remark-preset-lint-gazette',
  'gazette-lint-language-server': 'packages/language-server',
}

interface Manifest {
  name: string
  version: string
  private?: boolean
  workspaces?: string[]
}

export const readManifest = (folder: string): Manifest => JSON.parse(readFileSync(path.join(ROOT, folder, 'package.json'), 'utf8'))

/** The workspaces that are not private, by name: what `npm publish` would publish. */
export function publicWorkspaces(): Record<string, string> {
  const found: Record<string, string> = {}
  for (const folder of readManifest('.').workspaces ?? []) {
    const manifest = readManifest(folder)
    if (!manifest.private) found[manifest.name] = folder
  }
  return found
}

export interface CommandRun {
  command: string
  status: number | null
  stdout: string
  stderr: string
}

/**
 * The environment of a user's shell: none of the `npm_*` variables `npm test` sets (they would point npm
 * back at the repository), no `node_modules/.bin` of the repository on the PATH, global installs into
 * `globalPrefix`, and the npm cache preferred to the registry.
 */
export function userEnvironment(globalPrefix: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(name) && name !== 'INIT_CWD') env[name] = value
  }
  const searchPath = (process.env.PATH ?? '').split(path.delimiter).filter((entry) => !entry.split(path.sep).includes('node_modules'))
  return {
    ...env,
    PATH: [path.join(globalPrefix, 'bin'), ...searchPath].join(path.delimiter),
    npm_config_prefix: globalPrefix,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    GAZETTE_LINT_TODAY: '2026-11-23',
    ...extra,
  }
}

/** Runs a command line of plain words (no quoting, no shell) as a user's shell would. */
export function runCommand(command: string, cwd: string, env: NodeJS.ProcessEnv): CommandRun {
  const [program, ...args] = command.split(/\s+/)
  const result = spawnSync(program, args, {cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 180_000})
  if (result.error) throw result.error
  return {command, status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/**
 * Packs every public package with `npm pack` from the repository, as a release does: the packages'
 * `prepack` bundles them. Returns each package's tarball by name.
 */
export function packPublicPackages(destination: string, env: NodeJS.ProcessEnv): Record<string, string> {
  mkdirSync(destination, {recursive: true})
  const workspaces = Object.values(PUBLIC_PACKAGES).flatMap((folder) => ['--workspace', folder])
  const result = whileHoldingPackLock(() =>
    spawnSync('npm', ['pack', ...workspaces, '--pack-destination', destination, '--json'], {cwd: ROOT, env, encoding: 'utf8', timeout: 300_000}),
  )
  if (result.status !== 0) throw new Error(`npm pack failed (exit ${result.status}):\n${result.stderr}`)
  const packed = JSON.parse(result.stdout) as Array<{name: string; filename: string}>
  return Object.fromEntries(packed.map(({name, filename}) => [name, path.join(destination, filename)]))
}

const PACK_LOCK = path.join(ROOT, 'node_modules', '.cache', 'gazette-lint-pack.lock')

/**
 * One `npm pack` of the repository at a time: the bundle is written into each package's folder, and test
 * files run in parallel. A lock older than the longest pack is left over from a killed run.
 */
function whileHoldingPackLock<T>(pack: () => T): T {
  mkdirSync(path.dirname(PACK_LOCK), {recursive: true})
  const deadline = Date.now() + 600_000
  for (;;) {
    try {
      mkdirSync(PACK_LOCK)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const age = Date.now() - (statSync(PACK_LOCK, {throwIfNoEntry: false})?.mtimeMs ?? Date.now())
      if (age > 300_000) rmSync(PACK_LOCK, {recursive: true, force: true})
      if (Date.now() > deadline) throw new Error(`another npm pack of the repository holds ${PACK_LOCK}`)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250)
    }
  }
  try {
    return pack()
  } finally {
    rmSync(PACK_LOCK, {recursive: true, force: true})
  }
}

/** The code blocks of one language in the README's "Install" section, in order. */
export function readmeInstallBlocks(language: 'sh' | 'yaml'): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const section = /^## Install\n([\s\S]*?)(?=^## )/m.exec(readme)
  if (!section) throw new Error('README.md has no "## Install" section')
  return [...section[1].matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((block) => block[1])
}

/** The commands of the README's "Install" section: every line of its ```sh blocks (`#` starts a comment). */
export function readmeInstallCommands(): string[] {
  return readmeInstallBlocks('sh').flatMap((block) =>
    block
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#')),
  )
}
