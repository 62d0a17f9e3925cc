import {defineRule, firstAtOrAfter, markupSpans, TITLE_END_PUNCTUATION, type Fixer, type Located, type Notice} from '@gazette-lint/core'
import {description, messages} from './messages.js'

const FULL_WIDTH: Record<string, string> = {',': '，', ':': '：', ';': '；', '?': '？', '(': '（', ')': '）'}
const MARKS = /[,:;?]/u
/** An ideograph or a full-width mark: text on this side of a mark is Chinese. */
const CHINESE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uff5e“”‘’…—·]/u
/** Characters a mark's neighbour is looked up through: spaces, emphasis. */
const TRANSPARENT = /[\s*_~]/u
/**
 * Machine text remark leaves in prose, which is not prose either: URLs, e-mail, entities, table rules.
 * (Code, links, autolinks and HTML remark parsed: the model's markup spans.)
 */
const NOT_PROSE: Array<{hint: string; pattern: RegExp}> = [
  {hint: '://', pattern: /\b(?:https?|ftp):\/\/[^\s，。；）》”]+/giu},
  {hint: 'www.', pattern: /\bwww\.[^\s，。；）》”]+/giu},
  {hint: '@', pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu},
  {hint: '&', pattern: /&(?:[a-z]+|#\d+|#x[\da-f]+);/giu},
  {hint: '---', pattern: /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/gmu},
]
const CANDIDATE = /[（()）《》,:;?]/g
/** A list enumerator such as `1)` or `a）` at the start of a line: its bracket has no partner. */
const ENUMERATOR = /^[ \t]*[0-9a-zA-Z]{1,3}$/u

/** Which characters of the draft are not prose; one buffer for every draft of the process, cleared per draft. */
let skipBuffer = new Uint8Array(0)

function skipFor(length: number): Uint8Array {
  if (skipBuffer.length < length) skipBuffer = new Uint8Array(Math.max(length, skipBuffer.length * 2))
  const skip = skipBuffer.subarray(0, length)
  skip.fill(0)
  return skip
}

/** The character next to `index`, looked up through spaces and emphasis, within [blockStart, blockEnd); '' at an edge. */
function neighbour(text: string, index: number, step: 1 | -1, blockStart: number, blockEnd: number): string {
  for (let at = index + step; at >= blockStart && at < blockEnd; at += step) {
    if (!TRANSPARENT.test(text[at])) return text[at]
  }
  return ''
}

export default defineRule(
  {id: 'punctuation-fullwidth', family: 'punctuation', severity: 'warning', type: 'layout', fixable: true, description, messages},
  ({notice, report}) => {
    const text = notice.text
    const locator = notice.locator
    const skip = skipFor(text.length)
    const skipSpan = (start: number, end: number) => skip.fill(1, Math.max(0, start), Math.min(text.length, end))
    for (const [start, end] of ownedSpans(notice)) skipSpan(start, end)
    for (const [start, end] of markupSpans(notice)) skipSpan(start, end)
    // Elements other rules own are not prose: number, date, signature, issuer, flags, attachment labels.
    const owned: Array<Located | undefined> = [notice.number, ...notice.numberCandidates, notice.date, notice.signature, notice.issuerHeader, ...notice.disclosureFlags]
    for (const section of notice.sections) owned.push(section.label)
    for (const element of owned) if (element) skip.fill(1, element.position.start.offset, element.position.end.offset)
    // Machine text is looked for only in blocks of a draft that has its tell-tale characters: most Chinese prose has none.
    const notProse = NOT_PROSE.filter(({hint}) => text.includes(hint))

    // Blocks: a paragraph read line by line is still one paragraph for pairing brackets.
    const blocks: Array<{start: number; end: number}> = []
    let previousNode: unknown
    for (const unit of notice.units) {
      if (unit.kind === 'other') {
        previousNode = undefined
        continue
      }
      const last = blocks[blocks.length - 1]
      if (last && unit.kind === 'line' && unit.node === previousNode) last.end = unit.position.end.offset
      else blocks.push({start: unit.position.start.offset, end: unit.position.end.offset})
      previousNode = unit.node
    }

    // Where the marks this rule reads stand, found in one pass over the draft: most blocks hold none.
    const candidates: number[] = []
    for (const found of text.matchAll(CANDIDATE)) candidates.push(found.index)
    const span = (from: number, to: number) => locator.span(from, to)
    const toFullWidth = (fixer: Fixer, index: number) => fixer.replace(span(index, index + 1), FULL_WIDTH[text[index]])
    // Offsets below are into the draft's text; a block is [start, end).
    for (const {start, end} of blocks) {
      const first = firstAtOrAfter(candidates, start)
      if (first === candidates.length || candidates[first] >= end) continue
      if (notProse.length > 0) {
        const blockText = text.slice(start, end)
        for (const {hint, pattern} of notProse) {
          if (!blockText.includes(hint)) continue
          for (const match of blockText.matchAll(pattern)) skip.fill(1, start + (match.index ?? 0), start + (match.index ?? 0) + match[0].length)
        }
      }
      const chineseBefore = (index: number) => CHINESE.test(neighbour(text, index, -1, start, end))
      const chineseAfter = (index: number) => CHINESE.test(neighbour(text, index, 1, start, end))

      // Round brackets, paired across widths; 《》 paired on their own.
      const rounds: number[] = []
      const books: number[] = []
      // Only these marks matter; jump from one to the next instead of visiting every character.
      for (let candidate = first; candidate < candidates.length && candidates[candidate] < end; candidate++) {
        const index = candidates[candidate]
        if (skip[index] === 1) continue
        const char = text[index]
        if (char === '（' || char === '(') rounds.push(index)
        else if (char === '《') books.push(index)
        else if (char === '》') {
          if (books.pop() === undefined) report({messageId: 'unbalanced', data: {mark: '》', partner: '《'}, at: span(index, index + 1)})
        } else if (char === '）' || char === ')') {
          const open = rounds.pop()
          if (open === undefined) {
            const lineStart = Math.max(start, text.lastIndexOf('\n', index - 1) + 1)
            if (!ENUMERATOR.test(text.slice(lineStart, index))) {
              report({messageId: 'unbalanced', data: {mark: char, partner: char === ')' ? '(' : '（'}, at: span(index, index + 1)})
            }
            continue
          }
          const openChar = text[open]
          if (openChar === '(' && char === ')') {
            if (CHINESE.test(text.slice(open + 1, index)) || chineseBefore(open) || chineseAfter(index)) {
              report({messageId: 'halfwidth-brackets', at: span(open, index + 1), fix: (fixer) => [toFullWidth(fixer, open), toFullWidth(fixer, index)]})
            }
          } else if (openChar !== '（' || char !== '）') {
            const half = openChar === '(' ? open : index
            report({messageId: 'mismatched', data: {open: openChar, close: char}, at: span(open, index + 1), fix: (fixer) => toFullWidth(fixer, half)})
          }
        } else if (MARKS.test(char) && (chineseBefore(index) || chineseAfter(index))) {
          report({messageId: 'halfwidth', data: {actual: char, expected: FULL_WIDTH[char]}, at: span(index, index + 1), fix: (fixer) => toFullWidth(fixer, index)})
        }
      }
      for (const open of rounds) {
        report({messageId: 'unbalanced', data: {mark: text[open], partner: text[open] === '(' ? ')' : '）'}, at: span(open, open + 1)})
      }
      for (const open of books) report({messageId: 'unbalanced', data: {mark: '《', partner: '》'}, at: span(open, open + 1)})
    }
  },
)

/**
 * Marks other rules own, so that one fault gets one finding: the addressee's separators and colon
 * (addressee-format), the 附件说明's lead, labels and closing marks (attachment-format), the title's
 * closing mark (title-format), cited numbers and their brackets (cited-number-format), repealed
 * numbers (repeal-note-format), responsible-unit annotations (responsible-unit-format).
 */
function ownedSpans(notice: Notice): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  const text = notice.text
  const title = notice.title
  if (title) {
    const trailing = TITLE_END_PUNCTUATION.exec(title.text)
    if (trailing) spans.push([title.position.end.offset - trailing[0].length, title.position.end.offset])
  }
  const addressee = notice.addressee
  if (addressee) {
    const start = addressee.position.start.offset
    for (const [index, char] of [...addressee.text].entries()) if (char === ',') spans.push([start + index, start + index + 1])
    spans.push([addressee.position.end.offset - 1, addressee.position.end.offset])
  }
  for (const note of [notice.attachmentNote, ...notice.sections.map((section) => section.attachmentNote)]) {
    if (!note) continue
    spans.push([note.lead.position.start.offset, note.lead.position.end.offset])
    for (const item of note.items) {
      spans.push([item.position.start.offset, item.title.position.start.offset])
      const trailing = TITLE_END_PUNCTUATION.exec(item.title.text)
      if (trailing) spans.push([item.title.position.end.offset - trailing[0].length, item.title.position.end.offset])
    }
  }
  for (const citation of notice.citations) {
    let start = citation.position.start.offset
    let end = citation.position.end.offset
    while (start > 0 && /\s/u.test(text[start - 1])) start--
    while (end < text.length && /\s/u.test(text[end])) end++
    if (start > 0 && /[（(]/u.test(text[start - 1])) start--
    if (end < text.length && /[）)]/u.test(text[end])) end++
    spans.push([start, end])
  }
  for (const note of notice.repealNotes) {
    const group = note.numberGroup ?? note.number
    if (group) spans.push([group.position.start.offset, group.position.end.offset])
  }
  for (const annotation of notice.annotations) spans.push([annotation.position.start.offset, annotation.position.end.offset])
  return spans
}
