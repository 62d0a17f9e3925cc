import {terminalSafeLines} from './terminal-text.js'
import {paragraphLabel} from '@gazette-lint/core'
import {paragraphSpanOfMessage, reportPath, reportSpanOf, rootOf, ruleIdOf, severityOf, TOOL_NAME, type Reporter, type SeverityName} from './common.js'

const COMMAND: Record<SeverityName, 'error' | 'warning' | 'notice'> = {error: 'error', warning: 'warning', info: 'notice'}

/** GitHub's escaping of a workflow command's data (after `::`): `%`, CR and LF. */
export function escapeGithubData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** GitHub's escaping of a workflow command's property value: the data escapes plus `:` and `,`. */
export function escapeGithubProperty(value: string): string {
  return escapeGithubData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * GitHub Actions workflow commands: `::error file=…,line=…::message` per finding, shown as
 * annotations on the run and the pull request. Paths are relative to the repository root, where
 * GitHub resolves them; a Word draft's findings give the paragraph as the line. Control characters in a message are shown escaped: the run log is a terminal
 * that obeys ANSI sequences.
 */
export const github: Reporter = (files, context) => {
  const root = rootOf(context)
  const lines: string[] = []
  for (const file of files) {
    const filePath = reportPath(file, root, context.cwd)
    for (const message of file.messages) {
      const properties: Array<[string, string | number | undefined]> = [['file', filePath]]
      // A Word draft's paragraph is its line, the character its column; the title names them as a reader counts.
      const span = reportSpanOf(message, file)
      if (span) {
        properties.push(['line', span.line], ['col', span.column], ['endLine', span.endLine], ['endColumn', span.endColumn])
      }
      const paragraph = paragraphSpanOfMessage(message, file)
      properties.push(['title', `${TOOL_NAME} (${ruleIdOf(message)})${paragraph ? ` ${paragraphLabel(paragraph.start, context.lang ?? 'zh')}` : ''}`])
      const rendered = properties
        .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== null)
        .map(([key, value]) => `${key}=${escapeGithubProperty(String(value))}`)
        .join(',')
      lines.push(`::${COMMAND[severityOf(message)]} ${rendered}::${escapeGithubData(terminalSafeLines(message.reason))}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
