/**
 * A Word document's paragraphs rendered as the canonical Markdown draft (what `gazette-lint convert` writes
 * and what the rules read): a paragraph a block, automatic numbering printed as its marker, the title and
 * enclosure titles as level-1 headings (by style, or by position and form), heading styles as headings,
 * tables as pipe tables. A source map ties every character of the rendering that comes from the document to
 * its paragraph (第 N 段) and the character within it; what the rendering adds (`# `, escapes, `|`) maps to
 * nothing. Word's layout facts (fonts, sizes, colours), tracked changes and unprintable numbering come
 * with it, positioned in the rendering.
 */
import {createLocator} from '../notice/locator.js'
import type {Located, WordFacts, WordNumberingFacts, WordParagraphFacts, WordRevisionFacts} from '../notice/types.js'
import {isStructuralLine} from '../notice/units.js'
import {ATTACHMENT_LABEL} from '../recognisers/attachment.js'
import {readMarker} from '../recognisers/numerals.js'
import {documentNamedIn, looksLikeTitle, normalizeTitle} from '../recognisers/title.js'
import type {WordNumbering} from './numbering.js'
import type {WordBlock, WordParagraph, WordRevision} from './paragraphs.js'
import {isRed} from './colour.js'
import {codePoints, type WordSource} from './source-map.js'

export interface WordRendering {
  text: string
  source: WordSource
  facts: WordFacts
}

/** A paragraph as printed: its automatic marker (and what follows it) before its text. */
interface Printed {
  paragraph: WordParagraph
  text: string
  markerLength: number
  problem?: {problem: 'undefined'} | {problem: 'format'; format: string}
  inTable: boolean
  /** 第 N 段: paragraphs that print nothing are not counted. */
  number?: number
}

/** A stretch of the rendering copied from a paragraph: [start, end) in the rendering, from `offset` in the printed text. */
interface Segment {
  start: number
  end: number
  printed: Printed
  offset: number
}

