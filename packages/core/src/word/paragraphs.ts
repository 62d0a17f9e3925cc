/**
 * The body of a Word document as the paragraphs a reader sees once every tracked change is accepted:
 * inserted text in, deleted text out, a deleted paragraph mark joining two paragraphs, a deleted table row
 * gone; each change is remembered where it stands. Tables keep their rows and cells. Footnotes, comments,
 * field codes, drawings and text boxes are not the draft's text and are left out.
 */
import type {RunProperties, ParagraphProperties, WordStyles} from './styles.js'
import {child, elementsOf, textOf, type XmlElement} from './xml.js'

export interface WordRun {
  start: number
  end: number
  properties: RunProperties
}

export interface WordRevision {
  kind: 'inserted' | 'deleted' | 'formatting' | 'paragraph-mark'
  /** Offset in the paragraph's accepted text (a deletion stands where its text was). */
  at: number
  length: number
  text: string
}

export interface WordParagraph {
  /** The accepted text, without the marker of automatic numbering. */
  text: string
  runs: WordRun[]
  revisions: WordRevision[]
  properties: ParagraphProperties
  /** The heading level its style or outline level gives (1 for a title style). */
  headingLevel?: number
  /** The paragraph mark is a tracked deletion: accepted, the paragraph runs on into the next one. */
  joinsNext: boolean
}

export type WordBlock = {kind: 'paragraph'; paragraph: WordParagraph} | {kind: 'table'; rows: WordParagraph[][][]}

/** Elements that only wrap runs or paragraphs: their content is read as if they were not there. */
const WRAPPERS = new Set(['w:hyperlink', 'w:smartTag', 'w:customXml', 'w:dir', 'w:bdo', 'w:fldSimple', 'w:ins', 'w:moveTo'])
const DELETIONS = new Set(['w:del', 'w:moveFrom'])
/** Symbol fonts map their glyphs to private-use code points that are no text. */
const SYMBOL_FONT = /symbol|wingdings|webdings/iu

