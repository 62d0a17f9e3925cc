import {closestName, ENCODING_NAMES, RULE_TYPES, type Encoding, type Lang, type RuleLevel, type RuleType, type Stage} from '@gazette-lint/core'
import {langOption, readOptions, UsageError} from './options.js'

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
  /** `write` for --fix, `dry-run` for --fix-dry-run. */
  fix?: 'write' | 'dry-run'
  /** --fix-type: only fixes of rules of these types. */
  fixTypes?: RuleType[]
  /** --baseline: report only findings the baseline file does not hold. */
  baseline?: string
  /** --baseline-write: record today's findings in this file. */
  baselineWrite?: string
  /** Lint the draft on standard input (`--stdin`, or `-` as the one path). */
  stdin: boolean
  /** The path the draft on standard input stands for: its config and profile are found from it. */
  stdinFilename?: string
  /** Read drafts in this encoding instead of telling it from their bytes. */
  encoding?: Encoding
  /** Files larger than this many bytes are skipped with one finding. */
  maxFileSize?: number
  help: boolean
  version: boolean
  /** `--stage draft|publish`, over the config's `stage`. */
  stage?: Stage
}

export interface ReportFile {
  format: string
  file: string
}

export {UsageError}

const LEVELS = ['error', 'warning', 'info', 'off']

export function parseCliArgs(argv: string[], formats: string[], ruleIds: Set<string>): CliOptions {
  // readOptions is parseArgs whose mistakes are usage errors of the catalogue, said in the reader's language.
  const {values, positionals} = readOptions({
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
        fix: {type: 'boolean'},
        'fix-dry-run': {type: 'boolean'},
        'fix-type': {type: 'string', multiple: true},
        baseline: {type: 'string'},
        'baseline-write': {type: 'string'},
        // Reading drafts (issue #16): standard input, encodings, the size of a draft.
        stdin: {type: 'boolean'},
        'stdin-filename': {type: 'string'},
        encoding: {type: 'string'},
        'max-file-size': {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
        stage: {type: 'string'},
      },
    })
  const {format, reportFiles} = parseFormats(values.format ?? [], formats)
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('bad-max-warnings', {value: values['max-warnings']})
  }
  const lang = langOption(values.lang)
  const rules: Record<string, RuleLevel> = {}
  for (const spec of values.rule ?? []) {
    const match = /^([a-z0-9-]+):([a-z]+)$/.exec(spec.trim())
    if (!match) throw new UsageError('rule-syntax', {value: spec})
    const [, id, level] = match
    if (!ruleIds.has(id)) throw new UsageError('unknown-rule', {id, suggestion: closestName(id, ruleIds)})
    if (!LEVELS.includes(level)) throw new UsageError('bad-severity', {id, value: level, suggestion: closestName(level, LEVELS)})
    rules[id] = level as RuleLevel
  }
  let shard: [number, number] | undefined
  if (values.shard !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(values.shard)
    const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0]
    if (!match || count < 1 || index < 1 || index > count) throw new UsageError('bad-shard', {value: values.shard})
    shard = [index, count]
  }
  let concurrency: 'auto' | number = 1
  if (values.concurrency !== undefined) {
    if (values.concurrency === 'auto') concurrency = 'auto'
    else if (/^[1-9]\d*$/.test(values.concurrency)) concurrency = Number(values.concurrency)
    else throw new UsageError('bad-concurrency', {value: values.concurrency})
  }
  const {fix, fixTypes} = fixOptionsOf(values)
  if (values.baseline !== undefined && values['baseline-write'] !== undefined) throw new UsageError('baseline-exclusive')
  if (values.stage !== undefined && values.stage !== 'draft' && values.stage !== 'publish') {
    throw new UsageError('bad-stage', {value: values.stage})
  }
  const reading = readingOptions(values, positionals)
  return {
    ...reading,
    stage: values.stage as Stage | undefined,
    fix,
    fixTypes,
    baseline: values.baseline,
    baselineWrite: values['baseline-write'],
    cache: (values.cache ?? false) || values['cache-location'] !== undefined,
    cacheLocation: values['cache-location'],
    shard,
    concurrency,
    format,
    reportFiles,
    outputFile: values['output-file'],
    quiet: values.quiet ?? false,
    maxWarnings,
    lang,
    rules,
    config: values.config,
    color: values['no-color'] ? false : values.color,
    help: values.help ?? false,
    version: values.version ?? false,
  }
}

function fixOptionsOf(values: {fix?: boolean; 'fix-dry-run'?: boolean; 'fix-type'?: string[]}): Pick<CliOptions, 'fix' | 'fixTypes'> {
  if (values.fix && values['fix-dry-run']) throw new UsageError('fix-exclusive')
  const fix = values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined
  if (values['fix-type'] === undefined) return {fix}
  if (!fix) throw new UsageError('fix-type-needs-fix')
  const types = values['fix-type'].flatMap((value) => value.split(',')).map((value) => value.trim())
  for (const type of types) {
    if (!RULE_TYPES.includes(type as RuleType)) throw new UsageError('bad-fix-type', {value: type, choices: [...RULE_TYPES], suggestion: closestName(type, RULE_TYPES)})
  }
  return {fix, fixTypes: [...new Set(types)] as RuleType[]}
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
    if (!formats.includes(name)) throw new UsageError('bad-format', {value: name, choices: formats, suggestion: closestName(name, formats)})
    if (colon >= 0) {
      const file = spec.slice(colon + 1)
      if (!file) throw new UsageError('format-needs-file', {name})
      reportFiles.push({format: name, file})
    } else if (format !== undefined) {
      throw new UsageError('format-twice', {first: format, second: name})
    } else format = name
  }
  return {format: format ?? 'stylish', reportFiles}
}

