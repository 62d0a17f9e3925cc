/// <reference lib="dom" />
/**
 * The web page (packages/web) as a clerk uses it: built (`buildPage`, what `npm run build:web` runs), opened
 * from disk in Debian's headless Chromium, offline. Everything is read from the DOM, as a person sees it:
 * the findings list (rule id, severity, place, message), the underlines in the editor, the text after a fix.
 * What the page finds is held against what the command finds (`--format json`, `--fix`) on the same text.
 * Every page opened must make no request but for itself and its worker's blob, and log no error.
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import iconv from 'iconv-lite'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildPage} from '../packages/web/scripts/build.mjs'
import {parseJsonReport, runCli, type JsonFinding} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'
import {chromiumAvailability, launchChromium, openPage, type PageUnderTest} from './helpers/web-page.js'

const availability = chromiumAvailability()
if (availability.skip) console.warn(availability.reason)

/** The CLI tests' today (test/helpers/cli.ts), given to the page as `?today=`. */
const TODAY = '2026-11-23'
const EXAMPLES = path.join(ROOT, 'examples')
const exampleNames = readdirSync(EXAMPLES).filter((name) => name.endsWith('.md')).sort()
const example = (name: string) => readFileSync(path.join(EXAMPLES, name), 'utf8')
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'web')
const SEVERITY = {zh: {error: '错误', warning: '警告', info: '提示'}, en: {error: 'error', warning: 'warning', info: 'info'}} as const

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-web-'))
let browser: Browser
let pagePath: string
const opened: PageUnderTest[] = []

beforeAll(async () => {
  if (availability.skip) return
  pagePath = (await buildPage()).page
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  rmSync(tmp, {recursive: true, force: true})
})

async function open(query = `?today=${TODAY}`): Promise<PageUnderTest> {
  const page = await openPage(browser, pagePath, query)
  opened.push(page)
  await page.page.waitForFunction(() => performance.getEntriesByName('gazette-lint:worker-ready').length > 0)
  return page
}

/** Closes a page, after checking that it asked for nothing but itself and its worker, and logged no error. */
async function done({requests, errors, close}: PageUnderTest, expectedErrors?: RegExp): Promise<void> {
  await close()
  expect(errors.filter((error) => !expectedErrors?.test(error))).toEqual([])
  const pageUrl = (url: string) => url.startsWith('file://') && url.split('?')[0].endsWith('/packages/web/dist/index.html')
  expect(requests.filter((url) => !pageUrl(url) && !url.startsWith('blob:'))).toEqual([])
}

/** Waits for the findings of the text as it stands (the status line says the draft is checked). */
async function checked({page}: PageUnderTest, lang: 'zh' | 'en' = 'zh'): Promise<void> {
  const word = lang === 'zh' ? '已检查' : 'Checked'
  await page.waitForFunction((expected) => document.querySelector('#status')?.textContent === expected, word)
}

async function paste(under: PageUnderTest, text: string): Promise<void> {
  await under.page.fill('#draft', text)
  await checked(under)
}

interface ShownFinding {
  ruleId: string
  severity: string
  position: string
  message: string
}

async function shownFindings({page}: PageUnderTest): Promise<ShownFinding[]> {
  return page.$$eval('#findings .finding', (items) =>
    items.map((item) => ({
      ruleId: (item as HTMLElement).dataset.ruleId ?? '',
      severity: item.querySelector('.severity')!.textContent ?? '',
      position: item.querySelector('.position')!.textContent ?? '',
      message: item.querySelector('.message')!.textContent ?? '',
    })),
  )
}

/** The command's findings as the page words their place and severity. */
function asShown(findings: JsonFinding[], lang: 'zh' | 'en' = 'zh'): ShownFinding[] {
  return findings.map((finding) => ({
    ruleId: finding.ruleId ?? '',
    severity: SEVERITY[lang][finding.severity],
    position: finding.line === null ? (lang === 'zh' ? '全文' : 'whole draft') : lang === 'zh' ? `第 ${finding.line} 行第 ${finding.column} 列` : `line ${finding.line}, column ${finding.column}`,
    message: finding.message,
  }))
}

/** The command's JSON findings of a text saved as a draft of its own (in a folder with `config`, if given). */
async function cliFindings(text: string | Uint8Array, options: {name?: string; args?: string[]; config?: object} = {}): Promise<JsonFinding[]> {
  const folder = mkdtempSync(path.join(tmp, 'cli-'))
  const file = path.join(folder, options.name ?? 'draft.md')
  writeFileSync(file, text)
  if (options.config) writeFileSync(path.join(folder, '.gazettelintrc.json'), JSON.stringify(options.config))
  const result = await runCli(['--format', 'json', ...(options.args ?? []), file], {cwd: folder})
  return parseJsonReport(result.stdout)[0].messages
}

