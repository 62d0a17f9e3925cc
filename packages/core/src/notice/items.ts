import {ANNOTATION_LABELS, UNIT_LABELS, UNIT_SEPARATOR, bracketGroups, classifyAnnotation, cleanUnitName} from '../recognisers/annotation.js'
import {readMarker} from '../recognisers/numerals.js'
import type {AnnotationField, AnnotationUnit, Locator, NumberedItem, ResponsibleAnnotation, Section, Unit} from './types.js'

/**
 * The numbered items (`一、` `（一）` `1.` `（1）`) of the body and of each enclosure or attachment, each
 * with its parent: the nearest item before it of a higher level in the same section.
 */
export function readItems(units: Unit[], body: {firstUnit: number; lastUnit: number}, sections: Section[], locator: Locator): NumberedItem[] {
  const items: NumberedItem[] = []
  const scopes: Array<{scope: number; first: number; last: number}> = [
    {scope: -1, first: body.firstUnit, last: body.lastUnit},
    ...sections.map((section, index) => ({scope: index, first: section.firstUnit, last: section.lastUnit})),
  ]
  // The items of an enclosure's 附件说明 (`1.` `2.` …) are not part of the numbering.
  const notes = sections.flatMap((section) => (section.attachmentNote ? [section.attachmentNote.position] : []))
  const inNote = (unit: Unit) => notes.some((span) => unit.position.start.offset >= span.start.offset && unit.position.start.offset < span.end.offset)
  for (const {scope, first, last} of scopes) {
    const stack: number[] = []
    for (let index = Math.max(0, first); index <= last && index < units.length; index++) {
      const unit = units[index]
      if (unit.kind === 'table' || unit.kind === 'other') continue
      if (unit.kind === 'heading' && unit.depth === 1) continue
      if (inNote(unit)) continue
      const marker = readMarker(unit.text)
      if (!marker) continue
      while (stack.length > 0 && items[stack[stack.length - 1]].level >= marker.level) stack.pop()
      const markerStart = unit.position.start.offset + unit.text.indexOf(marker.marker)
      const item: NumberedItem = {
        text: unit.text,
        position: unit.position,
        level: marker.level,
        marker: {text: marker.marker, position: locator.span(markerStart, markerStart + marker.marker.length)},
        ordinal: marker.ordinal,
        style: marker.style,
        parent: stack.length > 0 ? stack[stack.length - 1] : undefined,
        scope,
        unitIndex: index,
        lastUnitIndex: index,
        isHeading: unit.kind === 'heading',
        annotations: [],
      }
      stack.push(items.length)
      items.push(item)
    }
  }
  // An item's own text runs to the unit before the next item or heading of its section.
  for (const [position, item] of items.entries()) {
    const next = items[position + 1]
    const limit = next && next.scope === item.scope ? next.unitIndex - 1 : scopeEnd(item.scope, body, sections)
    let last = item.unitIndex
    for (let index = item.unitIndex + 1; index <= limit; index++) {
      const unit = units[index]
      if (unit.kind === 'heading') break
      last = index
    }
    item.lastUnitIndex = last
  }
  return items
}

function scopeEnd(scope: number, body: {lastUnit: number}, sections: Section[]): number {
  return scope < 0 ? body.lastUnit : sections[scope].lastUnit
}

/** From where it is tried to the end of the text: at most a full stop or semicolon, then only spaces. */
const CLOSES_PARAGRAPH = /[。；;]?\s*$/uy

/**
 * Responsible-unit annotations in the text units: labelled (`（责任单位：…）`), suffix (`（X负责）`,
 * `（X牵头，Y配合）`) or a bare list of units closing a paragraph (`（县直各有关部门）`).
 */
export function readAnnotations(units: Unit[], items: NumberedItem[], locator: Locator, include: (unit: Unit) => boolean): ResponsibleAnnotation[] {
  const annotations: ResponsibleAnnotation[] = []
  const itemByUnit = new Map<number, NumberedItem>()
  for (const item of items) for (let index = item.unitIndex; index <= item.lastUnitIndex; index++) itemByUnit.set(index, item)

  for (const unit of units) {
    if (!include(unit)) continue
    const text = unit.text
    if (!/[（(〔]/u.test(text)) continue
    const base = unit.position.start.offset
    for (const group of bracketGroups(text)) {
      const inner = text.slice(group.start + 1, group.end - 1)
      CLOSES_PARAGRAPH.lastIndex = group.end
      const closesParagraph = CLOSES_PARAGRAPH.test(text)
      const form = classifyAnnotation(inner, closesParagraph)
      if (!form) continue
      // A bare list of names is an annotation only after a sentence (`…。（县直各有关部门）`), not `…方案（试行）`.
      if (form === 'list' && !/[。；;！？]$/u.test(text.slice(0, group.start).trimEnd())) continue
      const innerStart = base + group.start + 1
      const {fields, units: named} = readFields(inner, innerStart, form, locator)
      const annotation: ResponsibleAnnotation = {
        text: text.slice(group.start, group.end),
        position: locator.span(base + group.start, base + group.end),
        open: group.open,
        close: group.close,
        inner: {text: inner, position: locator.span(innerStart, innerStart + inner.length)},
        form,
        fields,
        units: named,
        closesParagraph: text.slice(group.end).trim() === '',
        precededBy: text.slice(0, group.start).trimEnd().slice(-1),
        unitIndex: unit.index,
      }
      const item = itemByUnit.get(unit.index)
      if (item) item.annotations.push(annotations.length)
      annotations.push(annotation)
    }
  }
  return annotations
}

function readFields(inner: string, innerStart: number, form: ResponsibleAnnotation['form'], locator: Locator): {fields: AnnotationField[]; units: AnnotationUnit[]} {
  const fields: AnnotationField[] = []
  const units: AnnotationUnit[] = []
  const addUnits = (value: string, valueStart: number) => {
    let offset = 0
    for (const piece of value.split(UNIT_SEPARATOR)) {
      const name = cleanUnitName(piece)
      const at = value.indexOf(name, offset)
      if (name && at >= 0 && !/^\d/.test(name)) {
        units.push({text: name, position: locator.span(valueStart + at, valueStart + at + name.length)})
      }
      offset += piece.length + 1
    }
  }
  if (form === 'labelled') {
    // Fields are `label：value` separated by `；` (or `，` before a second label, form B).
    const matches = [...inner.matchAll(ANNOTATION_LABELS)]
    for (const [position, match] of matches.entries()) {
      const labelStart = match.index ?? 0
      const valueStart = labelStart + match[0].length
      const nextStart = matches[position + 1]?.index ?? inner.length
      const rawValue = inner.slice(valueStart, nextStart)
      const value = rawValue.replace(/[；;，,\s]+$/u, '')
      const label = match.groups!.label
      const colonAt = labelStart + match[0].length - 1
      fields.push({
        label: {text: label, position: locator.span(innerStart + labelStart, innerStart + labelStart + label.length)},
        colon: {text: match.groups!.colon, position: locator.span(innerStart + colonAt, innerStart + colonAt + 1)},
        value: {text: value, position: locator.span(innerStart + valueStart, innerStart + valueStart + value.length)},
      })
      if (UNIT_LABELS.has(label)) addUnits(value, innerStart + valueStart)
    }
  } else {
    fields.push({value: {text: inner, position: locator.span(innerStart, innerStart + inner.length)}})
    const head = inner.split(/[。]/u)[0]
    addUnits(head, innerStart)
  }
  return {fields, units}
}
