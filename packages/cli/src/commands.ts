/**
 * `gazette-lint split`, `learn`, `init` and `convert`: from published gazettes to drafts, to a county profile,
 * to a county's config, and from a Word draft to the Markdown draft; `review` (the sheet a reviewer signs off
 * from) and `convert` are loaded from their own modules when run.
 */
import {statSync} from 'node:fs'
import path from 'node:path'
import {closestName, problemsText, readDraft, reasonOf, RUN, say, type Lang} from '@gazette-lint/core'
import type {LearnInput} from '@gazette-lint/learn'
import {readOptions, UsageError} from './options.js'
import {writing, type Io} from './io.js'

export type Subcommand = 'split' | 'learn' | 'init' | 'review' | 'convert'
export const SUBCOMMANDS: ReadonlySet<string> = new Set<Subcommand>(['split', 'learn', 'init', 'review', 'convert'])

/** The commands of this module; `review` has its own options and help (review.ts). */
type ProfileCommand = Exclude<Subcommand, 'review'>

const HELP: Record<ProfileCommand, Record<Lang, string>> = {
  split: {
    zh: `用法：gazette-lint split <公报.txt>... --out <文件夹>

将公报文本（PDF 提取的纯文本）切分为一篇篇公文，每篇写成一份 Markdown 草稿。
`,
    en: `Usage: gazette-lint split <gazette.txt>... --out <folder>

Splits gazettes (text extracted from the PDF) into their notices and writes each as a Markdown draft.
`,
  },
  learn: {
    zh: `用法：gazette-lint learn [<公报.txt|草稿.md|文件夹>...] [--published <文件|文件夹>...] [--drafts <文件|文件夹>...]
                          --out <profile.json> [--id <标识>] [--county <县名>]

从一个县的公文中归纳县级配置：发文机关及其机关代字、公开属性用语、责任单位写法、单位与乡镇名录（含出现次数），
以及已发布文件登记（含废止说明中引用的文号）。
只有已发布的文件进入登记：公报（.txt）和 --published 给出的文件；--drafts 给出的和直接列出的 Markdown 文件
视为草稿，只用于归纳写法。在 .gazettelintrc 中写 profile: ./profile.json 即可使用。
`,
    en: `Usage: gazette-lint learn [<gazette.txt|draft.md|folder>...] [--published <file|folder>...] [--drafts <file|folder>...]
                          --out <profile.json> [--id <id>] [--county <name>]

Learns a county profile from its documents: issuers and their 代字, disclosure literals, annotation forms, the
gazetteer of units and towns with counts, and the registry of published documents (numbers cited in repeal
notes too). Only published documents enter the registry: gazettes (.txt) and what --published gives; Markdown
files given with --drafts or named directly are drafts, learnt from for the conventions only. Use it with
profile: ./profile.json in .gazettelintrc.
`,
  },
  init: {
    zh: `用法：gazette-lint init [文件夹] [--county <县名>] [--published <文件|文件夹>...] [--drafts <文件|文件夹>...]
                         [--id <标识>] [--lang zh|en] [--force]

为一个县建立检查配置：在文件夹（默认当前文件夹）中写出带注释的 .gazettelintrc.yaml。
  --county 阳城县        县名：随附配置的县（陵川县、平顺县、沁县、绛县）直接使用其配置；
                         其他县按惯例推断发文机关与机关代字（阳城县人民政府：阳政发），写入配置供核对
  --published <路径>     该县已发布的公报（.txt）或公文（Markdown）：据此归纳县级配置，写在配置旁
  --drafts <路径>        该县的草稿：只用于归纳写法，不登记为已发布文件
  --force                覆盖已有的配置
`,
    en: `Usage: gazette-lint init [folder] [--county <name>] [--published <file|folder>...] [--drafts <file|folder>...]
                         [--id <id>] [--lang zh|en] [--force]

Sets a county up: writes a commented .gazettelintrc.yaml in the folder (default: the current one).
  --county 阳城县        the county: a shipped one (陵川县, 平顺县, 沁县, 绛县) uses its profile; for another the
                         issuers and their 代字 are inferred as counties write them (阳城县人民政府: 阳政发)
  --published <path>     the county's published gazettes (.txt) or notices (Markdown): a profile is learnt from
                         them and written beside the config
  --drafts <path>        the county's drafts: learnt from for the conventions only, never registered as published
  --force                overwrite an existing config
`,
  },
  convert: {
    zh: `用法：gazette-lint convert <草稿.docx>... [--out <草稿.md|文件夹>] [--force]

将 Word 文档（.docx）转换为 Markdown 草稿：即检查 .docx 时规则所读的文本，转换后的草稿检查结果相同、位置一致。
段落、标题（按样式或位置与格式识别）、自动编号（按印出的样子）、表格依次写出；脚注、批注不转换；
未处理的修订按全部接受转换，并予提示。不指定 --out 时输出到标准输出；转换多份文档时 --out 为文件夹。
  --force                覆盖已有的文件
`,
    en: `Usage: gazette-lint convert <draft.docx>... [--out <draft.md|folder>] [--force]

Writes a Word document (.docx) as a Markdown draft: the very text the rules read when they lint the .docx, so the
Markdown draft lints with the same findings at the same places. Paragraphs, the title (by style, or by position
and form), automatic numbering (as printed) and tables are written in order; footnotes and comments are not;
tracked changes are converted as accepted, and said so. Without --out the draft goes to standard output; with
several documents --out is a folder.
  --force                overwrite an existing file
`,
  },
}

