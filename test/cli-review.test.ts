/**
 * `gazette-lint review`: the sheet it writes (read here in its Markdown form, line by line, and in its HTML
 * form for what must never become markup), the publish stage it checks at, what it prints, and its exit
 * codes. The sheet in a real browser is test/review-browser.test.ts.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runCli} from './helpers/cli.js'
import {temporaryFolders} from './helpers/folders.js'
import {ROOT} from './helpers/rule-docs.js'

const BATCH = 'test/fixtures/review/batch'
const folders = temporaryFolders('gazette-lint-review-')
afterAll(folders.remove)

/** Reviews `paths` into a fresh folder; the run and the sheet it wrote. */
async function review(paths: string[], options: string[] = [], name = 'review.html') {
  const out = path.join(folders.folder(), name)
  const run = await runCli(['review', ...paths, '--out', out, ...options])
  return {...run, out, sheet: existsSync(out) ? readFileSync(out, 'utf8') : ''}
}

/** The lines of a Markdown sheet from the heading `title` to the next heading of that level or higher. */
function section(sheet: string, title: string): string[] {
  const lines = sheet.split('\n')
  const start = lines.findIndex((line) => /^#+ /u.test(line) && line.replace(/^#+ /u, '') === title)
  expect(start, `no heading ${title}`).toBeGreaterThanOrEqual(0)
  const level = lines[start].indexOf(' ')
  const end = lines.findIndex((line, index) => index > start && /^#+ /u.test(line) && line.indexOf(' ') <= level)
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => line !== '')
}

describe('gazette-lint review: the batch with a duplicated number, a gap and a placeholder date', () => {
  it('shows all three, and the other checks of the batch, in the Markdown sheet', async () => {
    const {status, sheet} = await review([BATCH], [], 'review.md')
    expect(status).toBe(1)
    expect(section(sheet, '重复的发文字号')).toEqual([
      `- 陵政办发〔2026〕3号：${BATCH}/01-forest-fire.md 第 5 行第 1 列；${BATCH}/02-same-number.md 第 5 行第 1 列`,
    ])
    expect(section(sheet, '各机关代字本年文号')).toEqual([
      '| 机关代字 | 年份 | 本批文号（按序号） | 缺号 | 待编号 |',
      '|---|---|---|---|---|',
      '| 陵政办发 | 2026 | 3、3、6、7 | 4–5 | 无 |',
      '缺号指本批最小与最大序号之间未出现的序号。',
    ])
    expect(section(sheet, '文号顺序与成文日期不一致')).toEqual([
      `- 陵政办发〔2026〕7号（成文日期 2026-03-01） ${BATCH}/04-repeal-in-batch.md 第 5 行第 1 列 编号在 陵政办发〔2026〕3号（成文日期 2026-03-05） ${BATCH}/02-same-number.md 第 5 行第 1 列 之后，成文日期却更早`,
    ])
    expect(section(sheet, '同一标题重复发文')).toEqual([
      `- 关于加强2026年校园安全管理的通知：${BATCH}/03-date-placeholder.md 第 3 行第 3 列；${BATCH}/04-repeal-in-batch.md 第 3 行第 3 列`,
    ])
    expect(section(sheet, '废止说明指向本批公文')).toEqual([
      `- ${BATCH}/04-repeal-in-batch.md 第 9 行第 89 列 原《关于做好2026年春季森林防火工作的通知》（陵政办发〔2026〕3号）同时废止。 → ${BATCH}/01-forest-fire.md 第 5 行第 1 列`,
    ])
    // The placeholder date is an error at the publish stage: ✗ in the checklist, with its finding and excerpt.
    const placeholder = section(sheet, '有错误：关于加强2026年校园安全管理的通知')
    expect(placeholder).toContain('| 成文日期 | ✗ | 2026年 月 日（待填）<br>错误：成文日期“2026年 月 日”待填：签发时填写签发日期，印发前须为“YYYY年M月D日” | 第 13 行第 1 列 |')
    expect(placeholder).toContain('   > 13 │ **2026年 月 日**')
    const duplicate = section(sheet, '有错误：关于做好2026年春季森林防火工作的通知')
    expect(duplicate).toContain(
      `| 发文字号 | ✗ | 陵政办发〔2026〕3号<br>错误：发文字号“陵政办发〔2026〕3号”与本次检查的其他文稿重号：${BATCH}/02-same-number.md | 第 5 行第 1 列 |`,
    )
  })

  it('lists each notice\'s summary counts and what --fix would change, with the flagged span in the excerpt', async () => {
    const {sheet} = await review([BATCH], ['--format', 'md'], 'sheet.txt')
    expect(section(sheet, '概况')[0]).toBe('审核公文 4；通过 1；有错误 3；有警告 1')
    const passed = section(sheet, '通过：关于加强2026年校园安全管理的通知')
    expect(passed).toContain('   > 9 │ 各乡镇、各有关单位要将\\<script\\>alert**("审核单")**\\</script\\>校园安全纳入年度考核，\\<img src=x…')
    expect(passed).toContain('   - gazette-lint --fix 将修改为：“("审核单")” → “（"审核单"）”')
    expect(passed).toContain('gazette-lint --fix 可自动修复 1 处。')
    expect(passed).toContain('| 废止说明 | ✓ | 原《关于做好2026年春季森林防火工作的通知》（陵政办发〔2026〕3号）同时废止。 | 第 9 行第 89 列 |')
  })

  it('escapes every piece of draft text in the HTML sheet, which allows no script by its policy', async () => {
    const {sheet} = await review([BATCH])
    expect(sheet).not.toContain('<script')
    expect(sheet).not.toContain('<img')
    expect(sheet).toContain('&lt;script&gt;alert<mark>(&quot;审核单&quot;)</mark>&lt;/script&gt;')
    expect(sheet).toContain('&lt;img src=x')
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(sheet)?.[1]
    expect(policy).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; img-src 'none'; base-uri 'none'; form-action 'none'$/u)
    expect(sheet.match(/<style>/gu)).toHaveLength(1)
  })
})

