import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {byPlace, isWordDraft, reportSpanOf, type Reporter} from './common.js'
import {terminalSafe, terminalSafeLines} from './terminal-text.js'

/**
 * vfile-reporter spreads a file's rows into one array call, which overflows the stack past about
 * 100,000 findings; a file with more is reported in pieces of this many, each under the same name.
 */
const FINDINGS_PER_PIECE = 20_000

/** A copy of the file for the report: its name and messages with control characters escaped. */
function safeCopies(file: VFile): VFile[] {
  const messages = file.messages.length > FINDINGS_PER_PIECE ? byPlace(file.messages) : file.messages
  const copies: VFile[] = []
  for (let start = 0; start === 0 || start < messages.length; start += FINDINGS_PER_PIECE) {
    const copy = new VFile({path: file.path ? terminalSafe(file.path) : undefined, cwd: file.cwd})
    for (const message of messages.slice(start, start + FINDINGS_PER_PIECE)) {
      const safe = copy.message(terminalSafeLines(message.reason), {
        place: isWordDraft(file) ? paragraphPlace(reportSpanOf(message, file)) : (message.place ?? undefined),
        ruleId: message.ruleId ? terminalSafe(message.ruleId) : undefined,
        source: message.source ? terminalSafe(message.source) : undefined,
      })
      safe.fatal = message.fatal
    }
    copies.push(copy)
  }
  return copies
}

/** A Word draft's finding as vfile-reporter shows a place: the paragraph as the line, the character as the column. */
function paragraphPlace(span: ReturnType<typeof reportSpanOf>) {
  if (!span) return undefined
  const start = {line: span.line, column: span.column}
  return span.endLine ? {start, end: {line: span.endLine, column: span.endColumn ?? 1}} : start
}

/** vfile-reporter's text (remark's own report), a line per finding with rule id and source. */
export const vfile: Reporter = (files, {color}) => {
  const output = reporter(files.flatMap(safeCopies), {color: color ?? false, quiet: true, verbose: false})
  return output ? output + '\n' : ''
}
