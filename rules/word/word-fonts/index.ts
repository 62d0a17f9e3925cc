import {defineRule, wordParagraphsOf, type Notice, type Unit, type WordParagraphFacts} from '@gazette-lint/core'
import {description, messages} from './messages.js'

const TITLE_FONT = /小标宋/u
const BODY_FONT = /仿宋|fangsong/iu
/** GB/T 9704-2012 7.3.3: 第一层用黑体字、第二层用楷体字, the third and fourth in the text's 仿宋. */
const HEADING_FONTS: Record<1 | 2, {font: RegExp; expected: string}> = {
  1: {font: /黑体|simhei|heiti/iu, expected: '黑体'},
  2: {font: /楷体|kaiti/iu, expected: '楷体'},
}
const TITLE_SIZE = 44
const BODY_SIZE = 32
/** Word's Chinese size names by half-points. */
const SIZE_NAMES: Record<number, string> = {84: '初号', 72: '小初', 52: '一号', 48: '小一', 44: '二号', 36: '小二', 32: '三号', 30: '小三', 28: '四号', 24: '小四', 21: '五号', 18: '小五'}
const sizeName = (size: number) => SIZE_NAMES[size] ?? `${size / 2}pt`

/** A numbered line that is a heading of its own (`一、总体要求`), not a paragraph opening with a number. */
const isHeadingLine = (unit: Unit) => !/[。；;]/u.test(unit.text) && unit.text.length <= 40

/** The Word paragraphs of the cover's units from the title on, each once, tables aside. */
function paragraphsOf(notice: Notice, units: Unit[]): WordParagraphFacts[] {
  const found = new Set<WordParagraphFacts>()
  for (const unit of units) for (const paragraph of wordParagraphsOf(notice, unit)) if (!paragraph.inTable) found.add(paragraph)
  return [...found]
}

/** One finding for the paragraphs whose font (or size) is known and not the expected one, at the first of them. */
function reportMismatches(paragraphs: WordParagraphFacts[], wrong: (paragraph: WordParagraphFacts) => boolean, report: (first: WordParagraphFacts, count: number) => void) {
  const mismatched = paragraphs.filter(wrong)
  if (mismatched.length > 0) report(mismatched[0], mismatched.length)
}

export default defineRule(
  {id: 'word-fonts', family: 'word', severity: 'info', type: 'layout', fixable: false, description, messages},
  ({notice, report}) => {
    const {title} = notice
    if (!notice.word || !title) return
    const titleParagraphs = wordParagraphsOf(notice, title).filter((paragraph) => !paragraph.inTable)
    reportMismatches(titleParagraphs, ({font}) => font !== undefined && !TITLE_FONT.test(font), (first) => report({messageId: 'title-font', data: {font: first.font!}, at: first}))
    reportMismatches(titleParagraphs, ({size}) => size !== undefined && size !== TITLE_SIZE, (first) => report({messageId: 'title-size', data: {size: sizeName(first.size!)}, at: first}))

    // The cover after the title; enclosures and attachments are printed as their own issuers set them.
    const titleUnit = notice.units.findIndex((unit) => unit.position.start.offset === title.position.start.offset)
    const cover = notice.units.slice(titleUnit + 1, notice.coverEnd).filter((unit) => unit.kind !== 'table' && unit.kind !== 'other')
    const headings = new Map<1 | 2, Unit[]>([[1, []], [2, []]])
    // Items of the first two levels are set in their own fonts, wholly or in their lead: no part of the text's 仿宋.
    const itemUnits = new Set<number>()
    for (const item of notice.items) {
      if (item.scope !== -1 || (item.level !== 1 && item.level !== 2)) continue
      const unit = notice.units[item.unitIndex]
      itemUnits.add(unit.index)
      if (isHeadingLine(unit)) headings.get(item.level)!.push(unit)
    }
    const body = paragraphsOf(notice, cover.filter((unit) => unit.kind !== 'heading' && !itemUnits.has(unit.index)))
    reportMismatches(body, ({font}) => font !== undefined && !BODY_FONT.test(font), (first, count) => report({messageId: 'body-font', data: {font: first.font!, count}, at: first}))
    reportMismatches(body, ({size}) => size !== undefined && size !== BODY_SIZE, (first, count) => report({messageId: 'body-size', data: {size: sizeName(first.size!), count}, at: first}))
    for (const [level, units] of headings) {
      const {font: expectedFont, expected} = HEADING_FONTS[level]
      const marker = level === 1 ? '一、' : '（一）'
      reportMismatches(paragraphsOf(notice, units), ({font}) => font !== undefined && !expectedFont.test(font), (first, count) =>
        report({messageId: 'heading-font', data: {marker, expected, font: first.font!, count}, at: first}),
      )
    }
  },
)
