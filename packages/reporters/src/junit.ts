import {paragraphLabel, type Lang} from '@gazette-lint/core'
import type {VFile} from 'vfile'
import {paragraphSpanOfMessage, relativePath, ruleIdOf, rulesFor, severityOf, spanOf, TOOL_NAME, type Message, type Reporter} from './common.js'
import {escapeXml, escapeXmlLines, XML_DECLARATION} from './xml.js'

function where(filePath: string, message: Message, file: VFile, lang: Lang): string {
  const paragraph = paragraphSpanOfMessage(message, file)
  if (paragraph) return `${filePath} ${paragraphLabel(paragraph.start, lang)}`
  const span = spanOf(message)
  if (!span) return filePath
  const start = `${span.line}:${span.column ?? 1}`
  return span.endLine ? `${filePath}:${start}-${span.endLine}:${span.endColumn ?? 1}` : `${filePath}:${start}`
}

function describe(filePath: string, message: Message, file: VFile, lang: Lang): string {
  return `${where(filePath, message, file, lang)}: ${severityOf(message)}: ${message.reason}${message.url ? ` (${message.url})` : ''}`
}

/**
 * JUnit XML (Jenkins, GitLab and Azure test reports): a `<testsuite>` per draft, a `<testcase>` per
 * rule of `context.rules` (the rules the linter ran; rules turned off in a config still appear, and
 * pass) plus any other rule id met in a message.
 *
 * Only errors fail: each error-level finding of a rule is a `<failure type="error">` of its test case.
 * Warnings and infos do not fail a build, so they are listed in the test case's `<system-out>`, one
 * line each, and the test case passes. `tests` counts test cases, `failures` counts the test cases
 * with at least one failure (so failures ≤ tests, as JUnit consumers expect), `errors` is always 0
 * (JUnit's errors are crashes of the test itself).
 */
export const junit: Reporter = (files, context) => {
  const rules = rulesFor(files, context)
  const lang = context.lang ?? 'zh'
  const suites: string[] = []
  let totalTests = 0
  let totalFailures = 0
  for (const file of files) {
    const filePath = relativePath(file, context.cwd)
    // Jenkins splits a classname on its last dot: without the extension, a draft is one class.
    const classname = filePath.replace(/\.[^./]*$/, '')
    const byRule = new Map<string, Message[]>()
    for (const message of file.messages) {
      const id = ruleIdOf(message)
      const list = byRule.get(id)
      if (list) list.push(message)
      else byRule.set(id, [message])
    }
    const cases: string[] = []
    let failures = 0
    for (const rule of rules) {
      const messages = byRule.get(rule.id) ?? []
      const errors = messages.filter((message) => severityOf(message) === 'error')
      const others = messages.filter((message) => severityOf(message) !== 'error')
      if (errors.length > 0) failures++
      const open = `    <testcase name="${escapeXml(rule.id)}" classname="${escapeXml(classname)}" time="0"`
      if (messages.length === 0) {
        cases.push(`${open}/>`)
        continue
      }
      // One push per line, never a spread: a draft can carry hundreds of thousands of findings.
      cases.push(`${open}>`)
      for (const message of errors) {
        cases.push(`      <failure type="error" message="${escapeXml(message.reason)}">${escapeXmlLines([describe(filePath, message, file, lang)])}</failure>`)
      }
      if (others.length > 0) cases.push(`      <system-out>${escapeXmlLines(others.map((message) => describe(filePath, message, file, lang)))}</system-out>`)
      cases.push('    </testcase>')
    }
    totalTests += rules.length
    totalFailures += failures
    suites.push(`  <testsuite name="${escapeXml(filePath)}" tests="${rules.length}" failures="${failures}" errors="0" skipped="0" time="0">`)
    for (const line of cases) suites.push(line)
    suites.push('  </testsuite>')
  }
  const head = `${XML_DECLARATION}\n<testsuites name="${TOOL_NAME}" tests="${totalTests}" failures="${totalFailures}" errors="0" time="0">\n`
  return `${head}${suites.join('\n')}${suites.length > 0 ? '\n' : ''}</testsuites>\n`
}
