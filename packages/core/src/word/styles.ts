/**
 * What Word's styles say about a paragraph and its runs, resolved as Word resolves them: the document
 * defaults, then the paragraph style and the styles it is based on, then the run's character style, then
 * what the run sets itself. A property only counts as known when some level sets it plainly: a theme font
 * or a theme colour depends on the theme, and is left unknown.
 */
import {child, childrenNamed, toggleOf, valueOf, type XmlElement} from './xml.js'

/** A run's properties that the layout checks read. */
export interface RunProperties {
  /** The East Asian font (`w:rFonts/@w:eastAsia`); undefined when unset or a theme font. */
  font?: string
  /** Size in half-points (`w:sz`): 32 is 三号 (16 pt). */
  size?: number
  /** `RRGGBB` in upper case, `auto`, or undefined when unset or a theme colour. */
  colour?: string
  bold?: boolean
}

export interface ParagraphProperties {
  numId?: string
  level?: number
  /** `w:jc`: `center`, `both`, `right`, `left`/`start` … */
  alignment?: string
  /** `w:outlineLvl`, 0-based (9 is body text). */
  outlineLevel?: number
}

interface Style {
  id: string
  type: string
  name: string
  basedOn?: string
  paragraph?: XmlElement
  run?: XmlElement
}

/** Applies one level of run properties over what the levels below gave. */
function overlayRun(base: RunProperties, rPr: XmlElement | undefined): RunProperties {
  if (!rPr) return base
  const result = {...base}
  const fonts = child(rPr, 'w:rFonts')
  if (fonts) {
    if (fonts.attributes['w:eastAsiaTheme'] !== undefined) result.font = undefined
    else if (fonts.attributes['w:eastAsia'] !== undefined) result.font = fonts.attributes['w:eastAsia']
  }
  const size = valueOf(rPr, 'w:sz')
  if (size !== undefined && /^\d+$/u.test(size)) result.size = Number(size)
  const colour = child(rPr, 'w:color')
  if (colour) {
    const value = colour.attributes['w:val']
    result.colour = colour.attributes['w:themeColor'] !== undefined ? undefined : value === undefined ? result.colour : value === 'auto' ? 'auto' : value.toUpperCase()
  }
  const bold = toggleOf(rPr, 'w:b')
  if (bold !== undefined) result.bold = bold
  return result
}

function overlayParagraph(base: ParagraphProperties, pPr: XmlElement | undefined): ParagraphProperties {
  if (!pPr) return base
  const result = {...base}
  const numPr = child(pPr, 'w:numPr')
  if (numPr) {
    const numId = valueOf(numPr, 'w:numId')
    const level = valueOf(numPr, 'w:ilvl')
    if (numId !== undefined) result.numId = numId
    if (level !== undefined && /^\d+$/u.test(level)) result.level = Number(level)
  }
  const alignment = valueOf(pPr, 'w:jc')
  if (alignment !== undefined) result.alignment = alignment
  const outline = valueOf(pPr, 'w:outlineLvl')
  if (outline !== undefined && /^\d+$/u.test(outline)) result.outlineLevel = Number(outline)
  return result
}

/** Names of the built-in styles of a title and of headings, as Word and WPS write them in English or Chinese. */
const TITLE_STYLE = /^(?:title|标题)$/iu
const HEADING_STYLE = /^(?:heading|标题)\s*([1-9])$/iu

export class WordStyles {
  private readonly byId = new Map<string, Style>()
  private readonly defaultRun: RunProperties
  private readonly defaultParagraphStyle?: string

  constructor(styles: XmlElement | undefined) {
    const defaults = child(styles, 'w:docDefaults')
    this.defaultRun = overlayRun({}, child(child(defaults, 'w:rPrDefault'), 'w:rPr'))
    for (const element of childrenNamed(styles, 'w:style')) {
      const id = element.attributes['w:styleId']
      if (!id) continue
      const type = element.attributes['w:type'] ?? 'paragraph'
      this.byId.set(id, {id, type, name: valueOf(element, 'w:name') ?? id, basedOn: valueOf(element, 'w:basedOn'), paragraph: child(element, 'w:pPr'), run: child(element, 'w:rPr')})
      const isDefault = ['1', 'true', 'on'].includes(element.attributes['w:default'] ?? '')
      if (isDefault && type === 'paragraph') this.defaultParagraphStyle = id
    }
  }

  /** A style and the styles it is based on, the base first; a loop in `basedOn` ends the chain. */
  private chain(id: string | undefined): Style[] {
    const chain: Style[] = []
    const seen = new Set<string>()
    for (let style = id ? this.byId.get(id) : undefined; style && !seen.has(style.id); style = style.basedOn ? this.byId.get(style.basedOn) : undefined) {
      seen.add(style.id)
      chain.unshift(style)
    }
    return chain
  }

  /** The paragraph style a paragraph has: its own `w:pStyle`, else the document's default paragraph style. */
  paragraphStyle(pPr: XmlElement | undefined): string | undefined {
    return valueOf(pPr, 'w:pStyle') ?? this.defaultParagraphStyle
  }

  paragraphProperties(pPr: XmlElement | undefined): ParagraphProperties {
    let result: ParagraphProperties = {}
    for (const style of this.chain(this.paragraphStyle(pPr))) result = overlayParagraph(result, style.paragraph)
    return overlayParagraph(result, pPr)
  }

  runProperties(pPr: XmlElement | undefined, rPr: XmlElement | undefined): RunProperties {
    let result = this.defaultRun
    for (const style of this.chain(this.paragraphStyle(pPr))) result = overlayRun(result, style.run)
    for (const style of this.chain(valueOf(rPr, 'w:rStyle'))) result = overlayRun(result, style.run)
    return overlayRun(result, rPr)
  }

  /** The numbering a numbering style links to (`w:numStyleLink`), as its `w:numId`. */
  numberingOfStyle(id: string): string | undefined {
    let numId: string | undefined
    for (const style of this.chain(id)) numId = valueOf(child(style.paragraph, 'w:numPr'), 'w:numId') ?? numId
    return numId
  }

  /** The heading level a paragraph style gives (1 for a title style), from the style or one it is based on. */
  headingLevel(pPr: XmlElement | undefined): number | undefined {
    const chain = this.chain(this.paragraphStyle(pPr))
    for (let index = chain.length - 1; index >= 0; index--) {
      const name = chain[index].name.trim()
      if (TITLE_STYLE.test(name)) return 1
      const heading = HEADING_STYLE.exec(name)
      if (heading) return Number(heading[1])
    }
    return undefined
  }
}
