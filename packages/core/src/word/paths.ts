/**
 * How a Word draft's file name relates to the Markdown draft made of it. Plain string work, no Node module, so
 * the review sheet's data and the web page can use it.
 */

/** A file a session reads as a Word document. */
export const WORD_EXTENSION = /\.docx$/iu
const MARKDOWN_EXTENSION = /\.(?:md|markdown)$/iu

export function isWordDraftPath(filePath: string): boolean {
  return WORD_EXTENSION.test(filePath)
}

/** The Markdown draft `gazette-lint convert` writes for a Word draft, by default: the same name, `.md`. */
export const markdownPathOf = (wordPath: string): string => wordPath.replace(WORD_EXTENSION, '.md')

/** A file's name without its folders and its extension: what a Word draft and its Markdown form share. */
const stemOf = (filePath: string): string => (filePath.split(/[\\/]/u).pop() ?? filePath).replace(/\.[^.]+$/u, '')

/**
 * Whether two paths can be one draft in two forms: a Word document and the Markdown draft converted from it
 * (`通知.docx`, `通知.md`, in any folders). Their title and number say whether they are.
 */
export function mayBeTwoFormsOfOneDraft(one: string, other: string): boolean {
  const word = isWordDraftPath(one) ? one : isWordDraftPath(other) ? other : undefined
  const markdown = MARKDOWN_EXTENSION.test(one) ? one : MARKDOWN_EXTENSION.test(other) ? other : undefined
  return word !== undefined && markdown !== undefined && stemOf(word) === stemOf(markdown)
}
