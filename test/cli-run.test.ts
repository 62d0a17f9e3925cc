import {cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readCacheText} from './helpers/cache-file.js'
import {parseJsonReport, runCli, spawnCli} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'

const CLEAN = readFileSync(path.join(ROOT, 'test/fixtures/cli/basic/clean.md'), 'utf8')
const draft = (sequence: number, numberText = `陵政办发〔2026〕${sequence}号`) => CLEAN.replace('陵政办发〔2026〕31号', numberText)

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-run-'))
  for (let index = 1; index <= 12; index++) writeFileSync(path.join(dir, `d${String(index).padStart(2, '0')}.md`), draft(40 + index))
  // Two drafts that share a number, and one malformed number.
  writeFileSync(path.join(dir, 'dup-a.md'), draft(90))
  writeFileSync(path.join(dir, 'dup-b.md'), draft(90))
  writeFileSync(path.join(dir, 'bad.md'), draft(0, '陵政办发[2026]91号'))
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const run = (args: string[], env: Record<string, string> = {}) => runCli(args, {cwd: dir, env: {GAZETTE_LINT_DEBUG: 'run', ...env}})
const findings = (stdout: string) =>
  parseJsonReport(stdout).flatMap((result) => result.messages.map((message) => `${result.path}:${message.line}:${message.ruleId}`))
const stats = (stderr: string) => /linted (\d+), from cache (\d+)/.exec(stderr)!.slice(1).map(Number)

describe('--shard i/n', () => {
  it('splits the drafts into disjoint shards that together are the whole run, with the same findings', async () => {
    const whole = await run(['--format', 'json', '.'])
    const shards = await Promise.all([1, 2, 3].map((index) => run(['--format', 'json', '--shard', `${index}/3`, '.'])))
    const paths = shards.map((shard) => parseJsonReport(shard.stdout).map((result) => result.path))
    expect(paths.flat().sort()).toEqual(parseJsonReport(whole.stdout).map((result) => result.path).sort())
    expect(new Set(paths.flat()).size).toBe(15)
    expect(paths.every((list) => list.length > 0)).toBe(true)
    expect(shards.flatMap((shard) => findings(shard.stdout)).sort()).toEqual(findings(whole.stdout).sort())
  })

  it('keeps cross-file checks whole: a duplicated number is reported in each draft, whichever shard lints it', async () => {
    const all = (await Promise.all([1, 2, 3, 4, 5].map((index) => run(['--format', 'json', '--shard', `${index}/5`, '.'])))).flatMap((shard) => findings(shard.stdout))
    expect(all.filter((finding) => finding.endsWith('doc-number-unique')).sort()).toEqual(['dup-a.md:5:doc-number-unique', 'dup-b.md:5:doc-number-unique'])
  })

  it('gives each draft the same shard on every run', async () => {
    expect((await run(['--format', 'json', '--shard', '2/3', '.'])).stdout).toBe((await run(['--format', 'json', '--shard', '2/3', '.'])).stdout)
  })

  it.each(['0/3', '4/3', '1/0', 'two'])('rejects --shard %s with exit 2', async (value) => {
    const result = await run(['--shard', value, '.'])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(`--shard 的写法是 i/n，且 1 ≤ i ≤ n（如 --shard 2/4），而不是“${value}”`)
  })
})

describe('--concurrency', () => {
  // Every report format, serial against threaded, with a crashing draft: test/session.test.ts.
  it('worker threads give the serial run\'s output and exit code', async () => {
    const serial = await run(['--format', 'json', '.'])
    const parallel = await run(['--format', 'json', '--concurrency', '3', '.'])
    expect(parallel.stderr).toContain('3 thread(s)')
    expect(parallel.stdout).toBe(serial.stdout)
    expect(parallel.status).toBe(serial.status)
    expect(parseJsonReport(parallel.stdout)).toHaveLength(15)
  })
})

