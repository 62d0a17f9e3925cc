import type {DraftSummary, Fix} from '@gazette-lint/core'
import type {VFile} from 'vfile'
import {fixOf, relativePath, severityOf, type Reporter, type SeverityName} from './common.js'

export interface JsonMessage {
  ruleId: string | null
  severity: SeverityName
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  message: string
  url: string | null
  /** The finding's fix as ESLint's JSON gives it: replace `range` (offsets into the decoded text) with `text`. */
  fix?: Fix
}

export interface JsonResult {
  path: string
  messages: JsonMessage[]
  /** The elements the draft holds, as written and where (absent when it could not be read or modelled). */
  summary?: DraftSummary
}

export function toJsonResults(files: VFile[], cwd: string): JsonResult[] {
  return files.map((file) => ({
    path: relativePath(file, cwd),
    messages: file.messages.map((message): JsonMessage => {
      const fix = fixOf(message)
      return {
        ruleId: message.ruleId ?? null,
        severity: severityOf(message),
        line: message.place ? ('start' in message.place ? message.place.start.line : message.place.line) : null,
        column: message.place ? ('start' in message.place ? message.place.start.column : message.place.column) : null,
        endLine: message.place && 'end' in message.place ? message.place.end.line : null,
        endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
        message: message.reason,
        url: message.url ?? null,
        ...(fix ? {fix} : {}),
      }
    }),
    ...(file.data.gazetteSummary ? {summary: file.data.gazetteSummary} : {}),
  }))
}

export const json: Reporter = (files, {cwd}) => JSON.stringify(toJsonResults(files, cwd), null, 2) + '\n'