/** The options about reading drafts: standard input, the encoding, the size limit. */
function readingOptions(
  values: {stdin?: boolean; 'stdin-filename'?: string; encoding?: string; 'max-file-size'?: string},
  positionals: string[],
): Pick<CliOptions, 'patterns' | 'stdin' | 'stdinFilename' | 'encoding' | 'maxFileSize'> {
  const dash = positionals.includes('-')
  if (dash && positionals.length > 1) throw new UsageError('stdin-with-files')
  const stdin = (values.stdin ?? false) || dash
  if (stdin && !dash && positionals.length > 0) throw new UsageError('stdin-names-files', {files: positionals.join(' ')})
  if (values['stdin-filename'] !== undefined && !stdin) throw new UsageError('stdin-filename-needs-stdin')
  let encoding: Encoding | undefined
  if (values.encoding !== undefined && values.encoding.toLowerCase() !== 'auto') {
    encoding = ENCODING_NAMES[values.encoding.toLowerCase()]
    if (!encoding) throw new UsageError('bad-encoding', {value: values.encoding})
  }
  let maxFileSize: number | undefined
  if (values['max-file-size'] !== undefined) {
    const match = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb)?$/i.exec(values['max-file-size'].trim())
    const unit = {b: 1, k: 1024, kb: 1024, m: 1024 * 1024, mb: 1024 * 1024}[(match?.[2] ?? 'b').toLowerCase() as 'b']
    maxFileSize = match ? Math.floor(Number(match[1]) * unit) : NaN
    if (!(maxFileSize >= 1)) throw new UsageError('bad-max-file-size', {value: values['max-file-size']})
  }
  return {patterns: dash ? [] : positionals, stdin, stdinFilename: values['stdin-filename'], encoding, maxFileSize}
}

export function helpText(lang: Lang, formats: string[]): string {
  if (lang === 'en') {
    return `Usage: gazette-lint [options] <file|folder|glob>...
       gazette-lint review <file|folder>... --out review.html   (the pre-publication review sheet)
       gazette-lint init | learn | split | convert ...   (set a county up, learn a profile, split gazettes,
                                                   convert a Word draft to Markdown; each with --help)

Checks notices drafted for a county government gazette (政府公报) for missing or malformed elements, in
Markdown drafts (.md) and Word documents (.docx; findings at paragraph and character, 第 N 段第 M 字).

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
      --concurrency <n>    threads: a number, or auto (from 64 drafts on, one per 1.5 idle cores); default 1
      --color, --no-color  force or disable colours
      --fix                fix what can be fixed safely and write the drafts back (then report what remains);
                           a Word document is never rewritten
      --fix-dry-run        print the fixes as a unified diff; write nothing
      --fix-type <types>   fix only rules of these types: problem, suggestion, layout (comma-separated)
                           (with --fix, the rules named by --rule, other than off, are the only ones fixed)
      --baseline <file>    report only findings the baseline does not hold
      --baseline-write <f> record today's findings as the baseline
      --stage <name>       draft (default): placeholders (陵政办发〔2026〕　号, 2026年 月 日) are info and a
                           planned date within 30 days is fine; publish: both are errors
      --stdin              lint the draft on standard input (also: - as the one path)
      --stdin-filename <p> the path that draft stands for: its config and profile are found from it
      --encoding <name>    read drafts as auto (default), utf-8, gb18030 or utf-16le/be
      --max-file-size <n>  skip files larger than n (e.g. 2MB; default 1MB), with one finding each
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 clean, 1 error-level findings (or too many warnings), 2 usage or config error,
a draft that could not be read or checked (a fatal finding), or a fixed draft that could not be written.
`
  }
  return `用法：gazette-lint [选项] <文件|文件夹|通配符>...
      gazette-lint review <文件|文件夹>... --out review.html   （印发前审核单）
      gazette-lint init | learn | split | convert ...   （建立本县配置、归纳县级配置、切分公报、
                                                  将 Word 草稿转为 Markdown；各有 --help）

检查县级政府公报公文草稿（通知、决定、意见、函等）中缺失或不规范的要素。草稿可以是 Markdown（.md）或
Word 文档（.docx，问题位置以“第 N 段第 M 字”标出）。

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
      --concurrency <n>    线程数：数字，或 auto（64 份草稿起，每个空闲的处理器核心一个线程）；默认 1
      --color, --no-color  强制或关闭颜色
      --fix                自动修复可安全修复的问题并写回草稿（随后报告其余问题）；不改写 Word 文档
      --fix-dry-run        以统一差异格式（unified diff）显示修复内容，不写任何文件
      --fix-type <类型>    只修复这些类型的规则：problem、suggestion、layout（逗号分隔）
                           （与 --fix 同用时，只修复 --rule 指定且未设为 off 的规则）
      --baseline <文件>    只报告基线文件中没有的问题
      --baseline-write <f> 将当前全部问题记录为基线
      --stage <阶段>       draft（默认，拟稿）：待填的文号、日期仅作提示，30 天内的拟签发日期不报；
                           publish（印发）：二者均为错误
      --stdin              检查标准输入中的草稿（也可用 - 作为唯一路径）
      --stdin-filename <p> 该草稿对应的路径：据此查找配置和县级配置
      --encoding <编码>    草稿编码：auto（默认，自动判断）、utf-8、gb18030、utf-16le/be
      --max-file-size <n>  跳过大于 n 的文件（如 2MB；默认 1MB），每个报告一条
  -h, --help               显示帮助
  -v, --version            显示版本

退出码：0 无问题；1 有错误级问题（或警告超过上限）；2 用法或配置错误、草稿无法读取或检查（fatal）、
修复后的草稿无法写回。
`
}
