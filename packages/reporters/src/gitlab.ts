import {reportPath, reportSpanOf, rootOf, ruleIdOf, severityOf, sha256, type Reporter, type SeverityName} from './common.js'

/** GitLab Code Quality severities: info, minor, major, critical, blocker. */
export const GITLAB_SEVERITY: Record<SeverityName, 'major' | 'minor' | 'info'> = {error: 'major', warning: 'minor', info: 'info'}

export interface GitlabIssue {
  description: string
  check_name: string
  fingerprint: string
  severity: 'major' | 'minor' | 'info'
  location: {path: string; lines: {begin: number}}
}

/**
 * GitLab Code Quality JSON (`artifacts: reports: codequality`): an array of issues. Paths are relative
 * to the repository root. The fingerprint is the SHA-256 of path, rule id, line and message, so it is
 * the same from one pipeline to the next; two identical findings in a file get the 2nd, 3rd… occurrence
 * number hashed in too, since GitLab drops issues whose fingerprints repeat. A Word draft's line is its paragraph.
 */
export const gitlab: Reporter = (files, context) => {
  const root = rootOf(context)
  const issues: GitlabIssue[] = []
  const seen = new Map<string, number>()
  for (const file of files) {
    const filePath = reportPath(file, root, context.cwd)
    for (const message of file.messages) {
      const checkName = ruleIdOf(message)
      const line = reportSpanOf(message, file)?.line ?? 1
      const key = [filePath, checkName, String(line), message.reason].join('\u0000')
      const occurrence = (seen.get(key) ?? 0) + 1
      seen.set(key, occurrence)
      issues.push({
        description: message.reason,
        check_name: checkName,
        fingerprint: sha256(occurrence === 1 ? key : `${key}\u0000${occurrence}`),
        severity: GITLAB_SEVERITY[severityOf(message)],
        location: {path: filePath, lines: {begin: line}},
      })
    }
  }
  return JSON.stringify(issues, null, 2) + '\n'
}