/** Walks a document's body; `styles` resolves each run's properties. */
export function readBody(document: XmlElement, styles: WordStyles): WordBlock[] {
  const body = child(document, 'w:body')
  const blocks: WordBlock[] = []
  // A complex field (`w:fldChar`) can span runs and paragraphs: its code is hidden, its result shown.
  const fields: Array<'code' | 'result'> = []
  let pendingRevisions: WordRevision[] = []

  const readParagraph = (element: XmlElement): WordParagraph => {
    const pPr = child(element, 'w:pPr')
    const markProperties = child(pPr, 'w:rPr')
    const paragraph: WordParagraph = {
      text: '',
      runs: [],
      revisions: pendingRevisions,
      properties: styles.paragraphProperties(pPr),
      headingLevel: headingLevelOf(styles, pPr),
      joinsNext: child(markProperties, 'w:del') !== undefined || child(markProperties, 'w:moveFrom') !== undefined,
    }
    pendingRevisions = []
    const note = (kind: WordRevision['kind'], at: number, length: number, text = '') => paragraph.revisions.push({kind, at, length, text})
    if (child(pPr, 'w:pPrChange')) note('formatting', 0, 0)
    if (paragraph.joinsNext || child(markProperties, 'w:ins') || child(markProperties, 'w:moveTo')) note('paragraph-mark', 0, 0)

    const readRun = (run: XmlElement, deleted: boolean) => {
      const rPr = child(run, 'w:rPr')
      let text = ''
      for (const part of elementsOf(run)) text += runText(part, fields, deleted)
      if (deleted) {
        if (text) note('deleted', paragraph.text.length, 0, text)
        return
      }
      if (child(rPr, 'w:rPrChange')) note('formatting', paragraph.text.length, text.length)
      if (!text) return
      const start = paragraph.text.length
      paragraph.text += text
      paragraph.runs.push({start, end: paragraph.text.length, properties: styles.runProperties(pPr, rPr)})
    }

    const readContent = (container: XmlElement, deleted: boolean) => {
      for (const node of elementsOf(container)) {
        if (node.name === 'w:r') readRun(node, deleted)
        else if (DELETIONS.has(node.name)) readContent(node, true)
        else if (node.name === 'w:ins' || node.name === 'w:moveTo') {
          const start = paragraph.text.length
          readContent(node, deleted)
          if (paragraph.text.length > start) note('inserted', start, paragraph.text.length - start, paragraph.text.slice(start))
        } else if (WRAPPERS.has(node.name)) readContent(node, deleted)
        else if (node.name === 'w:sdt') readContent(child(node, 'w:sdtContent') ?? node, deleted)
        else if (node.name === 'mc:AlternateContent') readContent(child(node, 'mc:Choice') ?? node, deleted)
        else if (node.name === 'w:ruby') readContent(child(node, 'w:rubyBase') ?? node, deleted)
      }
    }
    readContent(element, false)
    return paragraph
  }

  /** A table's rows of cells of paragraphs; a table inside a cell is read into that cell. */
  const readTable = (table: XmlElement): WordParagraph[][][] => {
    const rows: WordParagraph[][][] = []
    for (const row of rowsOf(table)) {
      const trPr = child(row, 'w:trPr')
      if (child(trPr, 'w:del')) {
        // A deleted row is gone once accepted; the change is told at the paragraph that follows it.
        pendingRevisions.push({kind: 'deleted', at: 0, length: 0, text: rowText(row)})
        continue
      }
      const insertedRow = child(trPr, 'w:ins') !== undefined
      const cells: WordParagraph[][] = []
      for (const cell of cellsOf(row)) {
        const paragraphs: WordParagraph[] = []
        const collect = (container: XmlElement) => {
          for (const node of elementsOf(container)) {
            if (node.name === 'w:p') paragraphs.push(readParagraph(node))
            else if (node.name === 'w:tbl') for (const nested of readTable(node)) for (const nestedCell of nested) paragraphs.push(...nestedCell)
            else if (node.name === 'w:sdt') collect(child(node, 'w:sdtContent') ?? node)
            else if (node.name === 'w:customXml') collect(node)
          }
        }
        collect(cell)
        if (insertedRow && paragraphs[0]) paragraphs[0].revisions.push({kind: 'inserted', at: 0, length: paragraphs[0].text.length, text: paragraphs[0].text})
        cells.push(paragraphs)
      }
      rows.push(cells)
    }
    return rows
  }

  const readBlocks = (container: XmlElement | undefined) => {
    for (const node of elementsOf(container)) {
      if (node.name === 'w:p') blocks.push({kind: 'paragraph', paragraph: readParagraph(node)})
      else if (node.name === 'w:tbl') blocks.push({kind: 'table', rows: readTable(node)})
      else if (node.name === 'w:sdt') readBlocks(child(node, 'w:sdtContent'))
      else if (node.name === 'w:customXml') readBlocks(node)
      else if (node.name === 'mc:AlternateContent') readBlocks(child(node, 'mc:Choice'))
    }
  }
  readBlocks(body)
  return joinDeletedMarks(blocks)
}

function headingLevelOf(styles: WordStyles, pPr: XmlElement | undefined): number | undefined {
  const byStyle = styles.headingLevel(pPr)
  if (byStyle !== undefined) return byStyle
  const outline = styles.paragraphProperties(pPr).outlineLevel
  return outline !== undefined && outline < 9 ? outline + 1 : undefined
}

/** The rows of a table, through the content controls and custom XML that may wrap them. */
function rowsOf(table: XmlElement): XmlElement[] {
  return elementsOf(table).flatMap((node) =>
    node.name === 'w:tr' ? [node] : node.name === 'w:sdt' || node.name === 'w:customXml' ? rowsOf(child(node, 'w:sdtContent') ?? node) : [],
  )
}

