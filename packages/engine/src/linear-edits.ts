/**
 * micromark applies its batched edits (`EditMap#consume`) by copying every event before the first edit
 * and pushing them all back, and the document tokenizer consumes one edit map per list item or block
 * quote that closes inside another container. A draft of many such items then costs the square of its
 * length: 16,000 short block quotes (80 KB) took three minutes. The events before the first edit never
 * move, so they can stay where they are: this `consume` keeps them in place and moves only the tail,
 * with the same result. It replaces micromark's on the one `EditMap` class every micromark in the
 * process imports (the package is deduplicated), so remark-cli running the preset gains it too.
 */
import {EditMap} from 'micromark-util-edit-map'

type Edit = [number, number, unknown[]]
interface EditMapState {
  map: Edit[]
  index?: Map<number, Edit>
}

/** micromark's own `consume`, kept for the test that compares the two. */
export const quadraticConsume = EditMap.prototype.consume

export function linearConsume(this: EditMapState, events: unknown[]): undefined {
  this.map.sort((a, b) => a[0] - b[0])
  if (this.map.length === 0) return
  const pieces: unknown[][] = []
  for (let index = this.map.length - 1; index >= 0; index--) {
    const [at, remove, add] = this.map[index]
    pieces.push(events.slice(at + remove), add)
    events.length = at
  }
  // `events` now holds what precedes the first edit, untouched; the rest goes back in order.
  for (let piece = pieces.pop(); piece; piece = pieces.pop()) for (const event of piece) events.push(event)
  this.map.length = 0
  this.index?.clear()
  return undefined
}

EditMap.prototype.consume = linearConsume as unknown as typeof EditMap.prototype.consume
