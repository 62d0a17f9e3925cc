/** The index of the first of the ascending `offsets` at or after `offset` (their length when none is): a binary search. */
export function firstAtOrAfter(offsets: readonly number[], offset: number): number {
  let low = 0
  let high = offsets.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (offsets[middle] < offset) low = middle + 1
    else high = middle
  }
  return low
}
