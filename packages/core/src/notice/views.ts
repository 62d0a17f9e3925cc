/**
 * Views of a Notice that several rules need, derived on first use and kept for that Notice (as
 * markdownlint's cache keeps its filtered token lists per file): the documents a notice issues, the
 * numbered items without 预案 section numbers and their sibling groups, the spans remark parsed as markup.
 * Rules read these instead of deriving them again.
 */
import type {Node, Parent} from 'unist'
import {firstAtOrAfter} from './offsets.js'
import type {Located, Notice, NumberedItem, Point, Unit, WordParagraphFacts} from './types.js'

/** Shared by every rule of a draft: read-only, so that no rule changes what another one reads. */
interface Views {
  issuedDocuments?: readonly Located[]
  issuingSentence?: IssuingSentence | false
  numberingItems?: readonly NumberedItem[]
  siblingGroups?: ReadonlyArray<readonly NumberedItem[]>
  parentItems?: ReadonlySet<NumberedItem>
  markupSpans?: ReadonlyArray<readonly [number, number]>
}

const cache = new WeakMap<Notice, Views>()

function view<K extends keyof Views>(notice: Notice, key: K, derive: (notice: Notice) => NonNullable<Views[K]>): NonNullable<Views[K]> {
  let views = cache.get(notice)
  if (!views) {
    views = {}
    cache.set(notice, views)
  }
  return (views[key] ??= derive(notice)) as NonNullable<Views[K]>
}

/**
 * What the notice issues, each where it is named: the enclosures' headings, then the documents its title
 * issues (`关于印发《…》的通知`); a direct notice issues itself, under its title's subject.
 */
export function issuedDocuments(notice: Notice): readonly Located[] {
  return view(notice, 'issuedDocuments', ({sections, title}) => {
    const issued: Located[] = sections.flatMap((section) => (section.kind === 'enclosure' && section.heading ? [section.heading] : []))
    if (title) issued.push(...(title.issuesDocument ? title.issued : [title.subject]))
    return issued
  })
}

/** `《…》` with one level of nesting: a quoted title's words are not the cover's own (`按照《关于印发…的通知》`). */
const QUOTED_TITLE = /《[^《》]*(?:《[^《》]*》[^《》]*)*》/gu
/** The clause by which a cover issues the enclosed document: `现印发给你们`, `现将《…》印发给你们`, `现予印发`. */
const ISSUE_CLAUSE = /(?:印发|下发|转发|颁发)给?你们|现予以?(?:印发|下发|转发|颁发)|现将[^。；]{0,80}?(?:印发|下发|转发|颁发)/u

/** Where the 印发 clause starts in a unit's text, read without its quoted titles; -1 when it has none. */
function clauseOutsideQuotedTitles(text: string): number {
  // Most units quote no title (and hold no 《): read as they are.
  if (!text.includes('《')) return ISSUE_CLAUSE.exec(text)?.index ?? -1
  const clause = ISSUE_CLAUSE.exec(text.replace(QUOTED_TITLE, ''))
  if (!clause) return -1
  // Back to an offset into `text`: past each quoted title that starts at or before it.
  let offset = clause.index
  for (const quoted of text.matchAll(QUOTED_TITLE)) {
    if (quoted.index > offset) break
    offset += quoted[0].length
  }
  return offset
}

export interface IssuingSentence {
  /** The unit of the cover's body that holds the 印发 clause. */
  unit: Unit
  /** Right after the sentence that holds it (after its `。`), where a repeal note of the cover is written. */
  end: Point
}

/**
 * The sentence of the cover that issues the document (`…现印发给你们，请认真贯彻执行。`), quoted titles aside;
 * undefined when the cover has none (a direct notice).
 */
export function issuingSentence(notice: Notice): IssuingSentence | undefined {
  const found = view(notice, 'issuingSentence', () => {
    for (let index = Math.max(0, notice.body.firstUnit); index <= notice.body.lastUnit && index < notice.coverEnd; index++) {
      const unit = notice.units[index]
      if (unit.kind === 'heading' || unit.kind === 'table') continue
      const at = clauseOutsideQuotedTitles(unit.text)
      if (at < 0) continue
      const stop = unit.text.indexOf('。', at)
      const end = stop >= 0 ? stop + 1 : unit.text.length
      return {unit, end: notice.locator.point(unit.position.start.offset + end)}
    }
    return false
  })
  return found || undefined
}

/** The numbered items, less the 预案 section numbers read as items (`5.应急处置与救援` over `5.1 …`). */
export function numberingItems(notice: Notice): readonly NumberedItem[] {
  return view(notice, 'numberingItems', () => notice.items.filter((item) => !(item.level === 3 && isSectionHeading(notice, item))))
}

