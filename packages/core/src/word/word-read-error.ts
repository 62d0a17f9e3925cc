/** What goes wrong reading a `.docx`, as plain data the session turns into a `fatal` finding with advice. */

/**
 * Why a `.docx` cannot be read: `encrypted` (a password to open), `legacy-doc` (a Word 97-2003 file with a
 * `.docx` name), `not-zip` (not a Word package at all: text, RTF, a WPS file), `not-word` (a package of
 * another kind: a workbook or a presentation), `damaged` (a package that cannot be unpacked or parsed),
 * `too-large` (parts that unpack to more than a draft can be).
 */
export type WordReadProblem = 'encrypted' | 'legacy-doc' | 'not-zip' | 'not-word' | 'damaged' | 'too-large'

export class WordReadError extends Error {
  readonly code = 'EWORD'
  constructor(
    readonly problem: WordReadProblem,
    /** What was found: for `not-word` the kind of package (`workbook`, `presentation`, `compound-file`) or the missing part; else the part that failed and why. */
    readonly detail = '',
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`)
    this.name = 'WordReadError'
  }
}