/** What `gazette-lint --fix` makes of a text. */
async function cliFixed(text: string): Promise<string> {
  const folder = mkdtempSync(path.join(tmp, 'fix-'))
  const file = path.join(folder, 'draft.md')
  writeFileSync(file, text)
  await runCli(['--fix', file], {cwd: folder})
  return readFileSync(file, 'utf8')
}

/** Offset of a 1-based line and column (UTF-16 code units) in a text. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0
  for (let at = 1; at < line; at++) offset = text.indexOf('\n', offset) + 1
  return offset + column - 1
}

/** The text the editor underlines for the finding at `index` of the list. */
async function underlined({page}: PageUnderTest, index: number): Promise<string | undefined> {
  return page.$$eval(
    '#backdrop mark',
    (marks, wanted) => {
      const mine = marks.filter((mark) => (mark as HTMLElement).dataset.findings!.split(' ').includes(String(wanted)))
      return mine.length ? mine.map((mark) => mark.textContent).join('') : undefined
    },
    index,
  )
}

describe.skipIf(availability.skip)(`the web page in headless Chromium${availability.reason ? ` (${availability.reason})` : ''}`, () => {
  it('opened from disk and offline, shows a faulty example’s findings with their rule ids, underlined where they stand', async () => {
    const under = await open()
    const text = example('lingchuan-draft-placeholders.md').replace('2026年2月20日', '2026年02月20日').replace('（此件公开发布）', '(此件公开发布)')
    await paste(under, text)
    const expected = await cliFindings(text)
    expect(expected.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['doc-number-format', 'disclosure-format']))
    expect(await shownFindings(under)).toEqual(asShown(expected))
    for (const [index, finding] of expected.entries()) {
      if (finding.line === null) continue
      const span = text.slice(offsetOf(text, finding.line, finding.column!), offsetOf(text, finding.endLine!, finding.endColumn!))
      expect(await underlined(under, index), `${finding.ruleId} at ${finding.line}:${finding.column}`).toBe(span)
    }
    expect(await under.page.$$eval('#checklist tbody tr', (rows) => rows.map((row) => [(row as HTMLElement).dataset.element, row.className]))).toContainEqual(['disclosure', 'problem'])
    expect(await under.page.textContent('#county-chosen')).toBe('按发文机关使用陵川县的配置')
    mkdirSync(ARTIFACTS, {recursive: true})
    // The draft from its first line, as a clerk who pasted it scrolls back to read it.
    await under.page.$eval('#draft', (draft) => draft.scrollTo(0, 0))
    await under.page.waitForFunction(() => document.querySelector('#backdrop')!.scrollTop === 0)
    const screenshot = await under.page.screenshot({path: path.join(ARTIFACTS, 'page.png'), fullPage: true})
    // The README's picture is this one: GAZETTE_LINT_UPDATE_SCREENSHOT=1 writes it to docs/images/.
    if (process.env.GAZETTE_LINT_UPDATE_SCREENSHOT === '1') writeFileSync(path.join(ROOT, 'docs', 'images', 'web-page.png'), screenshot)
    await done(under)
  })

  it('修正 fixes the one finding: it is gone, and the text is what `--fix` makes of it', async () => {
    const under = await open()
    const text = example('jiangxian-bad-flag-halfwidth.md')
    await paste(under, text)
    expect((await shownFindings(under)).map((finding) => finding.ruleId)).toEqual(['disclosure-format'])
    await under.page.click('.finding[data-rule-id="disclosure-format"] button.fix')
    await checked(under)
    const fixed = await under.page.inputValue('#draft')
    expect(fixed).not.toBe(text)
    expect(fixed).toBe(await cliFixed(text))
    expect(await shownFindings(under)).toEqual([])
    expect(await under.page.textContent('#fixed-note')).toBe('已修正 1 处。')
    // The fix is an edit the clerk can take back.
    await under.page.focus('#draft')
    await under.page.keyboard.press('Control+z')
    await checked(under)
    expect(await under.page.inputValue('#draft')).toBe(text)
    await done(under)
  })

  it('全部修正 fixes everything in passes as `--fix` does; the findings left are the command’s on the fixed text', async () => {
    const under = await open()
    const text = example('lingchuan-clean-direct.md').replace('2026年3月18日', '2026年03月18日').replace('（此件公开发布）', '(此件公开发布)').replace('县直有关单位：', '县直有关单位:')
    await paste(under, text)
    expect((await shownFindings(under)).length).toBeGreaterThanOrEqual(3)
    await under.page.click('#fix-all')
    await checked(under)
    const fixed = await under.page.inputValue('#draft')
    expect(fixed).toBe(await cliFixed(text))
    expect(await shownFindings(under)).toEqual(asShown(await cliFindings(fixed)))
    const download = under.page.waitForEvent('download')
    await under.page.click('#download')
    const saved = await download
    expect(saved.suggestedFilename()).toBe('草稿.md')
    expect(readFileSync((await saved.path())!, 'utf8')).toBe(fixed)
    await done(under)
  })

  it('every example: the page’s findings are the command’s `--format json` findings', async () => {
    const under = await open()
    for (const name of exampleNames) {
      const text = example(name)
      await paste(under, text)
      const expected = asShown((await runCli(['--format', 'json', `examples/${name}`]).then((run) => parseJsonReport(run.stdout)))[0].messages)
      expect(await shownFindings(under), name).toEqual(expected)
    }
    await done(under)
  }, 120_000)

  it('the element checklist is the review sheet’s: for every example, the rows, marks, values and notes that `gazette-lint review` shows', async () => {
    const under = await open()
    await under.page.check('input[name="stage"][value="publish"]')
    const sheets = await browser.newContext()
    await sheets.setOffline(true)
    const sheet = await sheets.newPage()
    for (const name of exampleNames) {
      await paste(under, example(name))
      const file = path.join(tmp, `${name}.html`)
      await runCli(['review', `examples/${name}`, '--out', file])
      await sheet.goto(pathToFileURL(file).href)
      const sheetRows = await sheet.$$eval('tr[data-element]', (rows) =>
        rows.map((row) => ({
          element: (row as HTMLElement).dataset.element,
          label: row.querySelector('th')!.textContent,
          mark: `${row.querySelector('td.mark')!.textContent} ${row.querySelector('td.mark')!.getAttribute('title')}`,
          values: Array.from(row.querySelectorAll('span.value[data-line]'), (value) => value.textContent),
          coverage: row.querySelector('.coverage')?.textContent,
        })),
      )
      const pageRows = await under.page.$$eval('#checklist tbody tr', (rows) =>
        rows.map((row) => ({
          element: (row as HTMLElement).dataset.element,
          label: row.querySelector('th')!.textContent,
          mark: row.querySelector('td.mark')!.textContent,
          values: Array.from(row.querySelectorAll('.value'), (value) => Array.from(value.querySelectorAll('.written, .note'), (part) => part.textContent).join('')),
          coverage: row.querySelector('.coverage')?.textContent,
        })),
      )
      expect(pageRows, name).toEqual(sheetRows)
      if (name === 'lingchuan-draft-placeholders.md') expect(pageRows.find((row) => row.element === 'number')).toEqual({element: 'number', label: '发文字号', mark: '✗ 有问题', values: ['陵政办发〔2026〕　号（待填）'], coverage: undefined})
    }
    await sheets.close()
    // A value of the checklist, clicked, is selected in the draft where the sheet says it stands.
    await paste(under, example('lingchuan-draft-placeholders.md'))
    await under.page.click('#checklist tr[data-element="number"] .value')
    expect(await under.page.$eval('#draft', (draft) => (draft as HTMLTextAreaElement).value.slice((draft as HTMLTextAreaElement).selectionStart, (draft as HTMLTextAreaElement).selectionEnd))).toBe('陵政办发〔2026〕　号')
    await done(under)
  }, 120_000)

  it('the stage, the county picked and English give what the command gives with --stage, a profile and --lang en', async () => {
    const under = await open()
    const text = example('lingchuan-draft-placeholders.md')
    await paste(under, text)
    expect(new Set((await shownFindings(under)).map((finding) => finding.severity))).toEqual(new Set(['提示']))
    await under.page.check('input[name="stage"][value="publish"]')
    await checked(under)
    expect(await shownFindings(under)).toEqual(asShown(await cliFindings(text, {args: ['--stage', 'publish']})))
    await under.page.selectOption('#county', 'pingshun')
    await checked(under)
    expect(await under.page.textContent('#county-chosen')).toBe('使用平顺县的配置')
    expect(await shownFindings(under)).toEqual(asShown(await cliFindings(text, {args: ['--stage', 'publish'], config: {profile: 'pingshun'}})))
    await under.page.click('#language')
    await checked(under, 'en')
    expect(await under.page.textContent('#findings-heading')).toBe('Findings')
    expect(await shownFindings(under)).toEqual(asShown(await cliFindings(text, {args: ['--stage', 'publish', '--lang', 'en'], config: {profile: 'pingshun'}}), 'en'))
    await done(under)
  })

  it('opens a GB18030 .txt file and a dropped .md file as the command reads them; refuses other files, saying which it takes', async () => {
    const under = await open()
    const text = example('qinxian-bad-date-spaces.md')
    const bytes = iconv.encode(text, 'gb18030')
    await under.page.setInputFiles('#file', {name: '通知.txt', mimeType: 'text/plain', buffer: bytes})
    await checked(under)
    expect(await under.page.inputValue('#draft')).toBe(text)
    const shown = await shownFindings(under)
    expect(shown.map((finding) => finding.ruleId)).toContain('encoding')
    expect(shown).toEqual(asShown(await cliFindings(bytes, {name: '通知.txt'})))
    // Saved under its own name, as the text the clerk sees (UTF-8).
    const download = under.page.waitForEvent('download')
    await under.page.click('#download')
    const saved = await download
    expect(saved.suggestedFilename()).toBe('通知.txt')
    expect(readFileSync((await saved.path())!, 'utf8')).toBe(text)

    const dropped = example('pingshun-bad-number-brackets.md')
    const transfer = await under.page.evaluateHandle((content) => {
      const data = new DataTransfer()
      data.items.add(new File([content], '平顺.md', {type: 'text/markdown'}))
      return data
    }, dropped)
    await under.page.dispatchEvent('#editor', 'drop', {dataTransfer: transfer})
    await checked(under)
    expect(await under.page.inputValue('#draft')).toBe(dropped)
    expect(await shownFindings(under)).toEqual(asShown(await cliFindings(dropped)))

    await under.page.setInputFiles('#file', {name: '通知.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK')})
    expect(await under.page.textContent('#fixed-note')).toBe('无法打开“通知.docx”：目前只能打开 .md .markdown .txt 文件。')
    expect(await under.page.inputValue('#draft')).toBe(dropped)
    await done(under)
  })

  it('shows draft text as text: a <script> or an <img onerror> in a draft runs nothing and loads nothing', async () => {
    const under = await open()
    const text = '陵川县人民政府办公室\n\n# 关于<script>window.pwned = 1</script>的通知\n\n<img src="https://example.invalid/x.png" onerror="window.pwned = 2">\n\n陵政办发〔2026〕3号\n'
    await paste(under, text)
    expect(await under.page.evaluate(() => (window as unknown as {pwned?: number}).pwned)).toBeUndefined()
    expect(await under.page.$$eval('img', (images) => images.length)).toBe(0)
    expect(await under.page.$$eval('script', (scripts) => scripts.length)).toBe(1)
    expect(await under.page.textContent('#backdrop')).toContain('<img src="https://example.invalid/x.png" onerror="window.pwned = 2">')
    const titleRow = await under.page.textContent('#checklist tr[data-element="title"]')
    expect(titleRow).toContain('关于<script>window.pwned = 1</script>的通知')
    await done(under)
  })

  it('forbids, by its Content-Security-Policy, any script but its own, eval, requests and HTML made from strings', async () => {
    const under = await open()
    const policy = (await under.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'))!
    expect(policy).toMatch(/default-src 'none'/)
    expect(policy).toMatch(/script-src 'sha256-[^' ]+'(;|$)/)
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/)
    expect(policy).toMatch(/connect-src 'none'/)
    expect(policy).toMatch(/require-trusted-types-for 'script'/)
    await under.page.addScriptTag({content: 'window.injected = true'}).catch(() => undefined)
    expect(await under.page.evaluate(() => (window as unknown as {injected?: boolean}).injected)).toBeUndefined()
    const innerHtml = await under.page.evaluate(() => {
      try {
        document.body.innerHTML = '<b>x</b>'
        return 'allowed'
      } catch (error) {
        return (error as Error).name
      }
    })
    expect(innerHtml).toBe('TypeError')
    // The browser reports each refusal on the console: those are this test's, not the page's.
    await done(under, /Content Security Policy|requires 'Trusted(Script|HTML)' assignment/)
  })
})
