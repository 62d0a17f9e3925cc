/**
 * Bad input through the command line (issue #16): every case a hostile or unlucky user meets, with the
 * exit code, the message and the files left as they were. A draft that cannot be checked is one `fatal`
 * finding on it (exit 2) while the other drafts are linted; what the drafts' bytes are is said out loud.
 */
import {mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import iconv from 'iconv-lite'
import {afterAll, describe, expect, it} from 'vitest'
import {parseJsonReport, runCli, spawnCli} from './helpers/cli.js'
import {CLEAN, FAULTY, temporaryFolders} from './helpers/folders.js'

const {root: tmp, folder, remove} = temporaryFolders('gazette-lint-bad-input-')
afterAll(remove)

/** Each finding of a json report as `path line:column ruleId severity`. */
function findings(stdout: string): string[] {
  return parseJsonReport(stdout).flatMap((result) => result.messages.map((m) => `${result.path} ${m.line ?? '-'}:${m.column ?? '-'} ${m.ruleId} ${m.severity}`))
}

const messageOf = (stdout: string, file: string, ruleId: string) =>
  parseJsonReport(stdout)
    .find((result) => result.path === file)
    ?.messages.filter((m) => m.ruleId === ruleId)
    .map((m) => m.message)

/** Every file under a folder with its bytes: what a run must leave as it found it. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (entry.isFile()) files[path.relative(dir, path.join(entry.parentPath, entry.name))] = readFileSync(path.join(entry.parentPath, entry.name)).toString('hex')
  }
  return files
}

const NUMBER_FINDING = 'faulty.md 5:1 doc-number-format error'

describe('a folder with a draft that cannot be checked and a faulty one: fatal on the first, the real finding on the second', () => {
  // The drafts that crashed the whole run before issue #16, each now a fatal finding of its own: 100,000
  // nested ">" (a stack overflow in the model, then minutes in the parser), a binary file named .md, and
  // a rule that throws on a registry file of the wrong shape (entries without a number), configured for
  // the one folder `crash/` only.
  const dir = folder({
    'deep.md': '# 关于测试的通知\n\n' + '>'.repeat(100_000) + ' 说明\n',
    'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    'crash/draft.md': CLEAN.replace('31号', '33号'),
    'crash/registry.json': JSON.stringify([{title: '没有文号的条目'}]),
    'crash/.gazettelintrc.json': JSON.stringify({registry: ['registry.json'], rules: {'doc-number-unique': 'warning'}}),
    'faulty.md': FAULTY,
  })
  const before = snapshot(dir)

  it.each([['serial', []], ['threaded', ['--concurrency', '2']]])('%s', async (_, extra) => {
    const run = await runCli(['--format', 'json', ...extra, '.'], {cwd: dir})
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('')
    expect(findings(run.stdout)).toEqual([
      'crash/draft.md -:- fatal error',
      'crash/draft.md -:- fatal error',
      'crash/draft.md -:- fatal error',
      'deep.md 3:1 fatal error',
      NUMBER_FINDING,
      'image.md -:- fatal error',
    ])
    expect(messageOf(run.stdout, 'crash/draft.md', 'fatal')!.map((m) => m.split('（')[0])).toEqual([
      '规则 doc-number-unique 检查本草稿时出错',
      '规则 repeal-note-reference 检查本草稿时出错',
      '规则 repeal-note-missing 检查本草稿时出错',
    ])
    expect(messageOf(run.stdout, 'deep.md', 'fatal')).toEqual([
      '第 3 行嵌套了 100000 层引用（“>”）或列表，超过可检查的 100 层，本草稿未检查：公文不需要这样的嵌套，请检查是否误粘贴了“>”或列表符号',
    ])
    expect(messageOf(run.stdout, 'image.md', 'fatal')).toEqual([
      '不是文本文件（第 8 字节是 NUL 字节），已跳过：如果它不是草稿，请移出文件夹或在配置的 ignore 中排除；如果是旧编辑器存成 UTF-16/UTF-32 的草稿，请另存为 UTF-8',
    ])
    expect(snapshot(dir)).toEqual(before)
  })

  it('serial and threaded runs print the same reports, and --quiet keeps every fatal finding', async () => {
    // Every format, serial against threaded, is compared on the session's results in test/session.test.ts.
    for (const format of ['stylish', 'sarif', 'junit']) {
      const [serial, threaded] = await Promise.all([runCli(['--format', format, '.'], {cwd: dir}), runCli(['--format', format, '--concurrency', '2', '.'], {cwd: dir})])
      expect(threaded.stdout, format).toBe(serial.stdout)
      expect([serial.status, threaded.status]).toEqual([2, 2])
    }
    const quiet = await runCli(['--format', 'json', '--quiet', '.'], {cwd: dir})
    expect(findings(quiet.stdout).filter((finding) => finding.includes(' fatal '))).toHaveLength(5)
  })

  it('a stack trace only with GAZETTE_LINT_DEBUG', () => {
    const plain = spawnCli(['--format', 'json', 'crash/draft.md'], {cwd: dir})
    expect(plain.status).toBe(2)
    expect(plain.stdout).not.toMatch(/\n\s+at /)
    const debug = spawnCli(['--format', 'json', 'crash/draft.md'], {cwd: dir, env: {GAZETTE_LINT_DEBUG: '1'}})
    expect(messageOf(debug.stdout, 'crash/draft.md', 'fatal')![0]).toMatch(/\n\s+at .*rules\//)
  })
})

describe('encodings said out loud', () => {
  it('a UTF-8 draft with a stray byte stays UTF-8: one warning at the byte, every other finding in place', async () => {
    const at = FAULTY.indexOf('各乡镇人民政府')
    const [head, tail] = [FAULTY.slice(0, at), FAULTY.slice(at)]
    const dir = folder({'faulty.md': Buffer.concat([Buffer.from(head), Buffer.from([0xb8]), Buffer.from(tail)])})
    const run = await runCli(['--format', 'json', 'faulty.md'], {cwd: dir})
    expect(run.status).toBe(1)
    expect(findings(run.stdout)).toEqual([NUMBER_FINDING, 'faulty.md 7:1 encoding warning'])
    const byte = Buffer.byteLength(head)
    expect(messageOf(run.stdout, 'faulty.md', 'encoding')).toEqual([
      `第 ${byte} 字节起有不是 UTF-8 的字节（B8），显示为“\ufffd”：可能是从其他编码（如 GB18030）的文件中粘贴的文字，请重新输入这段文字；如整份草稿是 GB18030 编码，可用 --encoding gb18030 指定`,
    ])
  })

  it.each([
    ['GB18030', iconv.encode(FAULTY, 'gb18030'), '（按文件内容判断）'],
    ['UTF-16LE', iconv.encode(FAULTY, 'utf-16le', {addBOM: true}), '（文件开头的字节顺序标记 BOM 表明）'],
    ['UTF-16BE', iconv.encode(FAULTY, 'utf-16be'), '（按文件内容判断）'],
  ])('a %s draft is linted as written, with an info naming its encoding', async (label, bytes, how) => {
    const dir = folder({'faulty.md': bytes})
    const run = await runCli(['--format', 'json', 'faulty.md'], {cwd: dir})
    expect(run.status).toBe(1)
    expect(findings(run.stdout)).toEqual(['faulty.md -:- encoding info', NUMBER_FINDING])
    expect(messageOf(run.stdout, 'faulty.md', 'encoding')).toEqual([
      `本草稿按 ${label} 编码读取${how}，不是 UTF-8：检查不受影响；建议另存为 UTF-8，以便各种工具一致读取；如判断有误，可用 --encoding 指定编码`,
    ])
  })

  it('--encoding forces one, and a bad name is a usage error', async () => {
    const dir = folder({'clean.md': iconv.encode(CLEAN, 'gb18030')})
    const forced = await runCli(['--format', 'json', '--lang', 'en', '--encoding', 'GBK', 'clean.md'], {cwd: dir})
    expect(forced.status).toBe(0)
    expect(messageOf(forced.stdout, 'clean.md', 'encoding')).toEqual([
      'the draft was read as GB18030 (as --encoding says), not UTF-8: the checks are not affected; save it as UTF-8 so that every tool reads it alike, or name the encoding with --encoding if this is wrong',
    ])
    const wrong = await runCli(['--format', 'json', '--encoding', 'utf-8', 'clean.md'], {cwd: dir})
    expect(wrong.status).toBe(1)
    expect(findings(wrong.stdout).filter((finding) => finding.includes('encoding warning')).length).toBeGreaterThan(0)
    const bad = await runCli(['--encoding', 'latin1', 'clean.md'], {cwd: dir})
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--encoding 应为 auto、utf-8、gb18030（gbk）、utf-16le 或 utf-16be，而不是“latin1”')
  })

  it('a config file saved in GB18030 is read with the same decoder', async () => {
    const dir = folder({'clean.md': CLEAN, '.gazettelintrc.yaml': iconv.encode('profile: 陵川县\nunits: [县融媒体中心]\n', 'gb18030')})
    const run = await runCli(['--format', 'json', 'clean.md'], {cwd: dir})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(findings(run.stdout)).toEqual([])
  })
})

describe('files that are not drafts', () => {
  it('a file over the size limit is skipped with one finding; --max-file-size raises the limit', async () => {
    const dir = folder({'huge.md': CLEAN + '\n' + '补充说明。\n\n'.repeat(70_000), 'faulty.md': FAULTY})
    const run = await runCli(['--format', 'json', '.'], {cwd: dir})
    expect(run.status).toBe(2)
    expect(findings(run.stdout)).toEqual([NUMBER_FINDING, 'huge.md -:- fatal error'])
    expect(messageOf(run.stdout, 'huge.md', 'fatal')).toEqual(['文件大小 1.1 MB，超过 1 MB 的上限，已跳过：如确为一份草稿，请用 --max-file-size 调高上限'])
    // The limit is the user's: a 25 KB draft under --max-file-size 16KB is skipped, under 32KB linted.
    writeFileSync(path.join(dir, 'huge.md'), CLEAN + '\n' + '补充说明。\n\n'.repeat(1_400))
    const lowered = await runCli(['--format', 'json', '--max-file-size', '16KB', '.'], {cwd: dir})
    expect(findings(lowered.stdout)).toEqual([NUMBER_FINDING, 'huge.md -:- fatal error'])
    expect(messageOf(lowered.stdout, 'huge.md', 'fatal')).toEqual(['文件大小 25 KB，超过 16 KB 的上限，已跳过：如确为一份草稿，请用 --max-file-size 调高上限'])
    const raised = await runCli(['--format', 'json', '--max-file-size', '32KB', '.'], {cwd: dir})
    expect(raised.status).toBe(1)
    expect(findings(raised.stdout)).toEqual([NUMBER_FINDING])
    expect((await runCli(['--max-file-size', 'big', '.'], {cwd: dir})).stderr).toContain('--max-file-size 应为文件大小，如 2MB、500KB 或 1048576，而不是“big”')
  })

  it('a symlink back to a parent folder is told and not followed; a file reached twice is linted once', async () => {
    const dir = folder({'drafts/faulty.md': FAULTY, 'drafts/clean.md': CLEAN})
    symlinkSync('..', path.join(dir, 'drafts', 'up'))
    symlinkSync('drafts', path.join(dir, 'same'))
    const run = await runCli(['--format', 'json', '.'], {cwd: dir})
    expect(run.status).toBe(1)
    expect(run.stderr).toBe(
      ['gazette-lint：drafts/up 是指回 . 的符号链接，该文件夹已在检查中，不再重复进入', 'gazette-lint：same/up 是指回 . 的符号链接，该文件夹已在检查中，不再重复进入', ''].join('\n'),
    )
    // One draft per real file, so no false doc-number-unique against itself.
    expect(findings(run.stdout)).toEqual(['drafts/faulty.md 5:1 doc-number-format error'])
    expect(parseJsonReport(run.stdout).map((result) => result.path)).toEqual(['drafts/clean.md', 'drafts/faulty.md'])
  })

  it('a symlink loop named on the command line and a dangling link are one finding each; the other drafts are linted', async () => {
    const dir = folder({'faulty.md': FAULTY})
    symlinkSync('loop-b.md', path.join(dir, 'loop-a.md'))
    symlinkSync('loop-a.md', path.join(dir, 'loop-b.md'))
    symlinkSync('missing.md', path.join(dir, 'dangling.md'))
    const run = await runCli(['--format', 'json', '--lang', 'en', 'loop-a.md', 'dangling.md', 'faulty.md'], {cwd: dir})
    expect(run.status).toBe(2)
    expect(findings(run.stdout)).toEqual(['dangling.md -:- fatal error', NUMBER_FINDING, 'loop-a.md -:- fatal error'])
    expect(messageOf(run.stdout, 'loop-a.md', 'fatal')![0]).toMatch(/^cannot read the draft \(ELOOP: .*\): a symlink that points to itself or round in a loop: fix or remove the link$/)
    expect(messageOf(run.stdout, 'dangling.md', 'fatal')![0]).toMatch(/^cannot read the draft \(ENOENT: .*\): the file does not exist \(or a symlink points nowhere\): check the path$/)
    // In a folder, the same links are found and reported alike.
    expect(findings((await runCli(['--format', 'json', '.'], {cwd: dir})).stdout)).toEqual([
      'dangling.md -:- fatal error',
      NUMBER_FINDING,
      'loop-a.md -:- fatal error',
      'loop-b.md -:- fatal error',
    ])
  })

  it('a file name that is not UTF-8 (GBK, from a Windows archive) is linted under a readable name, with a warning', async () => {
    const dir = folder({'faulty.md': FAULTY})
    // In GBK 通知 alone happens to be valid UTF-8 (CD A8 D6 AA); a longer name is not.
    writeFileSync(Buffer.concat([Buffer.from(dir + '/'), iconv.encode('防火通知.md', 'gbk')]), CLEAN.replace('31号', '34号'))
    const run = await runCli(['--format', 'json', '.'], {cwd: dir})
    expect(run.status).toBe(1)
    expect(findings(run.stdout)).toEqual([NUMBER_FINDING, '防火通知.md -:- encoding warning'])
    expect(messageOf(run.stdout, '防火通知.md', 'encoding')).toEqual([
      '文件名不是 UTF-8 编码（此处显示为“防火通知.md”），许多工具无法打开：请将文件名改为 UTF-8，例如用 convmv -f gbk -t utf-8 --notest 转换',
    ])
  })

  it('a FIFO named .md in a folder is reported, never read (reading it would wait for a writer forever)', async () => {
    const dir = folder({'faulty.md': FAULTY})
    expect(spawnSync('mkfifo', [path.join(dir, 'pipe.md')]).status).toBe(0)
    // A folder named like a draft is a folder: searched, not read.
    mkdirSync(path.join(dir, 'folder.md'))
    const run = await runCli(['--format', 'json', '.'], {cwd: dir})
    expect(run.status).toBe(2)
    expect(findings(run.stdout)).toEqual([NUMBER_FINDING, 'pipe.md -:- fatal error'])
    expect(messageOf(run.stdout, 'pipe.md', 'fatal')).toEqual([
      '无法读取草稿（ENOTFILE: not a regular file (a FIFO, a socket or a device)）：不是普通文件（FIFO、套接字或设备），未读取：请移出文件夹',
    ])
  })
})

describe('unreadable files and folders, as a user without the permission (a real process run as nobody)', () => {
  const asNobody = process.getuid?.() === 0
  it.runIf(asNobody)('each unreadable entry is one finding; the readable drafts are linted', () => {
    const dir = folder({'faulty.md': FAULTY, 'secret.md': CLEAN, 'locked/inner.md': CLEAN, 'no-search/inner.md': CLEAN})
    const chmod = (name: string, mode: number) => import('node:fs').then((fs) => fs.chmodSync(path.join(dir, name), mode))
    return Promise.all([chmod('', 0o755), chmod('secret.md', 0o000), chmod('locked', 0o000), chmod('no-search', 0o644), import('node:fs').then((fs) => fs.chmodSync(tmp, 0o755))]).then(() => {
      const run = spawnCli(['--format', 'json', '--lang', 'en', '.'], {cwd: dir, uid: 65534, gid: 65534})
      expect(run.stderr).toBe('')
      expect(run.status).toBe(2)
      expect(findings(run.stdout)).toEqual([NUMBER_FINDING, 'locked -:- fatal error', 'no-search/inner.md -:- fatal error', 'secret.md -:- fatal error'])
      for (const name of ['locked', 'no-search/inner.md', 'secret.md']) {
        expect(messageOf(run.stdout, name, 'fatal')![0], name).toMatch(/\(EACCES: .*\): permission denied: check the permissions of the file and of the folders above it$/)
      }
    })
  })
})
