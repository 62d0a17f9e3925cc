/**
 * Small Word documents for tests, written as WordprocessingML by hand: the body (and, when a test needs them,
 * the styles and the numbering) of `word/document.xml`, packed with jszip into a `.docx` as Word lays one out.
 * For what a real office suite writes, the tests read `examples/docx/` (built with the `docx` package, and saved
 * by LibreOffice).
 */
import JSZip from 'jszip'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml'

export interface WordParts {
  /** The children of `<w:body>`. */
  body: string
  /** The children of `<w:styles>`. */
  styles?: string
  /** The children of `<w:numbering>`. */
  numbering?: string
}

/** A `.docx` of these parts. */
export async function wordDocument({body, styles, numbering}: WordParts): Promise<Buffer> {
  const zip = new JSZip()
  const overrides = [`<Override PartName="/word/document.xml" ContentType="${MAIN}.document.main+xml"/>`]
  const relationships: string[] = []
  if (styles !== undefined) {
    overrides.push(`<Override PartName="/word/styles.xml" ContentType="${MAIN}.styles+xml"/>`)
    relationships.push(`<Relationship Id="rIdStyles" Type="${TYPE}/styles" Target="styles.xml"/>`)
    zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">${styles}</w:styles>`)
  }
  if (numbering !== undefined) {
    overrides.push(`<Override PartName="/word/numbering.xml" ContentType="${MAIN}.numbering+xml"/>`)
    relationships.push(`<Relationship Id="rIdNumbering" Type="${TYPE}/numbering" Target="numbering.xml"/>`)
    zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W}">${numbering}</w:numbering>`)
  }
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  )
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${TYPE}/officeDocument" Target="word/document.xml"/></Relationships>`,
  )
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}</Relationships>`,
  )
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`)
  return zip.generateAsync({type: 'nodebuffer', compression: 'DEFLATE'})
}

/** A paragraph of plain runs: `paragraph('陵川县人民政府办公室')`, or with paragraph properties. */
export function paragraph(text: string, properties = ''): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`
}

export const escapeXml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')

/** A draft's lines as a body, a paragraph each (blank lines dropped, `# ` taken off the title). */
export function bodyOfLines(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => paragraph(line.replace(/^#+ /u, ''), /^# /u.test(line) ? '<w:jc w:val="center"/>' : ''))
    .join('')
}
