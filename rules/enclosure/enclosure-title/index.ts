import {defineRule, normalizeTitle, type Located, type Locator, type Notice} from '@gazette-lint/core'
import {description, messages} from './messages.js'

/** The verb of a cover's 印发 clause (`现印发给你们`, `现将《…》印发给你们`). */
const ISSUE_VERB = /印发|下发|转发|颁发/gu

export default defineRule(
  {id: 'enclosure-title', family: 'enclosure', severity: 'warning', type: 'suggestion', fixable: false, description, messages},
  ({notice, report}) => {
    const enclosures = notice.sections.filter((section) => section.kind === 'enclosure' && section.heading)
    const locator = notice.locator
    if (enclosures.length === 0) {
      // Nothing printed after the cover (the document is on the website, or issued as 附件): the name in
      // the title and the one quoted in the cover still agree (001:2871 / 2879).
      const [title] = namedInTitle(notice, 1) ?? []
      const [cover] = quotedInCover(notice, 1, locator) ?? []
      if (title && cover && (notice.title?.quotedTitles.length ?? 0) <= 1 && normalizeTitle(title.text) !== normalizeTitle(cover.text)) {
        report({messageId: 'title-vs-cover', data: {title: title.text, cover: cover.text}, at: title})
      }
      return
    }
    // A title naming more or fewer documents than are enclosed: the names cannot be paired with the headings.
    const titleCount = notice.title?.issuesDocument ? notice.title.quotedTitles.length : 0
    if (titleCount > 0 && titleCount !== enclosures.length) return
    const named = namedInTitle(notice, enclosures.length)
    const quoted = quotedInCover(notice, enclosures.length, locator)

    for (const [index, section] of enclosures.entries()) {
      const heading = section.heading!
      const title = named?.[index]
      const cover = quoted?.[index]
      const same = (a: Located, b: Located) => normalizeTitle(a.text) === normalizeTitle(b.text)
      if (title && cover) {
        const headingCover = same(heading, cover)
        const headingTitle = same(heading, title)
        if (headingCover && headingTitle) continue
        if (!headingCover && !headingTitle && same(cover, title)) {
          report({messageId: 'heading-vs-both', data: {heading: heading.text, expected: cover.text}, at: heading})
          continue
        }
        if (!headingTitle) report({messageId: 'title', data: {title: title.text, expected: heading.text}, at: title})
        if (!headingCover) report({messageId: 'cover', data: {cover: cover.text, expected: heading.text}, at: cover})
      } else if (title && !same(heading, title)) {
        report({messageId: 'title', data: {title: title.text, expected: heading.text}, at: title})
      } else if (cover && !same(heading, cover)) {
        report({messageId: 'cover', data: {cover: cover.text, expected: heading.text}, at: cover})
      }
    }
  },
)

/**
 * The documents the notice title names after 印发: its `《…》` titles, or, without marks, the whole name
 * between `关于印发` and `的通知` (only for a single enclosure: several unmarked names cannot be told apart).
 */
function namedInTitle(notice: Notice, count: number): Located[] | undefined {
  const title = notice.title
  if (!title?.issuesDocument) return undefined
  if (title.quotedTitles.length > 0) return title.quotedTitles
  if (count !== 1 || !title.docType || title.issued.length === 0) return undefined
  const start = title.issued[0].position.start
  const end = title.issued[title.issued.length - 1].position.end
  return [{text: notice.text.slice(start.offset, end.offset), position: {start, end}}]
}

/**
 * The titles quoted in the first paragraph of the cover that name the enclosures: the last `count`
 * `《…》` of the sentence holding the 印发 clause (or, when it quotes none, of the text before it).
 */
function quotedInCover(notice: Notice, count: number, locator: Locator): Located[] | undefined {
  const unit = notice.units[notice.body.firstUnit]
  if (!unit || notice.body.firstUnit > notice.body.lastUnit || unit.index >= notice.coverEnd) return undefined
  if (unit.kind === 'heading' || unit.kind === 'table') return undefined
  const text = unit.text
  // `（以下简称《目录》）` names a short form for later mentions, not the document issued.
  const quotes = topLevelQuotes(text).filter((quote) => !/简称\s*$/u.test(text.slice(Math.max(0, quote.start - 4), quote.start - 1)))
  if (quotes.length === 0) return undefined
  const outside = (offset: number) => !quotes.some((quote) => offset >= quote.start - 1 && offset <= quote.end)
  let verb = text.length
  for (const match of text.matchAll(ISSUE_VERB)) {
    if (outside(match.index ?? 0)) {
      verb = match.index ?? 0
      break
    }
  }
  const sentenceStart = Math.max(text.lastIndexOf('。', verb - 1), text.lastIndexOf('；', verb - 1)) + 1
  const before = quotes.filter((quote) => quote.end <= verb)
  const inSentence = before.filter((quote) => quote.start >= sentenceStart)
  const candidates = inSentence.length > 0 ? inSentence : before
  if (candidates.length < count) return undefined
  const base = unit.position.start.offset
  return candidates.slice(-count).map((quote) => ({text: text.slice(quote.start, quote.end), position: locator.span(base + quote.start, base + quote.end)}))
}

/** The inner spans of top-level `《…》` (nested `《》` and `〈〉` stay inside). */
function topLevelQuotes(text: string): Array<{start: number; end: number}> {
  const quotes: Array<{start: number; end: number}> = []
  let depth = 0
  let start = 0
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '《') {
      if (depth === 0) start = index + 1
      depth++
    } else if (text[index] === '》' && depth > 0) {
      depth--
      if (depth === 0) quotes.push({start, end: index})
    }
  }
  return quotes
}
