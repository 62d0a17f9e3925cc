/**
 * What is wrong in a file a user wrote for gazette-lint (a config, a profile, a baseline, a rule's options):
 * each problem is a kind and its data, said in the reader's language when it is shown.
 */
import type {Lang} from '../i18n.js'
import {quote} from '../i18n.js'
import {reasonText} from './files.js'
import {didYouMean, oneOf, say, type Entry, type MessageData} from './say.js'

const TYPE_NAMES: Record<string, Record<Lang, string>> = {
  string: {zh: '文字（字符串）', en: 'a string'},
  array: {zh: '列表（数组）', en: 'a list (array)'},
  object: {zh: '键值对象', en: 'an object'},
  integer: {zh: '整数', en: 'a whole number'},
  number: {zh: '数字', en: 'a number'},
  boolean: {zh: 'true 或 false', en: 'true or false'},
  null: {zh: 'null', en: 'null'},
}

/** Patterns of the schemas as a person reads them. */
const PATTERN_NAMES: Record<string, Record<Lang, string>> = {
  '^\\d{4}-\\d{2}-\\d{2}$': {zh: '应写成 YYYY-MM-DD（如 2026-03-18）', en: 'must be written YYYY-MM-DD (e.g. 2026-03-18)'},
  '^[a-z0-9-]+$': {zh: '只能用小写字母、数字和连字符（如 yangcheng）', en: 'must be lower-case letters, digits and hyphens (e.g. yangcheng)'},
}

const typeName = (type: unknown, lang: Lang) =>
  String(type)
    .split(',')
    .map((one) => TYPE_NAMES[one]?.[lang] ?? one)
    .join(lang === 'zh' ? '或' : ' or ')

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value))

