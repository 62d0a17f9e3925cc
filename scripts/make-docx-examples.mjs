#!/usr/bin/env node
/**
 * Builds the Word twins of the example drafts: `examples/docx/<name>.docx` for `examples/<name>.md`, laid out
 * as a county office types a notice in Word (GB/T 9704-2012: the 版头 in red 小标宋, the title centred in 2号
 * 小标宋, the text in 3号 仿宋_GB2312, each line of the draft a paragraph of its own, tables as tables), with
 * the `docx` package. Some twins are laid out another way, each as an office does it (LAYOUTS below): the
 * title in Word's title style, a long title typed over two centred paragraphs, the items numbered by Word's
 * automatic numbering. The twins in SAVED_BY_LIBREOFFICE are then opened and saved again by LibreOffice
 * (`soffice --headless --convert-to docx`), so a real office suite's XML is among them.
 *
 *   node scripts/make-docx-examples.mjs [--out <folder>] [--no-libreoffice]
 *
 * The files are reproducible: fixed dates in the package and its ZIP entries; only the LibreOffice ones carry
 * what LibreOffice writes (test/docx-examples.test.ts builds them again and compares).
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {AlignmentType, Document, HeadingLevel, LevelFormat, LevelSuffix, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType} from 'docx'
import JSZip from 'jszip'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
export const EXAMPLES = path.join(ROOT, 'examples')

/** The examples without a Word twin: front matter has no place in a Word document. */
export const WITHOUT_TWIN = new Set(['qinxian-clean-front-matter'])

/** How some twins differ from the default layout (the title by form, items typed). */
export const LAYOUTS = {
  'pingshun-clean-cover-plan': {titleStyle: true, autoNumbering: true},
  'qinxian-clean-no-blank-lines': {autoNumbering: true},
  'lingchuan-clean-yuan-repeal': {autoNumbering: true},
  'lingchuan-clean-direct': {splitTitle: true},
  'jiangxian-bad-date-invalid': {titleStyle: true},
}

/** The twins LibreOffice saves again. */
export const SAVED_BY_LIBREOFFICE = ['jiangxian-clean-attachments', 'qinxian-bad-unknown-unit']

/** The command that saves a `.docx` again with LibreOffice into `outDir` (its own profile, so runs do not meet). */
export function libreOfficeCommand(input, outDir, profileDir) {
  return ['soffice', [`-env:UserInstallation=${pathToFileURL(profileDir).href}`, '--headless', '--convert-to', 'docx', '--outdir', outDir, input]]
}

const FIXED_DATE = new Date('2026-01-01T00:00:00Z')
const TITLE_FONT = '方正小标宋简体'
const BODY_FONT = '仿宋_GB2312'
const HEADING_FONT = '黑体'
const KAITI = '楷体_GB2312'
const SIZE = {mark: 52, title: 44, body: 32}
const INDENT = {firstLine: 640}

