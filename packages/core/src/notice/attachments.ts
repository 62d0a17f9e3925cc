import {ATTACHMENT_ITEM, ATTACHMENT_LABEL, ATTACHMENT_NOTE_START, ATTACHMENT_TITLE_NOTE} from '../recognisers/attachment.js'
import {endsWithDocType, namesDocument} from '../recognisers/title.js'
import type {AttachmentItem, AttachmentNote, Locator, Unit} from './types.js'

/**
 * Reads the 附件说明 that starts in units[from, to): `附件：标题`, `附件：1.甲` + `2.乙` lines, or
 * `附件：` followed by a list. Lines that are not items continue the previous item's title when it is numbered or
 * does not end like a title yet.
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
    // A title wrapped onto the next line stays in the note, whether or not a blank line was typed between them.
    // A bare `附件：` is followed by its first title; in the cover, what stands between the note and the
    // signature is the note's (more titles, or a title printed over two lines).
    const titleLine = !SENTENCE_PUNCTUATION.test(unit.text) && unit.text.length <= 60
    const wrapped = lines.length === 0 || scope === 'cover' ? titleLine : continuesTitle(lines[lines.length - 1].text, unit.text)
    if (!ATTACHMENT_ITEM.test(unit.text) && !wrapped) break
    addLines(unit.position.start.offset, unit.text)
    lastIndex = index
  }

  const items: AttachmentItem[] = []
  for (const line of lines) {
    const match = ATTACHMENT_ITEM.exec(line.text)
    if (match?.groups) {
      const titleStart = line.start + line.text.indexOf(match.groups.title, match.groups.label.length)
      items.push(makeItem(line.start, line.text, match.groups.label.trim(), titleStart, match.groups.title, locator))
    } else if (items.length > 0 && (items[items.length - 1].label || continuesTitle(items[items.length - 1].title.text, line.text))) {
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

/** Punctuation of a sentence: a line holding it is not the rest of a title. */
const SENTENCE_PUNCTUATION = /[。，；！？,;!?：:]/u
/** How the title of an attachment ends: a 文种, a kind of document, a table, a list or a map. */
const TITLE_END = /(?:表|单|册|图|书|录|簿|稿|证|函|批复|报告|说明|汇总|明细|名单|目录|清单|[）)》”])$/u

/**
 * Whether `line` is the rest of a title printed over two lines (`附件：四川省人民政府关于洪雅县2021年第1批次建设用`
 * / `地的批复`): the title does not end like one yet, and the line is no item, label or sentence of its own.
 */
function continuesTitle(title: string, line: string): boolean {
  const rest = line.trim()
  if (!rest || rest.length > 40 || SENTENCE_PUNCTUATION.test(rest) || ATTACHMENT_ITEM.test(rest) || ATTACHMENT_LABEL.test(rest)) return false
  const stem = title.replace(ATTACHMENT_TITLE_NOTE, '').trim()
  return stem.length > 0 && !TITLE_END.test(stem) && !endsWithDocType(stem) && !namesDocument(stem)
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
