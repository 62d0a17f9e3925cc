import {XMLParser} from 'fast-xml-parser'
import {SaxesParser} from 'saxes'

/**
 * The first well-formedness error a conforming XML 1.0 parser (saxes) finds, or null. fast-xml-parser
 * is lenient (it accepts `&#1;`, raw control characters and `]]>`), so well-formedness is checked here.
 */
export function xmlError(xml: string): string | null {
  const parser = new SaxesParser({xmlns: false})
  let error: string | null = null
  parser.on('error', (e) => {
    error ??= e.message
  })
  try {
    parser.write(xml).close()
  } catch (e) {
    error ??= (e as Error).message
  }
  return error
}

const ARRAYS = new Set(['file', 'error', 'testsuite', 'testcase', 'failure', 'system-out'])

/** The document as a tree: attributes by name (no prefix), character references decoded. */
export function parseXml(xml: string): any {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    // Decodes numeric character references (&#10;, &#13;) besides the five predefined entities.
    htmlEntities: true,
    isArray: (name) => ARRAYS.has(name),
  }).parse(xml)
}

/** The text of an element parsed by `parseXml` (a string, or `#text` beside attributes). */
export function textOf(node: unknown): string {
  if (typeof node === 'string') return node
  if (node && typeof node === 'object' && '#text' in node) return String((node as {'#text': unknown})['#text'])
  return ''
}