function cellsOf(row: XmlElement): XmlElement[] {
  return elementsOf(row).flatMap((node) =>
    node.name === 'w:tc' ? [node] : node.name === 'w:sdt' || node.name === 'w:customXml' ? cellsOf(child(node, 'w:sdtContent') ?? node) : [],
  )
}

/** The text a deleted row held, to say what was deleted. */
function rowText(row: XmlElement): string {
  const texts: string[] = []
  const walk = (element: XmlElement) => {
    if (element.name === 'w:t' || element.name === 'w:delText') texts.push(textOf(element))
    for (const node of elementsOf(element)) walk(node)
  }
  walk(row)
  return texts.join('')
}

/**
 * What one element of a run prints: text, a tab, a line break. `w:delText` is the text of a deletion;
 * field codes, footnote marks, drawings and symbol-font glyphs print nothing the draft reads.
 */
function runText(part: XmlElement, fields: Array<'code' | 'result'>, deleted: boolean): string {
  switch (part.name) {
    case 'w:fldChar': {
      const type = part.attributes['w:fldCharType']
      if (type === 'begin') fields.push('code')
      else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = 'result'
      else if (type === 'end') fields.pop()
      return ''
    }
    case 'w:t':
    case 'w:delText':
      return fields.includes('code') || (part.name === 'w:delText') !== deleted ? '' : textOf(part)
    case 'w:tab':
    case 'w:ptab':
      return fields.includes('code') ? '' : '\t'
    case 'w:br': {
      const type = part.attributes['w:type']
      return fields.includes('code') || type === 'page' || type === 'column' ? '' : '\n'
    }
    case 'w:cr':
      return fields.includes('code') ? '' : '\n'
    case 'w:noBreakHyphen':
      return fields.includes('code') ? '' : '-'
    case 'w:sym': {
      const code = Number.parseInt(part.attributes['w:char'] ?? '', 16)
      if (fields.includes('code') || SYMBOL_FONT.test(part.attributes['w:font'] ?? '') || !Number.isFinite(code) || (code >= 0xf000 && code <= 0xf0ff)) return ''
      return String.fromCodePoint(code)
    }
    default:
      return ''
  }
}

/** Accepting the deletion of a paragraph mark runs that paragraph on into the next one (in the body or a cell). */
function joinDeletedMarks(blocks: WordBlock[]): WordBlock[] {
  const joined: WordBlock[] = []
  let carry: WordParagraph | undefined
  for (const block of blocks) {
    if (block.kind === 'table') {
      if (carry) joined.push({kind: 'paragraph', paragraph: carry})
      carry = undefined
      joined.push({kind: 'table', rows: block.rows.map((row) => row.map(joinParagraphs))})
      continue
    }
    const paragraph = carry ? append(carry, block.paragraph) : block.paragraph
    carry = undefined
    if (paragraph.joinsNext) carry = paragraph
    else joined.push({kind: 'paragraph', paragraph})
  }
  if (carry) joined.push({kind: 'paragraph', paragraph: carry})
  return joined
}

function joinParagraphs(paragraphs: WordParagraph[]): WordParagraph[] {
  const joined: WordParagraph[] = []
  let carry: WordParagraph | undefined
  for (const next of paragraphs) {
    const paragraph = carry ? append(carry, next) : next
    carry = paragraph.joinsNext ? paragraph : undefined
    if (!carry) joined.push(paragraph)
  }
  if (carry) joined.push(carry)
  return joined
}

/** The first paragraph with the second run on after it: its text, runs and changes, shifted. */
function append(first: WordParagraph, second: WordParagraph): WordParagraph {
  const shift = first.text.length
  return {
    ...first,
    text: first.text + second.text,
    runs: [...first.runs, ...second.runs.map((run) => ({...run, start: run.start + shift, end: run.end + shift}))],
    revisions: [...first.revisions, ...second.revisions.map((revision) => ({...revision, at: revision.at + shift}))],
    joinsNext: second.joinsNext,
  }
}

