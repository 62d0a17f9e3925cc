import {spawnSync} from 'node:child_process'
import {readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseJsonReport, runCli} from './helpers/cli.js'
import {ROOT} from './helpers/rule-docs.js'

const REMARK = path.join(ROOT, 'node_modules', 'remark-cli', 'cli.js')

/** Runs the real remark-cli with the preset, as a repository that already uses remark would. */
function remarkFindings(file: string): string[] {
  const result = spawnSync(process.execPath, [REMARK, '--use', 'remark-preset-lint-gazette', '--no-stdout', '--no-color', file], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {...process.env, GAZETTE_LINT_TODAY: '2026-11-23', NO_COLOR: '1'},
  })
  expect(result.stderr).not.toMatch(/\n\s+at /)
  const findings: string[] = []
  for (const line of result.stderr.split('\n')) {
    const match = /^\s*(\d+):\d+(?:-\d+:\d+)?\s+(?:error|warning|info)\s+.*\s([a-z][a-z-]+)\s+gazette-lint\s*$/.exec(line)
    if (match) findings.push(`${match[1]}:${match[2]}`)
  }
  return findings.sort()
}

function gazetteFindings(file: string): string[] {
  const [result] = parseJsonReport(runCli(['--format', 'json', file]).stdout)
  return result.messages.map((message) => `${message.line}:${message.ruleId}`).sort()
}

const faulty = [
  'test/fixtures/cli/basic/bad-number.md',
  ...readdirSync(path.join(ROOT, 'examples'))
    .filter((name) => /-bad-.*\.md$/.test(name))
    .map((name) => `examples/${name}`),
]

describe('remark-preset-lint-gazette in remark-cli', () => {
  it.each(faulty)('%s: remark reports the same rule ids at the same lines as gazette-lint', (file) => {
    const expected = gazetteFindings(file)
    expect(remarkFindings(file)).toEqual(expected)
  })

  it('reports the number fault with its message and rule id', () => {
    expect(remarkFindings('test/fixtures/cli/basic/bad-number.md')).toEqual(['5:doc-number-format'])
  })
})
