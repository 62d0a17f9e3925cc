/**
 * The Word twins in `examples/docx/`: each `.docx` is built from its Markdown example by
 * `scripts/make-docx-examples.mjs` (the `docx` package, as an office lays a notice out in Word), and two of them
 * were saved again by LibreOffice, so that a real office suite's XML is among them. Each twin must report the
 * same rule ids as its Markdown example, at the paragraph that holds the Markdown finding's line; the clean ones
 * nothing at all (no layout note either: they are laid out as GB/T 9704-2012 says). `convert` must give back a
 * Markdown draft with the same findings at the same lines.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {readWordDraft} from '@gazette-lint/core'
import JSZip from 'jszip'
import {afterAll, describe, expect, it} from 'vitest'
import {runCli, spawnCli} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'

interface Twins {
  SAVED_BY_LIBREOFFICE: string[]
  WITHOUT_TWIN: Set<string>
  twinNames(): string[]
  buildTwins(outDir: string, options: {libreOffice: boolean}): Promise<string[]>
  saveWithLibreOffice(file: string): void
}
const twins = (await import(path.join(ROOT, 'scripts', 'make-docx-examples.mjs'))) as Twins

const DOCX_DIR = path.join(ROOT, 'examples', 'docx')
const TODAY = {GAZETTE_LINT_TODAY: '2026-11-23'}
const names = twins.twinNames()
const expected = JSON.parse(readFileSync(path.join(ROOT, 'examples', 'expected.json'), 'utf8')) as Record<string, Array<{ruleId: string; line: number}>>

interface JsonMessage {
  ruleId: string
  line: number | null
  column: number | null
  paragraph?: number | null
  character?: number | null
  message: string
}

async function jsonRun(args: string[], cwd = ROOT): Promise<Map<string, JsonMessage[]>> {
  const result = await runCli(['--format', 'json', ...args], {cwd, env: TODAY})
  const byFile = new Map<string, JsonMessage[]>()
  for (const file of JSON.parse(result.stdout) as Array<{path: string; messages: JsonMessage[]}>) byFile.set(path.basename(file.path), file.messages)
  return byFile
}

const docxRun = jsonRun(['examples/docx/'])
const markdownRun = jsonRun(names.map((name) => `examples/${name}.md`))

/** The printed text of each paragraph of a `.docx`, as the source map of its rendering gives it (第 N 段 → text). */
async function paragraphTexts(file: string): Promise<Map<number, string>> {
  const {text, source} = await readWordDraft(readFileSync(file))
  const texts = new Map<number, string>()
  for (const [start, end, paragraph] of source.segments) texts.set(paragraph, (texts.get(paragraph) ?? '') + text.slice(start, end))
  return texts
}

