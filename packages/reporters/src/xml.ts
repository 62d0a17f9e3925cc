/**
 * Characters XML 1.0 forbids anywhere in a document, even as character references (`&#1;` is not
 * well formed): C0 controls other than tab, LF and CR; lone surrogates (with the `u` flag a valid pair
 * is one code point and does not match); U+FFFE and U+FFFF.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  // Always escaped, so that `]]>` (forbidden in character data) can never appear.
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // As references, so that attribute-value and end-of-line normalisation keep them as they are.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
}

/**
 * The one XML escaping helper, for attribute values and character data alike: escapes markup
 * characters and whitespace that parsers would normalise, and replaces every character XML 1.0
 * cannot carry by U+FFFD (the replacement character), so the document is well formed whatever the
 * message says.
 */
export function escapeXml(value: unknown): string {
  return String(value)
    .replace(FORBIDDEN, '\uFFFD')
    .replace(/[&<>"'\t\n\r]/g, (character) => ENTITIES[character])
}

/** Several lines of character data: each escaped, joined by real newlines (readable in the file). */
export function escapeXmlLines(lines: string[]): string {
  return lines.map(escapeXml).join('\n')
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>'
