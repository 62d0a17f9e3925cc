/**
 * The files a clerk may open or drop, by extension. The worker hands their bytes to the lint session, which
 * decodes them as the command decodes a file (UTF-8, GB18030 from older office software, UTF-16), so the page
 * reads what the command reads.
 */

/** Files that are the draft's text as it is: what the page saves the draft as. */
const TEXT_FILE_TYPES: readonly string[] = ['.md', '.markdown', '.txt']

/**
 * Every file the page opens. `.docx` joins this list once the session reads Word files (issue #17): the
 * session gives the draft's text, which the editor then holds and the page saves as Markdown (`savedName`).
 */
export const DRAFT_FILE_TYPES: readonly string[] = [...TEXT_FILE_TYPES]

const hasType = (name: string, types: readonly string[]) => types.some((extension) => name.toLowerCase().endsWith(extension))

export function isDraftFile(name: string): boolean {
  return hasType(name, DRAFT_FILE_TYPES)
}

/** The name the edited draft is downloaded under: the file's own if it is a text file, else the same name as `.md`. */
export function savedName(name: string): string {
  return hasType(name, TEXT_FILE_TYPES) ? name : name.replace(/\.[^.]*$/, '') + '.md'
}

/** What the file input offers (`accept`). */
export const ACCEPT = DRAFT_FILE_TYPES.join(',')
