/**
 * Word drafts (`.docx`) everywhere the command reads drafts: a folder picks them up, every report format points at
 * the paragraph, `--fix` never rewrites one and `--fix-dry-run` shows its fixes as text, tracked changes are read as
 * accepted and reported, a file that is no Word document is one `fatal` finding, `convert` writes the Markdown draft,
 * and `review` puts Word notices on the sheet. Real files: the twins of examples/docx and documents written here.
 */
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {runCli} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'
import {paragraph, wordDocument} from './helpers/word.js'

const BRACKETS = path.join(ROOT, 'examples', 'docx', 'pingshun-bad-number-brackets.docx')
const REFUSED =
  'gazette-lint：a.docx 是 Word 文档，--fix 不改写 Word 文件，文件未改动：用 --fix-dry-run 查看修改后在 Word 中照改，或用 gazette-lint convert a.docx --out a.md 转为 Markdown 草稿后再修复\n'

let folder: string
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-docx-'))
})
afterEach(() => rmSync(folder, {recursive: true, force: true}))

const inFolder = (args: string[]) => runCli(args, {cwd: folder})

/** A notice of 陵川县 whose number was corrected with tracked changes: `[2026]` deleted, `〔2026〕` inserted. */
function trackedNumberBody(): string {
  return [
    paragraph('陵川县人民政府办公室'),
    paragraph('关于做好防汛工作的通知', '<w:jc w:val="center"/>'),
    `<w:p><w:r><w:t>陵政办发</w:t></w:r><w:del w:id="1" w:author="办公室" w:date="2026-11-20T09:00:00Z"><w:r><w:delText>[2026]</w:delText></w:r></w:del><w:ins w:id="2" w:author="办公室" w:date="2026-11-20T09:00:00Z"><w:r><w:t>〔2026〕</w:t></w:r></w:ins><w:r><w:t>31号</w:t></w:r></w:p>`,
    paragraph('各乡镇人民政府，县直各有关单位：'),
    paragraph('为做好今年防汛工作，现将有关事项通知如下。'),
    paragraph('陵川县人民政府办公室'),
    paragraph('2026年11月20日'),
    paragraph('（此件公开发布）'),
  ].join('')
}

describe('--fix and --fix-dry-run on a Word draft', () => {
  it('--fix refuses to rewrite it, says what to do instead, and reports the finding as it stands', async () => {
    copyFileSync(BRACKETS, path.join(folder, 'a.docx'))
    const result = await inFolder(['--fix', 'a.docx'])
    expect(result.stderr).toBe(REFUSED)
    expect(result.stdout).toContain('a.docx\n  第 3 段第 1 字  错误  doc-number-format\n')
    expect(result.status).toBe(1)
    expect(readFileSync(path.join(folder, 'a.docx')).equals(readFileSync(BRACKETS))).toBe(true)
  })

  it('--fix-dry-run shows the fixes as a diff of its Markdown text, to be made in Word, and writes nothing', async () => {
    copyFileSync(BRACKETS, path.join(folder, 'a.docx'))
    const result = await inFolder(['--fix-dry-run', 'a.docx'])
    expect(result.stdout).toContain('# a.docx 是 Word 文档：以下是对其 Markdown 文本（gazette-lint convert 的输出）的修改，请在 Word 中照改\n--- a/a.md\n+++ b/a.md\n')
    expect(result.stdout).toContain('\n-平政办发[2026]8号\n+平政办发〔2026〕8号\n')
    expect(readFileSync(path.join(folder, 'a.docx')).equals(readFileSync(BRACKETS))).toBe(true)
  })

  it('--fix still fixes the Markdown drafts beside it', async () => {
    copyFileSync(BRACKETS, path.join(folder, 'a.docx'))
    writeFileSync(path.join(folder, 'b.md'), readFileSync(path.join(ROOT, 'examples', 'pingshun-bad-number-brackets.md')))
    const result = await inFolder(['--fix', '.'])
    expect(result.stderr).toContain(REFUSED)
    expect(readFileSync(path.join(folder, 'b.md'), 'utf8')).toContain('平政办发〔2026〕8号')
  })
})