describe('gazette-lint review: the publish stage and the exit codes', () => {
  it('writes the sheet for examples/ and exits 1 on their error-level findings, saying what it wrote', async () => {
    const {status, stdout, stderr, sheet} = await review(['examples/'])
    expect([status, stderr]).toEqual([1, ''])
    // The Markdown examples and their Word twins (examples/docx), which find what their Markdown examples find.
    expect(stdout.split('\n')[0]).toMatch(/^审核单已写入 .*review\.html：审核公文 57 份，通过 29 份，有错误 28 份，有警告 14 份$/u)
    expect(stdout).toContain('  ✗ examples/docx/lingchuan-draft-placeholders.docx（错误 2 个）\n')
    expect(stdout).toContain('  ✗ examples/lingchuan-draft-placeholders.md（错误 2 个）\n')
    expect(sheet.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true)
  })

  it('makes placeholders errors: a draft that lint passes at the draft stage fails the review', async () => {
    expect((await runCli(['examples/lingchuan-draft-placeholders.md'])).status).toBe(0)
    const {status, sheet} = await review(['examples/lingchuan-draft-placeholders.md'], ['--format', 'md'])
    expect(status).toBe(1)
    const notice = section(sheet, '有错误：关于做好2026年汛期地质灾害防治工作的通知')
    expect(notice).toContain('| 发文字号 | ✗ | 陵政办发〔2026〕　号（待填）<br>错误：发文字号“陵政办发〔2026〕　号”的序号待填：签发时由办公室编号后填入，印发前须为“陵政办发〔2026〕N号” | 第 5 行第 1 列 |')
    expect(section(sheet, '各机关代字本年文号')).toContain(`| 陵政办发 | 2026 |  | 无 | examples/lingchuan-draft-placeholders.md 第 5 行第 1 列 |`)
  })

  it('exits 0 on clean notices, with the sheet in English under --lang en', async () => {
    const {status, stdout, sheet} = await review(['examples/lingchuan-clean-direct.md', 'examples/qinxian-clean-cover-plan.md'], ['--lang', 'en', '--format', 'md'])
    expect(status).toBe(0)
    expect(stdout).toMatch(/^review sheet written to .*: 2 notices, 2 passed, 0 with errors, 0 with warnings\n$/u)
    expect(section(sheet, 'Summary')[0]).toBe('Notices checked 2; Passed 2; With errors 0; With warnings 0')
    expect(sheet).toContain('| Document number | ✓ | 陵政发〔2026〕6号 | line 5, column 1 |')
  })

  it('prints the sheet with --out - and says what it did on stderr', async () => {
    const run = await runCli(['review', 'examples/lingchuan-clean-direct.md', '--out', '-', '--format', 'md'])
    expect(run.status).toBe(0)
    expect(run.stdout.startsWith('# 公文审核单\n')).toBe(true)
    expect(run.stderr).toBe('审核单已写入 标准输出：审核公文 1 份，通过 1 份，有错误 0 份，有警告 0 份\n')
  })

  it('exits 2 on a draft that could not be checked, and shows it as not checked', async () => {
    const dir = folders.folder({'binary.md': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])})
    const out = path.join(dir, 'review.md')
    const run = await runCli(['review', dir, '--out', out])
    expect(run.status).toBe(2)
    expect(run.stdout).toContain(`  ✗ ${path.relative(ROOT, path.join(dir, 'binary.md'))}（未能检查）\n`)
    expect(section(readFileSync(out, 'utf8'), `未能检查：${path.relative(ROOT, path.join(dir, 'binary.md'))}`)[1]).toBe('本草稿未能读取或识别，无法列出要素，请先处理下列问题。')
  })

  it.each([
    [['review', 'examples/'], 'gazette-lint：用法错误：review：缺少 --out（审核单写到哪里，如 --out review.html；写 --out - 则输出到标准输出）'],
    [['review', '--out', 'x.html'], 'gazette-lint：用法错误：review：请指定要审核的草稿或文件夹，例如 gazette-lint review drafts/ --out review.html'],
    [['review', 'examples/', '--out', 'x.html', '--format', 'htm'], 'gazette-lint：用法错误：review：--format 应为 html 或 md，而不是“htm”，是否要写“html”？'],
    [['review', 'examples/', '--out', 'x.html', '--stage', 'draft'], 'gazette-lint：用法错误：没有选项 --stage'],
    [['review', 'examples/', '--out', 'x.html', '--lang', 'cn'], 'gazette-lint：用法错误：--lang 应为 zh 或 en，而不是“cn”，是否要写“en”？'],
  ])('a usage error is told with exit code 2: %j', async (args, said) => {
    const run = await runCli(args)
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(`${said}\n运行 gazette-lint review --help 查看用法。\n`)
    expect(run.stdout).toBe('')
  })

  it('tells a config that cannot be used, and a sheet that cannot be written, with exit code 2', async () => {
    const dir = folders.folder({'.gazettelintrc.json': '{"rules": {"date-vaild": "off"}}', 'a.md': readFileSync(path.join(ROOT, 'examples/lingchuan-clean-direct.md'))})
    const bad = await runCli(['review', '.', '--out', 'review.html'], {cwd: dir})
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('gazette-lint：配置文件有误：\n  .gazettelintrc.json:1:12  /rules/date-vaild  未知的键“date-vaild”：没有这条规则，是否要写“date-valid”？')
    expect(existsSync(path.join(dir, 'review.html'))).toBe(false)

    // A sheet under a path where a file stands for a folder: refused even to root, and said with its reason.
    const draft = folders.folder({'a.md': readFileSync(path.join(ROOT, 'examples/lingchuan-clean-direct.md'))})
    const unwritable = await runCli(['review', 'a.md', '--out', 'a.md/review.html'], {cwd: draft})
    expect(unwritable.status).toBe(2)
    expect(unwritable.stderr).toBe('gazette-lint：无法写入 a.md/review.html：已有同名的文件或文件夹（EEXIST）\n')
  })
})
