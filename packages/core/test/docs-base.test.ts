import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {ruleDocsBase} from '@gazette-lint/core'
import {describe, expect, it} from 'vitest'

const RULE_PAGE = 'date/date-valid/README.md'

describe('where the rule links of findings point (GAZETTE_LINT_DOCS_BASE)', () => {
  it('by default, at the rule pages shipped with the package: files that exist where the linter runs', () => {
    const base = ruleDocsBase({})
    expect(base).toMatch(/^file:\/\//)
    expect(existsSync(fileURLToPath(`${base}/${RULE_PAGE}`))).toBe(true)
  })

  it('at an address when one is set, without a trailing slash doubling the next', () => {
    expect(ruleDocsBase({GAZETTE_LINT_DOCS_BASE: 'https://intranet.example/gazette-lint/rules/'})).toBe('https://intranet.example/gazette-lint/rules')
    expect(ruleDocsBase({GAZETTE_LINT_DOCS_BASE: ' https://cdn.jsdelivr.net/npm/gazette-lint@0.1.0/rules '})).toBe('https://cdn.jsdelivr.net/npm/gazette-lint@0.1.0/rules')
  })

  it('at a folder (relative to the working folder, or a Windows drive path) as file URLs', () => {
    expect(ruleDocsBase({GAZETTE_LINT_DOCS_BASE: 'docs/rules'})).toBe(pathToFileURL(path.resolve('docs/rules')).href)
    // `C:` is a drive, not a URL scheme.
    expect(ruleDocsBase({GAZETTE_LINT_DOCS_BASE: 'C:\\公文\\规则'})).toMatch(/^file:\/\/\/.*%E8%A7%84%E5%88%99$/)
    expect(ruleDocsBase({GAZETTE_LINT_DOCS_BASE: '   '})).toBe(ruleDocsBase({}))
  })
})
