/**
 * Reads one document's cleaned lines into its elements in printed order (CATALOG §2): issuer header,
 * title, number, addressee, body (with its 附件说明), signature, date, flag, then the enclosure (its title,
 * its body, its 附件说明, and printed attachments under `附件N` labels).
 */

import {removeCjkSpaces} from './normalize/artifacts.js'
import type {CleanLine} from './normalize/lines.js'
import {dropStrayFlags} from './normalize/stray.js'
import {isStandaloneLine, joinParagraphs, joinWrapped, startsElement, type JoinOptions} from './normalize/paragraphs.js'
import {
  ATTACHMENT_NOTE_START,
  ATTACHMENT_TITLE_NOTE,
  DOCUMENT_KINDS,
  isPrintedAttachmentLabel,
  isPrintedDateLine,
  isPrintedFlagLine,
  isPrintedNumberLine,
  numberKey,
  printedItemLabel,
} from '@gazette-lint/core'
import {ISSUER_HEADER, NOTE_LINE, ORDER_TITLE, REPORT_SALUTATION, REPORT_SUBTITLE} from './patterns.js'
import type {Block, BlockKind, DocumentKind, SplitDocument} from './types.js'

export interface DocumentMeta {
  source: string
  index: number
  kind: DocumentKind
  startLine: number
  endLine: number
  /** How the gazette's lines are measured (see `measureLayout`). */
  layout?: JoinOptions
}

/** Words an enclosure or attachment title ends with: a document's, or what a printed attachment is (a list, a chart). */
const TITLE_END = new RegExp(
  `(?:${[...DOCUMENT_KINDS, '分解', '名录', '名单', '示意图', '流程图', '程序', '职责', '联系方式', '术语', '明细表', '评价表', '指标'].join('|')}|[表图]|[）)])$`,
  'u',
)
/** How body text opens (`根据…`, `为进一步…`): such a line is not an enclosure title. */
const BODY_OPENING = /^(?:根据|为了?|按照|依据|依照|经|现将|近年来|当前|今年)/u
/** A parenthesised qualifier on a line of its own under a title: `（试行）`, `（简版）`, `（2021-2025年）`. */
const TITLE_QUALIFIER = /^[（(][^（）()]{1,14}[）)]$/u

function block(kind: BlockKind, text: string, lines: readonly CleanLine[]): Block {
  return {kind, text, startLine: lines[0].line, endLine: lines[lines.length - 1].line}
}

export function parseDocument(lines: CleanLine[], meta: DocumentMeta): SplitDocument {
  const doc: SplitDocument = {
    source: meta.source,
    index: meta.index,
    kind: meta.kind,
    startLine: meta.startLine,
    endLine: meta.endLine,
    title: '',
    lines,
    blocks: [],
  }
  const options: JoinOptions = meta.layout ?? {}
  if (meta.kind === 'report') parseReport(doc, lines, options)
  else parseNotice(doc, lines, options)
  return doc
}

function parseReport(doc: SplitDocument, lines: CleanLine[], options: JoinOptions): void {
  doc.title = lines[0].text
  const blocks: Block[] = [block('title', doc.title, [lines[0]])]
  let i = 1
  if (lines[i] && REPORT_SUBTITLE.test(lines[i].text)) {
    blocks.push(block('subtitle', lines[i].text, [lines[i]]))
    i++
  }
  // The speaker line (`县长 李翔`) and the salutation are paragraphs of their own.
  while (i < lines.length && !REPORT_SALUTATION.test(lines[i].text) && i < 4) {
    blocks.push(block('paragraph', lines[i].text, [lines[i]]))
    i++
  }
  blocks.push(...bodyBlocks(lines.slice(i), options))
  doc.blocks = blocks
}