const MARKERS = [
  {level: 0, pattern: /^([一二三四五六七八九十]+)、/u, format: LevelFormat.CHINESE_COUNTING, text: '%1、', suffix: LevelSuffix.NOTHING},
  {level: 1, pattern: /^（([一二三四五六七八九十]+)）/u, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', suffix: LevelSuffix.NOTHING},
  {level: 2, pattern: /^(\d+)\. /u, format: LevelFormat.DECIMAL, text: '%3.', suffix: LevelSuffix.SPACE},
  {level: 3, pattern: /^（(\d+)）/u, format: LevelFormat.DECIMAL, text: '（%4）', suffix: LevelSuffix.NOTHING},
]
const CHINESE = '一二三四五六七八九十'
const valueOf = (numeral) => (/^\d+$/u.test(numeral) ? Number(numeral) : numeral.length === 1 ? CHINESE.indexOf(numeral) + 1 : numeral === '十' ? 10 : NaN)

const run = (text, font, size, extra = {}) => new TextRun({text, font, size, ...extra})

/** The blocks of a Markdown example: headings, table rows, and every other line a paragraph of its own. */
function linesOf(markdown) {
  const lines = []
  let table
  for (const line of markdown.split(/\r?\n/u)) {
    if (/^\|/u.test(line)) {
      if (/^\|[-\s|:]+\|$/u.test(line)) continue
      table ??= {kind: 'table', rows: []}
      table.rows.push(line.slice(1, -1).split('|').map((cell) => cell.trim()))
      continue
    }
    if (table) lines.push(table)
    table = undefined
    if (!line.trim()) continue
    const heading = /^(#{1,6}) (.*)$/u.exec(line)
    lines.push(heading ? {kind: 'heading', depth: heading[1].length, text: heading[2]} : {kind: 'line', text: line})
  }
  if (table) lines.push(table)
  return lines
}

/**
 * The marker Word's automatic numbering prints for a line, when the layout numbers it: checked against the
 * count Word keeps, so that a twin never prints another number than its Markdown example.
 */
function numberer() {
  const counters = []
  return (text) => {
    for (const marker of MARKERS) {
      const match = marker.pattern.exec(text)
      if (!match) continue
      const expected = (counters[marker.level] ?? 0) + 1
      if (valueOf(match[1]) !== expected) throw new Error(`"${text.slice(0, 12)}": Word would number it ${expected}`)
      counters[marker.level] = expected
      counters.length = marker.level + 1
      return {level: marker.level, text: text.slice(match[0].length)}
    }
    return undefined
  }
}

/** The Word document of one example. */
function documentOf(markdown, layout) {
  const blocks = linesOf(markdown)
  const number = layout.autoNumbering ? numberer() : () => undefined
  const children = []
  let titleSeen = false
  let index = 0
  const firstHeading = blocks.findIndex((block) => block.kind === 'heading' && block.depth === 1)
  for (const block of blocks) {
    const position = index++
    if (block.kind === 'table') {
      const width = Math.max(...block.rows.map((row) => row.length))
      children.push(
        new Table({
          width: {size: 100, type: WidthType.PERCENTAGE},
          rows: block.rows.map(
            (row) =>
              new TableRow({
                children: Array.from({length: width}, (_, column) => new TableCell({children: [new Paragraph({alignment: AlignmentType.CENTER, children: row[column] ? [run(row[column], BODY_FONT, 24)] : []})]})),
              }),
          ),
        }),
      )
      continue
    }
    if (block.kind === 'heading' && block.depth === 1) {
      const isTitle = !titleSeen
      titleSeen = true
      const heading = layout.titleStyle ? {heading: HeadingLevel.TITLE} : {}
      const parts = isTitle && layout.splitTitle ? splitTitle(block.text) : [block.text]
      for (const part of parts) children.push(new Paragraph({...heading, alignment: AlignmentType.CENTER, children: [run(part, TITLE_FONT, SIZE.title)]}))
      continue
    }
    const numbered = number(block.text)
    const numbering = numbered ? {numbering: {reference: 'items', level: numbered.level}} : {}
    const text = numbered ? numbered.text : block.text
    if (block.kind === 'heading') {
      const level = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][block.depth - 1]
      children.push(new Paragraph({heading: level, indent: INDENT, ...numbering, children: [run(text, block.depth === 2 ? HEADING_FONT : KAITI, SIZE.body)]}))
      continue
    }
    // The 版头: the issuer's name above the title, in red.
    if (position < firstHeading) {
      children.push(new Paragraph({alignment: AlignmentType.CENTER, children: [run(text, TITLE_FONT, SIZE.mark, {color: 'FF0000'})]}))
      continue
    }
    const closing = /^\d{4}年|人民政府(?:办公室)?$|^（此件/u.test(text)
    children.push(new Paragraph({...(closing ? {alignment: AlignmentType.RIGHT} : {indent: INDENT}), ...numbering, children: runsOf(block.text, text)}))
  }
  return new Document({
    creator: 'gazette-lint',
    title: 'example',
    numbering: {
      config: [{reference: 'items', levels: MARKERS.map(({level, format, text, suffix}) => ({level, format, text, suffix, start: 1}))}],
    },
    sections: [{children}],
  })
}

/**
 * The runs of a line of text, in the fonts GB/T 9704-2012 gives the levels of headings: a first-level item's
 * heading (`一、强化组织领导`) in 黑体, a second-level one's (`（一）加强经费保障。`) in 楷体, up to its first `。`
 * when the item goes on as a paragraph, the rest in 仿宋; an item of one sentence is text, in 仿宋. `printed` is
 * the line as written, `text` what is typed.
 */
function runsOf(printed, text) {
  const level = /^[一二三四五六七八九十]+、/u.test(printed) ? HEADING_FONT : /^（[一二三四五六七八九十]+）/u.test(printed) ? KAITI : undefined
  if (!level) return [run(text, BODY_FONT, SIZE.body)]
  const end = text.indexOf('。') + 1
  if (end === 0) return [run(text, level, SIZE.body)]
  // An item that is one sentence is text, not a heading.
  if (end === text.length) return [run(text, BODY_FONT, SIZE.body)]
  return [run(text.slice(0, end), level, SIZE.body), run(text.slice(end), BODY_FONT, SIZE.body)]
}

/** A long title as an office types it over two centred lines: broken before its last `的`. */
function splitTitle(title) {
  const at = title.lastIndexOf('的')
  if (at <= 0) throw new Error(`cannot split the title "${title}"`)
  return [title.slice(0, at), title.slice(at)]
}

/** The package again with fixed dates, in its properties and in its ZIP entries, so a build gives the same bytes. */
async function reproducible(bytes) {
  const zip = await JSZip.loadAsync(bytes)
  const out = new JSZip()
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name]
    if (entry.dir) continue
    let content = await entry.async('nodebuffer')
    if (name === 'docProps/core.xml') content = Buffer.from(content.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/gu, `$1${FIXED_DATE.toISOString()}`))
    out.file(name, content, {date: FIXED_DATE, createFolders: false})
  }
  return out.generateAsync({type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: {level: 9}, platform: 'UNIX'})
}

