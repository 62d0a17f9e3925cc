import {ATTACHMENT_ITEM, ATTACHMENT_NOTE_START, ATTACHMENT_TITLE_NOTE} from '../recognisers/attachment.js'
import type {AttachmentItem, AttachmentNote, Locator, Unit} from './types.js'

/**
 * Reads the 附件说明 that starts in units[from, to): `附件：标题`, `附件：1.甲` + `2.乙` lines, or
 * `附件：` followed by a list. Lines that are not items continue the previous item's title.
 */
export function readAttachmentNote(
  units: Unit[],
  from: number,
  to: number,
  locator: Locator,
  scope: AttachmentNote['scope'],
): AttachmentNote | undefined {
  let startIndex = -1
  for (let index = Math.max(0, from); index < to; index++) {
    const unit = units[index]
    if (unit.kind !== 'heading' && unit.kind !== 'table' && ATTACHMENT_NOTE_START.test(unit.text)) {
      startIndex = index
      break
    }
  }
  if (startIndex < 0) return undefined
  const first = units[startIndex]
  const lead = ATTACHMENT_NOTE_START.exec(first.text)!
  const leadEnd = first.position.start.offset + lead[0].length

  // Every line of the note: the remainder of the first unit, then following item-like units.
  const lines: Array<{start: number; text: string}> = []
  const addLines = (start: number, text: string) => {
    let offset = start
    for (const line of text.split('\n')) {
      const leading = line.length - line.trimStart().length
      const trimmed = line.trim()
      if (trimmed) lines.push({start: offset + leading, text: trimmed})
      offset += line.length + 1
    }
  }
  addLines(leadEnd, first.text.slice(lead[0].length))
  let lastIndex = startIndex
  for (let index = startIndex + 1; index < to; index++) {
    const unit = units[index]
    if (unit.kind === 'heading' || unit.kind === 'table') break
    // A wrapped title stays in the note when it is a line of the same paragraph as the line before.
    const sameParagraph = unit.kind === 'line' && unit.node === units[index - 1].node
    if (!ATTACHMENT_ITEM.test(unit.text) && !sameParagraph) break
    addLines(unit.position.start.offset, unit.text)
    lastIndex = index
  }

  const items: AttachmentItem[] = []
  for (const line of lines) {
    const match = ATTACHMENT_ITEM.exec(line.text)
    if (match?.groups) {
      const titleStart = line.start + line.text.indexOf(match.groups.title, match.groups.label.length)
      items.push(makeItem(line.start, line.text, match.groups.label.trim(), titleStart, match.groups.title, locator))
    } else if (items.length > 0 && items[items.length - 1].label) {
      // A wrapped title: join it to the item before.
      const previous = items[items.length - 1]
      const titleStart = previous.title.position.start.offset
      const joined = previous.title.text + line.text
      items[items.length - 1] = makeItem(previous.position.start.offset, previous.text + line.text, previous.label, titleStart, joined, locator, line.start + line.text.length)
    } else {
      items.push(makeItem(line.start, line.text, '', line.start, line.text, locator))
    }
  }

  const end = units[lastIndex].position.end.offset
  return {
    text: locatorSlice(units, startIndex, lastIndex),
    position: locator.span(first.position.start.offset, end),
    lead: {text: lead[0], position: locator.span(first.position.start.offset, leadEnd)},
    items,
    scope,
  }
}

function locatorSlice(units: Unit[], first: number, last: number): string {
  return units
    .slice(first, last + 1)
    .map((unit) => unit.text)
    .join('\n')
}

function makeItem(
  start: number,
  text: string,
  label: string,
  titleStart: number,
  rawTitle: string,
  locator: Locator,
  end = start + text.length,
): AttachmentItem {
  const title = rawTitle.replace(ATTACHMENT_TITLE_NOTE, '').trim()
  const ordinal = /\d+/.exec(label)
  // The title ends where the item ends, less the note after it (a wrapped title spans a line break).
  const tail = rawTitle.length - rawTitle.replace(ATTACHMENT_TITLE_NOTE, '').trimEnd().length
  return {
    text,
    position: locator.span(start, end),
    label,
    ordinal: ordinal ? Number(ordinal[0]) : undefined,
    title: {text: title, position: locator.span(titleStart, Math.max(titleStart, end - tail))},
  }
}