/** A `N.` heading whose section goes on with `N.1` within three blocks: decimal section numbering. */
function isSectionHeading(notice: Notice, item: NumberedItem): boolean {
  for (let index = item.unitIndex + 1; index < notice.units.length && index <= item.unitIndex + 3; index++) {
    if (opensSubsection(notice.units[index].text, item.ordinal)) return true
  }
  return false
}

/** Whether a text opens with `N.1` or `N．1` (not `N.10`), behind at most two `*` of emphasis; read without a regex made per item. */
function opensSubsection(text: string, ordinal: number): boolean {
  let at = 0
  while (at < 2 && text[at] === '*') at++
  const number = String(ordinal)
  if (!text.startsWith(number, at)) return false
  at += number.length
  const after = text.charCodeAt(at + 2)
  return (text[at] === '.' || text[at] === '．') && text[at + 1] === '1' && !(after >= 0x30 && after <= 0x39)
}

/** Siblings among the numbering items: one section, one parent, one level; in the order they stand. */
export function siblingGroups(notice: Notice): ReadonlyArray<readonly NumberedItem[]> {
  return view(notice, 'siblingGroups', () => {
    const groups = new Map<string, NumberedItem[]>()
    for (const item of numberingItems(notice)) {
      const key = `${item.scope}|${item.parent ?? -1}|${item.level}`
      const group = groups.get(key)
      if (group) group.push(item)
      else groups.set(key, [item])
    }
    return [...groups.values()]
  })
}

/** Whether an item has items under it (it is a heading of its own list, not a task). */
export function hasSubItems(notice: Notice, item: NumberedItem): boolean {
  return view(notice, 'parentItems', parentItemsOf).has(item)
}

function parentItemsOf({items}: Notice): ReadonlySet<NumberedItem> {
  return new Set(items.flatMap((child) => (child.parent === undefined ? [] : [items[child.parent]])))
}

const ATOMIC_MARKUP = new Set(['inlineCode', 'html', 'image', 'imageReference'])

/**
 * The spans of the text remark parsed as markup rather than prose: code spans, inline HTML and
 * autolinks, images, and the destination part of links (`](…)`; a link's text is prose). Sorted by start.
 */
export function markupSpans(notice: Notice): ReadonlyArray<readonly [number, number]> {
  return view(notice, 'markupSpans', () => {
    const spans: Array<[number, number]> = []
    // Walking every inline node of every block costs more than the rest of the view; only blocks whose
    // source holds a character markup starts with (most drafts have none) can hold markup.
    const tells = markupTells(notice.text)
    if (tells.length === 0) return spans
    const seen = new Set<Node>()
    const pending: Node[] = []
    for (const unit of notice.units) {
      const container = inlineContainer(unit.node)
      if (container && !seen.has(container) && holdsTell(tells, container)) {
        seen.add(container)
        pending.push(container)
      }
    }
    // A stack, not recursion: emphasis may nest as deep as a drafter's keyboard allows.
    for (let node = pending.pop(); node; node = pending.pop()) {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) continue
      if (ATOMIC_MARKUP.has(node.type) || (node.type === 'link' && notice.text[start] === '<')) {
        spans.push([start, end])
        continue
      }
      const children = (node as Partial<Parent>).children ?? []
      if (node.type === 'link' || node.type === 'linkReference') {
        const first = children[0]?.position?.start.offset ?? end
        const last = children[children.length - 1]?.position?.end.offset ?? start
        spans.push([start, Math.min(first, end)], [Math.max(last, start), end])
      }
      for (const child of children) pending.push(child)
    }
    return spans.sort((a, b) => a[0] - b[0])
  })
}

/** Where the text holds `` ` `` (code), `<` (HTML, autolinks) or `[` (links, images): markup starts with one of them. */
function markupTells(text: string): number[] {
  const tells: number[] = []
  for (const found of text.matchAll(/[`<[]/g)) tells.push(found.index)
  return tells
}

/** Whether a node's source span holds one of the (ascending) offsets of `tells`; a node without a position may. */
function holdsTell(tells: readonly number[], node: Node): boolean {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return true
  const first = firstAtOrAfter(tells, start)
  return first < tells.length && tells[first] < end
}

/** The node whose inline children hold a unit's text: a heading or paragraph, or a list item's first paragraph. */
function inlineContainer(node: Node): Node | undefined {
  if (node.type === 'heading' || node.type === 'paragraph') return node
  if (node.type === 'listItem') {
    const first = (node as Parent).children[0]
    return first?.type === 'paragraph' ? first : undefined
  }
  return undefined
}

/** The Word paragraphs an element of a Word draft stands in (those its span overlaps); none for a Markdown draft. */
export function wordParagraphsOf(notice: Notice, element: Located): WordParagraphFacts[] {
  const paragraphs = notice.word?.paragraphs
  if (!paragraphs) return []
  const start = element.position.start.offset
  const end = Math.max(element.position.end.offset, start + 1)
  return paragraphs.filter(({position}) => position.start.offset < end && position.end.offset > start)
}