/** The examples with a twin, by name without `.md`. */
export function twinNames() {
  return readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3))
    .filter((name) => !WITHOUT_TWIN.has(name))
    .sort()
}

/** Builds the twins into `outDir`; the LibreOffice ones too, unless `libreOffice` is false. */
export async function buildTwins(outDir, {libreOffice = true} = {}) {
  mkdirSync(outDir, {recursive: true})
  const built = []
  for (const name of twinNames()) {
    const markdown = readFileSync(path.join(EXAMPLES, `${name}.md`), 'utf8')
    const bytes = await reproducible(await Packer.toBuffer(documentOf(markdown, LAYOUTS[name] ?? {})))
    writeFileSync(path.join(outDir, `${name}.docx`), bytes)
    built.push(name)
  }
  if (libreOffice) for (const name of SAVED_BY_LIBREOFFICE) saveWithLibreOffice(path.join(outDir, `${name}.docx`))
  return built
}

/** Saves a `.docx` again with LibreOffice, in place. */
export function saveWithLibreOffice(file) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'gazette-lint-soffice-'))
  try {
    const input = path.join(work, 'in', path.basename(file))
    mkdirSync(path.dirname(input))
    copyFileSync(file, input)
    const [command, args] = libreOfficeCommand(input, path.join(work, 'out'), path.join(work, 'profile'))
    const result = spawnSync(command, args, {encoding: 'utf8', timeout: 180_000})
    if (result.error || result.status !== 0) throw new Error(`soffice failed on ${file}: ${result.error?.message ?? result.stderr}`)
    copyFileSync(path.join(work, 'out', path.basename(file)), file)
  } finally {
    rmSync(work, {recursive: true, force: true})
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const outAt = args.indexOf('--out')
  const outDir = outAt >= 0 ? path.resolve(args[outAt + 1]) : path.join(EXAMPLES, 'docx')
  const built = await buildTwins(outDir, {libreOffice: !args.includes('--no-libreoffice')})
  process.stderr.write(`${built.length} Word twins written to ${path.relative(process.cwd(), outDir) || '.'}\n`)
}
