import {fileURLToPath} from 'node:url'
import path from 'node:path'
import {ConfigError, DEFAULT_MAX_FILE_SIZE, defaultToday, problemText, readTextFileSync, reasonText, RUN, say, writeAdvice, writeFileAtomic, type Lang} from '@gazette-lint/core'
import {allRules, configLanguageAt, FATAL_RULE_ID, LintSession, rulesById, TOOL_IDS} from '@gazette-lint/engine'
import {applyBaselineOption} from './baseline.js'
import type {ReportRule} from '@gazette-lint/reporters'
import {FORMAT_NAMES, loadReporter} from '@gazette-lint/reporters/formats'
import {helpText, parseCliArgs, UsageError, type CliOptions} from './args.js'
import {listFiles, type FileListing} from './files.js'
import {fixOptionsFor, runFixes} from './fix.js'
import {runSubcommand, SUBCOMMANDS, type Subcommand} from './commands.js'
import {WriteFailure, type Io} from './io.js'

export type {Io} from './io.js'

function version(): string {
  const manifest = JSON.parse(readTextFileSync(fileURLToPath(new URL('../package.json', import.meta.url)))) as {version: string}
  return manifest.version
}

/** Formats a person reads, which may follow the diff of --fix-dry-run on stdout. */
const TEXT_FORMATS = new Set(['stylish', 'vfile'])

/**
 * The language of what the command says before a draft is linted (a usage error, the help): `--lang`, else
 * the `lang` of the config that applies in the working folder (`--config`'s, else the nearest), else Chinese.
 */
function languageHint(argv: string[], cwd: string): Lang {
  const valueOf = (...names: string[]) => {
    let value: string | undefined
    argv.forEach((arg, index) => {
      for (const name of names) {
        if (arg === name && index + 1 < argv.length) value = argv[index + 1]
        else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1)
      }
    })
    return value
  }
  const lang = valueOf('--lang')
  if (lang === 'zh' || lang === 'en') return lang
  try {
    return configLanguageAt(cwd, valueOf('--config', '-c')) ?? 'zh'
  } catch {
    return 'zh'
  }
}

/** A usage error on stderr, with where to read the usage of the command. */
function tellUsageError(error: UsageError, io: Io, lang: Lang, command = ''): void {
  io.stderr(`${say(RUN['usage-prefix'], lang)}${error.text(lang)}\n${say(RUN['help-hint'], lang, {command: command ? ` ${command}` : ''})}\n`)
}

/** A config that cannot be used, each problem with its file, line and JSON path, in the reader's language. */
function tellConfigError(error: ConfigError, io: Io, lang: Lang): void {
  const file = path.relative(io.cwd, error.file) || error.file
  const lines = error.problems.map((p) => `  ${file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}  ${p.path}  ${problemText(p, lang)}`)
  io.stderr(`${say(RUN['config-prefix'], lang)}\n${lines.join('\n')}\n`)
}

/** The one language the configs of the drafts agree on, if they do. */
function agreedLanguage(languages: Array<Lang | undefined>): Lang | undefined {
  const distinct = new Set(languages)
  return distinct.size === 1 ? languages[0] : undefined
}

/** Runs the command; resolves to the exit code. Never throws for bad input. */
export async function run(argv: string[], io: Io): Promise<number> {
  const hint = languageHint(argv, io.cwd)
  const formats = [...FORMAT_NAMES]
  if (SUBCOMMANDS.has(argv[0])) {
    const command = argv[0] as Subcommand
    try {
      return await runSubcommand(command, argv.slice(1), io, hint)
    } catch (error) {
      if (error instanceof UsageError) {
        tellUsageError(error, io, hint, command)
        return 2
      }
      if (error instanceof WriteFailure) {
        io.stderr(`${say(RUN['cannot-write'], hint, {path: error.target, reason: reasonText(error.reason, hint)})}\n`)
        return 2
      }
      if (error instanceof ConfigError) {
        tellConfigError(error, io, error.lang ?? hint)
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
      tellUsageError(error, io, hint)
      return 2
    }
    throw error
  }
  let lang = options.lang ?? hint
  if (options.help) {
    io.stdout(helpText(lang, formats))
    return 0
  }
  if (options.version) {
    io.stdout(`${version()}\n`)
    return 0
  }
  if (options.fix === 'dry-run' && !options.outputFile && !TEXT_FORMATS.has(options.format)) {
    tellUsageError(new UsageError('dry-run-needs-output', {format: options.format}), io, lang)
    return 2
  }
  if (options.patterns.length === 0 && !options.stdin) {
    tellUsageError(new UsageError('no-patterns'), io, lang)
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
      : await listFiles(options.patterns, io.cwd, (absolute) => ignoredOrUnknown(session, absolute), [...SUBCOMMANDS])
    for (const ignored of ignoredExplicit) {
      io.stderr(`${say(RUN.ignored, options.lang ?? session.languageFor(ignored) ?? lang, {path: path.relative(io.cwd, ignored)})}\n`)
    }
    for (const {link, target} of loops) {
      const [shown, folder] = [path.relative(io.cwd, link), path.relative(io.cwd, target) || '.']
      io.stderr(`${say(RUN['symlink-loop'], lang, {path: shown, folder})}\n`)
    }
    let results = await session.lintAll(paths)
    // What the run says from here on, the report included, is in the language the drafts' configs ask for.
    lang = options.lang ?? (results.length > 0 ? agreedLanguage(results.map((result) => session.languageFor(result.absolute))) : undefined) ?? lang
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
      if (!writeReport(file, (await loadReporter(format))(files, {...context, color: false, hyperlinks: false}))) return 2
    }
    const output = (await loadReporter(options.format))(files, {
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
      io.stderr(`${say(RUN['too-many-warnings'], lang, {count: warnings, max: options.maxWarnings})}\n`)
      return 1
    }
    return 0
  } catch (error) {
    if (error instanceof ConfigError) {
      tellConfigError(error, io, options.lang ?? error.lang ?? lang)
      return 2
    }
    if (error instanceof UsageError) {
      tellUsageError(error, io, lang)
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

/** The one line said when the report cannot be written: where, why, what to do (the partial file is gone). */
function writeFailure(target: string, error: NodeJS.ErrnoException, lang: Lang): string {
  const code = error.code ?? error.message
  const advice = writeAdvice(error.code, lang)
  return lang === 'en'
    ? `gazette-lint: cannot write the report to ${target} (${code})${advice ? `: ${advice}` : ''}`
    : `gazette-lint：无法将报告写入 ${target}（${code}）${advice ? `：${advice}` : ''}`
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
