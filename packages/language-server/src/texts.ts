/** What the server itself says, in the draft's language (the rules' own messages come from the session). */
import type {Lang} from '@gazette-lint/core'

const TEXTS = {
  severity: {zh: {error: '错误', warning: '警告', info: '提示'}, en: {error: 'error', warning: 'warning', info: 'info'}},
  fixOne: {zh: '修复此 {rule} 问题', en: 'Fix this {rule} problem'},
  fixAll: {zh: '修复全部可自动修复的 gazette-lint 问题', en: 'Fix all auto-fixable gazette-lint problems'},
  ruleDocs: {zh: '规则说明', en: 'Rule documentation'},
  configHere: {zh: '配置文件中的问题', en: 'The problem in the config file'},
  settingIgnored: {
    zh: 'gazette-lint：设置“{name}”的值 {value} 无效，已忽略（{expected}）',
    en: 'gazette-lint: the setting "{name}" = {value} is not valid and was ignored ({expected})',
  },
} as const

type Key = Exclude<keyof typeof TEXTS, 'severity'>

export function text(key: Key, lang: Lang, data: Record<string, string> = {}): string {
  return TEXTS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => data[name] ?? whole)
}

export function severityWord(severity: 'error' | 'warning' | 'info', lang: Lang): string {
  return TEXTS.severity[lang][severity]
}
