/** Findings of the session as LSP diagnostics, and a config that cannot be used as diagnostics on its file. */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {ConfigError, Lang, RelatedPlace} from '@gazette-lint/core'
import {FATAL_RULE_ID, fatalReason, type DraftResult} from '@gazette-lint/engine'
import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {rangeOf, rangeOfLineColumn} from './positions.js'
import {text} from './texts.js'

export const SOURCE = 'gazette-lint'

export type SessionMessage = DraftResult['messages'][number] & {related?: RelatedPlace[]}

/** `fatal`: true is an error, false a warning, undefined an info (the session's severities). */
export function severityOf(message: Pick<SessionMessage, 'fatal'>): DiagnosticSeverity {
  if (message.fatal === true) return DiagnosticSeverity.Error
  if (message.fatal === false) return DiagnosticSeverity.Warning
  return DiagnosticSeverity.Information
}

export const fileUri = (absolute: string) => pathToFileURL(absolute).href

/** A finding as a diagnostic: the rule id as `code`, its page as `codeDescription`, the other drafts as related information. */
export function diagnosticOf(message: SessionMessage, document: TextDocument, cwd: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(document, message.place ?? undefined),
    severity: severityOf(message),
    source: SOURCE,
    message: message.reason,
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  if (message.related?.length) {
    diagnostic.relatedInformation = message.related.map((other) => ({
      location: {uri: fileUri(path.resolve(cwd, other.file)), range: rangeOfLineColumn(other.place)},
      message: other.reason,
    }))
  }
  return diagnostic
}

/** A problem's line from its column to the end of the line, when the file can be read; else the point itself. */
function problemRange(lines: string[] | undefined, line = 1, column = 1): Range {
  const start = {line: line - 1, character: column - 1}
  const length = lines?.[line - 1]?.length
  return {start, end: {line: line - 1, character: length !== undefined && length > start.character ? length : start.character}}
}

/** Each problem of a config that cannot be used, on the config file itself. */
export function configDiagnostics(error: ConfigError): Diagnostic[] {
  let lines: string[] | undefined
  try {
    lines = readFileSync(error.file, 'utf8').split(/\r?\n/)
  } catch {
    lines = undefined
  }
  return error.problems.map((problem) => ({
    range: problemRange(lines, problem.line, problem.column),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: 'config',
    message: `${problem.path} ${problem.message}`,
  }))
}

/** The one finding of a draft whose config cannot be used: the session's `fatal` text, pointing at the config. */
export function draftConfigDiagnostic(error: ConfigError, lang: Lang): Diagnostic {
  const [first] = configDiagnostics(error)
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: FATAL_RULE_ID,
    message: fatalReason({step: 'config', cause: error.message}, lang),
    relatedInformation: first ? [{location: {uri: fileUri(error.file), range: first.range}, message: text('configHere', lang)}] : undefined,
  }
}

/** A draft the server could not check for a reason of its own (a bug): said on the draft, never a dead server. */
export function draftFailureDiagnostic(error: unknown, lang: Lang): Diagnostic {
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: FATAL_RULE_ID,
    message: fatalReason({step: 'lint', cause: error instanceof Error ? error.message : String(error)}, lang),
  }
}
