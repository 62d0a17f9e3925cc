import {parseArgs} from 'node:util'
import type {Lang, RuleLevel} from '@gazette-lint/core'

export interface CliOptions {
  patterns: string[]
  /** The report for stdout, or for `outputFile`. */
  format: string
  outputFile?: string
  /** Reports written to files by the same run: `--format sarif:gazette-lint.sarif`. */
  reportFiles: ReportFile[]
  quiet: boolean
  maxWarnings?: number
  lang?: Lang
  rules: Record<string, RuleLevel>
  config?: string
  color?: boolean
  cache: boolean
  cacheLocation?: string
  shard?: [number, number]
  /** `auto` or a number of worker threads. */
  concurrency: 'auto' | number
  help: boolean
  version: boolean
}

export interface ReportFile {
  format: string
  file: string
}

/** A mistake in how the command was called: printed with a hint, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

const LEVELS = new Set(['error', 'warning', 'info', 'off'])

export function parseCliArgs(argv: string[], formats: string[], ruleIds: Set<string>): CliOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f', multiple: true},
        'output-file': {type: 'string', short: 'o'},
        quiet: {type: 'boolean', short: 'q'},
        'max-warnings': {type: 'string'},
        lang: {type: 'string'},
        rule: {type: 'string', multiple: true},
        config: {type: 'string', short: 'c'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        cache: {type: 'boolean'},
        'cache-location': {type: 'string'},
        shard: {type: 'string'},
        concurrency: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''))
  }
  const {values, positionals} = parsed
  const {format, reportFiles} = parseFormats(values.format ?? [], formats)
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number ≥ 0, not "${values['max-warnings']}"`)
  }
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') throw new UsageError(`--lang is zh or en, not "${values.lang}"`)
  const rules: Record<string, RuleLevel> = {}
  for (const spec of values.rule ?? []) {
    const match = /^([a-z0-9-]+):([a-z]+)$/.exec(spec.trim())
    if (!match) throw new UsageError(`--rule takes id:severity (e.g. --rule date-valid:off), not "${spec}"`)
    const [, id, level] = match
    if (!ruleIds.has(id)) throw new UsageError(`--rule: unknown rule id "${id}"`)
    if (!LEVELS.has(level)) throw new UsageError(`--rule ${id}: severity is error, warning, info or off, not "${level}"`)
    rules[id] = level as RuleLevel
  }
  let shard: [number, number] | undefined
  if (values.shard !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(values.shard)
    const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0]
    if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n (e.g. --shard 2/4), not "${values.shard}"`)
    shard = [index, count]
  }
  let concurrency: 'auto' | number = 1
  if (values.concurrency !== undefined) {
    if (values.concurrency === 'auto') concurrency = 'auto'
    else if (/^[1-9]\d*$/.test(values.concurrency)) concurrency = Number(values.concurrency)
    else throw new UsageError(`--concurrency takes auto or a whole number ≥ 1, not "${values.concurrency}"`)
  }
  return {
    patterns: positionals,
    cache: (values.cache ?? false) || values['cache-location'] !== undefined,
    cacheLocation: values['cache-location'],
    shard,
    concurrency,
    format,
    reportFiles,
    outputFile: values['output-file'],
    quiet: values.quiet ?? false,
    maxWarnings,
    lang: values.lang as Lang | undefined,
    rules,
    config: values.config,
    color: values['no-color'] ? false : values.color,
    help: values.help ?? false,
    version: values.version ?? false,
  }
}

/**
 * `--format name` is the report for stdout (or `--output-file`); `--format name:file` writes a report to a
 * file in the same run, so CI gets, say, SARIF and annotations from one lint (a format name has no colon).
 */
function parseFormats(specs: string[], formats: string[]): {format: string; reportFiles: ReportFile[]} {
  let format: string | undefined
  const reportFiles: ReportFile[] = []
  for (const spec of specs) {
    const colon = spec.indexOf(':')
    const name = colon < 0 ? spec : spec.slice(0, colon)
    if (!formats.includes(name)) throw new UsageError(`unknown --format "${name}" (one of: ${formats.join(', ')})`)
    if (colon >= 0) {
      const file = spec.slice(colon + 1)
      if (!file) throw new UsageError(`--format ${name}: name the file after the colon (e.g. --format ${name}:report.${name})`)
      reportFiles.push({format: name, file})
    } else if (format !== undefined) {
      throw new UsageError(`--format given twice without a file ("${format}", "${name}"): only one report goes to stdout; write the others to files with --format ${name}:<file>`)
    } else format = name
  }
  return {format: format ?? 'stylish', reportFiles}
}

export function helpText(lang: Lang, formats: string[]): string {
  if (lang === 'en') {
    return `Usage: gazette-lint [options] <file|folder|glob>...

Checks notices drafted for a county government gazette (政府公报) for missing or malformed elements.

Options:
  -f, --format <name>      output format: ${formats.join(', ')} (default: stylish)
  -f, --format <name:path> also write a report in that format to a file (repeatable, same run)
  -o, --output-file <path> write the report to a file instead of stdout
  -q, --quiet              report errors only
      --max-warnings <n>   exit 1 when there are more than n warnings
      --lang <zh|en>       language of messages (default: zh)
      --rule <id:severity> set a rule's severity (error, warning, info, off); repeatable
  -c, --config <path>      use this config file instead of the nearest .gazettelintrc.*
      --cache              reuse the findings of unchanged drafts (file .gazettelintcache)
      --cache-location <p> where the cache is kept (implies --cache)
      --shard <i/n>        report only shard i of n (a CI matrix); cross-file checks see every draft
      --concurrency <n>    worker threads: a number, or auto (threads from 64 drafts on); default 1
      --color, --no-color  force or disable colours
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 clean, 1 error-level findings (or too many warnings), 2 usage or config error.
`
  }
  return `用法：gazette-lint [选项] <文件|文件夹|通配符>...

检查县级政府公报公文草稿（通知、决定、意见、函等）中缺失或不规范的要素。

选项：
  -f, --format <格式>      输出格式：${formats.join('、')}（默认 stylish）
  -f, --format <格式:路径> 同一次检查另将该格式的报告写入文件（可重复）
  -o, --output-file <路径> 将报告写入文件而非标准输出
  -q, --quiet              只报告错误（error）
      --max-warnings <n>   警告多于 n 条时以 1 退出
      --lang <zh|en>       提示语言（默认 zh）
      --rule <规则:级别>   设置规则级别（error、warning、info、off），可重复
  -c, --config <路径>      使用指定配置文件，而非就近的 .gazettelintrc.*
      --cache              复用未改动草稿的检查结果（缓存文件 .gazettelintcache）
      --cache-location <p> 缓存文件位置（同时启用 --cache）
      --shard <i/n>        只报告第 i 份（共 n 份，用于 CI 矩阵）；跨文件检查仍看全部草稿
      --concurrency <n>    工作线程数：数字，或 auto（64 份草稿起启用多线程）；默认 1
      --color, --no-color  强制或关闭颜色
  -h, --help               显示帮助
  -v, --version            显示版本

退出码：0 无问题；1 有错误级问题（或警告超过上限）；2 用法或配置错误。
`
}