function parseNotice(doc: SplitDocument, lines: CleanLine[], options: JoinOptions): void {
  const blocks: Block[] = []
  let i = 0
  const titleParts: CleanLine[] = []
  let titleHead = ''

  if (doc.kind === 'order') {
    doc.issuer = ORDER_TITLE.exec(lines[0].text)!.groups!.issuer
    doc.title = lines[0].text
    blocks.push(block('title', doc.title, [lines[0]]))
    i = 1
  } else {
    const header = ISSUER_HEADER.exec(lines[0].text)!.groups!
    doc.issuer = header.issuer
    blocks.push({kind: 'issuer', text: header.issuer, startLine: lines[0].line, endLine: lines[0].line})
    titleHead = header.title ?? ''
    i = 1
    while (i < lines.length && !isPrintedNumberLine(lines[i].text)) titleParts.push(lines[i++])
    doc.title = removeCjkSpaces([titleHead, ...titleParts.map((l) => l.text)].reduce((a, b) => joinWrapped(a, b), ''))
    const titleLines = titleHead ? [lines[0], ...titleParts] : titleParts
    blocks.push(block('title', doc.title, titleLines.length > 0 ? titleLines : [lines[0]]))
    if (i < lines.length) {
      doc.number = lines[i].text
      doc.canonicalNumber = numberKey(lines[i].text)
      doc.numberLine = lines[i].line
      blocks.push(block('number', lines[i].text, [lines[i]]))
      i++
    }
    // 主送机关: the next line ending in a colon (two lines at most), or a line that is plainly a list of
    // units (one is truncated by extraction, 002:10781).
    const addressee = readAddressee(lines, i)
    if (addressee > i) {
      const own = lines.slice(i, addressee)
      blocks.push(block('addressee', own.map((l) => l.text).reduce((a, b) => joinWrapped(a, b), ''), own))
      i = addressee
    }
  }

  // 署名 + 成文日期: the issuer's name on a line, the date on the next.
  let signature = -1
  for (let j = i; j < lines.length - 1; j++) {
    if (lines[j].text === doc.issuer && isPrintedDateLine(lines[j + 1].text)) {
      signature = j
      break
    }
  }
  if (signature < 0) {
    blocks.push(...bodyBlocks(lines.slice(i), options))
    doc.blocks = blocks
    return
  }
  blocks.push(...bodyBlocks(lines.slice(i, signature), options))
  blocks.push(block('signature', lines[signature].text, [lines[signature]]))
  const dateLine = lines[signature + 1]
  doc.date = dateLine.text
  doc.dateLine = dateLine.line
  blocks.push(block('date', dateLine.text, [dateLine]))
  let k = signature + 2
  if (lines[k] && isPrintedFlagLine(lines[k].text)) {
    doc.flag = lines[k].text
    blocks.push(block('flag', lines[k].text, [lines[k]]))
    k++
  }
  blocks.push(...enclosureBlocks(lines.slice(k), quotedTitles(doc.title, blocks), blocks, options))
  doc.blocks = blocks
}

/** Index after the addressee lines starting at `at` (or `at` when there is none). */
function readAddressee(lines: CleanLine[], at: number): number {
  const first = lines[at]?.text
  if (first === undefined || isStandaloneLine(first)) return at
  if (/[：:]$/u.test(first)) return at + 1
  const second = lines[at + 1]?.text
  if (second !== undefined && !/[。《]/u.test(first) && !isStandaloneLine(second) && /[：:]$/u.test(second) && !/[。《]/u.test(second)) {
    return at + 2
  }
  if (!/[。《“]/u.test(first) && /(?:人民政府|单位|部门|机构|管委会)/u.test(first) && Array.from(first).length <= 40) return at + 1
  return at
}

/** Titles named in the notice title and the cover (`《…》`), candidates for the enclosures' headings. */
function quotedTitles(title: string, blocks: readonly Block[]): string[] {
  const texts = [title, ...blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)]
  const found: string[] = []
  for (const text of texts) {
    for (const match of text.matchAll(/《([^《》]{4,80})》/gu)) found.push(match[1])
  }
  return found
}

/** Compares titles across the small differences of print: spaces, dash and bracket widths. */
function titleKey(text: string): string {
  return text
    .replace(/[\s\u3000]+/gu, '')
    .replace(/[—–－-]+/gu, '-')
    .replace(/（/gu, '(')
    .replace(/）/gu, ')')
}

/** A line that can be (part of) a title: no sentence punctuation, not an element of its own. */
function isTitleLike(text: string): boolean {
  if (/[。，；：:！？,;]/u.test(text)) return false
  if (Array.from(text).length > 60) return false
  if (isStandaloneLine(text) || ATTACHMENT_NOTE_START.test(text) || NOTE_LINE.test(text)) return false
  if (startsElement(text) && !TITLE_QUALIFIER.test(text)) return false
  return true
}

/**
 * How many lines from `at` make up an enclosure title: the fewest (up to three) that end like a title,
 * plus a qualifier line (`（试行）`); 0 when the line is not a title.
 */
function enclosureTitleLength(lines: readonly CleanLine[], at: number): number {
  if (!lines[at] || !isTitleLike(lines[at].text)) return 0
  // Body text, not a title: an enclosure whose title the extraction lost (001:2361, 001:4084).
  if (BODY_OPENING.test(lines[at].text)) return 0
  let count = 0
  for (let k = 1; k <= 3 && at + k <= lines.length; k++) {
    if (TITLE_END.test(joinedText(lines.slice(at, at + k)))) {
      count = k
      break
    }
    const next = lines[at + k]
    if (!next || !isTitleLike(next.text)) break
  }
  if (count === 0) return 0
  const after = lines[at + count]?.text
  if (after !== undefined && TITLE_QUALIFIER.test(after) && !/^[（(][一二三四五六七八九十\d]+[）)]$/u.test(after)) count++
  return count
}

/**
 * How many lines from `at` make up a printed attachment's title: as many (up to three) as spell a title
 * of the 附件说明 list; otherwise one line, or two when only the second ends like a title.
 */
