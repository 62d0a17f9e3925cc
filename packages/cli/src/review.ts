/**
 * `gazette-lint review <files|folders> --out review.html`: the drafts checked at the publication stage and
 * written as the sheet a reviewer signs off from (HTML, or Markdown with `--format md`). It exits as lint
 * does (0 clean, 1 error-level findings, 2 usage or config error or a draft that could not be checked), so
 * a CI job can gate publication on it and keep the sheet as its artifact.
 */
import path from 'node:path'
import {closestName, ConfigError, defaultToday, RUN, say, writeFileAtomic, type Lang} from '@gazette-lint/core'
import {FATAL_RULE_ID, LintSession} from '@gazette-lint/engine'
import {renderHtml, renderMarkdown, reviewDrafts} from '@gazette-lint/review'
import {listFiles} from './files.js'
import {writing, type Io} from './io.js'
import {langOption, readOptions, UsageError} from './options.js'

const FORMATS = ['html', 'md']

const HELP: Record<Lang, string> = {
  zh: `用法：gazette-lint review <文件|文件夹|通配符>... --out <审核单.html> [--format html|md] [--lang zh|en] [--config <路径>]

印发前审核：按印发阶段检查草稿（待填的文号、日期和晚于今天的成文日期均为错误），写出一份审核人据以签字的审核单：
概况、每份公文的要素核对表（所写内容及位置）、问题及原文摘录、gazette-lint --fix 将做的修改，以及本批公文的交叉核对
（重复文号、各机关代字的文号顺序与缺号、文号与成文日期的先后、重复标题、废止本批公文的说明）。
  -o, --out <路径>     审核单写到哪里（- 为标准输出）
  -f, --format <格式>  html（默认；单个文件，可离线打开，按 A4 打印）或 md（Markdown）；--out 以 .md 结尾时默认 md
      --lang <zh|en>   审核单和提示的语言（默认 zh）
  -c, --config <路径>  使用指定配置文件，而非就近的 .gazettelintrc.*
退出码与检查相同：0 无错误；1 有错误级问题；2 用法或配置错误、草稿无法检查、审核单无法写入。
`,
  en: `Usage: gazette-lint review <file|folder|glob>... --out <sheet.html> [--format html|md] [--lang zh|en] [--config <path>]

Pre-publication review: checks the drafts at the publish stage (unfilled numbers and dates, and a date after
today, are errors) and writes the sheet a reviewer signs off from: a summary, each notice's element checklist
(as written, and where), its findings with the source excerpt and the change gazette-lint --fix would make,
and the cross-notice checks of the batch (duplicate numbers, each 代字's numbers in order with gaps, number
order against date order, a title issued twice, repeal notes naming a notice of the batch).
  -o, --out <path>     where the sheet goes (- for standard output)
  -f, --format <name>  html (default: one file that opens offline and prints on A4) or md (Markdown);
                       md by default when --out ends in .md
      --lang <zh|en>   the language of the sheet and of the messages (default zh)
  -c, --config <path>  use this config file instead of the nearest .gazettelintrc.*
Exit codes as lint's: 0 no errors; 1 error-level findings; 2 usage or config error, a draft that could not
be checked, or a sheet that could not be written.
`,
}

/** The format of the sheet: `--format`, else Markdown for an `--out` that names a Markdown file, else HTML. */
function formatOf(format: string | undefined, out: string): 'html' | 'md' {
  if (format === undefined) return /\.(?:md|markdown)$/iu.test(out) ? 'md' : 'html'
  if (!FORMATS.includes(format)) throw new UsageError('bad-review-format', {value: format, suggestion: closestName(format, FORMATS)})
  return format as 'html' | 'md'
}

export async function runReview(argv: string[], io: Io, hint: Lang): Promise<number> {
  const {values, positionals} = readOptions({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: {type: 'string', short: 'o'},
      format: {type: 'string', short: 'f'},
      lang: {type: 'string'},
      config: {type: 'string', short: 'c'},
      help: {type: 'boolean', short: 'h'},
    },
  })
  const given = langOption(values.lang)
  if (values.help) {
    io.stdout(HELP[given ?? hint])
    return 0
  }
  if (positionals.length === 0) throw new UsageError('review-needs-drafts')
  if (values.out === undefined) throw new UsageError('review-needs-out')
  const out = values.out
  const format = formatOf(values.format, out)

  const today = defaultToday(io.env ?? process.env)
  const session = new LintSession({cwd: io.cwd, config: values.config, overrides: {lang: given, stage: 'publish'}, today, warn: io.stderr})
  try {
    const isIgnored = (absolute: string) => {
      try {
        return session.isIgnored(absolute)
      } catch (error) {
        if (error instanceof ConfigError) throw error
        return false
      }
    }
    const {files, ignoredExplicit, loops} = await listFiles(positionals, io.cwd, isIgnored)
    for (const ignored of ignoredExplicit) io.stderr(`${say(RUN.ignored, given ?? hint, {path: path.relative(io.cwd, ignored)})}\n`)
    for (const {link, target} of loops) io.stderr(`${say(RUN['symlink-loop'], given ?? hint, {path: path.relative(io.cwd, link), folder: path.relative(io.cwd, target) || '.'})}\n`)
    // The sheet is in the language the drafts' configs agree on, unless --lang says otherwise.
    const languages = new Set(files.map((file) => session.languageFor(file.path)))
    const lang = given ?? (languages.size === 1 ? [...languages][0] : undefined) ?? hint
    const {sheet, results} = await reviewDrafts(session, files, {lang, today})
    const text = format === 'md' ? renderMarkdown(sheet) : renderHtml(sheet)
    const toStdout = out === '-'
    if (toStdout) io.stdout(text)
    else await writing(out, () => writeFileAtomic(path.resolve(io.cwd, out), text))

    // What the run says goes beside the sheet: on stderr when the sheet itself is on stdout.
    const tell = toStdout ? io.stderr : io.stdout
    const {summary} = sheet
    tell(`${say(RUN['review-written'], lang, {path: toStdout ? say(RUN['review-stdout'], lang) : out, notices: summary.notices, passed: summary.passed, errors: summary.withErrors, warnings: summary.withWarnings})}\n`)
    for (const notice of sheet.notices) {
      if (notice.status === 'errors') tell(`${say(RUN['review-notice-errors'], lang, {path: notice.path, errors: notice.counts.errors})}\n`)
      if (notice.status === 'unchecked') tell(`${say(RUN['review-notice-unchecked'], lang, {path: notice.path})}\n`)
    }
    const messages = results.flatMap((result) => result.messages)
    if (messages.some((message) => message.ruleId === FATAL_RULE_ID)) return 2
    return messages.some((message) => message.fatal === true) ? 1 : 0
  } finally {
    await session.close()
  }
}
