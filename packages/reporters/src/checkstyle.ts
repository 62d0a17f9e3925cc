import {absolutePathOf, reportSpanOf, ruleIdOf, severityOf, TOOL_NAME, type Reporter} from './common.js'
import {escapeXml, XML_DECLARATION} from './xml.js'

/**
 * Checkstyle XML (read by reviewdog `-f=checkstyle` and Jenkins warnings-ng): a `<file>` per draft with
 * its absolute path, as Checkstyle and ESLint write it; an `<error>` per finding, its `source` being
 * `gazette-lint.<rule-id>`. Severities are Checkstyle's own: error, warning, info. In a Word draft the line is
 * the paragraph (第 N 段) and the column the character within it.
 */
export const checkstyle: Reporter = (files) => {
  const out = [XML_DECLARATION, '<checkstyle version="4.3">']
  for (const file of files) {
    const name = absolutePathOf(file) ?? '<stdin>'
    out.push(`  <file name="${escapeXml(name)}">`)
    for (const message of file.messages) {
      const span = reportSpanOf(message, file)
      // A finding about the whole draft has no position: Checkstyle needs a line, so it is line 1.
      const attributes = [`line="${span?.line ?? 1}"`]
      if (span?.column) attributes.push(`column="${span.column}"`)
      attributes.push(
        `severity="${severityOf(message)}"`,
        `message="${escapeXml(message.reason)}"`,
        `source="${escapeXml(`${TOOL_NAME}.${ruleIdOf(message)}`)}"`,
      )
      out.push(`    <error ${attributes.join(' ')}/>`)
    }
    out.push('  </file>')
  }
  out.push('</checkstyle>')
  return out.join('\n') + '\n'
}
