/**
 * The five corpus gazettes of ../shared/corpus as drafts: split with splitGazette, written with
 * toDraftMarkdown, linted in-process with every rule in one run, and located by the catalogue's
 * `alias:line` citations (CATALOG §0). Used by test/corpus-regression.test.ts; needs ../shared.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {GazetteRule} from '@gazette-lint/core'
import {allRules, lintTexts} from '@gazette-lint/engine'
import {splitGazette, toDraftMarkdown, type SplitDocument} from '@gazette-lint/gazette'
import {ROOT} from './rule-docs.js'
import {SHARED_DIR} from './shared.js'

export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus')

export type Severity = 'error' | 'warning' | 'info'

export interface CorpusDraft {
  /** File alias, `000` … `004`. */
  alias: string
  doc: SplitDocument
  /** The canonical 发文字号, or the kind (`order`, `report`) of the two unnumbered documents. */
  key: string
  /** `corpus/000-08.md`. */
  path: string
  markdown: string
  /** The draft's lines (index 0 is line 1). */
  lines: string[]
}

export interface CorpusFinding {
  draft: CorpusDraft
  ruleId: string
  messageId?: string
  severity: Severity
  line: number
  reason: string
  /** The text of the draft the finding points at (empty for a point). */
  span: string
  /** The message's suggested replacements, if any. */
  expected: string[]
}

/** The corpus files by alias (`000` → `000_bbb95ae35cc114e5.txt`), in alias order. */
export function corpusFiles(): Array<{alias: string; file: string}> {
  return readdirSync(CORPUS_DIR)
    .filter((name) => /^00\d_[0-9a-f]+\.txt$/.test(name))
    .sort()
    .map((name) => ({alias: name.slice(0, 3), file: path.join(CORPUS_DIR, name)}))
}

/** Every document of the five gazettes as a draft, in gazette order. */
export function splitCorpus(): CorpusDraft[] {
  const drafts: CorpusDraft[] = []
  for (const {alias, file} of corpusFiles()) {
    for (const doc of splitGazette(readFileSync(file, 'utf8'), {source: alias})) {
      const markdown = toDraftMarkdown(doc)
      drafts.push({
        alias,
        doc,
        key: doc.canonicalNumber ?? doc.kind,
        path: `corpus/${alias}-${String(doc.index).padStart(2, '0')}.md`,
        markdown,
        lines: markdown.split('\n'),
      })
    }
  }
  return drafts
}

function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
}

/** Lints all drafts in one run (cross-file checks see each other), every rule at its default severity. */
export async function lintCorpus(drafts: CorpusDraft[], today: string): Promise<CorpusFinding[]> {
  const results = await lintTexts(drafts.map((draft) => ({path: draft.path, text: draft.markdown})), {cwd: ROOT, config: {today}})
  const files = results.map((result) => result.file)
  const findings: CorpusFinding[] = []
  files.forEach((file, index) => {
    const draft = drafts[index]
    if (file.path !== draft.path) throw new Error(`lintAll returned ${file.path} where ${draft.path} was expected`)
    for (const message of file.messages) {
      const place = message.place && 'start' in message.place ? message.place : undefined
      const span = place?.start.offset !== undefined && place.end.offset !== undefined ? draft.markdown.slice(place.start.offset, place.end.offset) : ''
      findings.push({
        draft,
        ruleId: message.ruleId ?? '(none)',
        messageId: (message as {messageId?: string}).messageId,
        severity: severityOf(message.fatal),
        line: message.line ?? 0,
        reason: message.reason,
        span,
        expected: message.expected ?? [],
      })
    }
  })
  return findings
}

/**
 * The draft a catalogue citation points into: `002:6052` (alias and physical line, inside the document's
 * range), or a 发文字号 / kind (`陵政发〔2023〕1号`, `order`).
 */
export function draftAt(drafts: CorpusDraft[], cite: string): CorpusDraft {
  const at = /^(\d{3}):(\d+)$/.exec(cite)
  const found = at
    ? drafts.find((draft) => draft.alias === at[1] && draft.doc.startLine <= Number(at[2]) && Number(at[2]) <= draft.doc.endLine)
    : drafts.find((draft) => draft.key === cite)
  if (!found) throw new Error(`no split document holds the catalogue citation ${cite}`)
  return found
}

/** The 1-based draft lines that contain `snippet` (exact: whose trimmed text equals it). */
export function linesHolding(draft: CorpusDraft, snippet: string, exact = false): number[] {
  const lines: number[] = []
  draft.lines.forEach((text, index) => {
    if (exact ? text.trim() === snippet : text.includes(snippet)) lines.push(index + 1)
  })
  return lines
}

/** `000:777 陵政发〔2023〕1号 (corpus/000-01.md)`: how a document is named in assertion messages. */
export function describeDraft(draft: CorpusDraft): string {
  return `${draft.alias}:${draft.doc.startLine} ${draft.key} (${draft.path})`
}

/** Findings per rule over the corpus, one row per rule in allRules order: default severity, findings, documents. */
export function findingsTable(findings: CorpusFinding[], rules: GazetteRule[] = allRules): string {
  const rows = rules.map((rule) => {
    const own = findings.filter((finding) => finding.ruleId === rule.meta.id)
    return [rule.meta.id, rule.meta.severity, String(own.length), String(new Set(own.map((finding) => finding.draft.path)).size)]
  })
  const unknown = findings.filter((finding) => !rules.some((rule) => rule.meta.id === finding.ruleId))
  if (unknown.length > 0) rows.push(['(other)', '-', String(unknown.length), String(new Set(unknown.map((finding) => finding.draft.path)).size)])
  const total = ['total', '', String(findings.length), String(new Set(findings.map((finding) => finding.draft.path)).size)]
  const header = ['rule', 'severity', 'findings', 'documents']
  const widths = header.map((title, column) => Math.max(title.length, ...[...rows, total].map((row) => row[column].length)))
  const format = (row: string[]) => row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')
  const rule = widths.map((width) => '-'.repeat(width)).join('  ')
  return [format(header), rule, ...rows.map(format), rule, format(total)].join('\n')
}
