/**
 * Bad input on the way in and out (issue #16): drafts on standard input, the report written with `-o`
 * to whatever the path names (a FIFO, /dev/stdout, a symlink, a full disk, a folder that cannot be
 * written), front matter a drafter got wrong, and a cache file that is not what the cache wrote.
 */
import {spawn} from 'node:child_process'
import {chmodSync, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import iconv from 'iconv-lite'
import {afterAll, describe, expect, it} from 'vitest'
import {readCacheText, writeCacheText} from './helpers/cache-file.js'
import {parseJsonReport, runCli, spawnCli} from './helpers/cli.js'
import {CLEAN, FAULTY, temporaryFolders} from './helpers/folders.js'

const {root: tmp, folder, remove} = temporaryFolders('gazette-lint-bad-io-')
afterAll(remove)

const findings = (stdout: string) =>
  parseJsonReport(stdout).flatMap((result) => result.messages.map((m) => `${result.path} ${m.line ?? '-'}:${m.column ?? '-'} ${m.ruleId} ${m.severity}`))

describe('a draft on standard input', () => {
  it('--stdin --stdin-filename: linted under that path, with the config and profile found from it', async () => {
    const dir = folder({'drafts/.gazettelintrc.json': JSON.stringify({rules: {'doc-number-format': 'warning'}, lang: 'en'})})
    const run = await runCli(['--format', 'json', '--stdin', '--stdin-filename', 'drafts/x.md'], {cwd: dir, stdin: FAULTY})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(findings(run.stdout)).toEqual(['drafts/x.md 5:1 doc-number-format warning'])
    expect(parseJsonReport(run.stdout)[0].messages[0].message).toMatch(/^The year of the document number/)
    // The file named need not exist, and nothing is written to it.
    expect(existsSync(path.join(dir, 'drafts/x.md'))).toBe(false)
  })

  it('"-" reads it too, decoded as a file would be: GB18030 bytes are said to be GB18030', async () => {
    const run = await runCli(['--format', 'json', '-'], {cwd: folder(), stdin: iconv.encode(FAULTY, 'gb18030')})
    expect(run.status).toBe(1)
    expect(findings(run.stdout)).toEqual(['<stdin> -:- encoding info', '<stdin> 5:1 doc-number-format error'])
  })

  it('the real command reads its standard input, and refuses files named beside --stdin', () => {
    const run = spawnCli(['--stdin', '--stdin-filename', 'x.md'], {cwd: folder(), input: FAULTY})
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^x\.md\n {2}5:1 {2}错误 {2}doc-number-format\n/)
    const both = spawnCli(['--stdin', 'a.md'], {cwd: folder(), input: FAULTY})
    expect(both.status).toBe(2)
    expect(both.stderr).toBe('gazette-lint：用法错误：--stdin 检查标准输入中的草稿，不能再指定文件（给出了 a.md）\n运行 gazette-lint --help 查看用法。\n')
  })

  it('standard input over the size limit is one fatal finding', async () => {
    const run = await runCli(['--format', 'json', '--stdin', '--max-file-size', '500B'], {cwd: folder(), stdin: FAULTY})
    expect(run.status).toBe(2)
    // Standard input is read up to one byte past the limit, never whole.
    expect(parseJsonReport(run.stdout)[0].messages.map((m) => m.message)).toEqual(['文件大小 501 B，超过 500 B 的上限，已跳过：如确为一份草稿，请用 --max-file-size 调高上限'])
  })
})

