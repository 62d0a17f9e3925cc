/**
 * The element checklist beside the findings: each element a notice carries, as the session's summary found
 * it (text and place), marked by what the rules said of it. Built here from the summary directly, rule by rule
 * family; the review sheet's data model (`@gazette-lint/review`, issue #11) has the same rows and is to
 * replace this once it is in main.
 */
import type {DraftSummary, SummaryElement} from '@gazette-lint/core'
import {allRules} from '@gazette-lint/engine'
import type {ChecklistElement, ChecklistRow, ChecklistValue, Finding} from '../protocol.js'

export const CHECKLIST_ELEMENTS: readonly ChecklistElement[] = ['issuer', 'title', 'number', 'addressee', 'signature', 'date', 'disclosure', 'attachments', 'repealNotes', 'responsibleUnits']

/** The element a rule family checks; the families of the form of the rest (numbering, punctuation …) have none. */
const ELEMENT_OF_FAMILY: Readonly<Record<string, ChecklistElement>> = {
  issuer: 'issuer',
  title: 'title',
  'doc-number': 'number',
  addressee: 'addressee',
  date: 'date',
  disclosure: 'disclosure',
  attachment: 'attachments',
  'repeal-note': 'repealNotes',
  'responsible-unit': 'responsibleUnits',
}

const elementOfRule = new Map(allRules.flatMap(({meta}) => (ELEMENT_OF_FAMILY[meta.family] ? [[meta.id, ELEMENT_OF_FAMILY[meta.family]] as const] : [])))

const valueOf = (element: SummaryElement): ChecklistValue => ({text: element.text, line: element.line, column: element.column, offset: element.offset, endOffset: element.endOffset})

function valuesOf(summary: DraftSummary, element: ChecklistElement): ChecklistValue[] {
  const one = (found: SummaryElement | undefined) => (found ? [valueOf(found)] : [])
  switch (element) {
    case 'issuer':
      return one(summary.issuer)
    case 'title':
      return one(summary.title)
    case 'number':
      return one(summary.number)
    case 'addressee':
      return one(summary.addressee)
    case 'signature':
      return one(summary.signature)
    case 'date':
      return one(summary.date)
    case 'disclosure':
      return summary.disclosureFlags.map(valueOf)
    case 'attachments':
      return summary.attachments.map(valueOf)
    case 'repealNotes':
      return summary.repealNotes.map(valueOf)
    case 'responsibleUnits':
      return summary.annotations.items.map(valueOf)
  }
}

/** ✗ where a rule of the element reports an error or a warning, ✓ where it is written and none does, — where it is absent. */
export function elementChecklist(summary: DraftSummary, findings: readonly Finding[]): ChecklistRow[] {
  return CHECKLIST_ELEMENTS.map((element) => {
    const values = valuesOf(summary, element)
    const on = findings.flatMap((finding, index) => (finding.ruleId && elementOfRule.get(finding.ruleId) === element ? [index] : []))
    const objected = on.some((index) => findings[index].severity !== 'info')
    const mark = objected ? 'problem' : values.length > 0 ? 'ok' : 'absent'
    return {element, mark, values, findings: on, ...(element === 'responsibleUnits' ? {coverage: summary.annotations.coverage} : {})}
  })
}
