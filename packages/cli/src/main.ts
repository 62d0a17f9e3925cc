import {fileURLToPath} from 'node:url'
import path from 'node:path'
import {ConfigError, DEFAULT_MAX_FILE_SIZE, defaultToday, readTextFileSync, writeFileAtomic, type Lang} from '@gazette-lint/core'
import {allRules, FATAL_RULE_ID, LintSession, rulesById, TOOL_IDS} from '@gazette-lint/engine'
import {applyBaselineOption} from './baseline.js'
import {reporters, type ReportRule} from '@gazette-lint/reporters'
import {helpText, parseCliArgs, UsageError, type CliOptions} from './args.js'
import {listFiles, type FileListing} from './files.js'
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
  if (options.patterns.length === 0 && !options.stdin) {
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
    encoding: options.encoding,
    maxFileSize: options.maxFileSize,
  })
  try {
    const {files: paths, ignoredExplicit, loops} = options.stdin
      ? await stdinDraft(options, session, io)
      : await listFiles(options.patterns, io.cwd, (absolute) => ignoredOrUnknown(session, absolute))
    for (const ignored of ignoredExplicit) {
      io.stderr(
        lang === 'en'
          ? `gazette-lint: ${path.relative(io.cwd, ignored)} is ignored by the config's "ignore" globs\n`
          : `gazette-lint：${path.relative(io.cwd, ignored)} 被配置中的 ignore 规则忽略\n`,
      )
    }
    for (const {link, target} of loops) {
      const [shown, folder] = [path.relative(io.cwd, link), path.relative(io.cwd, target) || '.']
      io.stderr(
        lang === 'en'
          ? `gazette-lint: ${shown} is a symlink back to ${folder}, which is being checked already: not followed\n`
          : `gazette-lint：${shown} 是指回 ${folder} 的符号链接，该文件夹已在检查中，不再重复进入\n`,
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
      // The command's own output streams, whatever they are (a socket cannot be opened by its path).
      const stream = OWN_STREAMS[file]
      if (stream) {
        io[stream](text)
        return true
      }
      try {
        writeFileAtomic(path.resolve(io.cwd, file), text)
        return true
      } catch (error) {
        io.stderr(`${writeFailure(file, error as NodeJS.ErrnoException, lang)}\n`)
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

/**
 * Whether the config lists a file under `ignore`. A config that cannot even be looked for (a folder
 * without search permission) leaves the file listed: linting it reports why, as that draft's finding.
 */
function ignoredOrUnknown(session: LintSession, absolute: string): boolean {
  try {
    return session.isIgnored(absolute)
  } catch (error) {
    if (error instanceof ConfigError) throw error
    return false
  }
}

const OWN_STREAMS: Record<string, 'stdout' | 'stderr'> = {'-': 'stdout', '/dev/stdout': 'stdout', '/dev/fd/1': 'stdout', '/dev/stderr': 'stderr', '/dev/fd/2': 'stderr'}

/** What to do when the report cannot be written, by the error's code. */
const WRITE_ADVICE: Record<string, {zh: string; en: string}> = {
  ENOSPC: {zh: '磁盘已满，请腾出空间后重试', en: 'the disk is full: free some space and run again'},
  EDQUOT: {zh: '超出磁盘配额，请腾出空间后重试', en: 'the disk quota is exceeded: free some space and run again'},
  EACCES: {zh: '没有写入权限，请换一个位置或检查文件夹权限', en: 'permission denied: write elsewhere or check the folder\'s permissions'},
  EPERM: {zh: '没有写入权限，请换一个位置或检查文件夹权限', en: 'permission denied: write elsewhere or check the folder\'s permissions'},
  EROFS: {zh: '文件系统只读，请换一个位置', en: 'the file system is read-only: write elsewhere'},
  EISDIR: {zh: '这是一个文件夹，请指定文件名', en: 'this is a folder: name a file'},
  ENOTDIR: {zh: '路径中有一段不是文件夹', en: 'a part of the path is not a folder'},
  // mkdir over a file that stands where a folder of the path should.
  EEXIST: {zh: '路径中有一段不是文件夹', en: 'a part of the path is not a folder'},
  ELOOP: {zh: '符号链接形成循环', en: 'a symlink loop'},
  ENXIO: {zh: '这是无法按路径打开的套接字或设备', en: 'a socket or a device that cannot be opened by its path'},
}

/** The one line said when the report cannot be written: where, why, what to do (the partial file is gone). */
function writeFailure(target: string, error: NodeJS.ErrnoException, lang: Lang): string {
  const code = error.code ?? error.message
  const advice = error.code ? WRITE_ADVICE[error.code] : undefined
  return lang === 'en'
    ? `gazette-lint: cannot write the report to ${target} (${code})${advice ? `: ${advice.en}` : ''}`
    : `gazette-lint：无法将报告写入 ${target}（${code}）${advice ? `：${advice.zh}` : ''}`
}

/**
 * The draft on standard input (`--stdin`, `-`): handed to the session as bytes under the path it stands
 * for (`--stdin-filename`, else `<stdin>` in the current folder), so its config and profile are found
 * from that path and it is decoded as a file would be.
 */
async function stdinDraft(options: CliOptions, session: LintSession, io: Io): Promise<FileListing> {
  const filename = options.stdinFilename ?? '<stdin>'
  const absolute = path.resolve(io.cwd, filename)
  if (options.stdinFilename && session.isIgnored(absolute)) return {files: [], ignoredExplicit: [absolute], loops: []}
  const bytes = io.readStdin ? await io.readStdin(options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE) : new Uint8Array()
  session.update(absolute, bytes)
  return {files: [{path: absolute}], ignoredExplicit: [], loops: []}
}

/** What the reporters know of the rules (SARIF's rule table, JUnit's test cases): allRules, then `fatal` and `encoding`. */
const reportRules: ReportRule[] = [
  ...allRules.map(({meta}) => ({
    id: meta.id,
    severity: meta.severity,
    fixable: meta.fixable,
    description: meta.description,
    url: meta.url,
    family: meta.family,
  })),
  ...TOOL_IDS,
]
