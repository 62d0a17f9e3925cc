import {closestName, RULE_TYPES, type Lang, type RuleLevel, type RuleType} from '@gazette-lint/core'
import {readOptions, UsageError} from './options.js'

export interface CliOptions {
  patterns: string[]
  format: string
  outputFile?: string
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
  help: boolean
  version: boolean
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
        format: {type: 'string', short: 'f'},
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
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
      },
    })
  const format = values.format ?? 'stylish'
  if (!formats.includes(format)) throw new UsageError('bad-format', {value: format, choices: formats, suggestion: closestName(format, formats)})
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('bad-max-warnings', {value: values['max-warnings']})
  }
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') throw new UsageError('bad-lang', {value: values.lang, suggestion: closestName(values.lang, ['zh', 'en'])})
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
  return {
    patterns: positionals,
    fix,
    fixTypes,
    baseline: values.baseline,
    baselineWrite: values['baseline-write'],
    cache: (values.cache ?? false) || values['cache-location'] !== undefined,
    cacheLocation: values['cache-location'],
    shard,
    concurrency,
    format,
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

export function helpText(lang: Lang, formats: string[]): string {
  if (lang === 'en') {
    return `Usage: gazette-lint [options] <file|folder|glob>...
       gazette-lint init | learn | split ...   (set a county up, learn a profile, split gazettes; each with --help)

Checks notices drafted for a county government gazette (政府公报) for missing or malformed elements.

Options:
  -f, --format <name>      output format: ${formats.join(', ')} (default: stylish)
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
      --fix                fix what can be fixed safely and write the drafts back (then report what remains)
      --fix-dry-run        print the fixes as a unified diff; write nothing
      --fix-type <types>   fix only rules of these types: problem, suggestion, layout (comma-separated)
                           (with --fix, the rules named by --rule, other than off, are the only ones fixed)
      --baseline <file>    report only findings the baseline does not hold
      --baseline-write <f> record today's findings as the baseline
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 clean, 1 error-level findings (or too many warnings), 2 usage or config error,
a draft that could not be read or checked, or a fixed draft that could not be written.
`
  }
  return `用法：gazette-lint [选项] <文件|文件夹|通配符>...
      gazette-lint init | learn | split ...   （建立本县配置、归纳县级配置、切分公报；各有 --help）

检查县级政府公报公文草稿（通知、决定、意见、函等）中缺失或不规范的要素。

选项：
  -f, --format <格式>      输出格式：${formats.join('、')}（默认 stylish）
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
      --fix                自动修复可安全修复的问题并写回草稿（随后报告其余问题）
      --fix-dry-run        以统一差异格式（unified diff）显示修复内容，不写任何文件
      --fix-type <类型>    只修复这些类型的规则：problem、suggestion、layout（逗号分隔）
                           （与 --fix 同用时，只修复 --rule 指定且未设为 off 的规则）
      --baseline <文件>    只报告基线文件中没有的问题
      --baseline-write <f> 将当前全部问题记录为基线
  -h, --help               显示帮助
  -v, --version            显示版本

退出码：0 无问题；1 有错误级问题（或警告超过上限）；2 用法或配置错误、草稿无法读取或检查、
修复后的草稿无法写回。
`
}
