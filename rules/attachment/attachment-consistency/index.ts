import {
  defineRule,
  normalizeTitle,
  NOT_PRINTED_NOTE,
  SUB_ITEM_LABEL,
  type AttachmentItem,
  type AttachmentNote,
  type Located,
  type Section,
} from '@gazette-lint/core'
import {description, messages} from './messages.js'

interface Group {
  note?: AttachmentNote
  printed: Section[]
}

export default defineRule(
  {id: 'attachment-consistency', family: 'attachment', severity: 'warning', type: 'suggestion', fixable: false, description, messages},
  ({notice, report}) => {
    // The cover's note lists the attachments printed after the cover; an enclosure's note, those after it.
    const groups: Group[] = [{note: notice.attachmentNote, printed: []}]
    for (const section of notice.sections) {
      if (section.kind === 'enclosure') groups.push({note: section.attachmentNote, printed: []})
      else groups[groups.length - 1].printed.push(section)
    }
    for (const [position, group] of groups.entries()) {
      if (group.printed.length === 0) continue
      // An enclosure without a note of its own: the attachments may be the cover's (listed before the signature).
      const note = group.note ?? (position > 0 && groups[0].printed.length === 0 ? groups[0].note : undefined)
      const first = group.printed[0]
      const firstAt: Located = first.label ?? first.heading ?? {text: '', position: notice.units[first.firstUnit].position}
      if (!note || note.items.length === 0) {
        report({messageId: 'no-list', data: {label: first.label?.text ?? firstAt.text}, at: firstAt})
        continue
      }
      compare(note, group.printed, report)
    }
  },
)

function compare(
  note: AttachmentNote,
  printed: Section[],
  report: (report: {messageId: string; data?: Record<string, string | number>; at: Located}) => void,
): void {
  const listed = note.items.filter((item) => !SUB_ITEM_LABEL.test(item.label))
  const single = listed.length === 1
  const ordinalOf = (item: AttachmentItem, index: number) => item.ordinal ?? (single ? 1 : index + 1)
  const byOrdinal = new Map<number, AttachmentItem>()
  for (const [index, item] of listed.entries()) if (!byOrdinal.has(ordinalOf(item, index))) byOrdinal.set(ordinalOf(item, index), item)

  const seen = new Set<number>()
  let previous: {ordinal: number; label: string} | undefined
  for (const [index, section] of printed.entries()) {
    const ordinal = section.labelOrdinal ?? (single ? 1 : index + 1)
    const label = section.label
    if (label) {
      const expected = expectedLabel(label.text, ordinal, single)
      if (expected !== label.text.replace(/\s+/gu, '')) report({messageId: 'label', data: {label: label.text, expected}, at: label})
    }
    const at: Located | undefined = label ?? section.heading
    const labelText = label?.text ?? section.heading?.text ?? ''
    if (previous && ordinal < previous.ordinal && at) report({messageId: 'order', data: {label: labelText, previous: previous.label}, at})
    previous = {ordinal, label: labelText}
    seen.add(ordinal)

    const item = byOrdinal.get(ordinal)
    if (!item) {
      if (at) report({messageId: 'not-listed', data: {ordinal, label: labelText}, at})
      continue
    }
    if (section.heading && normalise(section.heading.text) !== normalise(item.title.text)) {
      report({messageId: 'title', data: {heading: section.heading.text, listed: item.title.text}, at: section.heading})
    }
  }
  for (const [index, item] of listed.entries()) {
    if (seen.has(ordinalOf(item, index)) || NOT_PRINTED_NOTE.test(item.text)) continue
    report({messageId: 'not-printed', data: {title: item.title.text}, at: item})
  }
}

/** `附件` for a single attachment, `附件N` for several (the 附表 of 003:7849 is not a label). */
function expectedLabel(label: string, ordinal: number, single: boolean): string {
  if (single) return '附件'
  const written = /\d+/u.exec(label)
  return `附件${written ? written[0] : ordinal}`
}

/** Titles compared without notes such as `（见网络版）`, then as every other rule compares titles. */
function normalise(title: string): string {
  return normalizeTitle(title.replace(NOT_PRINTED_NOTE, ''))
}
