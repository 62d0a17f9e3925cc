/**
 * What the command says outside the report, in Chinese and English: usage errors by kind (each option's
 * checks name a kind here and pass its data), and what a run tells on stderr (files ignored, fixes, the
 * baseline, reports that cannot be written, split, learn and init).
 */
import type {Lang} from '../i18n.js'
import {quote} from '../i18n.js'
import {reasonText} from './files.js'
import {didYouMean, type Entry} from './say.js'

const dym = (suggestion: unknown, lang: Lang) => didYouMean(suggestion as string | undefined, lang)

/** A mistake in how the command was called: exit code 2, with a pointer to `--help`. */
export const USAGE = {
  'unknown-option': {
    zh: ({option, suggestion}, lang) => `没有选项 ${option}${dym(suggestion, lang)}`,
    en: ({option, suggestion}, lang) => `unknown option ${option}${dym(suggestion, lang)}`,
  },
  'bad-arguments': {zh: '无法理解命令行参数', en: 'the arguments cannot be understood'},
  'missing-value': {zh: '{option} 后面缺少取值', en: '{option} needs a value'},
  'unexpected-value': {zh: '{option} 不带取值（不要写“={value}”）', en: '{option} takes no value (drop "={value}")'},
  'bad-format': {
    zh: ({value, choices, suggestion}, lang) => `没有输出格式${quote(String(value), lang)}，可用：${(choices as string[]).join('、')}${dym(suggestion, lang)}`,
    en: ({value, choices, suggestion}, lang) => `unknown --format "${value}" (one of: ${(choices as string[]).join(', ')})${dym(suggestion, lang)}`,
  },
  'bad-max-warnings': {zh: '--max-warnings 应为不小于 0 的整数，而不是“{value}”', en: '--max-warnings takes a whole number ≥ 0, not "{value}"'},
  'bad-lang': {
    zh: ({value, suggestion}, lang) => `--lang 应为 zh 或 en，而不是“${value}”${dym(suggestion, lang)}`,
    en: ({value, suggestion}, lang) => `--lang is zh or en, not "${value}"${dym(suggestion, lang)}`,
  },
  'rule-syntax': {
    zh: '--rule 的写法是“规则:级别”（如 --rule date-valid:off），而不是“{value}”',
    en: '--rule takes id:severity (e.g. --rule date-valid:off), not "{value}"',
  },
  'unknown-rule': {
    zh: ({id, suggestion}, lang) => `--rule：没有规则${quote(String(id), lang)}${dym(suggestion, lang) || '（规则列表见 README）'}`,
    en: ({id, suggestion}, lang) => `--rule: unknown rule id "${id}"${dym(suggestion, lang) || ' (the README lists the rules)'}`,
  },
  'bad-severity': {
    zh: ({id, value, suggestion}, lang) => `--rule ${id}：级别应为 error、warning、info 或 off，而不是“${value}”${dym(suggestion, lang)}`,
    en: ({id, value, suggestion}, lang) => `--rule ${id}: severity is error, warning, info or off, not "${value}"${dym(suggestion, lang)}`,
  },
  'bad-shard': {
    zh: '--shard 的写法是 i/n，且 1 ≤ i ≤ n（如 --shard 2/4），而不是“{value}”',
    en: '--shard takes i/n with 1 ≤ i ≤ n (e.g. --shard 2/4), not "{value}"',
  },
  'bad-concurrency': {zh: '--concurrency 应为 auto 或不小于 1 的整数，而不是“{value}”', en: '--concurrency takes auto or a whole number ≥ 1, not "{value}"'},
  'fix-exclusive': {zh: '--fix 与 --fix-dry-run 不能同时使用', en: '--fix and --fix-dry-run cannot be used together'},
  'fix-type-needs-fix': {zh: '--fix-type 须与 --fix 或 --fix-dry-run 同用', en: '--fix-type needs --fix or --fix-dry-run'},
  'bad-fix-type': {
    zh: ({value, choices, suggestion}, lang) => `--fix-type 可用 ${(choices as string[]).join('、')}（逗号分隔），而不是“${value}”${dym(suggestion, lang)}`,
    en: ({value, choices, suggestion}, lang) => `--fix-type takes ${(choices as string[]).join(', ')} (comma-separated), not "${value}"${dym(suggestion, lang)}`,
  },
  'baseline-exclusive': {zh: '--baseline 与 --baseline-write 不能同时使用', en: '--baseline and --baseline-write cannot be used together'},
  'dry-run-needs-output': {
    zh: '--fix-dry-run 在标准输出显示差异：使用 --format {format} 时请用 --output-file 指定报告文件',
    en: '--fix-dry-run prints a diff on stdout: with --format {format}, write the report with --output-file',
  },
  'no-patterns': {zh: '请指定要检查的草稿，例如 gazette-lint drafts/', en: 'name the drafts to check, e.g. gazette-lint drafts/'},
  'no-match': {zh: '没有文件与“{pattern}”匹配', en: 'no files match "{pattern}"'},
  'no-such-path': {
    zh: ({path, command}) => `找不到文件或文件夹：${path}${command ? `；是否要运行 gazette-lint ${command}？` : ''}`,
    en: ({path, command}) => `no such file or folder: ${path}${command ? `; did you mean gazette-lint ${command}?` : ''}`,
  },
  'needs-input': {zh: '{command}：请至少指定一个输入文件', en: '{command}: name at least one input file'},
  'needs-out': {zh: '{command}：缺少 --out（写到哪里）', en: '{command}: --out is required'},
  // gazette-lint review (#11): the sheet a reviewer signs off from.
  'review-needs-drafts': {
    zh: 'review：请指定要审核的草稿或文件夹，例如 gazette-lint review drafts/ --out review.html',
    en: 'review: name the drafts or folders to review, e.g. gazette-lint review drafts/ --out review.html',
  },
  'review-needs-out': {
    zh: 'review：缺少 --out（审核单写到哪里，如 --out review.html；写 --out - 则输出到标准输出）',
    en: 'review: --out is required (where the sheet goes, e.g. --out review.html; --out - prints it)',
  },
  'bad-review-format': {
    zh: ({value, suggestion}, lang) => `review：--format 应为 html 或 md，而不是“${value}”${dym(suggestion, lang)}`,
    en: ({value, suggestion}, lang) => `review: --format is html or md, not "${value}"${dym(suggestion, lang)}`,
  },
  'bad-id': {
    zh: 'learn：--id 只能用小写字母、数字和连字符（如 --id lingchuan），而不是“{value}”',
    en: 'learn: --id must be lower-case letters, digits and hyphens (e.g. --id lingchuan), not "{value}"',
  },
  'cannot-read-input': {
    zh: ({path, reason}, lang) => `无法读取 ${path}：${reasonText(String(reason), lang)}`,
    en: ({path, reason}, lang) => `cannot read ${path}: ${reasonText(String(reason), lang)}`,
  },
  'init-needs-county': {
    zh: 'init：请用 --county 写明县名（如 --county 阳城县），或用 --published 给出该县已发布的公报或文件',
    en: 'init: name the county with --county (e.g. --county 阳城县), or give its published gazettes or documents with --published',
  },
  'init-bad-county': {
    zh: 'init：县名应以“县”“区”“市”或“旗”结尾（如 阳城县），而不是“{value}”',
    en: 'init: a county name ends in 县, 区, 市 or 旗 (e.g. 阳城县), not "{value}"',
  },
  'init-exists': {
    zh: 'init：{path} 已存在，未改动；要覆盖请加 --force',
    en: 'init: {path} exists and was left as it is; add --force to overwrite it',
  },
  'init-other-config': {
    zh: 'init：本文件夹已有配置 {path}；要改用新的配置请先删除它，或加 --force 覆盖它',
    en: 'init: this folder already has the config {path}; remove it first, or add --force to overwrite it',
  },
  'init-not-folder': {zh: 'init：{path} 不是文件夹', en: 'init: {path} is not a folder'},
  'convert-not-word': {zh: 'convert：{path} 不是 Word 文档（.docx），只有 Word 文档需要转换', en: 'convert: {path} is not a Word document (.docx); only Word documents are converted'},
  'convert-needs-folder': {zh: 'convert：转换多份文档时，请用 --out 指定一个文件夹', en: 'convert: with several documents, name a folder with --out'},
  'convert-same-target': {zh: 'convert：{first} 与 {second} 都将写为 {path}，未写任何文件；请分两次转换到不同文件夹', en: 'convert: {first} and {second} would both be written as {path}; nothing was written: convert them into different folders'},
  'convert-exists': {zh: 'convert：{path} 已存在，未改动；要覆盖请加 --force', en: 'convert: {path} exists and was left as it is; add --force to overwrite it'},
  // The options of --stage (#12), of reading drafts (#16) and of reports to files (#14), said as the rest are.
  'bad-stage': {zh: '--stage 应为 draft 或 publish，而不是“{value}”', en: '--stage is draft or publish, not "{value}"'},
  'stdin-with-files': {zh: '“-”（标准输入）不能与文件或文件夹同用', en: '"-" (standard input) cannot be combined with files or folders'},
  'stdin-names-files': {zh: '--stdin 检查标准输入中的草稿，不能再指定文件（给出了 {files}）', en: '--stdin lints standard input: name no files besides it (got {files})'},
  'stdin-filename-needs-stdin': {zh: '--stdin-filename 须与 --stdin 同用', en: '--stdin-filename goes with --stdin'},
  'bad-encoding': {
    zh: '--encoding 应为 auto、utf-8、gb18030（gbk）、utf-16le 或 utf-16be，而不是“{value}”',
    en: '--encoding is auto, utf-8, gb18030 (gbk), utf-16le or utf-16be, not "{value}"',
  },
  'bad-max-file-size': {zh: '--max-file-size 应为文件大小，如 2MB、500KB 或 1048576，而不是“{value}”', en: '--max-file-size takes a size such as 2MB, 500KB or 1048576, not "{value}"'},
  'format-needs-file': {zh: '--format {name}：请在冒号后写文件名（如 --format {name}:report.{name}）', en: '--format {name}: name the file after the colon (e.g. --format {name}:report.{name})'},
  'format-twice': {
    zh: '--format 两次给出而未指定文件（“{first}”“{second}”）：标准输出只有一份报告，其他报告请用 --format {second}:<文件> 写入文件',
    en: '--format given twice without a file ("{first}", "{second}"): only one report goes to stdout; write the others to files with --format {second}:<file>',
  },
} satisfies Record<string, Entry<any>>

