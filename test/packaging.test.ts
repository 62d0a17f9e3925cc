/**
 * The packages as a county office gets them. Every public package is packed (`npm pack`, whose prepack
 * bundles it), the tarballs alone are installed into an empty folder outside the repository, and the
 * commands of the README's "Install" section run there, in its order, as a user types them: the only
 * change is that `npm install <public package>` installs its tarball instead of the registry's copy.
 */
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {stripVTControlCharacters} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readCacheText, writeCacheText} from './helpers/cache-file.js'
import {LspClient} from './helpers/lsp.js'
import {packPublicPackages, PUBLIC_PACKAGES, publicWorkspaces, readManifest, readmeInstallCommands, runCommand, userEnvironment, type CommandRun} from './helpers/packed.js'
import {ROOT} from './helpers/rule-docs.js'
import {SHARED_DIR, sharedAvailability} from './helpers/shared.js'

const FAULTY_EXAMPLE = 'jiangxian-bad-date-invalid.md'
const FAULTY_RULE = 'date-valid'
/** A published gazette of 陵川县 (2025.3), what `split` and `learn` read in the README. */
const CORPUS_GAZETTE = path.join(SHARED_DIR, 'corpus', '001_b39aa55e8743a23f.txt')
const VERSION = readManifest(PUBLIC_PACKAGES['gazette-lint']).version

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-packaging-'))
const office = path.join(tmp, 'office')
const globalPrefix = path.join(tmp, 'global')
const env = userEnvironment(globalPrefix)
let tarballs: Record<string, string> = {}

beforeAll(() => {
  tarballs = packPublicPackages(path.join(tmp, 'tarballs'), env)
  mkdirSync(path.join(office, 'drafts'), {recursive: true})
  copyFileSync(path.join(ROOT, 'examples', FAULTY_EXAMPLE), path.join(office, 'drafts', FAULTY_EXAMPLE))
  if (existsSync(CORPUS_GAZETTE)) {
    mkdirSync(path.join(office, 'gazettes'))
    copyFileSync(CORPUS_GAZETTE, path.join(office, 'gazettes', '2025-03.txt'))
  }
}, 300_000)
afterAll(() => rmSync(tmp, {recursive: true, force: true}))

/** The README's command with each public package name it installs replaced by that package's tarball. */
function fromTarballs(command: string): string {
  if (!/^npm install\b/.test(command)) return command
  return command
    .split(' ')
    .map((word) => tarballs[word] ?? word)
    .join(' ')
}

const succeeds = (run: CommandRun) => expect(run.status, `${run.command}\n${run.stderr}`).toBe(0)

/** The faulty example's finding, as the stylish report prints it: exit 1. */
function reportsTheFinding(run: CommandRun) {
  expect(run.status, run.stderr).toBe(1)
  expect(run.stdout).toContain(`drafts/${FAULTY_EXAMPLE}\n  19:1  错误  ${FAULTY_RULE}\n`)
}

interface Step {
  command: string
  check: (run: CommandRun) => void
  /** Reads the corpus, which is beside the clone only (../shared). */
  corpus?: boolean
}

