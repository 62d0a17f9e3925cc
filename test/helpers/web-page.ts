/**
 * The built web page in Debian's headless Chromium, driven by playwright-core (never a browser it
 * downloads): launched with the flags that keep Chromium off the network, each launch with a fresh profile.
 * Every request the page makes and every console error it logs is recorded, for the tests to assert on.
 */
import {existsSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Whether the browser test can run: it skips without Chromium, and fails under CI=true, where .ci/run installs it. */
export function chromiumAvailability(): {skip: boolean; reason: string} {
  if (existsSync(CHROMIUM)) return {skip: false, reason: ''}
  if (process.env.CI === 'true') throw new Error(`Chromium is missing under CI=true (${CHROMIUM}): .ci/run installs it with apt-get`)
  return {skip: true, reason: `skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`}
}

export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export interface PageUnderTest {
  page: Page
  context: BrowserContext
  /** Every URL the page or its worker asked for. */
  requests: string[]
  /** Console errors, uncaught exceptions and CSP violations. */
  errors: string[]
  close(): Promise<void>
}

/** Chromium with a fresh profile: playwright-core gives every launch a temporary user-data-dir of its own, and removes it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_FLAGS})
}

/** Opens the page from disk (file://), offline, with `?query`. */
export async function openPage(browser: Browser, file: string, query = ''): Promise<PageUnderTest> {
  const context = await browser.newContext({viewport: {width: 1280, height: 820}, acceptDownloads: true})
  await context.setOffline(true)
  const page = await context.newPage()
  const requests: string[] = []
  const errors: string[] = []
  context.on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${pathToFileURL(file).href}${query}`)
  return {page, context, requests, errors, close: () => context.close()}
}
