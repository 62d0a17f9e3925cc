/**
 * The element checklist (要素核对表) of one notice: each element the gazette requires, as the draft writes it
 * and where, marked ✓ / ✗ / — by what the rules said of it. It reads the session's summary and findings and
 * decides nothing the rules did not: an element is ✗ when a rule of that element reports an error or a
 * warning (missing or wrong), — when it is absent and no rule asks for it. Browser-safe (issue #18 shows it).
 */
import type {DraftSummary, SummaryElement} from '@gazette-lint/core'
import type {ChecklistElement, ChecklistRow, ChecklistValue, Mark, ReviewMessage, ValueNote} from './model.js'
import {severityOf} from './places.js'

/** The rows, in the order the elements stand in a notice. */
export const CHECKLIST_ELEMENTS: readonly ChecklistElement[] = [
  'issuer',
  'title',
  'number',
  'addressee',
  'signature',
  'date',
  'disclosure',
  'attachments',
  'repealNotes',
  'responsibleUnits',
]

/** The element each rule checks (rules of the form of the rest, such as numbering, are findings only). */
export const ELEMENT_OF_RULE: Readonly<Record<string, ChecklistElement>> = {
  'issuer-known': 'issuer',
  'issuer-consistent': 'issuer',
  'title-format': 'title',
  'doc-number-present': 'number',
  'doc-number-format': 'number',
  'doc-number-issuer': 'number',
  'doc-number-year': 'number',
  'doc-number-unique': 'number',
  'addressee-format': 'addressee',
  'date-present': 'date',
  'date-format': 'date',
  'date-valid': 'date',
  'disclosure-present': 'disclosure',
  'disclosure-format': 'disclosure',
  'disclosure-position': 'disclosure',
  'attachment-format': 'attachments',
  'attachment-consistency': 'attachments',
  'repeal-note-format': 'repealNotes',
  'repeal-note-reference': 'repealNotes',
  'repeal-note-missing': 'repealNotes',
  'responsible-unit-missing': 'responsibleUnits',
  'responsible-unit-format': 'responsibleUnits',
  'responsible-unit-known': 'responsibleUnits',
}

/** issuer-consistent speaks of the signature in these messages: they belong to the signature's row. */
const SIGNATURE_MESSAGES = new Set(['signature-mismatch', 'missing-signature', 'missing-signature-named'])

/** The checklist element a finding is about, if any. */
export function elementOfFinding(message: ReviewMessage): ChecklistElement | undefined {
  const element = message.ruleId ? ELEMENT_OF_RULE[message.ruleId] : undefined
  if (element === 'issuer' && message.messageId && SIGNATURE_MESSAGES.has(message.messageId)) return 'signature'
  return element
}

function value(element: SummaryElement, notes: ValueNote[] = []): ChecklistValue {
  return {text: element.text, place: {line: element.line, column: element.column, endLine: element.endLine, endColumn: element.endColumn}, notes}
}

/** Each element's values as written, with what the summary knows beside the text. */
function valuesOf(summary: DraftSummary, element: ChecklistElement): ChecklistValue[] {
  const misplaced = (is: boolean): ValueNote[] => (is ? [{kind: 'misplaced'}] : [])
  switch (element) {
    case 'issuer':
      return summary.issuer ? [value(summary.issuer, [{kind: 'from', from: summary.issuer.from}])] : []
    case 'title':
      return summary.title ? [value(summary.title)] : []
    case 'number': {
      const number = summary.number
      if (!number) return []
      const notes: ValueNote[] = number.placeholder ? [{kind: 'placeholder'}] : number.canonical && number.canonical !== number.text ? [{kind: 'canonical', text: number.canonical}] : []
      return [value(number, [...notes, ...misplaced(number.misplaced)])]
    }
    case 'addressee':
      return summary.addressee ? [value(summary.addressee)] : []
    case 'signature':
      return summary.signature ? [value(summary.signature, misplaced(summary.signature.misplaced))] : []
    case 'date': {
      const date = summary.date
      if (!date) return []
      const notes: ValueNote[] = date.placeholder ? [{kind: 'placeholder'}] : []
      return [value(date, [...notes, ...misplaced(date.misplaced)])]
    }
    case 'disclosure':
      return summary.disclosureFlags.map((flag) => value(flag, flag.placement === 'after-date' ? [] : [{kind: 'placement', placement: flag.placement}]))
    case 'attachments':
      return summary.attachments.map((item) => value(item))
    case 'repealNotes':
      return summary.repealNotes.map((note) => value(note))
    case 'responsibleUnits':
      return summary.annotations.items.map((item) => value(item, [{kind: 'units', units: item.units}]))
  }
}

/**
 * The checklist of a notice from its summary and its findings (`findings[i]` is the i-th finding of the
 * notice as the sheet lists it): each row with its values and the indexes of the findings on it.
 */
export function elementChecklist(summary: DraftSummary, findings: readonly ReviewMessage[]): ChecklistRow[] {
  return CHECKLIST_ELEMENTS.map((element) => {
    const values = valuesOf(summary, element)
    const on = findings.flatMap((finding, index) => (elementOfFinding(finding) === element ? [index] : []))
    const objected = on.some((index) => severityOf(findings[index]) !== 'info')
    const coverage = element === 'responsibleUnits' ? summary.annotations.coverage : undefined
    const mark: Mark = objected ? 'problem' : values.length > 0 ? 'ok' : 'absent'
    return {element, mark, values, ...(coverage ? {coverage} : {}), findings: on}
  })
}
