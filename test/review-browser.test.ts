/**
 * The review sheet in a real browser: Debian's Chromium, headless, driven by playwright-core. The sheets
 * of examples/ and of the fixture batch are opened from disk; the test reads the DOM a reviewer sees
 * (counts, checklist rows and values, highlighted spans, the batch table), prints the sheet to an A4 PDF
 * and saves a screenshot under test-artifacts/review/ (gitignored), and asserts that the page logged no
 * error and made no request beyond the file itself (its Content-Security-Policy lets nothing load).
 */
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'

const CHROMIUM = '/usr/bin/chromium'
/** Without the background-networking flags Chromium tries to reach Google, which a closed network refuses. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'review')

function chromiumAvailability(): {skip: boolean; reason: string} {
  if (existsSync(CHROMIUM)) return {skip: false, reason: ''}
  if (process.env.CI === 'true') throw new Error(`Chromium is missing under CI=true: expected ${CHROMIUM} (.ci/run installs the Debian package chromium)`)
  return {skip: true, reason: `skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`}
}

const availability = chromiumAvailability()

/** A page of the sheet, with everything it logged and asked for. */
interface OpenedSheet {
  page: Page
  url: string
  errors: string[]
  requests: string[]
}

describe.skipIf(availability.skip)(`the review sheet in headless Chromium ${availability.reason}`, () => {
  let context: BrowserContext
  const profile = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-chromium-'))
  const opened = new Map<string, OpenedSheet>()

  /** Writes the sheet of `paths` under test-artifacts/ and opens it from disk. */
  async function openSheet(name: string, paths: string[]): Promise<OpenedSheet> {
    const file = path.join(ARTIFACTS, `${name}.html`)
    const run = await runCli(['review', ...paths, '--out', file])
    expect(run.stderr).toBe('')
    const page = await context.newPage()
    const sheet: OpenedSheet = {page, url: pathToFileURL(file).href, errors: [], requests: []}
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') sheet.errors.push(`${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => sheet.errors.push(`pageerror: ${error.message}`))
    page.on('request', (request) => sheet.requests.push(request.url()))
    await page.goto(sheet.url, {waitUntil: 'load'})
    opened.set(name, sheet)
    return sheet
  }

  beforeAll(async () => {
    rmSync(ARTIFACTS, {recursive: true, force: true})
    mkdirSync(ARTIFACTS, {recursive: true})
    context = await chromium.launchPersistentContext(profile, {executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, viewport: {width: 1000, height: 1400}})
    await openSheet('examples', ['examples/'])
    await openSheet('batch', ['test/fixtures/review/batch/'])
  }, 120_000)

  afterAll(async () => {
    await context?.close()
    rmSync(profile, {recursive: true, force: true})
  })

  const page = (name: string) => opened.get(name)!.page
  /** The texts of the elements a selector finds, as the reader sees them. */
  const texts = (name: string, selector: string) => page(name).locator(selector).allInnerTexts()

  it('shows the summary counts of examples/', async () => {
    const counts = Object.fromEntries(
      await Promise.all(['notices', 'passed', 'errors', 'warnings'].map(async (key) => [key, await page('examples').locator(`[data-count="${key}"] strong`).innerText()])),
    )
    // The 29 Markdown examples and the 28 Word twins of examples/docx, each with its Markdown example's findings.
    expect(counts).toEqual({notices: '57', passed: '29', errors: '28', warnings: '14'})
    expect(await page('examples').locator('article.notice').count()).toBe(57)
    expect(await page('examples').locator('article[data-path$=".docx"]').count()).toBe(28)
  })

  it('shows each notice\'s checklist: the values as written and where, marked ✓ ✗ —', async () => {
    const notice = page('examples').locator('article[data-path="examples/lingchuan-draft-placeholders.md"]')
    const row = async (element: string) => {
      const cells = notice.locator(`tr[data-element="${element}"]`)
      return {mark: await cells.locator('td.mark').innerText(), value: await cells.locator('td').nth(1).innerText(), place: await cells.locator('td.place').innerText()}
    }
    expect(await notice.locator('.status').innerText()).toBe('有错误')
    expect(await row('issuer')).toEqual({mark: '✓', value: '陵川县人民政府办公室（据发文机关标志）', place: '第 1 行第 1 列'})
    expect(await row('number')).toEqual({
      mark: '✗',
      value: '陵政办发〔2026〕　号（待填）\n错误：发文字号“陵政办发〔2026〕　号”的序号待填：签发时由办公室编号后填入，印发前须为“陵政办发〔2026〕N号”',
      place: '第 5 行第 1 列',
    })
    expect((await row('date')).mark).toBe('✗')
    expect(await row('disclosure')).toEqual({mark: '✓', value: '（此件公开发布）', place: '第 21 行第 1 列'})
    expect(await row('attachments')).toEqual({mark: '—', value: '', place: ''})
    expect(await row('responsibleUnits')).toEqual({
      mark: '✓',
      value: [
        '（责任单位：县自然资源局，各乡镇人民政府）（单位：县自然资源局、各乡镇人民政府）',
        '（责任单位：县自然资源局、县气象局）（单位：县自然资源局、县气象局）',
        '（责任单位：县应急局，各乡镇人民政府）（单位：县应急局、各乡镇人民政府）',
        '任务事项 3 项，其中 3 项标注了责任单位',
      ].join('\n'),
      place: '第 11 行第 54 列\n第 13 行第 48 列\n第 15 行第 47 列',
    })
    expect(await notice.locator('tr[data-element]').evaluateAll((rows) => rows.map((one) => one.getAttribute('data-element')))).toEqual([
      'issuer',
      'title',
      'number',
      'addressee',
      'signature',
      'date',
      'disclosure',
      'attachments',
      'repealNotes',
      'responsibleUnits',
    ])
  })

  it('highlights the flagged span of each finding in its excerpt, with the change --fix would make', async () => {
    const finding = page('examples').locator('article[data-path="examples/pingshun-bad-number-brackets.md"] li.finding[data-rule="doc-number-format"]')
    expect(await finding.locator('.excerpt mark').innerText()).toBe('平政办发[2026]8号')
    expect(await finding.locator('.excerpt .line-number').innerText()).toBe('5')
    expect(await finding.locator('.fix del').innerText()).toBe('平政办发[2026]8号')
    expect(await finding.locator('.fix ins').innerText()).toBe('平政办发〔2026〕8号')
    // The highlight is drawn: the style sheet, allowed by its hash, applies.
    expect(await finding.locator('.excerpt mark').evaluate((mark) => mark.ownerDocument.defaultView!.getComputedStyle(mark).backgroundColor)).toBe('rgb(255, 224, 138)')
    // A missing element is marked where it belongs.
    expect(await page('examples').locator('article[data-path="examples/lingchuan-bad-empty.md"] .excerpt mark.at').count()).toBeGreaterThan(0)
  })

  it('shows the batch table of each 代字\'s numbers, with gaps and the notices still to be numbered', async () => {
    const row = page('examples').locator('table.series tr[data-prefix="陵政办发"][data-year="2026"]')
    expect(await row.locator('td.numbers').innerText()).toBe('12、15')
    expect(await row.locator('td.gaps').innerText()).toBe('13–14')
    expect(await row.locator('td.pending a').getAttribute('href')).toBe(await page('examples').locator('article[data-path="examples/lingchuan-draft-placeholders.md"]').evaluate((article) => `#${article.id}`))
  })

  it('shows the fixture batch\'s duplicated number, the gap in its series and the placeholder date', async () => {
    expect(await texts('batch', '[data-check="duplicate-numbers"] li')).toEqual([
      '陵政办发〔2026〕3号：test/fixtures/review/batch/01-forest-fire.md 第 5 行第 1 列；test/fixtures/review/batch/02-same-number.md 第 5 行第 1 列',
    ])
    expect(await texts('batch', 'table.series tbody tr')).toEqual(['陵政办发\t2026\t3、3、6、7\t4–5\t无'])
    const date = page('batch').locator('article[data-path="test/fixtures/review/batch/03-date-placeholder.md"] tr[data-element="date"]')
    expect(await date.getAttribute('data-mark')).toBe('problem')
    expect(await date.locator('.value').first().innerText()).toBe('2026年 月 日（待填）')
    expect(await texts('batch', '[data-check="date-order"] li')).toHaveLength(1)
    expect(await texts('batch', '[data-check="repeated-titles"] li')).toHaveLength(1)
    expect(await texts('batch', '[data-check="repeals-in-batch"] li')).toHaveLength(1)
  })

  it('shows draft text holding <script> and <img onerror> as text: no script element, nothing run', async () => {
    const excerpt = page('batch').locator('article[data-path="test/fixtures/review/batch/04-repeal-in-batch.md"] .excerpt')
    expect(await excerpt.innerText()).toBe('9各乡镇、各有关单位要将<script>alert("审核单")</script>校园安全纳入年度考核，<img src=x…')
    expect(await page('batch').locator('script, img').count()).toBe(0)
  })

  it('prints to an A4 PDF, one notice a page, and saves a screenshot', async () => {
    const pdfPath = path.join(ARTIFACTS, 'examples.pdf')
    const pdf = await page('examples').pdf({path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true})
    const text = pdf.toString('latin1')
    expect(text.startsWith('%PDF-')).toBe(true)
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/gu)].map((match) => [Number(match[1]), Number(match[2])])
    // A4 is 595 × 842 points (a point's rounding either way); each notice starts a page, after the summary and the batch checks.
    expect(boxes.filter(([width, height]) => Math.abs(width - 595) > 1 || Math.abs(height - 842) > 1)).toEqual([])
    expect(boxes.length).toBeGreaterThan(29)
    const screenshot = path.join(ARTIFACTS, 'examples.png')
    await page('examples').screenshot({path: screenshot, fullPage: false})
    expect(readFileSync(screenshot).subarray(1, 4).toString('latin1')).toBe('PNG')
  }, 120_000)

  it('logs no error and requests nothing but the sheet itself', () => {
    for (const [name, sheet] of opened) {
      expect(sheet.errors, name).toEqual([])
      expect(sheet.requests, name).toEqual([sheet.url])
    }
  })
})
