/** Levenshtein distance between two strings, by code point (for "did you mean" suggestions). */
export function editDistance(a: string, b: string): number {
  const left = [...a]
  const right = [...b]
  if (left.length === 0) return right.length
  if (right.length === 0) return left.length
  let previous = Array.from({length: right.length + 1}, (_, index) => index)
  for (let i = 1; i <= left.length; i++) {
    const current = [i]
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
    }
    previous = current
  }
  return previous[right.length]
}

/**
 * The known names nearest to `name` by edit distance, nearest first (ties keep the candidates' order),
 * within `maxDistance` (default: a third of the name's length, at least 1, at most 3).
 */
export function nearestNames(name: string, candidates: Iterable<string>, options: {maxDistance?: number; limit?: number} = {}): Array<{name: string; distance: number}> {
  const length = [...name].length
  const maxDistance = options.maxDistance ?? Math.min(3, Math.max(1, Math.ceil(length / 3)))
  const seen = new Set<string>()
  const found: Array<{name: string; distance: number; order: number}> = []
  let order = 0
  for (const candidate of candidates) {
    if (seen.has(candidate) || candidate === name) continue
    seen.add(candidate)
    const distance = editDistance(name, candidate)
    if (distance <= maxDistance) found.push({name: candidate, distance, order: order++})
  }
  found.sort((a, b) => a.distance - b.distance || a.order - b.order)
  return found.slice(0, options.limit ?? 3).map(({name: found, distance}) => ({name: found, distance}))
}
