import {fileURLToPath} from 'node:url'
import path from 'node:path'
import {ConfigError, defaultToday, readTextFileSync, writeFileAtomic, type Lang} from '@gazette-lint/core'
import {allRules, FATAL_RULE_ID, LintSession, rulesById} from '@gazette-lint/engine'
import {applyBaselineOption} from './baseline.js'
import {reporters, type ReportRule} from '@gazette-lint/reporters'
import {helpText, parseCliArgs, UsageError, type CliOptions} from './args.js'
import {listFiles} from './files.js'
import {fixOptionsFor, runFixes} from './fix.js'
import {runSubcommand, SUBCOMMANDS} from './commands.js'
import type {Io} from './io.js'

export type {Io} from './io.js'

function version(): string {
  const manifest = JSON.parse(readTextFileSync(fileURLToPath(new URL('../package.json', import.meta.url)))) as {version: string}
  return manifest.version
}

/** Formats a person reads, which may follow the diff of --fix-dry-run on stdout. */
const TEXT_FORMATS = new Set(['stylish', 'vfile'])

const USAGE_PREFIX: Record<Lang, string> = {zh: 'gazette-lint：用法错误：', en: 'gazette-lint: usage error: '}
const CONFIG_PREFIX: Record<Lang, string> = {zh: 'gazette-lint：配置文件有误：', en: 'gazette-lint: invalid config: '}

/** Runs the command; resolves to the exit code. Never throws for bad input. */
export async function run(argv: string[], io: Io): Promise<number> {
  const langHint: Lang = argv.includes('en') && argv.some((arg) => arg === '--lang' || arg === '--lang=en') ? 'en' : 'zh'
  const formats = Object.keys(reporters)
  if (SUBCOMMANDS.has(argv[0])) {
    try {
      return await runSubcommand(argv[0] as 'split' | 'learn', argv.slice(1), io, langHint)
    } catch (error) {
      if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
        io.stderr(`${USAGE_PREFIX[langHint]}${(error as Error).message}\n`)
        return 2
      }
      throw error
    }
  }
  let options: CliOptions
  try {
    options = parseCliArgs(argv, formats, new Set(rulesById.keys()))
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${USAGE_PREFIX[langHint]}${error.message}\n${langHint === 'en' ? 'Run gazette-lint --help for usage.' : '运行 gazette-lint --help 查看用法。'}\n`)
      return 2
    }
    throw error
  }
  const lang = options.lang ?? langHint
  if (options.help) {
    io.stdout(helpText(lang, formats))
    return 0
  }
  if (options.version) {
    io.stdout(`${version()}\n`)
    return 0
  }
  if (options.fix === 'dry-run' && !options.outputFile && !TEXT_FORMATS.has(options.format)) {
    io.stderr(
      `${USAGE_PREFIX[lang]}${lang === 'en' ? `--fix-dry-run prints a diff on stdout: with --format ${options.format}, write the report with --output-file` : `--fix-dry-run 在标准输出显示差异：使用 --format ${options.format} 时请用 --output-file 指定报告文件`}\n`,
    )
    return 2
  }
  if (options.patterns.length === 0) {
    io.stderr(`${USAGE_PREFIX[lang]}${lang === 'en' ? 'name the drafts to check, e.g. gazette-lint drafts/' : '请指定要检查的草稿，例如 gazette-lint drafts/'}\n`)
    return 2
  }

  const env = io.env ?? process.env
  const debug = env.GAZETTE_LINT_DEBUG?.split(',').includes('run') ? io.stderr : undefined
  const session = new LintSession({
    cwd: io.cwd,
    config: options.config,
    overrides: {lang: options.lang, rules: options.rules, stage: options.stage},
    today: () => defaultToday(env),
    cache: options.cache ? (options.cacheLocation ?? '.gazettelintcache') : undefined,
    shard: options.shard,
    concurrency: options.concurrency,
    version: version(),
    debug,
    warn: io.stderr,
  })
  try {
    const {files: paths, ignoredExplicit} = await listFiles(options.patterns, io.cwd, (absolute) => session.isIgnored(absolute))
    for (const ignored of ignoredExplicit) {
      io.stderr(
        lang === 'en'
          ? `gazette-lint: ${path.relative(io.cwd, ignored)} is ignored by the config's "ignore" globs\n`
          : `gazette-lint：${path.relative(io.cwd, ignored)} 被配置中的 ignore 规则忽略\n`,
      )
    }
    let results = await session.lintAll(paths)
    let unwritten = 0
    if (options.fix) {
      const fixed = await runFixes(session, results, options.fix, fixOptionsFor(options.rules, options.fixTypes), io, lang)
      results = fixed.results
      unwritten = fixed.failed
    }
    if (options.baseline || options.baselineWrite) {
      const filtered = applyBaselineOption(results, options, io, lang)
      if (!filtered) return 2
      results = filtered
    }
    const files = results.map((result) => result.file)

    if (options.quiet) for (const file of files) file.messages = file.messages.filter((message) => message.fatal === true)
    const toTerminal = io.isTTY === true && !options.outputFile
    // https://no-color.org: NO_COLOR set and not empty turns colour off; --color still forces it on.
    const color = options.color ?? (toTerminal && !(io.env ?? process.env).NO_COLOR)
    const context = {cwd: io.cwd, lang, draftsChecked: files.length, quiet: options.quiet, rules: reportRules, version: version()}
    const writeReport = (file: string, text: string) => {
      try {
        writeFileAtomic(path.resolve(io.cwd, file), text)
        return true
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
        io.stderr(lang === 'en' ? `gazette-lint: cannot write ${file}: ${reason}\n` : `gazette-lint：无法写入 ${file}：${reason}\n`)
        return false
      }
    }
    for (const {format, file} of options.reportFiles) {
      if (!writeReport(file, reporters[format](files, {...context, color: false, hyperlinks: false}))) return 2
    }
    const output = reporters[options.format](files, {
      ...context,
      color,
      hyperlinks: color && toTerminal,
      columns: toTerminal ? io.columns : undefined,
    })
    if (options.outputFile) {
      if (!writeReport(options.outputFile, output)) return 2
    } else io.stdout(output)

    const messages = files.flatMap((file) => file.messages)
    if (unwritten > 0 || messages.some((message) => message.ruleId === FATAL_RULE_ID)) return 2
    const errors = messages.filter((message) => message.fatal === true).length
    const warnings = messages.filter((message) => message.fatal === false).length
    if (errors > 0) return 1
    if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
      io.stderr(
        lang === 'en'
          ? `gazette-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`
          : `gazette-lint：警告 ${warnings} 条，超过 --max-warnings ${options.maxWarnings}\n`,
      )
      return 1
    }
    return 0
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${CONFIG_PREFIX[lang]}\n${error.problems.map((p) => `  ${path.relative(io.cwd, error.file) || error.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}  ${p.path}  ${p.message}`).join('\n')}\n`)
      return 2
    }
    if (error instanceof UsageError) {
      io.stderr(`${USAGE_PREFIX[lang]}${error.message}\n`)
      return 2
    }
    throw error
  } finally {
    await session.close()
  }
}

/** What the reporters know of the rules (SARIF's rule table, JUnit's test cases), from allRules. */
const reportRules: ReportRule[] = allRules.map(({meta}) => ({
  id: meta.id,
  severity: meta.severity,
  fixable: meta.fixable,
  description: meta.description,
  url: meta.url,
  family: meta.family,
}))
