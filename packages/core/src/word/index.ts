/**
 * Word drafts (`.docx`, as Word, WPS and LibreOffice save them): read from their bytes into the canonical
 * Markdown draft the rules read, with the source map that puts each finding at its paragraph and character,
 * and the layout facts Word records. The loader's other half, beside decode.ts: the session reads a file
 * through this when its name says it is a Word document.
 */
import type {WordRendering} from './render.js'

export {WordReadError, type WordReadProblem} from './word-read-error.js'
export {codePoints, paragraphLabel, paragraphPointAt, paragraphSpanOf, type ParagraphPoint, type ParagraphSpan, type WordSource} from './source-map.js'
export {isRed as isRedColour} from './colour.js'
export type {WordRendering} from './render.js'

export {isWordDraftPath, markdownPathOf, mayBeTwoFormsOfOneDraft, WORD_EXTENSION} from './paths.js'

/**
 * Reads a Word document's bytes as a draft. An empty file (what "New Word document" leaves before Word
 * first saves it) is an empty draft; bytes that are no Word document throw WordReadError.
 */
export async function readWordDraft(bytes: Uint8Array): Promise<WordRendering> {
  if (bytes.length === 0) return {text: '', source: {paragraphs: 0, segments: []}, facts: {paragraphs: [], revisions: [], numbering: []}}
  // Unzipping and XML parsing are loaded on the first Word document only: Markdown runs, CLI start-up and the
  // browser bundle never pay for jszip and saxes.
  const [{openWordPackage}, {readBody}, {WordNumbering}, {renderWordDraft}, {WordStyles}] = await Promise.all([
    import('./package.js'),
    import('./paragraphs.js'),
    import('./numbering.js'),
    import('./render.js'),
    import('./styles.js'),
  ])
  const {document, styles: stylesPart, numbering: numberingPart} = await openWordPackage(bytes)
  const styles = new WordStyles(stylesPart)
  return renderWordDraft(readBody(document, styles), new WordNumbering(numberingPart, styles))
}