export type UsageKind = keyof typeof USAGE

/** What a run tells on stderr (and split, learn, init on stdout). */
export const RUN = {
  'usage-prefix': {zh: 'gazette-lint：用法错误：', en: 'gazette-lint: usage error: '},
  'help-hint': {zh: '运行 gazette-lint{command} --help 查看用法。', en: 'Run gazette-lint{command} --help for usage.'},
  'config-prefix': {zh: 'gazette-lint：配置文件有误：', en: 'gazette-lint: invalid config:'},
  ignored: {zh: 'gazette-lint：{path} 被配置中的 ignore 规则忽略', en: "gazette-lint: {path} is ignored by the config's \"ignore\" globs"},
  'symlink-loop': {
    zh: 'gazette-lint：{path} 是指回 {folder} 的符号链接，该文件夹已在检查中，不再重复进入',
    en: 'gazette-lint: {path} is a symlink back to {folder}, which is being checked already: not followed',
  },
  'cannot-write': {zh: 'gazette-lint：无法写入 {path}：{reason}', en: 'gazette-lint: cannot write {path}: {reason}'},
  'too-many-warnings': {zh: 'gazette-lint：警告 {count} 条，超过 --max-warnings {max}', en: 'gazette-lint: {count} warnings, more than --max-warnings {max}'},
  'fix-stopped': {
    zh: ({path, passes, circular}) => `gazette-lint：${path} 修复 ${passes} 轮后停止（${circular ? '两处修复相互抵消' : '已达最多轮数'}），其余问题照常报告`,
    en: ({path, passes, circular}) => `gazette-lint: ${path}: fixing stopped after ${passes} passes (${circular ? 'a fix undid another' : 'the most passes'}); what remains is reported`,
  },
  'not-fixed': {zh: 'gazette-lint：{path} 未修复：{why}；草稿未改动', en: 'gazette-lint: {path} not fixed: {why}; the draft is unchanged'},
  'write-read-only': {zh: '文件为只读（{detail}）', en: 'the file is read-only ({detail})'},
  'write-not-a-file': {zh: '不是普通文件，或已被删除', en: 'it is not a regular file ({detail})'},
  'write-changed-on-disk': {zh: '文件在检查之后被改动，请重新运行', en: 'the file changed after it was checked; run again'},
  'write-encoding': {zh: '无法按原编码（{encoding}）原样写回，请手工修改', en: 'it cannot be written back in its own encoding ({detail}); fix it by hand'},
  'write-failed': {zh: '写入失败（{detail}）', en: 'the write failed ({detail})'},
  'write-word': {zh: '这是 Word 文档，gazette-lint 不改写 Word 文件', en: 'it is a Word document, and gazette-lint never rewrites a Word file'},
  'fix-word-refused': {
    zh: 'gazette-lint：{path} 是 Word 文档，--fix 不改写 Word 文件，文件未改动：用 --fix-dry-run 查看修改后在 Word 中照改，或用 gazette-lint convert {path} --out {markdown} 转为 Markdown 草稿后再修复',
    en: 'gazette-lint: {path} is a Word document, and --fix never rewrites a Word file; it is unchanged: see the fixes with --fix-dry-run and make them in Word, or convert it with gazette-lint convert {path} --out {markdown} and fix the Markdown draft',
  },
  'fix-word-diff': {
    zh: '# {path} 是 Word 文档：以下是对其 Markdown 文本（gazette-lint convert 的输出）的修改，请在 Word 中照改',
    en: '# {path} is a Word document: the fixes below are to its Markdown text (what gazette-lint convert writes); make them in Word',
  },
  fixed: {zh: 'gazette-lint：已修复 {drafts} 份草稿中的 {count} 个问题', en: 'gazette-lint: fixed {count} problems in {drafts} drafts'},
  'baseline-cannot-write': {zh: 'gazette-lint：无法写入基线文件 {path}：{reason}', en: 'gazette-lint: cannot write the baseline {path}: {reason}'},
  'baseline-recorded': {zh: 'gazette-lint：已将 {count} 个问题记录到基线文件 {path}', en: 'gazette-lint: {count} findings recorded in the baseline {path}'},
  'baseline-unusable': {zh: 'gazette-lint：基线文件有误，无法使用：', en: 'gazette-lint: the baseline cannot be used:'},
  'baseline-held': {zh: 'gazette-lint：基线文件 {path} 中已有的 {count} 个问题不再报告', en: 'gazette-lint: {count} findings held by the baseline {path} are not reported'},
  'baseline-stale': {
    zh: 'gazette-lint：基线中有 {count} 条记录已不再出现，可用 --baseline-write {path} 更新基线',
    en: 'gazette-lint: {count} baseline entries no longer occur; update the baseline with --baseline-write {path}',
  },
  'review-written': {
    zh: '审核单已写入 {path}：审核公文 {notices} 份，通过 {passed} 份，有错误 {errors} 份，有警告 {warnings} 份',
    en: 'review sheet written to {path}: {notices} notices, {passed} passed, {errors} with errors, {warnings} with warnings',
  },
  'review-stdout': {zh: '标准输出', en: 'standard output'},
  'review-notice-errors': {zh: '  ✗ {path}（错误 {errors} 个）', en: '  ✗ {path} ({errors} errors)'},
  'review-notice-unchecked': {zh: '  ✗ {path}（未能检查）', en: '  ✗ {path} (not checked)'},
  'split-none': {zh: 'gazette-lint split：{input} 中未找到公文', en: 'gazette-lint split: no notice found in {input}'},
  'split-written': {zh: '已写出 {count} 份草稿到 {out}', en: '{count} drafts written to {out}'},
  'learn-written': {
    zh: '已生成 {county}（{id}）配置：发文机关 {issuers} 个，单位 {units} 个，乡镇 {towns} 个，登记文件 {registry} 件 → {out}',
    en: 'profile {county} ({id}): {issuers} issuers, {units} units, {towns} towns, {registry} registry entries → {out}',
  },
  'learn-drafts-apart': {
    zh: '其中 {count} 份草稿只用于归纳写法，未登记为已发布文件（已发布的 Markdown 文件请用 --published 给出）',
    en: '{count} of them are drafts, used for the conventions only and not registered as published (give published Markdown files with --published)',
  },
  'learn-invalid': {zh: 'gazette-lint learn：未能归纳出有效配置：{detail}', en: 'gazette-lint learn: could not learn a valid profile: {detail}'},
  'learn-nothing-published': {
    zh: 'gazette-lint learn：输入中没有已发布的公文（--published 或公报 .txt），未生成配置',
    en: 'gazette-lint learn: no published notice among the input (--published, or gazette .txt files); no profile written',
  },
  'init-written': {zh: '已写出 {path}', en: '{path} written'},
  'convert-written': {zh: '已将 {input} 转换为 Markdown 草稿 {path}（共 {paragraphs} 段）', en: '{input} converted to the Markdown draft {path} ({paragraphs} paragraphs)'},
  'convert-failed': {zh: 'gazette-lint convert：无法转换 {path}：{reason}', en: 'gazette-lint convert: cannot convert {path}: {reason}'},
  'convert-revisions': {
    zh: 'gazette-lint convert：{path} 中仍有未处理的修订（{count} 段），已按全部接受转换；请在 Word 中接受或拒绝修订后再转换，以免误收',
    en: 'gazette-lint convert: {path} still has tracked changes ({count} paragraphs), converted as if all were accepted; accept or reject them in Word and convert again, so that nothing is taken in by mistake',
  },
  'convert-numbering': {
    zh: 'gazette-lint convert：{path} 第 {paragraphs} 段的自动编号无法确定印出的样子，转换结果中没有这些编号：请在 Word 中把编号转为文本，或手工补上',
    en: 'gazette-lint convert: the automatic numbering of paragraphs {paragraphs} of {path} cannot be printed here and is missing from the Markdown: convert it to text in Word, or type it in',
  },
  'init-next': {
    zh: '下一步：打开 {config} 核对发文机关与机关代字，然后运行 gazette-lint {drafts} 检查草稿。',
    en: 'Next: check the issuers and their 代字 in {config}, then run gazette-lint {drafts} to check the drafts.',
  },
  'init-learnt': {
    zh: '已从给出的 {count} 个文件归纳出县级配置 {profile}（发文机关 {issuers} 个，单位 {units} 个，登记文件 {registry} 件）',
    en: 'learnt the county profile {profile} from the {count} files given ({issuers} issuers, {units} units, {registry} registry entries)',
  },
} satisfies Record<string, Entry<any>>