export const PROBLEMS = {
  'unknown-key': {
    zh: ({key, suggestion}, lang) => `未知的键${quote(String(key), lang)}${didYouMean(suggestion as string | undefined, lang)}`,
    en: ({key, suggestion}, lang) => `unknown key "${key}"${didYouMean(suggestion as string | undefined, lang)}`,
  },
  'unknown-rule': {
    zh: ({key, suggestion}, lang) => `未知的键${quote(String(key), lang)}：没有这条规则${didYouMean(suggestion as string | undefined, lang) || '（规则列表见 README）'}`,
    en: ({key, suggestion}, lang) => `unknown key "${key}": no such rule${didYouMean(suggestion as string | undefined, lang) || ' (the README lists the rules)'}`,
  },
  'not-one-of': {
    zh: ({allowed, suggestion}, lang) => `应为${oneOf((allowed as unknown[]).map(shown), lang)}之一${didYouMean(suggestion as string | undefined, lang)}`,
    en: ({allowed, suggestion}, lang) => `must be one of ${(allowed as unknown[]).map((value) => JSON.stringify(value)).join(', ')}${didYouMean(suggestion as string | undefined, lang)}`,
  },
  'missing-key': {zh: '缺少必填的键“{key}”', en: 'missing required key "{key}"'},
  'wrong-type': {
    zh: ({type}, lang) => `应为${typeName(type, lang)}`,
    en: ({type}, lang) => `must be ${typeName(type, lang)}`,
  },
  'too-short': {
    zh: ({limit}) => (limit === 1 ? '不能为空' : `至少要有 ${limit} 个字`),
    en: ({limit}) => (limit === 1 ? 'must not be empty' : `must be at least ${limit} characters long`),
  },
  'too-few-items': {zh: '至少要有 {limit} 项', en: 'must have at least {limit} items'},
  'too-many-items': {zh: '最多只能有 {limit} 项', en: 'must have at most {limit} items'},
  'too-small': {zh: '不能小于 {limit}', en: 'must be {limit} or more'},
  'too-large': {zh: '不能大于 {limit}', en: 'must be {limit} or less'},
  pattern: {
    zh: ({pattern}) => PATTERN_NAMES[String(pattern)]?.zh ?? `格式不对，应符合 ${pattern}`,
    en: ({pattern}) => PATTERN_NAMES[String(pattern)]?.en ?? `must match ${pattern}`,
  },
  invalid: {zh: '不符合要求（{detail}）', en: '{detail}'},
  'cannot-read': {zh: ({reason}, lang) => `无法读取：${reasonText(String(reason), lang)}`, en: ({reason}, lang) => `cannot be read: ${reasonText(String(reason), lang)}`},
  'not-json': {
    zh: '不是有效的 JSON（{detail}）：请检查这一行的逗号、引号和括号',
    en: 'is not valid JSON ({detail}): check the commas, quotes and brackets of this line',
  },
  'not-yaml': {
    zh: '不是有效的 YAML（{detail}）：请检查这一行的缩进、冒号和引号',
    en: 'is not valid YAML ({detail}): check the indentation, colons and quotes of this line',
  },
  'no-options': {zh: '规则“{id}”没有选项：只写级别，如 "warning"', en: 'rule "{id}" takes no options: give its severity only, e.g. "warning"'},
  'no-profile': {
    zh: ({name, shipped}) =>
      `找不到县级配置“${name}”：请写随附的县名（${(shipped as string[]).join('、')}）、配置 id 或配置文件的路径；其他县可用 gazette-lint init --county <县名> 建立配置`,
    en: ({name, shipped}) =>
      `no profile "${name}": give a shipped county (${(shipped as string[]).join(', ')}), a profile id or a path to a profile JSON file; for another county run gazette-lint init --county <name>`,
  },
  'county-without-issuers': {
    zh: '没有“{county}”的县级配置：请在 issuers 中写明本县的发文机关及其机关代字，或运行 gazette-lint init --county {county}',
    en: 'there is no profile of "{county}": list its issuers and their 代字 under issuers, or run gazette-lint init --county {county}',
  },
  'in-profile': {
    zh: ({file, problem}, lang) => `县级配置文件 ${file} 有误：${problemsText([problem as Problem], lang)}`,
    en: ({file, problem}, lang) => `the profile ${file} is invalid: ${problemsText([problem as Problem], lang)}`,
  },
  'registry-missing': {zh: '找不到 {reference}（文件或文件夹不存在）', en: '{reference}: no such file or folder'},
  'registry-unreadable': {
    zh: ({reference, reason}, lang) => `无法读取 ${reference}：${reasonText(String(reason), lang)}`,
    en: ({reference, reason}, lang) => `cannot read ${reference}: ${reasonText(String(reason), lang)}`,
  },
  'baseline-unreadable': {
    zh: ({reason}, lang) => `无法读取（${reasonText(String(reason), lang)}）：可用 --baseline-write 生成基线文件`,
    en: ({reason}, lang) => `cannot be read (${reasonText(String(reason), lang)}); write one with --baseline-write`,
  },
  'baseline-not-json': {zh: '不是有效的 JSON（{detail}）', en: 'is not JSON: {detail}'},
} satisfies Record<string, Entry<any>>

export type ProblemId = keyof typeof PROBLEMS

/** A problem in a file a user wrote, at a JSON path (and, where known, a line and column). */
export interface Problem {
  /** JSON path of the offending value, e.g. `/rules/doc-number-format`; `/` for the whole file. */
  path: string
  id: ProblemId
  data?: MessageData
  line?: number
  column?: number
}

/** The problem said in a language, without its place. */
export function problemText(problem: Problem, lang: Lang): string {
  return say(PROBLEMS[problem.id] as Entry<MessageData>, lang, problem.data ?? {})
}

/** Several problems on one line, each with its JSON path: `/issuers 至少要有 1 项；/county 不能为空`. */
export function problemsText(problems: readonly Problem[], lang: Lang): string {
  return problems.map((problem) => `${problem.path} ${problemText(problem, lang)}`).join(lang === 'zh' ? '；' : '; ')
}
