/**
 * `--fix` and `--fix-dry-run`, run as a user runs them, on copies of the examples and fixtures: what is
 * written (bytes, encoding, BOM, line breaks, mode), what is reported after fixing, what is refused.
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import iconv from 'iconv-lite'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {BIN, parseJsonReport, runCli} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'

const MANY_FAULTS = readFileSync(path.join(ROOT, 'test/fixtures/fix/many-faults.md'), 'utf8')
/** The fixture once fixed: every fault but the repeal note's title, which no fix can know. */
const MANY_FAULTS_FIXED = `陵川县人民政府办公室

# 关于做好2026年春季森林防火工作的通知

陵政办发〔2026〕7号

各乡镇人民政府，县直有关单位：

为切实做好2026年春季森林防火工作，经县人民政府同意，现就有关事项通知如下：

一、加强火源管控。各乡镇要在重点林区设置检查站，严禁携带火种进山。（责任单位：各乡镇人民政府）

二、强化预警监测。县气象局要及时发布森林火险预警信息。（责任单位：县气象局）

三、做好扑救准备。县应急局要组织专业队伍加强值守。（责任单位：县应急局）

原《陵川县森林防火工作方案》（陵政办发〔2025〕3号）同时废止。

陵川县人民政府办公室

2026年3月5日

（此件公开发布）
`

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-fix-'))
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

let counter = 0
/** A fresh folder holding the given files (name → bytes or text). */
function folderWith(files: Record<string, string | Uint8Array>): string {
  const folder = path.join(dir, `case-${++counter}`)
  mkdirSync(folder, {recursive: true})
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(folder, name), content)
  return folder
}

const fixable = (stdout: string) => parseJsonReport(stdout).flatMap((result) => result.messages.filter((message) => message.fix).map((message) => `${result.path}:${message.line}:${message.ruleId}`))