describe('-o writes the report wherever the path leads, or says in one line why it cannot', () => {
  const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'))

  it('a symlink stays a link and its target gets the report', async () => {
    const dir = folder({'faulty.md': FAULTY, 'reports/real.json': 'old'})
    symlinkSync('reports/real.json', path.join(dir, 'link.json'))
    const run = await runCli(['--format', 'json', '-o', 'link.json', 'faulty.md'], {cwd: dir})
    expect(run.status).toBe(1)
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(path.join(dir, 'link.json'))).toBe('reports/real.json')
    expect(parseJsonReport(readFileSync(path.join(dir, 'reports/real.json'), 'utf8'))[0].path).toBe('faulty.md')
    expect([...leftovers(dir), ...leftovers(path.join(dir, 'reports'))]).toEqual([])
  })

  it('a missing folder is made', async () => {
    const dir = folder({'faulty.md': FAULTY})
    const run = await runCli(['--format', 'json', '-o', 'out/ci/report.json', 'faulty.md'], {cwd: dir})
    expect(run.status).toBe(1)
    expect(parseJsonReport(readFileSync(path.join(dir, 'out/ci/report.json'), 'utf8'))).toHaveLength(1)
  })

  it('a FIFO is written in place, and stays a FIFO', async () => {
    const dir = folder({'faulty.md': FAULTY})
    const fifo = path.join(dir, 'report.fifo')
    await new Promise<void>((resolve, reject) => spawn('mkfifo', [fifo]).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`mkfifo ${code}`)))))
    // The reader copies what comes through the FIFO to a file, as a CI step piping the report would.
    const reader = spawn('sh', ['-c', `cat "${fifo}" > "${path.join(dir, 'copied.json')}"`])
    const readerDone = new Promise((resolve) => reader.on('exit', resolve))
    const run = spawnCli(['--format', 'json', '-o', fifo, 'faulty.md'], {cwd: dir})
    await readerDone
    expect(run.status).toBe(1)
    expect(lstatSync(fifo).isFIFO()).toBe(true)
    expect(parseJsonReport(readFileSync(path.join(dir, 'copied.json'), 'utf8'))[0].path).toBe('faulty.md')
    expect(leftovers(dir)).toEqual([])
  })

  it('/dev/stdout is the command\'s own standard output', () => {
    const run = spawnCli(['--format', 'json', '-o', '/dev/stdout', 'faulty.md'], {cwd: folder({'faulty.md': FAULTY})})
    expect(run.status).toBe(1)
    expect(parseJsonReport(run.stdout)[0].path).toBe('faulty.md')
  })

  it.runIf(process.getuid?.() === 0)('/dev/full (a full disk, even for root): one line, exit 2, the device left a device', () => {
    const run = spawnCli(['--format', 'json', '-o', '/dev/full', 'faulty.md'], {cwd: folder({'faulty.md': FAULTY})})
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe('gazette-lint：无法将报告写入 /dev/full（ENOSPC）：磁盘已满，请腾出空间后重试\n')
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true)
  })

  it.runIf(process.getuid?.() === 0)('a folder the user cannot write to: one line, exit 2, the old report untouched, no temporary file', () => {
    const dir = folder({'faulty.md': FAULTY, 'locked/report.json': 'old report'})
    chmodSync(path.join(dir, 'locked'), 0o555)
    chmodSync(path.join(dir, 'locked/report.json'), 0o444)
    for (const open of [tmp, dir]) chmodSync(open, 0o755)
    const run = spawnCli(['--format', 'json', '--lang', 'en', '-o', 'locked/report.json', 'faulty.md'], {cwd: dir, uid: 65534, gid: 65534})
    expect(run.status).toBe(2)
    expect(run.stderr).toBe("gazette-lint: cannot write the report to locked/report.json (EACCES): permission denied: write elsewhere or check the folder's permissions\n")
    expect(readFileSync(path.join(dir, 'locked/report.json'), 'utf8')).toBe('old report')
    expect(leftovers(path.join(dir, 'locked'))).toEqual([])
  })
})

describe('front matter a drafter got wrong: one front-matter-schema finding at its line, the body still linted', () => {
  it.each([
    ['an alias typed for emphasis', '---\ntitle: *紧急*关于做好2026年春季森林防火工作的通知\n---\n\n', '2:8'],
    ['an anchor', '---\ntitle: &t 关于做好2026年春季森林防火工作的通知\nissuer: 陵川县人民政府办公室\n---\n\n', '2:8'],
    ['a fence never closed', '---\ntitle: 关于做好2026年春季森林防火工作的通知\n\n', '1:1'],
    ['a document that is not YAML', '---\ntitle: [关于\n---\n\n', '2:11'],
  ])('%s', async (_, frontMatter, at) => {
    const dir = folder({'faulty.md': frontMatter + FAULTY})
    const run = await runCli(['--format', 'json', 'faulty.md'], {cwd: dir})
    expect(run.status).toBe(1)
    const found = findings(run.stdout)
    expect(found.filter((finding) => finding.includes('front-matter-schema'))).toEqual([`faulty.md ${at} front-matter-schema error`])
    // The body's own fault is found where it stands, below the front matter.
    expect(found.filter((finding) => finding.includes('doc-number-format'))).toHaveLength(1)
    expect(found.filter((finding) => finding.includes('fatal'))).toEqual([])
  })

  it('empty front matter is no finding (found by fuzzing: it once failed the model)', async () => {
    const run = await runCli(['--format', 'json', 'faulty.md'], {cwd: folder({'faulty.md': `---\n\n---\n\n${FAULTY}`})})
    expect(run.status).toBe(1)
    expect(findings(run.stdout)).toEqual(['faulty.md 9:1 doc-number-format error'])
  })

  it('a thousand aliases of aliases are never expanded', async () => {
    const bomb = ['a: &a [x, x]', ...Array.from({length: 30}, (_, index) => `b${index}: &b${index} [*${index === 0 ? 'a' : `b${index - 1}`}, *${index === 0 ? 'a' : `b${index - 1}`}]`)].join('\n')
    const run = await runCli(['--format', 'json', 'faulty.md'], {cwd: folder({'faulty.md': `---\n${bomb}\n---\n\n${FAULTY}`})})
    expect(run.status).toBe(1)
    expect(findings(run.stdout).filter((finding) => finding.includes('front-matter-schema'))).toEqual(['faulty.md 2:4 front-matter-schema error'])
  })
})