const flat = (text: string) => text.replace(/^#+ /u, '').replace(/\s+/gu, '')
const ruleIds = (messages: Array<{ruleId: string}>) => messages.map((message) => message.ruleId).sort()

describe('examples/docx: the Word twins of the examples', () => {
  it('has a twin of every example but the front-matter one, and nothing else', () => {
    const files = readdirSync(DOCX_DIR).filter((name) => name.endsWith('.docx')).sort()
    expect(files).toEqual(names.map((name) => `${name}.docx`))
    expect(names.length).toBeGreaterThanOrEqual(28)
  })

  it('holds at least one file LibreOffice saved (its own XML, not the docx package\'s)', async () => {
    for (const name of twins.SAVED_BY_LIBREOFFICE) {
      const zip = await JSZip.loadAsync(readFileSync(path.join(DOCX_DIR, `${name}.docx`)))
      // LibreOffice names itself as the application that saved the file.
      expect(await zip.file('docProps/app.xml')?.async('string'), name).toMatch(/<Application>LibreOffice/u)
    }
  })

  it.each(names)('%s.docx: the findings of its Markdown twin, at the paragraph of each', async (name) => {
    const markdown = readFileSync(path.join(ROOT, 'examples', `${name}.md`), 'utf8').split('\n')
    const docx = (await docxRun).get(`${name}.docx`)
    const twin = (await markdownRun).get(`${name}.md`)
    expect(docx, `${name}.docx was linted`).toBeDefined()
    expect(twin, `${name}.md was linted`).toBeDefined()
    const said = (messages: JsonMessage[]) => messages.map((message) => `${message.ruleId}: ${message.message}`).sort()
    expect(said(docx!)).toEqual(said(twin!))
    expect(new Set(ruleIds(docx!))).toEqual(new Set(expected[`${name}.md`].map((entry) => entry.ruleId)))
    const paragraphs = await paragraphTexts(path.join(DOCX_DIR, `${name}.docx`))
    const last = Math.max(0, ...paragraphs.keys())
    for (const finding of docx!) {
      const markdownFinding = twin!.find((entry) => entry.ruleId === finding.ruleId && entry.message === finding.message)!
      // A finding about the whole of an empty draft has no paragraph, as the Markdown one stands at line 1 of nothing.
      if (finding.paragraph === null) {
        expect(paragraphs.size, finding.message).toBe(0)
        continue
      }
      expect(finding.character, finding.message).toBeGreaterThan(0)
      // The paragraph that holds the Markdown finding's line; for a missing element, reported on the blank line where it
      // belongs, the paragraph it belongs before (after the last one, at the end).
      let line = markdownFinding.line! - 1
      while (line < markdown.length && !markdown[line].trim()) line++
      if (line >= markdown.length) {
        expect(finding.paragraph, finding.message).toBe(last)
        expect(finding.character, finding.message).toBe([...paragraphs.get(last)!].length + 1)
        continue
      }
      const printed = flat(paragraphs.get(finding.paragraph!) ?? '')
      const wanted = flat(markdown[line])
      // A title typed over two centred paragraphs: the Markdown line holds the first of them.
      expect(printed === wanted || (printed.length > 0 && wanted.startsWith(printed)), `${finding.ruleId} at 第 ${finding.paragraph} 段 "${printed}", not "${wanted}"`).toBe(true)
    }
  })

  it('stylish points at 第 N 段第 M 字, and the clean twins print nothing', async () => {
    const result = await runCli(['examples/docx/pingshun-bad-numbering-skip.docx', 'examples/docx/jiangxian-clean-attachments.docx'], {env: TODAY})
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('examples/docx/pingshun-bad-numbering-skip.docx\n  第 21 段第 1 字  警告  numbering-sequence\n')
    expect(result.stdout).not.toContain('jiangxian-clean-attachments')
  })

  it('npx gazette-lint examples/docx/ (the real bin) exits 1 on the faulty twins', () => {
    const result = spawnCli(['examples/docx/'], {env: TODAY})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('第 10 段第 1 字  错误  date-valid')
  })
})

describe('convert: a Word twin to Markdown lints with the same findings', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-convert-'))
  afterAll(() => rmSync(out, {recursive: true, force: true}))

  it('every twin, converted into a folder, gives the findings of the .docx at the same lines', async () => {
    const converted = await runCli(['convert', ...names.map((name) => `examples/docx/${name}.docx`), '--out', out])
    expect(converted.stderr).toBe('')
    expect(converted.status).toBe(0)
    const markdown = await jsonRun([out])
    const docx = await docxRun
    for (const name of names) {
      const strip = (messages: JsonMessage[]) => messages.map(({ruleId, line, column, message}) => ({ruleId, line, column, message}))
      expect(strip(markdown.get(`${name}.md`) ?? []), name).toEqual(strip(docx.get(`${name}.docx`) ?? []))
    }
  })

  it('the converted clean twins are their Markdown examples, up to blank lines and tables', async () => {
    for (const name of names.filter((entry) => entry.includes('-clean-'))) {
      const converted = readFileSync(path.join(out, `${name}.md`), 'utf8')
      const original = readFileSync(path.join(ROOT, 'examples', `${name}.md`), 'utf8')
      const lines = (text: string) => text.split('\n').filter((line) => line.trim() && !/^\|[-\s|:]+\|$/u.test(line)).map((line) => line.replace(/\s+/gu, ''))
      expect(lines(converted), name).toEqual(lines(original))
    }
  })
})

/**
 * LibreOffice saves each LibreOffice twin again, from the twin the docx package builds: what it writes must give the
 * same findings as the committed file. soffice is in `.ci/run`'s Debian packages, so under CI it must be there.
 */
const soffice = spawnSync('soffice', ['--version'], {encoding: 'utf8'})
const hasSoffice = !soffice.error && soffice.status === 0
if (!hasSoffice && !process.env.CI) console.warn('test/docx-examples.test.ts: soffice (Debian libreoffice-writer-nogui) is not installed; the LibreOffice re-save test is skipped')

describe('LibreOffice saves the twins again', () => {
  it('soffice is installed under CI (.ci/run installs libreoffice-writer-nogui)', () => {
    if (process.env.CI) expect(hasSoffice, 'soffice --version').toBe(true)
  })

  it.skipIf(!hasSoffice)(
    'a fresh LibreOffice save gives the committed file\'s findings, at the same paragraphs',
    async () => {
      const work = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-soffice-'))
      try {
        await twins.buildTwins(work, {libreOffice: false})
        for (const name of twins.SAVED_BY_LIBREOFFICE) twins.saveWithLibreOffice(path.join(work, `${name}.docx`))
        const fresh = await jsonRun(twins.SAVED_BY_LIBREOFFICE.map((name) => path.join(work, `${name}.docx`)))
        const committed = await docxRun
        for (const name of twins.SAVED_BY_LIBREOFFICE) {
          const places = (messages: JsonMessage[]) => messages.map(({ruleId, paragraph, character, message}) => ({ruleId, paragraph, character, message}))
          expect(places(fresh.get(`${name}.docx`) ?? []), name).toEqual(places(committed.get(`${name}.docx`) ?? []))
        }
      } finally {
        rmSync(work, {recursive: true, force: true})
      }
    },
    240_000,
  )
})

describe('make-docx-examples.mjs', () => {
  it('builds the committed twins byte for byte (those LibreOffice did not save again)', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-twins-'))
    try {
      await twins.buildTwins(work, {libreOffice: false})
      for (const name of names.filter((entry) => !twins.SAVED_BY_LIBREOFFICE.includes(entry))) {
        expect(readFileSync(path.join(work, `${name}.docx`)).equals(readFileSync(path.join(DOCX_DIR, `${name}.docx`))), `${name}.docx: run node scripts/make-docx-examples.mjs`).toBe(true)
      }
    } finally {
      rmSync(work, {recursive: true, force: true})
    }
  })
})
