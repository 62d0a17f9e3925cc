import {defineRule, SUB_ITEM_LABEL, type AttachmentNote} from '@gazette-lint/core'
import {description, messages} from './messages.js'

/** A label the note reader does not take as one: `（1）`, `(1)`, `1）`. */
const BRACKET_LABEL = /^(?:[（(]\s*(?<a>\d+)\s*[）)]|(?<b>\d+)\s*[）)])\s*/u
const CANONICAL_LABEL = /^(?<n>\d+)\.$/u
const TRAILING_PUNCTUATION = /[。.．，,；;、：:]+$/u

export default defineRule(
  {id: 'attachment-format', family: 'attachment', severity: 'warning', type: 'layout', fixable: true, description, messages},
  ({notice, report}) => {
    const locator = notice.locator
    const notes = [notice.attachmentNote, ...notice.sections.map((section) => section.attachmentNote)].filter(
      (note): note is AttachmentNote => note !== undefined,
    )
    for (const note of notes) {
      const lead = note.lead
      if (lead.text !== '附件：') {
        report({messageId: 'lead', data: {lead: lead.text}, at: lead, fix: (fixer) => fixer.replace(lead, '附件：')})
      }
      if (note.items.length === 0) {
        report({messageId: 'empty', at: lead})
        continue
      }

      let expected = 0
      for (const item of note.items) {
        const start = item.position.start.offset
        // The label as written: the reader's `1.` `1、`, or a bracketed `（1）` it left in the title.
        const bracket = item.label ? undefined : BRACKET_LABEL.exec(item.title.text)
        const label = item.label || (bracket ? bracket[0].trim() : '')
        const labelEnd = item.label ? item.title.position.start.offset : start + (bracket ? bracket[0].length : 0)
        const labelSpan = locator.span(start, start + label.length)

        if (note.items.length === 1) {
          if (label) report({messageId: 'single-numbered', data: {label}, at: labelSpan, fix: (fixer) => fixer.remove([start, labelEnd])})
        } else if (!SUB_ITEM_LABEL.test(label)) {
          expected += 1
          const ordinal = item.ordinal ?? (bracket ? Number(bracket.groups!.a ?? bracket.groups!.b) : undefined)
          if (!label) {
            report({messageId: 'unnumbered', data: {expected: `${expected}.`}, at: item, fix: (fixer) => fixer.insertBefore(item, `${expected}.`)})
          } else if (!CANONICAL_LABEL.test(label) && ordinal !== undefined) {
            const fixed = `${ordinal}.`
            report({messageId: 'label-style', data: {label, expected: fixed}, at: labelSpan, fix: (fixer) => fixer.replace(labelSpan, fixed)})
          } else if (ordinal !== expected) {
            report({messageId: 'ordinal', data: {label, expected: `${expected}.`}, at: labelSpan})
          }
        }

        const trailing = TRAILING_PUNCTUATION.exec(item.title.text)
        if (trailing) {
          const end = item.title.position.end.offset
          const from = end - trailing[0].length
          const span = locator.span(from, end)
          report({messageId: 'trailing-punctuation', data: {punctuation: trailing[0]}, at: span, fix: (fixer) => fixer.remove(span)})
        }
      }
    }
  },
)
