import path from 'node:path'
import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

export type SeverityName = 'error' | 'warning' | 'info'

export interface ReportContext {
  /** Paths in reports are relative to this folder. */
  cwd: string
  color?: boolean
}

export type Reporter = (files: VFile[], context: ReportContext) => string

export function severityOf(message: VFile['messages'][number]): SeverityName {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export function relativePath(file: VFile, cwd: string): string {
  const absolute = file.path ? path.resolve(file.cwd, file.path) : ''
  return absolute ? path.relative(cwd, absolute).split(path.sep).join('/') : '<stdin>'
}

/** vfile-reporter's stylish text: a block per file, a line per finding with its rule id. */
export const stylish: Reporter = (files, {color}) => {
  const output = reporter(files, {color: color ?? false, quiet: true, verbose: false})
  return output ? output + '\n' : ''
}

export interface JsonMessage {
  ruleId: string | null
  severity: SeverityName
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  message: string
  url: string | null
}

export interface JsonResult {
  path: string
  messages: JsonMessage[]
}

export function toJsonResults(files: VFile[], cwd: string): JsonResult[] {
  return files.map((file) => ({
    path: relativePath(file, cwd),
    messages: file.messages.map((message) => ({
      ruleId: message.ruleId ?? null,
      severity: severityOf(message),
      line: message.place ? ('start' in message.place ? message.place.start.line : message.place.line) : null,
      column: message.place ? ('start' in message.place ? message.place.start.column : message.place.column) : null,
      endLine: message.place && 'end' in message.place ? message.place.end.line : null,
      endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
      message: message.reason,
      url: message.url ?? null,
    })),
  }))
}

export const json: Reporter = (files, {cwd}) => JSON.stringify(toJsonResults(files, cwd), null, 2) + '\n'

export const reporters: Record<string, Reporter> = {stylish, json}