// What each command needs is loaded when it runs: a lint run loads none of it.
const loadGazette = () => import('@gazette-lint/gazette')
const loadLearn = () => import('@gazette-lint/learn')

/** The options each command takes (they share one parser). */
const ALLOWED: Record<ProfileCommand, string[]> = {
  split: ['out', 'lang', 'help'],
  learn: ['out', 'id', 'county', 'published', 'drafts', 'lang', 'help'],
  init: ['county', 'published', 'drafts', 'id', 'force', 'lang', 'help'],
  convert: ['out', 'force', 'lang', 'help'],
}

export async function runSubcommand(name: Subcommand, argv: string[], io: Io, lang: Lang): Promise<number> {
  if (name === 'review') return (await import('./review.js')).runReview(argv, io, lang)
  const {values, positionals} = readOptions({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: {type: 'string', short: 'o'},
      id: {type: 'string'},
      county: {type: 'string'},
      published: {type: 'string', multiple: true},
      drafts: {type: 'string', multiple: true},
      force: {type: 'boolean'},
      lang: {type: 'string'},
      help: {type: 'boolean', short: 'h'},
    },
  })
  const misplaced = Object.keys(values).find((option) => !ALLOWED[name].includes(option))
  if (misplaced) throw new UsageError('unknown-option', {option: `--${misplaced}`, suggestion: closestName(`--${misplaced}`, ALLOWED[name].map((option) => `--${option}`))})
  if (values.help) {
    io.stdout(HELP[name][lang])
    return 0
  }
  if (name === 'init') {
    const published = await inputFiles(values.published ?? [], io, true)
    const drafts = await inputFiles(values.drafts ?? [], io, false)
    const {runInit} = await import('./init.js')
    return runInit({folder: positionals[0], county: values.county, id: values.id, force: values.force ?? false, published, drafts, lang}, io)
  }
  if (name === 'split') return split(positionals, values.out, io, lang)
  if (name === 'convert') return (await import('./convert.js')).runConvert({inputs: positionals, out: values.out, force: values.force ?? false, lang}, io)
  // Named directly, a gazette is published and a Markdown or Word file is a draft, unless --published says otherwise.
  const inputs = [
    ...(await inputFiles(positionals, io, undefined)),
    ...(await inputFiles(values.published ?? [], io, true)),
    ...(await inputFiles(values.drafts ?? [], io, false)),
  ]
  if (inputs.length === 0) throw new UsageError('needs-input', {command: name})
  if (!values.out) throw new UsageError('needs-out', {command: name})
  const out = path.resolve(io.cwd, values.out)
  const id = values.id ?? path.basename(out).replace(/\.json$/i, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-|-$/g, '')
  if (!/^[a-z0-9-]+$/.test(id)) throw new UsageError('bad-id', {value: id})
  const {InvalidProfileError, learnFromFiles, writeProfile} = await loadLearn()
  try {
    const profile = await learnFromFiles(inputs, {id, county: values.county}, io.cwd)
    await writing(path.relative(io.cwd, out) || out, () => writeProfile(profile, out))
    const {issuers, units, towns, registry} = profile
    const counts = {issuers: issuers.length, units: units.length, towns: towns.length, registry: registry.length}
    io.stdout(`${say(RUN['learn-written'], lang, {county: profile.county, id, ...counts, out: path.relative(io.cwd, out)})}\n`)
    const drafts = inputs.filter((input) => !input.published).length
    if (drafts > 0) io.stdout(`${say(RUN['learn-drafts-apart'], lang, {count: drafts})}\n`)
    return 0
  } catch (error) {
    if (error instanceof InvalidProfileError) {
      io.stderr(`${say(RUN['learn-invalid'], lang, {detail: problemsText(error.problems, lang)})}\n`)
      return 1
    }
    throw error
  }
}

