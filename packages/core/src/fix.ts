import type {TextEdit} from './rule.js'

/**
 * Applies non-overlapping edits to a text; an edit overlapping one already taken is left for the next
 * pass, as ESLint does, so two fixes never corrupt each other.
 */
export function applyEdits(text: string, edits: TextEdit[]): {text: string; applied: number; skipped: number} {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  let result = ''
  let cursor = 0
  let applied = 0
  let skipped = 0
  for (const edit of sorted) {
    if (edit.start < cursor) {
      skipped++
      continue
    }
    result += text.slice(cursor, edit.start) + edit.text
    cursor = edit.end
    applied++
  }
  return {text: result + text.slice(cursor), applied, skipped}
}
