import type {DraftSummary, Fix} from '@gazette-lint/core'
import type {VFile} from 'vfile'
import {fixOf, isWordDraft, paragraphSpanOfMessage, relativePath, severityOf, type Reporter, type SeverityName} from './common.js'

export interface JsonMessage {
  ruleId: string | null
  severity: SeverityName
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  message: string
  url: string | null
  /**
   * The finding's fix as ESLint's JSON gives it: replace `range` (offsets into the decoded text) with `text`.
   * Never for a Word draft, whose text is a rendering of the document, not the file.
   */
  fix?: Fix
  /**
   * In a Word draft (`.docx`): the paragraph (第 N 段, counting the paragraphs that print text) and the character
   * within it where the finding starts and ends (end exclusive); `line` and `column` are then places in the
   * draft's Markdown rendering, the text `gazette-lint convert` writes.
   */
  paragraph?: number | null
  character?: number | null
  endParagraph?: number | null
  endCharacter?: number | null
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
      const word = isWordDraft(file)
      const fix = word ? undefined : fixOf(message)
      const paragraph = word ? paragraphSpanOfMessage(message, file) : undefined
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
        ...(word
          ? {
              paragraph: paragraph?.start.paragraph ?? null,
              character: paragraph?.start.character ?? null,
              endParagraph: paragraph?.end?.paragraph ?? null,
              endCharacter: paragraph?.end?.character ?? null,
            }
          : {}),
      }
    }),
    ...(file.data.gazetteSummary ? {summary: file.data.gazetteSummary} : {}),
  }))
}

export const json: Reporter = (files, {cwd}) => JSON.stringify(toJsonResults(files, cwd), null, 2) + '\n'