async function split(inputs: string[], outOption: string | undefined, io: Io, lang: Lang): Promise<number> {
  if (inputs.length === 0) throw new UsageError('needs-input', {command: 'split'})
  if (!outOption) throw new UsageError('needs-out', {command: 'split'})
  const out = path.resolve(io.cwd, outOption)
  const {splitGazette, writeDrafts} = await loadGazette()
  let written = 0
  for (const input of inputs) {
    const file = await readInput(input, io)
    const alias = path.basename(input).replace(/\.[^.]+$/, '').replace(/^(\d+)_.*$/, '$1')
    const documents = splitGazette(String(file.value), {source: alias})
    if (documents.length === 0) {
      io.stderr(`${say(RUN['split-none'], lang, {input})}\n`)
      continue
    }
    written += (await writing(path.relative(io.cwd, out) || out, () => writeDrafts(documents, out))).length
  }
  io.stdout(`${say(RUN['split-written'], lang, {count: written, out: path.relative(io.cwd, out) || '.'})}\n`)
  return written > 0 ? 0 : 1
}

/**
 * The files named, a folder standing for the gazettes and Markdown files under it, each read once to tell a
 * missing or unreadable one early. `published` undefined: a gazette (`.txt`) is published, Markdown a draft.
 */
export async function inputFiles(names: string[], io: Io, published: boolean | undefined): Promise<LearnInput[]> {
  const inputs: LearnInput[] = []
  const {glob} = await import('tinyglobby')
  for (const name of names) {
    const absolute = path.resolve(io.cwd, name)
    const files = statSync(absolute, {throwIfNoEntry: false})?.isDirectory()
      ? (await glob('**/*.{md,markdown,docx,txt}', {cwd: absolute, absolute: true, ignore: ['**/node_modules/**', '**/.git/**', '**/~$*']})).sort()
      : [absolute]
    for (const file of files) {
      await readInput(file, io, file === absolute ? name : path.relative(io.cwd, file))
      inputs.push({file, published: published ?? !/\.(md|markdown|docx)$/i.test(file)})
    }
  }
  return inputs
}

async function readInput(input: string, io: Io, shown = input) {
  try {
    return await readDraft(input, io.cwd)
  } catch (error) {
    throw new UsageError('cannot-read-input', {path: path.isAbsolute(shown) ? path.relative(io.cwd, shown) : shown, reason: reasonOf(error)})
  }
}

