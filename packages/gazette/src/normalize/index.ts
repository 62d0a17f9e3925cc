export {CJK, isCjk, physicalLines, trimLine, visualWidth} from './text.js'
export {undoubleLine, undoubleWhole, type UndoubleResult} from './undouble.js'
export {
  isBackMatterStart,
  isPageMark,
  isRunningHeader,
  joinLetterSpaced,
  removeCjkSpaces,
  stripConverterBold,
} from './artifacts.js'
export {dropStrayFlags} from './stray.js'
export {cleanLine, cleanLines, measureLayout, typicalLineWidth, type CleanLine, type CleanResult, type DroppedKind} from './lines.js'
export {
  continuesAsAnnotation,
  endsParagraph,
  isStandaloneLine,
  joinParagraphs,
  joinWrapped,
  startsElement,
  type JoinOptions,
  type LineLike,
  type Paragraph,
} from './paragraphs.js'

import {cleanLines, measureLayout} from './lines.js'
import {joinParagraphs} from './paragraphs.js'

/**
 * The whole clean-up on a gazette's text: artifacts removed, bold un-doubled, lines of a paragraph
 * joined. Returns one paragraph per line.
 */
export function normalizeText(text: string): string {
  const {lines} = cleanLines(text)
  return joinParagraphs(lines, measureLayout(lines))
    .map((p) => p.text)
    .join('\n')
}