describe('every report format points at the paragraph', () => {
  it('json: paragraph and character (end exclusive), no fix to apply to the document', async () => {
    copyFileSync(BRACKETS, path.join(folder, 'a.docx'))
    const [file] = JSON.parse((await inFolder(['-f', 'json', 'a.docx'])).stdout) as Array<{messages: Array<Record<string, unknown>>}>
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({ruleId: 'doc-number-format', paragraph: 3, character: 1, endParagraph: 3, endCharacter: 13})
    expect(file.messages[0]).not.toHaveProperty('fix')
  })

  it('sarif: a logical location naming 第 3 段, the region in the Markdown text, no fix', async () => {
    copyFileSync(BRACKETS, path.join(folder, 'a.docx'))
    const run = JSON.parse((await inFolder(['-f', 'sarif', 'a.docx'])).stdout).runs[0]
    expect(run.artifacts[0].mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    const [result] = run.results
    expect(result.locations[0].logicalLocations).toEqual([{name: '第 3 段', fullyQualifiedName: '第 3 段第 1 字', kind: 'element', properties: {paragraph: 3, character: 1}}])
    expect(result.locations[0].physicalLocation.region.startLine).toBe(5)
    expect(result.fixes).toBeUndefined()
  })

  it('checkstyle, github and stylish in English: the paragraph as the line', async () => {
    copyFileSync(BRACKETS, path.join(folder, 'a.docx'))
    expect((await inFolder(['-f', 'checkstyle', 'a.docx'])).stdout).toContain('<error line="3" column="1" severity="error"')
    expect((await inFolder(['-f', 'github', 'a.docx'])).stdout).toMatch(/^::error file=a\.docx,line=3,col=1,endLine=3,endColumn=13,title=gazette-lint \(doc-number-format\) 第 3 段第 1 字::/mu)
    expect((await inFolder(['--lang', 'en', 'a.docx'])).stdout).toMatch(/^a\.docx\n {2}¶3:1 {2}error +doc-number-format\n/u)
  })
})

describe('tracked changes', () => {
  it('are read as accepted (the corrected number is fine) and reported where they stand: info while drafting, an error at publishing', async () => {
    writeFileSync(path.join(folder, 'a.docx'), await wordDocument({body: trackedNumberBody()}))
    const drafting = JSON.parse((await inFolder(['-f', 'json', 'a.docx'])).stdout)[0].messages
    expect(drafting.map((message: {ruleId: string; severity: string; paragraph: number; character: number}) => [message.ruleId, message.severity, message.paragraph, message.character])).toEqual([
      ['word-tracked-changes', 'info', 3, 5],
    ])
    expect(drafting[0].message).toBe('本段仍有 2 处未处理的修订，如插入“〔2026〕”：已按全部接受检查；印发前请在 Word 的“审阅”中接受或拒绝全部修订')
    const publishing = await inFolder(['--stage', 'publish', 'a.docx'])
    expect(publishing.status).toBe(1)
    expect(publishing.stdout).toContain('第 3 段第 5 字  错误  word-tracked-changes')
  })
})

describe('a file that is no Word document', () => {
  it('is one fatal finding that says what to do, exit 2, and the other drafts are linted', async () => {
    writeFileSync(path.join(folder, 'text.docx'), '陵川县人民政府办公室\n')
    writeFileSync(path.join(folder, 'damaged.docx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)]))
    copyFileSync(BRACKETS, path.join(folder, 'good.docx'))
    // The owner file Word leaves beside an open document is no draft.
    writeFileSync(path.join(folder, '~$good.docx'), Buffer.alloc(162))
    const result = await inFolder(['.'])
    expect(result.status).toBe(2)
    expect(result.stdout).toContain('text.docx\n  全文  错误  fatal\n        无法读取 Word 文档：这不是 Word 文档（.docx 应为 ZIP 压缩包）')
    expect(result.stdout).toMatch(/damaged\.docx\n {2}全文 {2}错误 {2}fatal\n {8}无法读取 Word 文档：文件已损坏/u)
    expect(result.stdout).toContain('good.docx\n  第 3 段第 1 字  错误  doc-number-format')
    expect(result.stdout).not.toContain('~$good.docx')
  })
})

describe('convert', () => {
  it('writes the Markdown draft, which lints as the document does; says when tracked changes were accepted', async () => {
    writeFileSync(path.join(folder, 'a.docx'), await wordDocument({body: trackedNumberBody()}))
    const converted = await inFolder(['convert', 'a.docx', '--out', 'a.md'])
    expect(converted.status).toBe(0)
    expect(converted.stderr).toBe('gazette-lint convert：a.docx 中仍有未处理的修订（1 段），已按全部接受转换；请在 Word 中接受或拒绝修订后再转换，以免误收\n')
    expect(converted.stdout).toBe('已将 a.docx 转换为 Markdown 草稿 a.md（共 8 段）\n')
    expect(readFileSync(path.join(folder, 'a.md'), 'utf8')).toBe(
      '陵川县人民政府办公室\n\n# 关于做好防汛工作的通知\n\n陵政办发〔2026〕31号\n\n各乡镇人民政府，县直各有关单位：\n\n为做好今年防汛工作，现将有关事项通知如下。\n\n陵川县人民政府办公室\n\n2026年11月20日\n\n（此件公开发布）\n',
    )
    // The Word draft and its Markdown draft are one draft in two forms: no duplicate number between them.
    const both = await inFolder(['-f', 'json', '.'])
    const findings = JSON.parse(both.stdout).flatMap((file: {path: string; messages: Array<{ruleId: string}>}) => file.messages.map((message) => `${file.path}:${message.ruleId}`))
    expect(findings).toEqual(['a.docx:word-tracked-changes'])
  })

  it('another draft with the same number is still a duplicate', async () => {
    writeFileSync(path.join(folder, 'a.docx'), await wordDocument({body: trackedNumberBody()}))
    await inFolder(['convert', 'a.docx', '--out', 'other.md'])
    const result = await inFolder(['.'])
    expect(result.stdout).toContain('doc-number-unique')
  })

  it('writes to standard output without --out', async () => {
    copyFileSync(BRACKETS, path.join(folder, 'a.docx'))
    const result = await inFolder(['convert', 'a.docx'])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(readFileSync(path.join(ROOT, 'examples', 'pingshun-bad-number-brackets.md'), 'utf8'))
  })

  it('refuses what is not a .docx, an existing file without --force, and several documents without a folder', async () => {
    copyFileSync(BRACKETS, path.join(folder, 'a.docx'))
    writeFileSync(path.join(folder, 'a.md'), 'mine\n')
    const notWord = await inFolder(['convert', 'a.md'])
    const help = '运行 gazette-lint convert --help 查看用法。\n'
    expect([notWord.status, notWord.stderr]).toEqual([2, `gazette-lint：用法错误：convert：a.md 不是 Word 文档（.docx），只有 Word 文档需要转换\n${help}`])
    const exists = await inFolder(['convert', 'a.docx', '--out', 'a.md'])
    expect([exists.status, exists.stderr]).toEqual([2, `gazette-lint：用法错误：convert：a.md 已存在，未改动；要覆盖请加 --force\n${help}`])
    expect(readFileSync(path.join(folder, 'a.md'), 'utf8')).toBe('mine\n')
    expect((await inFolder(['convert', 'a.docx', '--out', 'a.md', '--force'])).status).toBe(0)
    copyFileSync(BRACKETS, path.join(folder, 'b.docx'))
    const several = await inFolder(['convert', 'a.docx', 'b.docx'])
    expect([several.status, several.stderr]).toEqual([2, `gazette-lint：用法错误：convert：转换多份文档时，请用 --out 指定一个文件夹\n${help}`])
  })

  it('refuses, before writing any, two documents that would be written as one file, or a target that exists', async () => {
    mkdirSync(path.join(folder, 'x'))
    mkdirSync(path.join(folder, 'y'))
    mkdirSync(path.join(folder, 'out'))
    copyFileSync(BRACKETS, path.join(folder, 'x', 'a.docx'))
    copyFileSync(BRACKETS, path.join(folder, 'y', 'a.docx'))
    copyFileSync(BRACKETS, path.join(folder, 'b.docx'))
    const help = '运行 gazette-lint convert --help 查看用法。\n'
    const same = await inFolder(['convert', 'b.docx', 'x/a.docx', 'y/a.docx', '--out', 'out'])
    expect([same.status, same.stderr]).toEqual([2, `gazette-lint：用法错误：convert：x/a.docx 与 y/a.docx 都将写为 out/a.md，未写任何文件；请分两次转换到不同文件夹\n${help}`])
    writeFileSync(path.join(folder, 'out', 'a.md'), 'mine\n')
    const exists = await inFolder(['convert', 'b.docx', 'x/a.docx', '--out', 'out'])
    expect([exists.status, exists.stderr]).toEqual([2, `gazette-lint：用法错误：convert：out/a.md 已存在，未改动；要覆盖请加 --force\n${help}`])
    expect(readdirSync(path.join(folder, 'out'))).toEqual(['a.md'])
    expect(readFileSync(path.join(folder, 'out', 'a.md'), 'utf8')).toBe('mine\n')
  })

  it('a document that cannot be read is told, exit 2, and the others are converted', async () => {
    copyFileSync(BRACKETS, path.join(folder, 'a.docx'))
    writeFileSync(path.join(folder, 'b.docx'), 'not a document\n')
    mkdirSync(path.join(folder, 'out'))
    const result = await inFolder(['convert', 'a.docx', 'b.docx', '--out', 'out'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^gazette-lint convert：无法转换 b\.docx：无法读取 Word 文档：这不是 Word 文档/u)
    expect(readFileSync(path.join(folder, 'out', 'a.md'), 'utf8')).toContain('平政办发[2026]8号')
  })
})

describe('review', () => {
  it('puts a Word notice on the sheet at 第 N 段第 M 字, its fixes for the office to make in Word', async () => {
    copyFileSync(BRACKETS, path.join(folder, 'a.docx'))
    const result = await inFolder(['review', 'a.docx', '--out', 'review.md'])
    expect(result.status).toBe(1)
    const sheet = readFileSync(path.join(folder, 'review.md'), 'utf8')
    expect(sheet).toContain('| 发文字号 | ✗ | 平政办发\\[2026\\]8号（规范写法：平政办发〔2026〕8号）')
    expect(sheet).toContain('[doc-number-format](')
    expect(sheet).toContain(') 第 3 段第 1 字：发文字号的年份应使用六角括号〔〕')
    expect(sheet).toContain('   > 3 │ **平政办发\\[2026\\]8号**')
    expect(sheet).toContain('   - 请在 Word 中改为：“平政办发\\[2026\\]8号” → “平政办发〔2026〕8号”')
    expect(sheet).toContain('这是 Word 文档，gazette-lint 不改写 Word 文件：以上 1 处修改请在 Word 中照改')
  })
})

describe('learn', () => {
  it('learns from Word drafts what it learns from their Markdown examples', async () => {
    mkdirSync(path.join(folder, 'md'))
    mkdirSync(path.join(folder, 'docx'))
    for (const name of ['lingchuan-clean-direct', 'lingchuan-clean-letter', 'lingchuan-clean-yuan-repeal']) {
      copyFileSync(path.join(ROOT, 'examples', `${name}.md`), path.join(folder, 'md', `${name}.md`))
      copyFileSync(path.join(ROOT, 'examples', 'docx', `${name}.docx`), path.join(folder, 'docx', `${name}.docx`))
    }
    for (const kind of ['md', 'docx']) expect((await inFolder(['learn', '--drafts', kind, '--county', '陵川县', '--id', 'lingchuan', '--out', `${kind}.json`])).status).toBe(0)
    const learnt = (kind: string) => readFileSync(path.join(folder, `${kind}.json`), 'utf8').replace(/\.(?:md|docx)"/gu, '"')
    expect(learnt('docx')).toBe(learnt('md'))
    expect(learnt('docx')).toContain('"陵政办发"')
  })
})

