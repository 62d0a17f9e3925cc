/**
 * Segments an extracted gazette into its notices (CATALOG §0): a document starts at an issuer-header line
 * (`X县人民政府` / `X县人民政府办公室`, optionally followed by the title on the same line) that has a
 * 发文字号 line within the next six non-empty lines, and ends just before the next document. Two kinds of
 * unnumbered document are recognised as well: a 令 whose title carries the issuer
 * (`平顺县人民政府封山禁火令`) and the 政府工作报告 (title, `——…会议上` subtitle, `各位代表：`). Whatever comes
 * before the first document (masthead, table of contents) and the back matter (`《…公报》简介`) belong to
 * no document.
 */

import {isBackMatterStart} from './normalize/artifacts.js'
import {cleanLines, measureLayout, type CleanLine} from './normalize/lines.js'
import {parseDocument} from './structure.js'
import {isPrintedDateLine, isPrintedFlagLine, isPrintedNumberLine} from '@gazette-lint/core'
import {ISSUER_HEADER, ORDER_TITLE, REPORT_SALUTATION, REPORT_SUBTITLE, REPORT_TITLE} from './patterns.js'
import {physicalLines} from './normalize/text.js'
import type {DocumentKind, SplitDocument, SplitOptions} from './types.js'

/** How far (in non-empty lines) the 发文字号 may sit below the issuer header. */
export const NUMBER_WINDOW = 6

export interface DocumentStart {
  /** Index into the cleaned lines. */
  index: number
  kind: DocumentKind
}

/** Finds where documents start, as indexes into the cleaned lines. */
export function findDocumentStarts(lines: readonly CleanLine[]): DocumentStart[] {
  const starts: DocumentStart[] = []
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text
    if (ISSUER_HEADER.test(text)) {
      if (numberFollows(lines, i)) starts.push({index: i, kind: 'notice'})
      continue
    }
    if (ORDER_TITLE.test(text) && !numberFollows(lines, i)) {
      starts.push({index: i, kind: 'order'})
      continue
    }
    if (REPORT_TITLE.test(text) && REPORT_SUBTITLE.test(lines[i + 1]?.text ?? '')) {
      const window = lines.slice(i + 2, i + 2 + 3)
      if (window.some((line) => REPORT_SALUTATION.test(line.text))) starts.push({index: i, kind: 'report'})
    }
  }
  return starts
}

/**
 * A 发文字号 line within the next six non-empty lines, with only title lines in between: no other issuer
 * line, date or flag (so that a signature followed by the next notice's header is not taken for a header).
 */
function numberFollows(lines: readonly CleanLine[], at: number): boolean {
  for (let j = at + 1; j <= at + NUMBER_WINDOW && j < lines.length; j++) {
    const text = lines[j].text
    if (isPrintedNumberLine(text)) return true
    if (ISSUER_HEADER.test(text) || isPrintedDateLine(text) || isPrintedFlagLine(text) || /[。；]/u.test(text)) return false
  }
  return false
}

/** Splits an extracted gazette into its documents. */
export function splitGazette(text: string, options: SplitOptions): SplitDocument[] {
  const raws = physicalLines(text)
  const {lines} = cleanLines(text)
  const layout = measureLayout(lines)

  // The back matter ends the last document.
  let limit = lines.length
  const back = lines.findIndex((line) => isBackMatterStart(line.text))
  if (back >= 0) limit = back
  const bounded = lines.slice(0, limit)

  const starts = findDocumentStarts(bounded)
  const documents: SplitDocument[] = []
  starts.forEach((start, n) => {
    const next = starts[n + 1]
    const endIndex = next ? next.index : bounded.length
    const docLines = bounded.slice(start.index, endIndex)
    const stopLine = next ? bounded[next.index].line : back >= 0 ? lines[back].line : raws.length + 1
    const endLine = lastNonBlankLine(raws, bounded[start.index].line, stopLine)
    documents.push(
      parseDocument(docLines, {
        source: options.source,
        index: n + 1,
        kind: start.kind,
        startLine: bounded[start.index].line,
        endLine,
        layout,
      }),
    )
  })
  return documents
}

/** The last physical line before `stop` (1-based, exclusive) that is not blank, but not before `from`. */
function lastNonBlankLine(raws: readonly string[], from: number, stop: number): number {
  for (let line = stop - 1; line > from; line--) {
    if (raws[line - 1]?.trim()) return line
  }
  return from
}