/** The README's "Install" commands and what each must do. */
const STEPS: Step[] = [
  {command: 'npm init -y', check: succeeds},
  {
    command: 'npm install --save-dev gazette-lint',
    check: (run) => {
      succeeds(run)
      // Installed from the tarball alone: the package needs no other package.
      expect(readdirSync(path.join(office, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['gazette-lint'])
    },
  },
  {command: 'npx gazette-lint --version', check: (run) => expect([run.status, run.stdout]).toEqual([0, `${VERSION}\n`])},
  {command: 'npx gazette-lint drafts/', check: reportsTheFinding},
  {
    command: 'npx gazette-lint --format sarif --output-file gazette-lint.sarif drafts/',
    check: (run) => {
      expect(run.status).toBe(1)
      const sarif = JSON.parse(readFileSync(path.join(office, 'gazette-lint.sarif'), 'utf8'))
      const [analysis] = sarif.runs
      expect(analysis.results.map((result: {ruleId: string}) => result.ruleId)).toEqual([FAULTY_RULE])
      const rule = analysis.tool.driver.rules.find((entry: {id: string}) => entry.id === FAULTY_RULE)
      // The rule's page is a file of the installed package.
      expect(realpathSync(fileURLToPath(rule.helpUri))).toBe(realpathSync(path.join(office, 'node_modules/gazette-lint/rules/date', FAULTY_RULE, 'README.md')))
    },
  },
  {
    command: 'npx gazette-lint review drafts/ --out review.html',
    check: (run) => {
      expect(run.status, run.stderr).toBe(1)
      expect(run.stdout).toContain(`  ✗ drafts/${FAULTY_EXAMPLE}（错误 1 个）\n`)
      const sheet = readFileSync(path.join(office, 'review.html'), 'utf8')
      expect(sheet).toContain(`<li class="finding severity-error" data-rule="${FAULTY_RULE}"`)
    },
  },
  {
    command: 'npx gazette-lint split gazettes/2025-03.txt --out published/',
    corpus: true,
    check: (run) => {
      succeeds(run)
      expect(readdirSync(path.join(office, 'published')).filter((name) => name.endsWith('.md')).length).toBeGreaterThanOrEqual(5)
    },
  },
  {
    command: 'npx gazette-lint learn gazettes/2025-03.txt --out profile.json --id lingchuan --county 陵川县',
    corpus: true,
    check: (run) => {
      succeeds(run)
      const profile = JSON.parse(readFileSync(path.join(office, 'profile.json'), 'utf8'))
      expect(profile).toMatchObject({id: 'lingchuan', county: '陵川县'})
      expect(profile.issuers.map((issuer: {name: string}) => issuer.name)).toContain('陵川县人民政府办公室')
    },
  },
  {command: 'npm install --save-dev remark-cli remark-preset-lint-gazette', check: succeeds},
  {
    command: 'npx remark --use remark-preset-lint-gazette --no-stdout drafts/',
    check: (run) => {
      expect(run.status).toBe(1)
      // remark-cli colours its report even on a pipe.
      expect(stripVTControlCharacters(run.stderr)).toMatch(new RegExp(`19:1-19:11 +error +成文日期“2026年2月30日”不存在.* ${FAULTY_RULE} +gazette-lint`))
    },
  },
  {command: 'npm install --save-dev gazette-lint-language-server', check: succeeds},
  {command: 'npx gazette-lint-language-server --version', check: (run) => expect([run.status, run.stdout]).toEqual([0, `${VERSION}\n`])},
  {command: 'npm install --global gazette-lint', check: succeeds},
  {
    command: 'gazette-lint drafts/',
    check: (run) => {
      reportsTheFinding(run)
      expect(existsSync(path.join(globalPrefix, 'bin', 'gazette-lint'))).toBe(true)
    },
  },
]

const shared = sharedAvailability()

describe('the README\'s install commands, run on the packed tarballs in an empty folder', () => {
  it('are the commands this test runs, in the same order', () => {
    expect(readmeInstallCommands()).toEqual(STEPS.map((step) => step.command))
  })

  it('packs exactly the public packages', () => {
    expect(publicWorkspaces()).toEqual(PUBLIC_PACKAGES)
    expect(Object.keys(tarballs).sort()).toEqual(Object.keys(PUBLIC_PACKAGES).sort())
  })

  for (const step of STEPS) {
    const skip = step.corpus && shared.skip
    it.skipIf(skip)(`${step.command}${skip ? ` (${shared.reason})` : ''}`, () => {
      step.check(runCommand(fromTarballs(step.command), office, env))
    })
  }
})

describe('the installed packages, beyond what the README types', () => {
  const installed = (name: string) => path.join(office, 'node_modules', name)

  it('have every file their package.json names, and no dependency to fetch', () => {
    for (const name of Object.keys(PUBLIC_PACKAGES)) {
      const manifest = JSON.parse(readFileSync(path.join(installed(name), 'package.json'), 'utf8'))
      expect(manifest.dependencies, name).toBeUndefined()
      const named = [manifest.main, manifest.types, ...Object.values(manifest.bin ?? {}), ...JSON.stringify(manifest.exports).match(/\.\/[^"]+/g)!].filter(Boolean)
      for (const file of named) expect(existsSync(path.join(installed(name), file as string)), `${name}: ${file}`).toBe(true)
    }
  })

  it('lint in worker threads from the bundle as in one thread', () => {
    copyFileSync(path.join(ROOT, 'examples', 'lingchuan-clean-direct.md'), path.join(office, 'drafts', 'lingchuan-clean-direct.md'))
    try {
      const serial = runCommand('npx gazette-lint drafts/', office, env)
      const threaded = runCommand('npx gazette-lint --concurrency 2 drafts/', office, {...env, GAZETTE_LINT_DEBUG: 'run'})
      expect(threaded.stderr).toContain('2 thread(s)')
      expect([threaded.status, threaded.stdout]).toEqual([serial.status, serial.stdout])
    } finally {
      rmSync(path.join(office, 'drafts', 'lingchuan-clean-direct.md'))
    }
  })

  it('answer a warm --cache run from the cache under the bundle\'s build stamp, and lint again under another', () => {
    const stampFile = path.join(installed('gazette-lint'), 'bundle', 'tool-stamp.txt')
    const stamp = readFileSync(stampFile, 'latin1')
    expect(stamp).toMatch(/^[0-9a-f]{64}\n$/u)
    const cached = () => runCommand('npx gazette-lint --cache --cache-location ../cache.json drafts/', office, {...env, GAZETTE_LINT_DEBUG: 'run'})
    try {
      const cold = cached()
      expect(cold.stderr).toMatch(/linted [1-9]\d*, from cache 0,/u)
      const warm = cached()
      expect(warm.stderr).toMatch(/linted 0, from cache [1-9]\d*,/u)
      expect([warm.status, warm.stdout]).toEqual([cold.status, cold.stdout])
      // A cache file whose checksum fails has each entry checked by its schema (the one schema the bundle compiles at run time).
      const cacheFile = path.join(tmp, 'cache.json')
      writeCacheText(cacheFile, readCacheText(cacheFile).replace(/"checksum":"[0-9a-f]/u, (head) => `${head.slice(0, -1)}${head.endsWith('0') ? '1' : '0'}`))
      const checked = cached()
      expect(checked.stderr).toMatch(/linted 0, from cache [1-9]\d*,/u)
      expect([checked.status, checked.stdout]).toEqual([cold.status, cold.stdout])
      // Another build of the bundle: nothing it cached is trusted.
      writeFileSync(stampFile, `${'0'.repeat(64)}\n`)
      expect(cached().stderr).toMatch(/linted [1-9]\d*, from cache 0,/u)
    } finally {
      writeFileSync(stampFile, stamp)
      rmSync(path.join(tmp, 'cache.json'), {force: true})
    }
  })

  it('tell a config\'s problems as the checkout does, with the schemas the bundle compiled when it was built', () => {
    const folder = path.join(tmp, 'bad-config')
    mkdirSync(folder, {recursive: true})
    copyFileSync(path.join(ROOT, 'examples', FAULTY_EXAMPLE), path.join(folder, FAULTY_EXAMPLE))
    // The config's own schema, then (once it holds) a rule's options schema.
    const configs = [
      [{rulez: {}, lang: 'fr'}, '/rulez'],
      [{rules: {'date-valid': ['error', {draftHorizonDays: -1, horizon: 3}]}}, '/rules/date-valid/1/draftHorizonDays'],
    ] as const
    for (const [config, problemPath] of configs) {
      writeFileSync(path.join(folder, '.gazettelintrc.json'), JSON.stringify(config))
      const installedRun = runCommand(`node ${path.join(installed('gazette-lint'), 'bin', 'gazette-lint.js')} ${FAULTY_EXAMPLE}`, folder, env)
      const checkoutRun = runCommand(`node ${path.join(ROOT, 'packages', 'cli', 'bin', 'gazette-lint.js')} ${FAULTY_EXAMPLE}`, folder, env)
      expect(installedRun.stderr).toContain(problemPath)
      expect([installedRun.status, installedRun.stderr]).toEqual([2, checkoutRun.stderr])
      expect(checkoutRun.status).toBe(2)
    }
  })

  it('ship a page for every rule, whose relative links lead to files the package has', () => {
    const pages = path.join(installed('gazette-lint'), 'rules')
    const files = readdirSync(pages, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('README.md'))
    expect(files.length).toBe(readdirSync(path.join(ROOT, 'rules'), {recursive: true, encoding: 'utf8'}).filter((file) => /^[a-z-]+\/[a-z-]+\/README\.md$/.test(file)).length)
    for (const file of files) {
      for (const [, target] of readFileSync(path.join(pages, file), 'utf8').matchAll(/\]\((?!https?:|#|mailto:)([^)\s]+)\)/g)) {
        expect(existsSync(path.resolve(pages, path.dirname(file), target.split('#')[0])), `${file}: ${target}`).toBe(true)
      }
    }
  })

  it('run the language server from its bundle: an editor opening the faulty draft sees its finding', async () => {
    const client = new LspClient({workspace: office, server: path.join(installed('gazette-lint-language-server'), 'bin', 'gazette-lint-language-server.js')})
    try {
      await client.initialize()
      const draft = path.join(office, 'drafts', FAULTY_EXAMPLE)
      await client.open(draft)
      const diagnostics = await client.diagnostics(draft)
      expect(diagnostics.map((diagnostic) => [diagnostic.range.start.line + 1, diagnostic.code])).toEqual([[19, FAULTY_RULE]])
      // Its rule page is a file of the installed server package.
      expect(fileURLToPath(diagnostics[0].codeDescription!.href)).toBe(path.join(installed('gazette-lint-language-server'), 'rules/date', FAULTY_RULE, 'README.md'))
    } finally {
      await client.stop()
    }
  })

  it('link the rules to GAZETTE_LINT_DOCS_BASE when it is set', () => {
    const run = runCommand('npx gazette-lint --format json drafts/', office, {...env, GAZETTE_LINT_DOCS_BASE: 'https://docs.example/gazette-lint/rules/'})
    expect(JSON.parse(run.stdout)[0].messages[0].url).toBe(`https://docs.example/gazette-lint/rules/date/${FAULTY_RULE}/README.md`)
  })
})
