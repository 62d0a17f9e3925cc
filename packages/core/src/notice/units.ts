import type {Root, RootContent, Heading, ListItem} from 'mdast'
import type {Node} from 'unist'
import {ANNOTATION_LABEL} from '../recognisers/annotation.js'
import {ATTACHMENT_LABEL, ATTACHMENT_NOTE_START} from '../recognisers/attachment.js'
import {isDamagedDateLine, parseDateLine, parsePlaceholderDateLine} from '../recognisers/date.js'
import {parseNumberLine} from '../recognisers/doc-number.js'
import {parseFlagLine} from '../recognisers/flag.js'
import {isIssuerLine} from '../recognisers/issuer.js'
import {readMarker, SECTION_NUMBER} from '../recognisers/numerals.js'
import type {Comment, Locator, Unit, UnitKind} from './types.js'

/**
 * A line that is an element on its own (number, date, flag, issuer, attachment label or 附件说明), placeholders
 * and damaged numbers and dates included.
 */
export function isStructuralLine(text: string): boolean {
  const trimmed = text.trim()
  if (!trimmed) return false
  return (
    parseDateLine(trimmed) !== undefined ||
    parsePlaceholderDateLine(trimmed) !== undefined ||
    isDamagedDateLine(trimmed) ||
    parseFlagLine(trimmed) !== undefined ||
    parseNumberLine(trimmed) !== undefined ||
    ATTACHMENT_LABEL.test(trimmed) ||
    ATTACHMENT_NOTE_START.test(trimmed) ||
    isIssuerLine(trimmed)
  )
}

