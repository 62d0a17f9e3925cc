import {chineseNumeral, defineRule, markerWithOrdinal, numberingItems, SECTION_NUMBER, siblingGroups, type Notice, type NumberedItem} from '@gazette-lint/core'
import {description, messages} from './messages.js'

/** The style each level is written in by GB/T 9704 (levels 2 and 4 differ only in bracket width: punctuation-fullwidth). */
const CANONICAL: Record<string, string> = {1: '一、', 3: '1.'}

export default defineRule(
  {id: 'numbering-sequence', family: 'numbering', severity: 'warning', type: 'suggestion', fixable: false, description, messages},
  ({notice, report}) => {
    // Without the 预案 section numbers read as items (`5.应急处置与救援` over `5.1 …`).
    const items = numberingItems(notice)
    const itemUnits = new Set(items.map((item) => item.unitIndex))
    for (const group of siblingGroups(notice)) {
      let previous: NumberedItem | undefined
      for (const item of group) {
        const actual = item.marker.text
        if (!previous) {
          if (item.ordinal === 1) {
            previous = item
            continue
          }
          // Some documents number a level straight through its parents (`（一）1. 2.`, `（二）3. 4.`, 003:4197).
          const before = items.slice(0, items.indexOf(item)).filter((other) => other.scope === item.scope && other.level === item.level)
          const last = before[before.length - 1]
          if (!last) report({messageId: 'first', data: {expected: marker(item, 1), actual}, at: item.marker})
          else if (item.ordinal !== last.ordinal + 1) {
            report({messageId: 'first-or-continue', data: {expected: marker(item, 1), continued: marker(item, last.ordinal + 1), previous: last.marker.text, actual}, at: item.marker})
          }
        } else if (item.ordinal !== previous.ordinal + 1) {
          // A list may start again at 1 (a new list, or a new 预案 section); `1` right after `1` repeats.
          const restarts = item.ordinal === 1 && (previous.ordinal > 1 || restartsBetween(notice, previous, item, itemUnits))
          // `2.5年之内` (002:9041) reads as a decimal: the item is there, unmarked; the next is no gap.
          const hidden = item.ordinal === previous.ordinal + 2 && startsBetween(notice, previous, item, marker(item, previous.ordinal + 1))
          if (!restarts && !hidden) {
            const data = {previous: previous.marker.text, expected: marker(item, previous.ordinal + 1), actual}
            report({messageId: item.ordinal > previous.ordinal ? 'gap' : 'repeat', data, at: item.marker})
          }
        }
        previous = item
      }
    }

    // A level written two ways (`1、` among `1.`, 002:8865): the canonical style is the document's.
    for (const [level, canonical] of Object.entries(CANONICAL)) {
      const atLevel = items.filter((item) => item.level === Number(level))
      if (!atLevel.some((item) => item.style === canonical)) continue
      for (const item of atLevel) {
        if (item.style === canonical) continue
        const expected = Number(level) === 1 ? `${chineseNumeral(item.ordinal)}、` : `${item.ordinal}.`
        report({messageId: 'style', data: {canonical, expected, actual: item.marker.text}, at: item.marker})
      }
    }
  },
)

/** Whether a heading, table or section number between two items starts a new list. */
function restartsBetween(notice: Notice, previous: NumberedItem, item: NumberedItem, itemUnits: Set<number>): boolean {
  for (let index = previous.unitIndex + 1; index < item.unitIndex; index++) {
    const unit = notice.units[index]
    if (itemUnits.has(index)) continue
    if (unit.kind === 'heading' || unit.kind === 'table' || SECTION_NUMBER.test(unit.text)) return true
  }
  return false
}

/** Whether a unit between two items starts with the given marker (read as something else). */
function startsBetween(notice: Notice, previous: NumberedItem, item: NumberedItem, text: string): boolean {
  for (let index = previous.unitIndex + 1; index < item.unitIndex; index++) {
    if (notice.units[index].text.replace(/^\*{1,2}/u, '').startsWith(text)) return true
  }
  return false
}

/** The marker an item would carry with another ordinal, in the item's own style. */
function marker(item: NumberedItem, ordinal: number): string {
  return markerWithOrdinal(item.level, item.style, ordinal)
}
