/** Character classes and small helpers shared by the normalizers. */

/** CJK ideographs (the BMP blocks the corpus uses) and the 〇 numeral. */
export const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff〇]/u

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char)
}

/**
 * Display width as a PDF lays text out: full-width characters (CJK, full-width punctuation) count 2,
 * ASCII counts 1. Used to tell a full line (wrapped by the page width) from a short one (a paragraph end).
 */
export function visualWidth(text: string): number {
  let width = 0
  for (const char of text) width += char.charCodeAt(0) < 0x80 ? 1 : 2
  return width
}

/** Splits text into physical lines as `grep -n` counts them (CRLF, CR and LF all end a line). */
export function physicalLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const lines = body.split(/\r\n|\r|\n/)
  // A final newline does not start another line.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** Trims the spaces PDF extraction leaves around a line (leading spaces on headers and enclosure titles). */
export function trimLine(line: string): string {
  return line.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '')
}
