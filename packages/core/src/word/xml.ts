/**
 * The parts of a Word package as small element trees. Names are canonical whatever prefix a file uses:
 * WordprocessingML (transitional or strict) is `w:`, markup compatibility `mc:`, relationships `r:` and
 * `rel:`, content types `ct:`; an element of any other namespace keeps `{uri}local`, so that a drawing's
 * own paragraphs (`wps:txbx`) are never taken for the body's. Text is kept only where Word keeps text.
 */
import {SaxesParser, type SaxesTagNS} from 'saxes'

export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlNode[]
}

export type XmlNode = XmlElement | string

const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
}

/** Elements whose text is the document's: the rest of a part's text is layout whitespace. */
const TEXT_ELEMENTS = new Set(['w:t', 'w:delText'])

/** A part that is not well-formed XML. */
export class XmlError extends Error {
  constructor(
    readonly part: string,
    message: string,
  ) {
    super(`${part}: ${message}`)
    this.name = 'XmlError'
  }
}

function canonical(uri: string | undefined, local: string): string {
  if (!uri) return local
  const prefix = PREFIXES[uri]
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`
}

/** Parses one part of the package; `part` names it in errors. */
export function parseXml(text: string, part: string): XmlElement {
  const parser = new SaxesParser({xmlns: true, position: false})
  const root: XmlElement = {name: '#document', attributes: {}, children: []}
  const stack: XmlElement[] = [root]
  let failure: Error | undefined
  parser.on('error', (error) => {
    failure ??= error
  })
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attributes: Record<string, string> = {}
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue
      attributes[canonical(attribute.uri, attribute.local)] = attribute.value
    }
    const element: XmlElement = {name: canonical(tag.uri, tag.local), attributes, children: []}
    stack[stack.length - 1].children.push(element)
    stack.push(element)
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  parser.on('text', (text) => {
    const parent = stack[stack.length - 1]
    if (TEXT_ELEMENTS.has(parent.name)) parent.children.push(text)
  })
  parser.on('cdata', (text) => {
    const parent = stack[stack.length - 1]
    if (TEXT_ELEMENTS.has(parent.name)) parent.children.push(text)
  })
  try {
    parser.write(text).close()
  } catch (error) {
    failure ??= error as Error
  }
  if (failure) throw new XmlError(part, failure.message)
  const element = root.children.find((child): child is XmlElement => typeof child !== 'string')
  if (!element) throw new XmlError(part, 'no root element')
  return element
}

export const elementsOf = (element: XmlElement | undefined): XmlElement[] =>
  element ? element.children.filter((child): child is XmlElement => typeof child !== 'string') : []

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((node): node is XmlElement => typeof node !== 'string' && node.name === name)
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return elementsOf(element).filter((node) => node.name === name)
}

/** The `w:val` of a child element (`<w:pStyle w:val="Title"/>`), or undefined. */
export function valueOf(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.attributes['w:val']
}

/** The text an element holds directly (`w:t`). */
export function textOf(element: XmlElement): string {
  return element.children.filter((node): node is string => typeof node === 'string').join('')
}

/**
 * A toggle property (`<w:b/>`, `<w:b w:val="false"/>`): true when present and not switched off, false when
 * switched off, undefined when absent.
 */
export function toggleOf(element: XmlElement | undefined, name: string): boolean | undefined {
  const found = child(element, name)
  if (!found) return undefined
  const value = found.attributes['w:val']
  return value === undefined || !['0', 'false', 'off'].includes(value)
}