describe('--fix on every example', () => {
  let copy: string
  let before: Map<string, Buffer>
  beforeAll(() => {
    copy = path.join(dir, 'examples')
    // The Markdown examples: their Word twins (examples/docx) are never rewritten, as test/docx-cli.test.ts shows.
    cpSync(path.join(ROOT, 'examples'), copy, {recursive: true, filter: (source) => path.basename(source) !== 'docx'})
    before = new Map(readdirSync(copy).filter((name) => name.endsWith('.md')).map((name) => [name, readFileSync(path.join(copy, name))]))
  })

  it('--fix-dry-run prints the change as a unified diff and writes nothing', async () => {
    const run = await runCli(['--fix-dry-run', '.'], {cwd: copy})
    expect(run.status).toBe(1)
    for (const [name, bytes] of before) expect(readFileSync(path.join(copy, name)).equals(bytes), name).toBe(true)
    expect(run.stdout).toContain(`--- a/qinxian-bad-date-spaces.md
+++ b/qinxian-bad-date-spaces.md
@@ -18,6 +18,6 @@
 
 沁县人民政府办公室
 
-2026 年 3 月 5 日
+2026年3月5日
 
 （此件公开发布）
`)
    // The report of what would remain follows the diff: the fixed faults are gone from it.
    const remaining = run.stdout.slice(run.stdout.lastIndexOf('\n@@'))
    const reported = new Map([...remaining.matchAll(/\n(\S+\.md)\n((?: {2,}.*\n)*)/g)].map((match) => [match[1], match[2]]))
    expect(reported.get('jiangxian-bad-date-invalid.md')).toMatch(/date-valid/)
    expect(reported.get('qinxian-bad-date-spaces.md') ?? '').not.toMatch(/date-format/)
  })

  it('leaves no fixable finding; the diff of the dry run is the change --fix wrote; a second --fix changes no byte', async () => {
    const dryRun = (await runCli(['--fix-dry-run', '.'], {cwd: copy})).stdout
    const run = await runCli(['--fix', '--format', 'json', '.'], {cwd: copy})
    expect(run.status).toBe(1)
    expect(fixable(run.stdout)).toEqual([])
    expect(run.stderr).toBe('gazette-lint：已修复 5 份草稿中的 5 个问题\n')
    const changed = [...before].filter(([name, bytes]) => !readFileSync(path.join(copy, name)).equals(bytes)).map(([name]) => name)
    expect(changed.sort()).toEqual(['jiangxian-bad-flag-halfwidth.md', 'jiangxian-bad-flag-position.md', 'pingshun-bad-number-brackets.md', 'pingshun-bad-repeal-unbracketed.md', 'qinxian-bad-date-spaces.md'])
    // Each line the dry run adds is a line --fix wrote; each it removes was in the original.
    for (const name of changed) {
      const written = readFileSync(path.join(copy, name), 'utf8').split('\n')
      const original = before.get(name)!.toString('utf8').split('\n')
      const section = dryRun.slice(dryRun.indexOf(`--- a/${name}`)).split(/\n(?=--- a\/)/)[0]
      const added = section.split('\n').filter((line) => line.startsWith('+') && !line.startsWith('+++')).map((line) => line.slice(1))
      const removed = section.split('\n').filter((line) => line.startsWith('-') && !line.startsWith('---')).map((line) => line.slice(1))
      expect(added.length, name).toBeGreaterThan(0)
      for (const line of added) expect(written, `${name}: ${line}`).toContain(line)
      for (const line of removed) expect(original).toContain(line)
    }
    const after = new Map([...before.keys()].map((name) => [name, readFileSync(path.join(copy, name))]))
    const again = await runCli(['--fix', '.'], {cwd: copy})
    expect(again.stderr).toBe('')
    for (const [name, bytes] of after) expect(readFileSync(path.join(copy, name)).equals(bytes), name).toBe(true)
    expect((await runCli(['--fix-dry-run', '.'], {cwd: copy})).stdout).not.toMatch(/^--- a\//m)
  })
})

describe('--fix on a draft with many faults', () => {
  it('fixes in passes (overlapping fixes wait for a re-lint), writes once and reports what remains', async () => {
    const folder = folderWith({'draft.md': MANY_FAULTS})
    const run = await runCli(['--fix', 'draft.md'], {cwd: folder})
    expect(readFileSync(path.join(folder, 'draft.md'), 'utf8')).toBe(MANY_FAULTS_FIXED)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('17:3  错误  repeal-note-reference')
    expect(run.stdout).toContain('✖ 1 个问题（1 个错误，0 个警告，0 条提示）')
    expect(run.stderr).toBe('gazette-lint：已修复 1 份草稿中的 15 个问题\n')
  })

  it('--fix-type limits the fixes to rules of those types; --rule to the rules it names', async () => {
    const folder = folderWith({'layout.md': MANY_FAULTS, 'rule.md': MANY_FAULTS})
    const layout = await runCli(['--fix', '--fix-type', 'layout', '--format', 'json', 'layout.md'], {cwd: folder})
    const left = parseJsonReport(layout.stdout)[0].messages.filter((message) => message.fix).map((message) => message.ruleId)
    expect([...new Set(left)].sort()).toEqual(['date-format', 'doc-number-format', 'repeal-note-format', 'title-format'])
    const text = readFileSync(path.join(folder, 'layout.md'), 'utf8')
    expect(text).toContain('各乡镇人民政府，县直有关单位：')
    expect(text).toContain('陵政办发[2026] 07号')

    await runCli(['--fix', '--rule', 'date-format:error', 'rule.md'], {cwd: folder})
    expect(readFileSync(path.join(folder, 'rule.md'), 'utf8')).toBe(MANY_FAULTS.replace('2026-03-05', '2026年3月5日'))
  })

  it('keeps a CRLF draft\'s line breaks, its BOM and its mode; a moved flag gets CRLF too', async () => {
    const crlf = '\ufeff' + MANY_FAULTS.replace(/\n/g, '\r\n')
    const folder = folderWith({'crlf.md': crlf})
    chmodSync(path.join(folder, 'crlf.md'), 0o640)
    await runCli(['--fix', 'crlf.md'], {cwd: folder})
    const bytes = readFileSync(path.join(folder, 'crlf.md'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.subarray(3).toString('utf8')).toBe(MANY_FAULTS_FIXED.replace(/\n/g, '\r\n'))
    expect(statSync(path.join(folder, 'crlf.md')).mode & 0o777).toBe(0o640)
  })
})

describe('--fix writes a draft back in its own encoding', () => {
  // A 4-byte GB18030 character (𠀀, U+20000) and 〇 in the text, so that every kind of sequence is round-tripped.
  const text = MANY_FAULTS.replace('严禁携带火种进山', '严禁携带火种进山𠀀〇')
  const fixedText = MANY_FAULTS_FIXED.replace('严禁携带火种进山', '严禁携带火种进山𠀀〇')

  it('GB18030 stays GB18030, byte for byte the encoding of the fixed text', async () => {
    const original = iconv.encode(text, 'gb18030')
    expect(() => new TextDecoder('utf-8', {fatal: true}).decode(original)).toThrow()
    const folder = folderWith({'gbk.md': original})
    const run = await runCli(['--fix', 'gbk.md'], {cwd: folder})
    expect(run.stderr).toBe('gazette-lint：已修复 1 份草稿中的 15 个问题\n')
    const written = readFileSync(path.join(folder, 'gbk.md'))
    expect(written.equals(iconv.encode(fixedText, 'gb18030'))).toBe(true)
    // Outside the fixed lines, the bytes are the original's.
    const head = iconv.encode('陵川县人民政府办公室\n\n# 关于做好2026年春季森林防火工作的通知', 'gb18030')
    expect(written.subarray(0, head.length).equals(original.subarray(0, head.length))).toBe(true)
  })

  it('UTF-16 (LE and BE, with their BOM) stays UTF-16', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
    const folder = folderWith({'le.md': le, 'be.md': be})
    await runCli(['--fix', '.'], {cwd: folder})
    expect(readFileSync(path.join(folder, 'le.md')).equals(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixedText, 'utf16le')]))).toBe(true)
    expect(readFileSync(path.join(folder, 'be.md')).equals(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(fixedText, 'utf16le').swap16()]))).toBe(true)
  })

  it('refuses a draft whose bytes cannot be written back unchanged (invalid UTF-8 after a BOM), with exit 2', async () => {
    const broken = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MANY_FAULTS.slice(0, 40)), Buffer.from([0xff]), Buffer.from(MANY_FAULTS.slice(40))])
    const folder = folderWith({'broken.md': broken, 'fine.md': MANY_FAULTS})
    const run = await runCli(['--fix', '.'], {cwd: folder})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('gazette-lint：broken.md 未修复：无法按原编码（utf-8-bom）原样写回，请手工修改；草稿未改动\n')
    expect(readFileSync(path.join(folder, 'broken.md')).equals(broken)).toBe(true)
    // The other draft is fixed all the same.
    expect(readFileSync(path.join(folder, 'fine.md'), 'utf8')).toBe(MANY_FAULTS_FIXED)
  })
})

