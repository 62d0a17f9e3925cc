/**
 * A unified diff of two texts (`diff -u`, `git diff` without the `diff --git` line): what `--fix-dry-run`
 * prints, and what the review sheet's "would change" can show. Lines keep their own line breaks, so a CRLF
 * draft's patch applies to its bytes.
 */

export interface DiffOptions {
  /** Lines of context around each change (default 3). */
  context?: number
}

type Op = {kind: ' ' | '-' | '+'; line: string}

/** Lines with their line break; the last line may have none. */
function splitLines(text: string): string[] {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g)
  return lines ?? []
}

/** The line operations turning `a` into `b`: common head and tail, a longest common subsequence between. */
function lineOps(a: string[], b: string[]): Op[] {
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const midA = a.slice(head, a.length - tail)
  const midB = b.slice(head, b.length - tail)
  const ops: Op[] = a.slice(0, head).map((line) => ({kind: ' ', line}))
  if (midA.length * midB.length > 4_000_000) {
    // Too large to align line by line: the middle is one change.
    ops.push(...midA.map((line): Op => ({kind: '-', line})), ...midB.map((line): Op => ({kind: '+', line})))
  } else {
    // lengths[i][j]: the LCS of midA[i..] and midB[j..].
    const width = midB.length + 1
    const lengths = new Uint32Array((midA.length + 1) * width)
    for (let i = midA.length - 1; i >= 0; i--) {
      for (let j = midB.length - 1; j >= 0; j--) {
        lengths[i * width + j] = midA[i] === midB[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
      }
    }
    let i = 0
    let j = 0
    while (i < midA.length || j < midB.length) {
      if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
        ops.push({kind: ' ', line: midA[i]})
        i++
        j++
      } else if (j < midB.length && (i === midA.length || lengths[i * width + j + 1] >= lengths[(i + 1) * width + j])) {
        ops.push({kind: '+', line: midB[j++]})
      } else {
        ops.push({kind: '-', line: midA[i++]})
      }
    }
    // Removals before additions within a change, as diff prints them.
    for (let k = head; k < ops.length; k++) {
      let end = k
      while (end < ops.length && ops[end].kind !== ' ') end++
      if (end > k) {
        const changed = ops.slice(k, end)
        ops.splice(k, end - k, ...changed.filter((op) => op.kind === '-'), ...changed.filter((op) => op.kind === '+'))
        k = end
      }
    }
  }
  ops.push(...a.slice(a.length - tail).map((line): Op => ({kind: ' ', line})))
  return ops
}

function printLine({kind, line}: Op): string {
  return line.endsWith('\n') ? `${kind}${line}` : `${kind}${line}\n\\ No newline at end of file\n`
}

/** The unified diff from `before` to `after` under the names `a/<path>` and `b/<path>`; '' when they are equal. */
export function unifiedDiff(path: string, before: string, after: string, options: DiffOptions = {}): string {
  if (before === after) return ''
  const context = options.context ?? 3
  const ops = lineOps(splitLines(before), splitLines(after))
  const changed = ops.map((op, index) => (op.kind === ' ' ? -1 : index)).filter((index) => index >= 0)
  // Hunks: runs of changes whose context overlaps or touches.
  const hunks: Array<[number, number]> = []
  for (const index of changed) {
    const from = Math.max(0, index - context)
    const to = Math.min(ops.length, index + context + 1)
    const last = hunks[hunks.length - 1]
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else hunks.push([from, to])
  }
  let out = `--- a/${path}\n+++ b/${path}\n`
  // Line numbers of each op in the old and new text.
  const oldLine: number[] = []
  const newLine: number[] = []
  let oldCount = 0
  let newCount = 0
  for (const op of ops) {
    oldLine.push(oldCount + 1)
    newLine.push(newCount + 1)
    if (op.kind !== '+') oldCount++
    if (op.kind !== '-') newCount++
  }
  for (const [from, to] of hunks) {
    const slice = ops.slice(from, to)
    const oldSize = slice.filter((op) => op.kind !== '+').length
    const newSize = slice.filter((op) => op.kind !== '-').length
    const oldStart = oldSize === 0 ? oldLine[from] - 1 : oldLine[from]
    const newStart = newSize === 0 ? newLine[from] - 1 : newLine[from]
    out += `@@ -${oldStart}${oldSize === 1 ? '' : `,${oldSize}`} +${newStart}${newSize === 1 ? '' : `,${newSize}`} @@\n`
    out += slice.map(printLine).join('')
  }
  return out
}