describe('--cache', () => {
  it('a warm run reads no rule and reports the same; a changed draft, config or profile re-lints what it must', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-cache-'))
    try {
      cpSync(dir, work, {recursive: true})
      const cached = (args: string[] = []) => runCli(['--cache', '--format', 'json', ...args, '.'], {cwd: work, env: {GAZETTE_LINT_DEBUG: 'run'}})
      const cold = await cached()
      expect(stats(cold.stderr)).toEqual([15, 0])
      const warm = await cached()
      expect(stats(warm.stderr)).toEqual([0, 15])
      expect(warm.stdout).toBe(cold.stdout)
      expect(warm.status).toBe(cold.status)
      // Threads are for drafts to model: a run the cache answers whole starts none.
      const threadedWarm = await cached(['--concurrency', '3'])
      expect(threadedWarm.stderr).toContain('linted 0, from cache 15, modelled 0 of 15 drafts, 1 thread(s)')
      expect(threadedWarm.stdout).toBe(cold.stdout)

      // One draft changed: only it is linted again.
      writeFileSync(path.join(work, 'd03.md'), draft(43).replace('（此件公开发布）', '(此件公开发布)'))
      const oneChanged = await cached()
      expect(stats(oneChanged.stderr)).toEqual([1, 14])
      expect(findings(oneChanged.stdout)).toContain('d03.md:27:disclosure-format')

      // A draft that starts sharing another's number: both are linted again.
      writeFileSync(path.join(work, 'd04.md'), draft(45))
      expect(stats((await cached()).stderr)).toEqual([2, 13])

      // The config changed: everything under it is linted again.
      writeFileSync(path.join(work, '.gazettelintrc.json'), JSON.stringify({rules: {'disclosure-format': 'off'}}))
      const configChanged = await cached()
      expect(stats(configChanged.stderr)).toEqual([15, 0])
      expect(findings(configChanged.stdout)).not.toContain('d03.md:27:disclosure-format')

      // A profile named by the config changed: linted again.
      const profile = JSON.parse(readFileSync(path.join(ROOT, 'packages/profiles/lingchuan.json'), 'utf8'))
      writeFileSync(path.join(work, 'profile.json'), JSON.stringify(profile))
      writeFileSync(path.join(work, '.gazettelintrc.json'), JSON.stringify({profile: './profile.json', rules: {'disclosure-format': 'off'}}))
      expect(stats((await cached()).stderr)).toEqual([15, 0])
      expect(stats((await cached()).stderr)).toEqual([0, 15])
      profile.units = profile.units.filter((unit: {name: string}) => unit.name !== '县林业局')
      writeFileSync(path.join(work, 'profile.json'), JSON.stringify(profile))
      const profileChanged = await cached()
      expect(stats(profileChanged.stderr)).toEqual([15, 0])
    } finally {
      rmSync(work, {recursive: true, force: true})
    }
  })

  it('a draft whose file stamp is as cached is not read; a touched draft is hashed and still answered; new bytes under the old size and time are linted again', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-stamps-'))
    try {
      cpSync(dir, work, {recursive: true})
      // A modification time of whole seconds, which utimes can set back exactly.
      const rewrittenFile = path.join(work, 'd02.md')
      const wholeSecond = new Date('2026-11-01T08:00:00Z')
      utimesSync(rewrittenFile, wholeSecond, wholeSecond)
      const cached = (args: string[] = []) => runCli(['--cache', '--format', 'json', ...args, '.'], {cwd: work, env: {GAZETTE_LINT_DEBUG: 'run'}})
      const unread = (stderr: string) => Number(/(\d+) not read \(file stamps as cached\)/.exec(stderr)![1])
      const uncached = (await runCli(['--format', 'json', '.'], {cwd: work})).stdout
      // Drafts written less than a second ago may still change within the same tick of the file system's clock: they are always hashed.
      expect(stats((await cached()).stderr)).toEqual([15, 0])
      const young = await cached()
      expect([...stats(young.stderr), unread(young.stderr)]).toEqual([0, 15, 0])
      await new Promise((resolve) => setTimeout(resolve, 1100))
      // Hashed once more, now old enough for their stamps to be kept; from then on they are not read.
      expect(unread((await cached()).stderr)).toBe(0)
      const warm = await cached()
      expect([...stats(warm.stderr), unread(warm.stderr)]).toEqual([0, 15, 15])
      expect(warm.stdout).toBe(uncached)

      // d01 touched, its bytes unchanged: read and hashed, answered from the cache. d02 given new bytes of the same size under
      // its old modification time: its change time tells, and it is linted again (once it is old enough to be trusted by its stamp).
      const now = new Date()
      utimesSync(path.join(work, 'd01.md'), now, now)
      const before = statSync(rewrittenFile)
      writeFileSync(rewrittenFile, draft(77))
      utimesSync(rewrittenFile, wholeSecond, wholeSecond)
      expect([statSync(rewrittenFile).size, statSync(rewrittenFile).mtimeMs]).toEqual([before.size, before.mtimeMs])
      await new Promise((resolve) => setTimeout(resolve, 1100))
      const changed = await cached()
      expect([...stats(changed.stderr), unread(changed.stderr)]).toEqual([1, 14, 13])
      expect(changed.stdout).toBe((await runCli(['--format', 'json', '.'], {cwd: work})).stdout)
      expect(changed.stdout).not.toBe(uncached)

      // A smaller --max-file-size refuses a draft whatever its stamp says.
      const limited = await cached(['--max-file-size', '100'])
      expect(limited.status).toBe(2)
      expect(parseJsonReport(limited.stdout).every((result) => result.messages.some((message) => message.ruleId === 'fatal'))).toBe(true)
    } finally {
      rmSync(work, {recursive: true, force: true})
    }
  })

  it('findings cached under one docs base are linted again under another (GAZETTE_LINT_DOCS_BASE), so their links are never stale', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-docs-base-'))
    try {
      cpSync(dir, work, {recursive: true})
      const cached = (env: Record<string, string> = {}) => spawnCli(['--cache', '--format', 'json', '.'], {cwd: work, env: {GAZETTE_LINT_DEBUG: 'run', ...env}})
      expect(stats(cached().stderr)).toEqual([15, 0])
      const intranet = cached({GAZETTE_LINT_DOCS_BASE: 'https://intranet.example/gazette-lint/rules'})
      expect(stats(intranet.stderr)).toEqual([15, 0])
      const urls = parseJsonReport(intranet.stdout).flatMap((result) => result.messages.map((message) => message.url))
      expect(urls.length).toBeGreaterThan(0)
      expect(urls.every((url) => url?.startsWith('https://intranet.example/gazette-lint/rules/'))).toBe(true)
    } finally {
      rmSync(work, {recursive: true, force: true})
    }
  })

  it('a corrupt cache file is ignored with a warning and rebuilt', async () => {
    const location = path.join(dir, 'corrupt-cache.json')
    writeFileSync(location, '{not json')
    const result = await run(['--cache-location', location, '--format', 'json', '.'])
    expect(result.stderr).toContain('缓存文件')
    expect(stats(result.stderr)).toEqual([15, 0])
    expect(JSON.parse(readCacheText(location)).format).toBe(3)
  })
})