describe('--fix never loses a draft', () => {
  it('a read-only draft (even for root) is reported, exit 2, and left as it was', async () => {
    const folder = folderWith({'locked.md': MANY_FAULTS})
    chmodSync(path.join(folder, 'locked.md'), 0o444)
    const run = await runCli(['--fix', '--lang', 'en', 'locked.md'], {cwd: folder})
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('gazette-lint: locked.md not fixed: the file is read-only (mode 444); the draft is unchanged\n')
    expect(readFileSync(path.join(folder, 'locked.md'), 'utf8')).toBe(MANY_FAULTS)
    // What is reported is what the draft on disk has.
    expect(run.stdout).toContain('doc-number-format')
  })

  it('a write that fails (no room for the file: ulimit -f 0) is reported, exit 2, the original intact and no temp file left', () => {
    const folder = folderWith({'draft.md': MANY_FAULTS})
    // The bin as a shell starts it, with a file-size limit of zero: writing any byte to a file fails (EFBIG), even for root.
    const result = spawnSync('sh', ['-c', `trap '' XFSZ; ulimit -f 0; exec "${process.execPath}" "${BIN}" --fix draft.md`], {
      cwd: folder,
      encoding: 'utf8',
      env: {...process.env, GAZETTE_LINT_TODAY: '2026-11-23', NO_COLOR: '1'},
    })
    expect(result.stderr).toBe('gazette-lint：draft.md 未修复：写入失败（EFBIG）；草稿未改动\n')
    expect(result.status).toBe(2)
    expect(readFileSync(path.join(folder, 'draft.md'), 'utf8')).toBe(MANY_FAULTS)
    expect(readdirSync(folder)).toEqual(['draft.md'])
  })
})

describe('the fix options', () => {
  it.each([
    [['--fix', '--fix-dry-run', 'x.md'], '--fix 与 --fix-dry-run 不能同时使用'],
    [['--fix-type', 'layout', 'x.md'], '--fix-type 须与 --fix 或 --fix-dry-run 同用'],
    [['--fix', '--fix-type', 'style', 'x.md'], '--fix-type 可用 problem、suggestion、layout（逗号分隔），而不是“style”'],
    [['--fix', '--fix-type', 'layuot', 'x.md'], '--fix-type 可用 problem、suggestion、layout（逗号分隔），而不是“layuot”，是否要写“layout”？'],
    [['--fix', '--fix-type', 'style', '--lang', 'en', 'x.md'], '--fix-type takes problem, suggestion, layout (comma-separated), not "style"'],
    [['--fix-dry-run', '--format', 'json', 'x.md'], '--fix-dry-run 在标准输出显示差异：使用 --format json 时请用 --output-file 指定报告文件'],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const run = await runCli(args)
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(message)
  })

  it('are listed by --help, in Chinese and English', async () => {
    for (const lang of ['zh', 'en']) {
      const help = (await runCli(['--help', '--lang', lang])).stdout
      for (const option of ['--fix ', '--fix-dry-run', '--fix-type <', '--baseline <', '--baseline-write <']) expect(help, `${lang} ${option}`).toContain(option)
    }
  })
})
