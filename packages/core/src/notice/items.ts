import {
  ANNOTATION_LABEL,
  ANNOTATION_SUFFIX,
  NUMBERING_MARKERS,
  UNIT_LABELS,
  UNIT_NAME,
  chineseNumeralValue,
} from '../patterns.js'
import type {Locator} from './locator.js'
import type {AnnotationField, AnnotationUnit, NumberedItem, ResponsibleAnnotation, Section, Unit} from './types.js'

/** Reads the numbering marker at the start of a block's source text, if any. */
export function readMarker(text: string): {level: 1 | 2 | 3 | 4; marker: string; ordinal: number; style: string} | undefined {
  // A `**一、…**` bold wrapper does not hide the marker.
  const stripped = text.replace(/^\*{1,2}/, '')
  const shift = text.length - stripped.length
  for (const {level, pattern, style} of NUMBERING_MARKERS) {
    const match = pattern.exec(stripped)
    if (!match?.groups) continue
    const num = match.groups.num
    const ordinal = /^\d+$/.test(num) ? Number(num) : chineseNumeralValue(num)
    if (ordinal === undefined) continue
    return {level, marker: text.slice(0, shift + match[0].length).slice(shift), ordinal, style: style(match)}
  }
  return undefined
}

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

const BRACKET = /[（(〔）)〕]/gu
const OPENING = new Set(['（', '(', '〔'])

/** Top-level bracket groups of a text, nested brackets kept inside their group. */
export function bracketGroups(text: string): Array<{start: number; end: number; open: string; close: string}> {
  const groups: Array<{start: number; end: number; open: string; close: string}> = []
  let depth = 0
  let start = -1
  // Jump from bracket to bracket: most of a paragraph is prose without any.
  BRACKET.lastIndex = 0
  for (let match = BRACKET.exec(text); match; match = BRACKET.exec(text)) {
    const index = match.index
    if (OPENING.has(match[0])) {
      if (depth === 0) start = index
      depth++
    } else if (depth > 0) {
      depth--
      if (depth === 0) groups.push({start, end: index + 1, open: text[start], close: match[0]})
    }
  }
  return groups
}

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
      const closesParagraph = text.slice(group.end).trim() === '' || /^[。；;]?\s*$/u.test(text.slice(group.end))
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

function classifyAnnotation(inner: string, closesParagraph: boolean): ResponsibleAnnotation['form'] | undefined {
  const trimmed = inner.trim()
  if (ANNOTATION_LABEL.test(trimmed)) return 'labelled'
  if (!closesParagraph) return undefined
  if (trimmed.length > 200) return undefined
  const head = trimmed.split(/[。；;]/u)[0]
  if (ANNOTATION_SUFFIX.test(head) && splitUnits(head.replace(ANNOTATION_SUFFIX, '')).every((part) => looksLikeUnit(part))) return 'suffix'
  const parts = splitUnits(trimmed)
  if (parts.length > 0 && parts.every((part) => isUnitName(part))) return 'list'
  return undefined
}

/** UNIT_NAME, reading `各乡、镇人民政府` as `各乡镇人民政府`. */
function isUnitName(part: string): boolean {
  return UNIT_NAME.test(part.replace(/乡、镇/u, '乡镇'))
}

function looksLikeUnit(part: string): boolean {
  return isUnitName(part) || /等(?:单位|部门|相关单位)?$/u.test(part) || /牵头|配合|落实|负责/u.test(part)
}

// `各乡、镇人民政府` (平顺, 沁县) is one name: a `、` before 镇 does not separate units.
const UNIT_SEPARATOR = /[，,；;]|、(?!镇)/u

function splitUnits(text: string): string[] {
  return text
    .split(UNIT_SEPARATOR)
    .map((part) => cleanUnitName(part))
    .filter(Boolean)
}

/** A unit's name without the wording around it in an annotation (`等`, `按职责分工负责`, `牵头`). */
export function cleanUnitName(part: string): string {
  return part
    .trim()
    .replace(/(?:(?:分别按照职责|按职责分工|按职责|等部门分工|分工)?(?:负责|落实|牵头|配合|指导督促落实))+$/u, '')
    .replace(/等(?:相关|有关)?(?:单位|部门)?$/u, '')
    .trim()
    // A unit's alias in brackets after its name: `县行政审批服务管理局〔县政务信息管理局〕`.
    .replace(/[〔（(]([^〔〕（）()]+)[〕）)]$/u, (alias, name: string) => (UNIT_NAME.test(name) ? '' : alias))
    .trim()
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
    const pattern = /(?<label>责任单位|牵头单位|配合单位|参与单位|协同单位|协办单位|主办单位|责任领导|分管领导|责任科室|责任股室|责任人|完成时限|完成时间|时限要求)\s*(?<colon>[：:])/gu
    const matches = [...inner.matchAll(pattern)]
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
