/**
 * The web page's part of `npm run bench`: its size (the one file, and gzipped: the budget is 1 MB gzipped)
 * and how soon a draft's first findings show after the page is opened from disk (the budget is 1 s), in
 * Debian's headless Chromium, the median of a few loads. A draft is pasted into the editor as soon as the
 * page is parsed (DOMContentLoaded, by a script the bench adds, so that no round trip of the driver is
 * counted); the page marks the moment it shows the findings (`performance.mark('gazette-lint:first-findings')`,
 * counted from the start of the navigation) and the moment its worker is ready.
 */
import {existsSync, readFileSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import {buildPage} from './build.mjs'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Lines of the bench report. */
export async function benchWebPage({draft, rounds = 5}) {
  const built = await buildPage()
  const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`
  const lines = [`web page: ${kib(built.bytes)}, ${kib(built.gzipBytes)} gzipped (budget 1024 KiB gzipped); its worker ${kib(built.workerBytes)} of it`]
  if (!existsSync(CHROMIUM)) return [...lines, `web page first findings: not measured, no Chromium at ${CHROMIUM}`]
  const {chromium} = await import('playwright-core')
  const browser = await chromium.launch({executablePath: CHROMIUM, args: FLAGS})
  try {
    const text = readFileSync(draft, 'utf8')
    const firsts = []
    const readies = []
    for (let round = 0; round < rounds; round++) {
      const context = await browser.newContext()
      await context.setOffline(true)
      const page = await context.newPage()
      await page.addInitScript((draft) => {
        document.addEventListener('DOMContentLoaded', () => {
          const editor = document.querySelector('#draft')
          editor.value = draft
          editor.dispatchEvent(new InputEvent('input', {inputType: 'insertFromPaste'}))
        })
      }, text)
      await page.goto(pathToFileURL(built.page).href)
      await page.waitForFunction(() => performance.getEntriesByName('gazette-lint:first-findings').length > 0, null, {timeout: 30_000})
      const [first, ready] = await page.evaluate(() => ['gazette-lint:first-findings', 'gazette-lint:worker-ready'].map((name) => performance.getEntriesByName(name)[0].startTime))
      firsts.push(first)
      readies.push(ready)
      await context.close()
    }
    lines.push(`web page first findings after opening it from disk, a draft pasted at once (${kib(Buffer.byteLength(text))} draft, ${rounds} loads): median ${median(firsts).toFixed(0)} ms (budget 1000 ms); worker ready at ${median(readies).toFixed(0)} ms`)
  } finally {
    await browser.close()
  }
  return lines
}
