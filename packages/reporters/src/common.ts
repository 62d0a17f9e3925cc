import {createHash} from 'node:crypto'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import path from 'node:path'
import {paragraphSpanOf, readTextFileSync, type Bilingual, type Lang, type ParagraphSpan, type Severity, type Fix} from '@gazette-lint/core'
import type {VFile} from 'vfile'

export type SeverityName = 'error' | 'warning' | 'info'
export type Message = VFile['messages'][number]

/** What a reporter knows of a rule: the CLI fills these from `allRules`. */
export interface ReportRule {
  id: string
  /** The rule's default severity (its `meta.severity`). */
  severity: Severity
  fixable: boolean
  description: Bilingual
  /** The rule's documentation (`meta.url`). */
  url: string
  /** The rule family (folder under `rules/`); used as a SARIF tag. */
  family?: string
}

export interface ReportContext {
  /** Paths in reports are relative to this folder. */
  cwd: string
  color?: boolean
  /** Terminal width for the stylish report (the CLI passes `process.stdout.columns`); default 80. */
  columns?: number
  /** Rule ids as OSC 8 links to their pages: for a terminal (a TTY with colour), never for a file or a pipe. */
  hyperlinks?: boolean
  /** Language of the stylish report's own words (summary, severities); messages come translated. Default zh. */
  lang?: Lang
  /** How many drafts were checked, for the clean-run line; default: the number of files given. */
  draftsChecked?: number
  /** Only errors were kept (`--quiet`): a clean run then says that no errors were found, not no problems. */
  quiet?: boolean
  /**
   * Every rule the linter knows, in `allRules` order: the SARIF rule table and the JUnit test cases.
   * Without it, reporters fall back on the rule ids found in the messages.
   */
  rules?: readonly ReportRule[]
  /**
   * The repository root that SARIF, GitHub and GitLab paths are relative to (those services resolve
   * paths from the root of the checkout). Default: the git toplevel of `cwd`, else `cwd`.
   */
  root?: string
  /** The tool version written into SARIF; default: this package's version. */
  version?: string
}

export type Reporter = (files: VFile[], context: ReportContext) => string

export const TOOL_NAME = 'gazette-lint'
export const INFORMATION_URI = 'https://github.com/gazette-lint/gazette-lint'

export function severityOf(message: Message): SeverityName {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** The rule id of a message; a message no rule claims (none should) is the tool's own. */
export function ruleIdOf(message: Message): string {
  return message.ruleId ?? TOOL_NAME
}

/** The finding's one fix, when its rule offers one. */
export function fixOf(message: Message): Fix | undefined {
  const fix = (message as Message & {fix?: Fix}).fix
  return fix && Array.isArray(fix.range) ? fix : undefined
}

export function absolutePathOf(file: VFile): string | undefined {
  return file.path ? path.resolve(file.cwd, file.path) : undefined
}

export function relativePath(file: VFile, cwd: string): string {
  const absolute = absolutePathOf(file)
  return absolute ? path.relative(cwd, absolute).split(path.sep).join('/') : '<stdin>'
}

export interface Span {
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

/** 1-based lines and columns (columns in UTF-16 code units, end exclusive), as vfile gives them. */
export function spanOf(message: Message): Span | undefined {
  const place = message.place
  if (!place) return undefined
  if ('start' in place) {
    if (!place.start.line) return undefined
    return {line: place.start.line, column: place.start.column, endLine: place.end?.line, endColumn: place.end?.column}
  }
  return place.line ? {line: place.line, column: place.column} : undefined
}

/** Whether a file is a Word draft: its text is the document's rendering, and its places are paragraphs. */
export function isWordDraft(file: VFile): boolean {
  return file.data.wordSource !== undefined
}

/** Where a finding of a Word draft stands in the document (第 N 段, the character within it); undefined for Markdown. */
export function paragraphSpanOfMessage(message: Message, file: VFile): ParagraphSpan | undefined {
  const source = file.data.wordSource
  return source ? paragraphSpanOf(source, String(file.value ?? ''), message.place) : undefined
}

/**
 * The place line-oriented reports give a finding: its line and column, or in a Word draft its paragraph
 * as the line and the character within it as the column.
 */
export function reportSpanOf(message: Message, file: VFile): Span | undefined {
  if (!isWordDraft(file)) return spanOf(message)
  const paragraph = paragraphSpanOfMessage(message, file)
  if (!paragraph) return undefined
  const {start, end} = paragraph
  return {line: start.paragraph, column: start.character, ...(end ? {endLine: end.paragraph, endColumn: end.character} : {})}
}

const SEVERITY_RANK: Record<SeverityName, number> = {error: 0, warning: 1, info: 2}

/**
 * Findings in reading order: by line and column (findings about the whole draft first), errors before
 * warnings before infos at one place, else in the order the rules gave them.
 */
export function byPlace(messages: readonly Message[]): Message[] {
  const keyed = messages.map((message) => {
    const span = spanOf(message)
    return {message, line: span?.line ?? 0, column: span?.column ?? 0, rank: SEVERITY_RANK[severityOf(message)]}
  })
  keyed.sort((a, b) => a.line - b.line || a.column - b.column || a.rank - b.rank)
  return keyed.map((entry) => entry.message)
}

/**
 * The folder a git repository starts in: the nearest ancestor of `cwd` holding `.git` (a folder, or a
 * file in worktrees and submodules), as `git rev-parse --show-toplevel` finds it without running git.
 */
export function findRepositoryRoot(cwd: string): string | undefined {
  let dir = path.resolve(cwd)
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

export function rootOf(context: ReportContext): string {
  return path.resolve(context.cwd, context.root ?? findRepositoryRoot(context.cwd) ?? context.cwd)
}

/**
 * A file's path relative to the repository root, with `/` separators; `undefined` when the file lies
 * outside it (or has no path).
 */
export function repositoryPath(file: VFile, root: string): string | undefined {
  const absolute = absolutePathOf(file)
  if (!absolute) return undefined
  const relative = path.relative(root, absolute)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined
  return relative.split(path.sep).join('/')
}

/** For GitHub and GitLab: relative to the repository root when inside it, else relative to cwd. */
export function reportPath(file: VFile, root: string, cwd: string): string {
  return repositoryPath(file, root) ?? relativePath(file, cwd)
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** The rules to report on: `context.rules`, plus any rule id met in a message but missing there. */
export function rulesFor(files: VFile[], context: ReportContext): ReportRule[] {
  const rules: ReportRule[] = [...(context.rules ?? [])]
  const known = new Set(rules.map((rule) => rule.id))
  for (const file of files) {
    for (const message of file.messages) {
      const id = ruleIdOf(message)
      if (known.has(id)) continue
      known.add(id)
      rules.push({
        id,
        severity: severityOf(message),
        fixable: false,
        description: {zh: id, en: id},
        url: message.url ?? INFORMATION_URI,
      })
    }
  }
  return rules
}

let ownVersion: string | undefined
export function packageVersion(): string {
  ownVersion ??= (JSON.parse(readTextFileSync(fileURLToPath(new URL('../package.json', import.meta.url)))) as {version: string}).version
  return ownVersion
}
