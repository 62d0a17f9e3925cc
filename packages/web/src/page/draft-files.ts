/**
 * The files a clerk may open or drop, by extension. The worker hands their bytes to the lint session, which
 * decodes them as the command decodes a file (UTF-8, GB18030 from older office software, UTF-16), so the page
 * reads what the command reads. `.docx` joins this list once the session reads Word files (issue #17): the
 * page needs nothing else for it.
 */
export const DRAFT_FILE_TYPES: readonly string[] = ['.md', '.markdown', '.txt']

export function isDraftFile(name: string): boolean {
  const lower = name.toLowerCase()
  return DRAFT_FILE_TYPES.some((extension) => lower.endsWith(extension))
}

/** What the file input offers (`accept`). */
export const ACCEPT = DRAFT_FILE_TYPES.join(',')