const TITLE_FONT = /小标宋/u
/** A line Markdown would read as block syntax, not as the text it is. */
const BLOCK_SYNTAX = /^(?:#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|(?:\*[ \t]*){3,}$|(?:-[ \t]*){3,}$|(?:_[ \t]*){3,}$|=+[ \t]*$|`{3,}|~{3,}|<|\[[^\]]*\]:)/u
const SENTENCE_END = /[。；;，,：:！!？?]$/u

/** What one value every run of a paragraph agrees on (those `counts`), else undefined. */
function agreed<T>(runs: WordParagraph['runs'], text: string, counts: (piece: string) => boolean, value: (run: WordParagraph['runs'][number]) => T | undefined): T | undefined {
  let found: T | undefined
  let any = false
  for (const run of runs) {
    if (!counts(text.slice(run.start, run.end))) continue
    const own = value(run)
    if (own === undefined || (any && own !== found)) return undefined
    found = own
    any = true
  }
  return found
}

const HAS_CHINESE = (piece: string) => /[\u3400-\u9fff]/u.test(piece)
const HAS_TEXT = (piece: string) => /\S/u.test(piece)

function printAll(blocks: WordBlock[], numbering: WordNumbering): {body: Array<Printed | Printed[][][]>; all: Printed[]} {
  const all: Printed[] = []
  const print = (paragraph: WordParagraph, inTable: boolean): Printed => {
    const numbered = paragraph.properties.numId !== undefined ? numbering.next(paragraph.properties.numId, paragraph.properties.level ?? 0) : undefined
    const lead = numbered && 'marker' in numbered ? numbered.marker + numbered.suffix : ''
    const printed: Printed = {paragraph, text: lead + paragraph.text, markerLength: lead.length, inTable, ...(numbered && 'problem' in numbered ? {problem: numbered} : {})}
    all.push(printed)
    return printed
  }
  const body = blocks.map((block) => (block.kind === 'paragraph' ? print(block.paragraph, false) : block.rows.map((row) => row.map((cell) => cell.map((paragraph) => print(paragraph, true))))))
  let number = 0
  for (const printed of all) if (printed.text.trim()) printed.number = ++number
  return {body, all}
}

/** The size most of the body's text is set in (half-points), the yardstick of a larger title. */
function usualSize(paragraphs: Printed[]): number | undefined {
  const weights = new Map<number, number>()
  for (const {paragraph} of paragraphs) {
    for (const run of paragraph.runs) if (run.properties.size) weights.set(run.properties.size, (weights.get(run.properties.size) ?? 0) + run.end - run.start)
  }
  return [...weights.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
}

const oneLine = (text: string) => text.replace(/\n/gu, '').trim()
const isCentred = (printed: Printed) => printed.paragraph.properties.alignment === 'center'

/**
 * The paragraphs of the title among the first six that print text: a title style, or a title's shape (`关于…的通知`),
 * also over up to three centred paragraphs a long title was typed on; failing those, the first centred paragraph
 * set as a title is (in a title's font or larger than the text, not red as the 版头 is).
 */
function findTitle(paragraphs: Printed[]): number[] {
  const first = paragraphs.slice(0, 6)
  for (let index = 0; index < first.length; index++) {
    const printed = first[index]
    if ((printed.paragraph.headingLevel === 1 && !readMarker(printed.text)) || looksLikeTitle(oneLine(printed.text))) return [index]
    if (!isCentred(printed) || isStructuralLine(oneLine(printed.text))) continue
    let joined = oneLine(printed.text)
    for (let next = index + 1; next < Math.min(first.length, index + 3); next++) {
      if (!isCentred(first[next]) || isStructuralLine(oneLine(first[next].text))) break
      joined += oneLine(first[next].text)
      if (looksLikeTitle(joined)) return Array.from({length: next - index + 1}, (_, offset) => index + offset)
    }
  }
  const size = usualSize(paragraphs)
  const setAsTitle = first.findIndex((printed) => {
    const text = oneLine(printed.text)
    if (!isCentred(printed) || isStructuralLine(text) || readMarker(text) || SENTENCE_END.test(text)) return false
    const {runs} = printed.paragraph
    if (runs.some((run) => run.properties.colour !== undefined && isRed(run.properties.colour))) return false
    return runs.some((run) => TITLE_FONT.test(run.properties.font ?? '') || (size !== undefined && (run.properties.size ?? 0) > size))
  })
  return setAsTitle >= 0 ? [setAsTitle] : []
}


/** The documents a title issues, as titles are compared: its `《…》`, or the name between `关于印发` and `的`. */
function issuedBy(title: string): Set<string> {
  const names = [...title.matchAll(/《([^《》]+)》/gu)].map((match) => match[1])
  const subject = title.slice(Math.max(0, title.indexOf('关于')))
  const named = documentNamedIn(subject)
  if (named && names.length === 0) names.push(subject.slice(named.start, named.end))
  return new Set(names.map(normalizeTitle))
}

/** The heading level of each body paragraph after the title (undefined: a plain paragraph). */
function headingLevels(paragraphs: Printed[], title: number[]): Map<Printed, number> {
  const levels = new Map<Printed, number>()
  if (title.length === 0) return levels
  const titleText = title.map((index) => oneLine(paragraphs[index].text)).join('')
  for (const index of title) levels.set(paragraphs[index], 1)
  const issued = issuedBy(titleText)
  const size = usualSize(paragraphs)
  for (let index = title[title.length - 1] + 1; index < paragraphs.length; index++) {
    const printed = paragraphs[index]
    const text = oneLine(printed.text)
    const styled = printed.paragraph.headingLevel
    if (styled !== undefined) {
      // A numbered section (`一、总体要求`) set in a heading style is a section, never a title of its own.
      levels.set(printed, styled === 1 && readMarker(text) ? 2 : Math.min(styled, 6))
      continue
    }
    if (text.length > 60 || isStructuralLine(text) || readMarker(text) || SENTENCE_END.test(text)) continue
    const afterLabel = index > 0 && ATTACHMENT_LABEL.test(oneLine(paragraphs[index - 1].text))
    const runs = printed.paragraph.runs
    const larger = size !== undefined && runs.some((run) => (run.properties.size ?? 0) > size)
    const titleLike = isCentred(printed) && (larger || runs.some((run) => TITLE_FONT.test(run.properties.font ?? '') || run.properties.bold))
    if (afterLabel || issued.has(normalizeTitle(text)) || titleLike) levels.set(printed, 1)
  }
  return levels
}

/** Renders the blocks of a document; `numbering` counts its numbered paragraphs in order. */
export function renderWordDraft(blocks: WordBlock[], numbering: WordNumbering): WordRendering {
  const {body, all} = printAll(blocks, numbering)
  const bodyParagraphs = body.filter((block): block is Printed => !Array.isArray(block) && block.number !== undefined)
  const title = findTitle(bodyParagraphs)
  const levels = headingLevels(bodyParagraphs, title)
  const titleParts = new Set(title.map((index) => bodyParagraphs[index]))

  let out = ''
  const segments: Segment[] = []
  const copy = (printed: Printed, start: number, end: number) => {
    if (end <= start) return
    segments.push({start: out.length, end: out.length + end - start, printed, offset: start})
    out += printed.text.slice(start, end)
  }
  const add = (text: string) => {
    out += text
  }
  /** The lines of a paragraph, ASCII indentation dropped and block syntax escaped; `inline` joins them (a heading). */
  const paragraphLines = (printed: Printed, inline: boolean) => {
    let offset = 0
    printed.text.split('\n').forEach((line, index) => {
      const lineStart = offset
      offset += line.length + 1
      if (index > 0 && !inline) copy(printed, lineStart - 1, lineStart)
      const indent = /^[ \t]*/u.exec(line)![0].length
      const content = line.slice(indent)
      if (!inline && BLOCK_SYNTAX.test(content)) add('\\')
      copy(printed, lineStart + indent, lineStart + line.length)
    })
  }
  const cellText = (printed: Printed) => {
    printed.text.split('\n').forEach((line, index, lines) => {
      const lineStart = lines.slice(0, index).join('\n').length + (index > 0 ? 1 : 0)
      if (index > 0) add('<br>')
      let from = 0
      for (let at = line.indexOf('|'); at >= 0; at = line.indexOf('|', at + 1)) {
        copy(printed, lineStart + from, lineStart + at)
        add('\\')
        from = at
      }
      copy(printed, lineStart + from, lineStart + line.length)
    })
  }

  for (const block of body) {
    if (Array.isArray(block)) {
      if (block.length === 0) continue
      if (out) add('\n\n')
      const width = Math.max(...block.map((row) => row.length))
      block.forEach((row, rowIndex) => {
        if (rowIndex > 0) add('\n')
        add('|')
        for (let column = 0; column < width; column++) {
          add(' ')
          ;(row[column] ?? []).filter((printed) => printed.number !== undefined).forEach((printed, index) => {
            if (index > 0) add('<br>')
            cellText(printed)
          })
          add(' |')
        }
        if (rowIndex === 0) add(`\n|${'---|'.repeat(width)}`)
      })
      continue
    }
    if (block.number === undefined) continue
    const level = levels.get(block)
    // The parts of a title typed over several paragraphs make one heading.
    const continuesTitle = titleParts.has(block) && block !== bodyParagraphs[title[0]]
    if (!continuesTitle && out) add('\n\n')
    if (level !== undefined && !continuesTitle) add(`${'#'.repeat(level)} `)
    paragraphLines(block, level !== undefined)
  }
  if (out) add('\n')
  return {text: out, source: sourceOf(segments, all), facts: factsOf(out, segments, all)}
}

function sourceOf(segments: Segment[], all: Printed[]): WordSource {
  return {
    paragraphs: all.filter((printed) => printed.number !== undefined).length,
    segments: segments.map(({start, end, printed, offset}) => [start, end, printed.number!, codePoints(printed.text.slice(0, offset)) + 1]),
  }
}

/** Where an offset of a paragraph's printed text stands in the rendering: in a stretch copied from it, else the nearest. */
function renderedOffset(own: Segment[], offset: number): number {
  for (const segment of own) if (offset < segment.offset + segment.end - segment.start) return offset >= segment.offset ? segment.start + offset - segment.offset : segment.start
  return own[own.length - 1].end
}

function factsOf(text: string, segments: Segment[], all: Printed[]): WordFacts {
  const locator = createLocator(text)
  const byPrinted = new Map<Printed, Segment[]>()
  for (const segment of segments) byPrinted.set(segment.printed, [...(byPrinted.get(segment.printed) ?? []), segment])
  const paragraphs: WordParagraphFacts[] = []
  const revisions: WordRevisionFacts[] = []
  const numbering: WordNumberingFacts[] = []
  // Changes in a paragraph that prints nothing once accepted are told where the next one that prints starts.
  let carried: WordRevision[] = []
  for (const printed of all) {
    const own = byPrinted.get(printed)
    if (printed.number === undefined || !own) {
      carried.push(...printed.paragraph.revisions)
      continue
    }
    const paragraph = printed.number
    const located = (start: number, end: number): Located => ({text: text.slice(start, end), position: locator.span(start, end)})
    const {runs, text: runText} = printed.paragraph
    const first = own[0].start
    paragraphs.push({
      paragraph,
      ...located(first, own[own.length - 1].end),
      font: agreed(runs, runText, HAS_CHINESE, (run) => run.properties.font),
      size: agreed(runs, runText, HAS_TEXT, (run) => run.properties.size),
      colour: agreed(runs, runText, HAS_TEXT, (run) => run.properties.colour),
      centred: isCentred(printed),
      inTable: printed.inTable,
    })
    if (printed.problem) numbering.push({paragraph, ...located(first, first), ...printed.problem})
    const changes = [...carried, ...printed.paragraph.revisions]
    const places = [
      ...carried.map(() => [first, first]),
      ...printed.paragraph.revisions.map((change) => {
        const start = renderedOffset(own, printed.markerLength + change.at)
        return [start, change.length > 0 ? renderedOffset(own, printed.markerLength + change.at + change.length - 1) + 1 : start]
      }),
    ]
    carried = []
    if (changes.length === 0) continue
    revisions.push({
      paragraph,
      ...located(Math.min(...places.map(([start]) => start)), Math.max(...places.map(([, end]) => end))),
      inserted: changes.filter((change) => change.kind === 'inserted').map((change) => change.text),
      deleted: changes.filter((change) => change.kind === 'deleted').map((change) => change.text),
      formatting: changes.filter((change) => change.kind === 'formatting').length,
      paragraphMarks: changes.filter((change) => change.kind === 'paragraph-mark').length,
    })
  }
  return {paragraphs, revisions, numbering}
}