describe('a cache entry that is not what the cache wrote is a miss, never a lost finding', () => {
  it('--encoding is part of the key: the same bytes read another way are linted again', async () => {
    const dir = folder({'clean.md': iconv.encode(CLEAN, 'gb18030')})
    const run = (extra: string[]) => runCli(['--cache', '--format', 'json', ...extra, 'clean.md'], {cwd: dir, env: {GAZETTE_LINT_DEBUG: 'run'}})
    const detected = await run([])
    const forced = await run(['--encoding', 'utf-8'])
    expect(forced.stderr).toContain('linted 1, from cache 0')
    expect(forced.stdout).not.toBe(detected.stdout)
    expect((await run([])).stdout).toBe(detected.stdout)
  })

  it.each([
    ['messages: null', (entry: Record<string, unknown>) => Object.assign(entry, {messages: null})],
    ['a message without a reason', (entry: Record<string, unknown>) => Object.assign(entry, {messages: [{ruleId: 'x'}]})],
    ['no summary', (entry: Record<string, unknown>) => Object.assign(entry, {summary: undefined})],
  ])('%s', async (_, corrupt) => {
    const dir = folder({'faulty.md': FAULTY})
    const run = () => runCli(['--cache', '--format', 'json', 'faulty.md'], {cwd: dir, env: {GAZETTE_LINT_DEBUG: 'run'}})
    const cold = await run()
    const cacheFile = path.join(dir, '.gazettelintcache')
    const cache = JSON.parse(readCacheText(cacheFile))
    corrupt(cache.entries['faulty.md'])
    writeFileSync(cacheFile, JSON.stringify(cache))
    const warm = await run()
    expect(warm.stderr).toContain('linted 1, from cache 0')
    expect(warm.stdout).toBe(cold.stdout)
    expect(warm.status).toBe(1)
  })
  it('an entry broken in the cache file as the cache writes it (UTF-16) fails the checksum: it is checked and linted again', async () => {
    const dir = folder({'faulty.md': FAULTY})
    const run = () => runCli(['--cache', '--format', 'json', 'faulty.md'], {cwd: dir, env: {GAZETTE_LINT_DEBUG: 'run'}})
    const cold = await run()
    const cacheFile = path.join(dir, '.gazettelintcache')
    const cache = JSON.parse(readCacheText(cacheFile))
    cache.entries['faulty.md'].messages = null
    writeCacheText(cacheFile, JSON.stringify(cache))
    const warm = await run()
    expect(warm.stderr).toContain('linted 1, from cache 0')
    expect(warm.stdout).toBe(cold.stdout)
    expect((await run()).stderr).toContain('linted 0, from cache 1')
  })
  it('a cache file of the older format (2, UTF-8) is ignored without a warning and rewritten in the new one', async () => {
    const dir = folder({'faulty.md': FAULTY})
    const run = () => runCli(['--cache', '--format', 'json', 'faulty.md'], {cwd: dir, env: {GAZETTE_LINT_DEBUG: 'run'}})
    const cold = await run()
    const cacheFile = path.join(dir, '.gazettelintcache')
    writeFileSync(cacheFile, JSON.stringify({...JSON.parse(readCacheText(cacheFile)), format: 2}))
    const again = await run()
    expect(again.stderr).toBe('gazette-lint: linted 1, from cache 0, modelled 1 of 1 drafts, 1 thread(s), 0 not read (file stamps as cached)\n')
    expect(again.stdout).toBe(cold.stdout)
    expect(JSON.parse(readCacheText(cacheFile)).format).toBe(3)
  })
  it('an edited entry of a draft another run wrote the cache without is not vouched for by the checksum that run wrote', async () => {
    const dir = folder({'faulty.md': FAULTY, 'clean.md': CLEAN})
    const run = (file: string) => runCli(['--cache', '--format', 'json', file], {cwd: dir, env: {GAZETTE_LINT_DEBUG: 'run'}})
    const cold = await run('faulty.md')
    const cacheFile = path.join(dir, '.gazettelintcache')
    const cache = JSON.parse(readCacheText(cacheFile))
    cache.entries['faulty.md'].messages = null
    writeFileSync(cacheFile, JSON.stringify(cache))
    expect((await run('clean.md')).stderr).toContain('linted 1, from cache 0')
    const warm = await run('faulty.md')
    expect(warm.stderr).toContain('linted 1, from cache 0')
    expect(warm.stdout).toBe(cold.stdout)
    expect(warm.status).toBe(1)
  })
})
