/**
 * The ids beyond the rules (spec/rules.md): not rules of the form, but stable, documented and in every
 * report's rule table (SARIF `tool.driver.rules`, JUnit test cases), as the rules are.
 */
import {ENCODING_RULE_ID} from './encoding-findings.js'
import {FATAL_RULE_ID, TROUBLESHOOTING_URL} from './fatal.js'

export interface ToolIdMeta {
  id: string
  severity: 'error' | 'warning' | 'info'
  fixable: false
  description: {zh: string; en: string}
  url: string
  family?: string
}

export const TOOL_IDS: readonly ToolIdMeta[] = [
  {
    id: FATAL_RULE_ID,
    severity: 'error',
    fixable: false,
    description: {
      zh: '草稿无法读取、解码、解析或识别，或某条规则检查时出错：本草稿未能完整检查',
      en: 'the draft could not be read, decoded, parsed or modelled, or a rule threw on it: it was not fully checked',
    },
    url: TROUBLESHOOTING_URL,
  },
  {
    id: ENCODING_RULE_ID,
    severity: 'info',
    fixable: false,
    description: {
      zh: '草稿不是 UTF-8 编码（按所用编码读取），或 UTF-8 草稿中有无效字节',
      en: 'the draft is not UTF-8 (read in the encoding named), or a UTF-8 draft holds bytes that are not UTF-8',
    },
    url: TROUBLESHOOTING_URL,
  },
]
