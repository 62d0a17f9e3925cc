/**
 * Writes a split document as a Markdown draft in the layout of the draft format (spec/draft-format.md):
 * issuer header paragraph, `# title`, number, addressee, body paragraphs, 附件说明, signature, date, flag,
 * then the enclosure under its own `# title`, and printed attachments as `附件N` + `# title`.
 *
 * Text is written as printed, without escaping: numbered paragraphs keep their marker as written
 * (`1.`, `1. `, `（1）`), so a linter reading the source sees the drafter's numbering.
 */

import type {Block, SplitDocument} from './types.js'

export interface DraftOptions {
  /**
   * Prepend an HTML comment naming the source (`<!-- gazette-lint split: 000:4794-6922 … -->`). The
   * linter reads comments only for its directives, so it does not disturb the layout. Default true.
   */
  provenance?: boolean
}

function render(block: Block): string {
  switch (block.kind) {
    case 'title':
    case 'enclosure-title':
    case 'attachment-title':
      return '# ' + block.text
    default:
      return block.text
  }
}

/** The draft for one document. */
export function toDraftMarkdown(doc: SplitDocument, options: DraftOptions = {}): string {
  const parts: string[] = []
  if (options.provenance ?? true) {
    const what = doc.canonicalNumber ?? doc.title
    parts.push(`<!-- gazette-lint split: ${doc.source}:${doc.startLine}-${doc.endLine} ${what} -->`)
  }
  for (const block of doc.blocks) parts.push(render(block))
  return parts.join('\n\n') + '\n'
}