/** The end of a sentence or clause, closing marks after it allowed (`。`, `：`, `。”`, `；）`). */
const ENDS_CLAUSE = /[。！？；：!?;:…]["”’」』]*$|[）)〕]$/u
const SENTENCE_PUNCTUATION = /[。，；！？,;!?]/u
/** A line that opens an annotation (`（责任单位：…`) or is a labelled line of its own (`责任单位：县财政局。`). */
const OPENS_ANNOTATION = new RegExp(`^[（(〔]?${ANNOTATION_LABEL.source.slice(1)}`, 'u')

/**
 * Whether a line break inside a paragraph separates two units. Text pasted from Word or WPS arrives one
 * paragraph per line with no blank line between them (draft-format.md): an element line, a numbered item, an
 * annotation, a line after a finished sentence and a heading-like line each stand alone, so the draft is read
 * as if it had the blank lines. A line that stops mid-sentence is wrapped text: the next line continues it.
 */
export function startsNewUnit(previous: string, line: string): boolean {
  const before = previous.trim()
  const after = line.trim()
  if (!before || !after) return true
  if (isStructuralLine(before) || isStructuralLine(after)) return true
  if (readMarker(after) || SECTION_NUMBER.test(after) || OPENS_ANNOTATION.test(after)) return true
  if (ENDS_CLAUSE.test(before)) return true
  // A heading written without a marker (`目 录`, `总 则`) or a short label line.
  return before.length <= 30 && !SENTENCE_PUNCTUATION.test(before)
}

/** A block still to be read; a list item knows whether its list is ordered. */
interface PendingBlock {
  node: RootContent
  ordered?: boolean
}

export interface UnitsResult {
  units: Unit[]
  comments: Comment[]
  frontMatterNode?: Node
}

/** Reads the mdast into the flat sequence of units the layout works on; positions index `text`. */
export function readUnits(tree: Root, text: string, locator: Locator): UnitsResult {
  const units: Unit[] = []
  const comments: Comment[] = []
  let frontMatterNode: Node | undefined

  const push = (kind: UnitKind, node: Node, start: number, end: number, depth?: number) => {
    // Trim whitespace (and a stray CR) at both ends so every element's span is its visible text.
    while (start < end && /\s/.test(text[start])) start++
    while (end > start && /\s/.test(text[end - 1])) end--
    if (start >= end) return
    units.push({
      index: units.length,
      kind,
      depth,
      node,
      text: text.slice(start, end),
      position: locator.span(start, end),
    })
  }

  /**
   * Reads one block into units and returns the blocks inside it that are still to be read, in order.
   * The caller walks them with a stack of its own: a draft may nest lists or quotes thousands deep.
   */
  const visitBlock = ({node, ordered}: PendingBlock): PendingBlock[] => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return []
    switch (node.type) {
      case 'yaml': {
        frontMatterNode ??= node
        return []
      }
      case 'html': {
        const raw = text.slice(start, end)
        const pattern = /<!--([\s\S]*?)-->/g
        let match: RegExpExecArray | null
        let any = false
        while ((match = pattern.exec(raw))) {
          any = true
          comments.push({
            text: match[0],
            content: match[1].trim(),
            position: locator.span(start + match.index, start + match.index + match[0].length),
          })
        }
        if (!any) push('other', node, start, end)
        return []
      }
      case 'heading': {
        pushHeading(node, start, end)
        return []
      }
      case 'paragraph': {
        pushParagraph(node, start, end)
        return []
      }
      case 'list': {
        return node.children.map((item) => ({node: item, ordered: Boolean(node.ordered)}))
      }
      case 'listItem': {
        return pushListItem(node, Boolean(ordered))
      }
      case 'blockquote': {
        return node.children.map((child) => ({node: child}))
      }
      case 'table': {
        push('table', node, start, end)
        return []
      }
      default: {
        push('other', node, start, end)
        return []
      }
    }
  }

  const pushHeading = (node: Heading, start: number, end: number) => {
    const raw = text.slice(start, end)
    let contentStart = start
    let contentEnd = end
    const atx = /^ {0,3}#{1,6}(?:[ \t]+|$)/.exec(raw)
    if (atx) {
      contentStart = start + atx[0].length
      const closing = /[ \t]+#+[ \t]*$/.exec(text.slice(contentStart, end))
      if (closing) contentEnd = contentStart + closing.index
    } else {
      // Setext: the content is every line but the underline.
      const lastBreak = raw.search(/\r?\n[ \t]*[=-]+[ \t]*$/)
      if (lastBreak >= 0) contentEnd = start + lastBreak
    }
    push('heading', node, contentStart, contentEnd, node.depth)
  }

  /** Pushes the lines of a paragraph from `start` as units, joining the lines that continue the one before. */
  const pushLines = (node: Node, start: number, end: number, firstKind: UnitKind) => {
    const lines = text.slice(start, end).split(/\n/)
    let unitStart = start
    let offset = start
    let kind = firstKind
    let joined = 0
    lines.forEach((line, index) => {
      if (index > 0 && startsNewUnit(lines[index - 1], line)) {
        push(joined > 1 && kind === 'line' ? 'paragraph' : kind, node, unitStart, offset - 1)
        unitStart = offset
        kind = 'line'
        joined = 0
      }
      joined += 1
      offset += line.length + 1
    })
    push(joined > 1 && kind === 'line' ? 'paragraph' : kind, node, unitStart, end)
  }

  const pushParagraph = (node: Node, start: number, end: number) => {
    pushLines(node, start, end, 'line')
  }

  /** List items are read from source, so `1.` keeps the number the drafter wrote. */
  const pushListItem = (item: ListItem, ordered: boolean): PendingBlock[] => {
    const [first, ...rest] = item.children
    // Bullets are not part of the text; an ordered list's marker is (it is the drafter's numbering).
    const itemStart = ordered ? item.position?.start.offset : (first?.position?.start.offset ?? item.position?.start.offset)
    if (itemStart === undefined) return []
    if (!first) {
      push('list-item', item, itemStart, item.position?.end.offset ?? itemStart)
      return []
    }
    const firstStart = first.position?.start.offset ?? itemStart
    const firstEnd = first.position?.end.offset ?? itemStart
    if (first.type !== 'paragraph') {
      // An item opening with another block (`- - x`, `1. > x`): the item's own unit is only what stands
      // before that block (an ordered list's `1.`), so the nested block's text becomes units once, not
      // once per level of nesting.
      push('list-item', item, itemStart, firstStart)
      return item.children.map((child) => ({node: child as RootContent}))
    }
    pushLines(item, itemStart, firstEnd, 'list-item')
    return rest.map((child) => ({node: child as RootContent}))
  }

  const pending: PendingBlock[] = tree.children.map((node) => ({node})).reverse()
  for (let next = pending.pop(); next; next = pending.pop()) {
    const inner = visitBlock(next)
    for (let index = inner.length - 1; index >= 0; index--) pending.push(inner[index])
  }
  return {units, comments, frontMatterNode}
}