function attachmentTitleLength(lines: readonly CleanLine[], at: number, listed: ReadonlySet<string>): number {
  if (!lines[at] || !isTitleLike(lines[at].text)) return 0
  for (let k = 1; k <= 3 && at + k <= lines.length; k++) {
    if (k > 1 && !isTitleLike(lines[at + k - 1].text)) break
    if (listed.has(titleKey(joinedText(lines.slice(at, at + k))))) return k
  }
  const next = lines[at + 1]
  if (!TITLE_END.test(lines[at].text) && next && isTitleLike(next.text) && TITLE_END.test(next.text) && Array.from(next.text).length <= 20) {
    return 2
  }
  return 1
}

function joinedText(lines: readonly CleanLine[]): string {
  return lines.map((l) => l.text).reduce((a, b) => joinWrapped(a, b), '')
}

/** The titles a 附件说明 lists, without their numbers and `（见网络版）`. */
function listedTitles(notes: readonly Block[]): Set<string> {
  const titles = new Set<string>()
  for (const note of notes) {
    for (const [index, line] of note.text.split('\n').entries()) {
      let title = index === 0 ? line.replace(ATTACHMENT_NOTE_START, '') : line
      const label = printedItemLabel(title.trimStart())
      if (label) title = title.trimStart().slice(label.length).trimStart()
      title = title.replace(ATTACHMENT_TITLE_NOTE, '')
      if (title) titles.add(titleKey(title))
    }
  }
  return titles
}

function titleText(lines: readonly CleanLine[]): string {
  return removeCjkSpaces(joinedText(lines))
}

/** The part after the cover's flag: enclosure title(s), enclosure body, 附件说明, printed attachments. */
function enclosureBlocks(
  all: CleanLine[],
  candidates: readonly string[],
  cover: readonly Block[],
  options: JoinOptions,
): Block[] {
  const blocks: Block[] = []
  const lines = dropStrayFlags(all)
  if (lines.length === 0) return blocks
  let start = 0
  const firstLength = enclosureTitleLength(lines, 0)
  let firstKey = ''
  if (firstLength > 0) {
    const own = lines.slice(0, firstLength)
    const text = titleText(own)
    firstKey = titleKey(text)
    blocks.push(block('enclosure-title', text, own))
    start = firstLength
  }
  // Further enclosures are looked for only when the cover names several documents.
  const named = new Set(candidates.map(titleKey))
  const keys = new Set(firstLength > 0 && named.size >= 2 ? [...named].filter((key) => key !== firstKey) : [])

  let segment: CleanLine[] = []
  const flush = () => {
    if (segment.length > 0) blocks.push(...bodyBlocks(segment, options))
    segment = []
  }
  for (let i = start; i < lines.length; i++) {
    const text = lines[i].text
    // A printed attachment: `附件N`, then its title.
    if (isPrintedAttachmentLabel(text)) {
      flush()
      blocks.push(block('attachment-label', text, [lines[i]]))
      const notes = [...cover, ...blocks].filter((b) => b.kind === 'attachment-note')
      const length = attachmentTitleLength(lines, i + 1, listedTitles(notes))
      if (length > 0) {
        const own = lines.slice(i + 1, i + 1 + length)
        blocks.push(block('attachment-title', titleText(own), own))
        i += length
      }
      continue
    }
    // A further enclosure, named in the cover: its title on one to three lines.
    if (keys.size > 0 && isTitleLike(text) && paragraphEndedBefore(lines, i)) {
      let matched = 0
      for (let k = 1; k <= 3 && i + k <= lines.length; k++) {
        if (keys.has(titleKey(lines.slice(i, i + k).map((l) => l.text).join('')))) {
          matched = k
          break
        }
      }
      if (matched > 0) {
        flush()
        const own = lines.slice(i, i + matched)
        blocks.push(block('enclosure-title', titleText(own), own))
        i += matched - 1
        continue
      }
    }
    segment.push(lines[i])
  }
  flush()
  return blocks
}

function paragraphEndedBefore(lines: readonly CleanLine[], at: number): boolean {
  if (at === 0) return true
  return /[。！？；）)]$/u.test(lines[at - 1].text) || isStandaloneLine(lines[at - 1].text)
}

/**
 * Body lines as paragraphs. A paragraph starting `附件：` takes the item paragraphs after it (`1.…`,
 * `2.…`) as its lines; flags and notes keep their own kinds.
 */
export function bodyBlocks(lines: readonly CleanLine[], options: JoinOptions): Block[] {
  const blocks: Block[] = []
  const paragraphs = joinParagraphs(lines, options)
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]
    if (ATTACHMENT_NOTE_START.test(paragraph.text)) {
      const itemLines = [paragraph.text]
      const own = [...paragraph.lines]
      while (p + 1 < paragraphs.length && printedItemLabel(paragraphs[p + 1].text) !== undefined) {
        p++
        itemLines.push(paragraphs[p].text)
        own.push(...paragraphs[p].lines)
      }
      blocks.push(block('attachment-note', itemLines.join('\n'), own))
      continue
    }
    let kind: BlockKind = 'paragraph'
    if (isPrintedFlagLine(paragraph.text)) kind = 'flag'
    else if (NOTE_LINE.test(paragraph.text)) kind = 'note'
    blocks.push(block(kind, paragraph.text, paragraph.lines))
  }
  return blocks
}
