import type {GazetteRule} from '@gazette-lint/core'
import wordTrackedChanges from './word-tracked-changes/index.js'
import wordAutoNumbering from './word-auto-numbering/index.js'
import wordFonts from './word-fonts/index.js'
import wordIssuerMark from './word-issuer-mark/index.js'

/** The Word family: what a Word draft (`.docx`) records beyond its text; silent on Markdown drafts. */
export const rules: GazetteRule[] = [wordTrackedChanges, wordAutoNumbering, wordFonts, wordIssuerMark]
