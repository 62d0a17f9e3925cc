/**
 * Responsible-unit annotations (`（责任单位：县应急局；配合单位：各乡镇人民政府）`, `（县教育局负责）`,
 * `（县直各有关部门）`): their labels, their suffix forms, and the unit names they list.
 */
import type {ResponsibleAnnotation} from '../notice/types.js'

const LABELS = [
  '责任单位', '牵头单位', '配合单位', '参与单位', '协同单位', '协办单位', '主办单位',
  '责任领导', '分管领导', '责任科室', '责任股室', '责任人', '完成时限', '完成时间', '时限要求',
]
const LABEL = String.raw`(?<label>${LABELS.join('|')})\s*(?<colon>[：:])`

/** A label of a labelled annotation at the start of its text (`责任单位：`). */
export const ANNOTATION_LABEL = new RegExp(`^${LABEL}`, 'u')
/** Every label in an annotation's text, for reading its fields. */
export const ANNOTATION_LABELS = new RegExp(LABEL, 'gu')
/** Labels whose values are units (the others name people or deadlines). */
// 责任科室 and 责任股室 name a bureau's internal sections (能源股, 人居办), not county units: not in the gazetteer.
export const UNIT_LABELS = new Set(['责任单位', '牵头单位', '配合单位', '参与单位', '协同单位', '协办单位', '主办单位'])
/** Suffix forms: `（X负责）`, `（X牵头，Y配合）`, `（X落实）`, `（X等部门分工负责）`. */
export const ANNOTATION_SUFFIX = /(?:按职责分工负责|等部门分工负责|分工负责|负责|牵头|配合|分别按照职责落实|落实|指导督促落实)(?:。.*)?$/u
/** A name that reads as an organisation, for bare unit lists (`（县直各有关部门、各乡镇人民政府）`). */
export const UNIT_NAME =
  /^[\u4e00-\u9fa5（）()]{1,30}(?:局|办|委|部|部门|政府|中心|大队|队|公司|行|支行|所|站|会|院|组|室|分局|单位|乡镇|镇|乡|厅|处|科|股|段|馆|团县委|县委|联|协|社|场|监管组|管理部|管委会|办公室|集团)$/u

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
 * The form of the annotation whose bracketed text is `inner`, or undefined when it is none: labelled
 * anywhere, a suffix or a bare list of units only where it closes its paragraph.
 */
export function classifyAnnotation(inner: string, closesParagraph: boolean): ResponsibleAnnotation['form'] | undefined {
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
export const UNIT_SEPARATOR = /[，,；;]|、(?!镇)/u

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

/** The shape of an annotation, as CATALOG §3.11 names the forms: its labels, or its suffix. */
export function annotationForm(annotation: ResponsibleAnnotation): string {
  const bracket = annotation.open === '〔' ? '〔〕' : '（）'
  if (annotation.form === 'labelled') return `${bracket}${annotation.fields.map((field) => `${field.label?.text ?? ''}：`).join('；')}`
  if (annotation.form === 'list') return `${bracket}单位列举`
  const suffix = /(按职责分工负责|等部门分工负责|指导督促落实|牵头.*配合|负责|落实|牵头|配合)(?:。.*)?$/u.exec(annotation.inner.text)
  return `${bracket}…${suffix ? suffix[1].replace(/牵头.*配合/u, '牵头，…配合') : ''}`
}

/** A line as the gazettes print an annotation's start: a bracket, then a label (`（责任单位：`, `〔牵头单位:`). */
export function opensPrintedAnnotation(text: string): boolean {
  return /^[（(〔]/u.test(text) && ANNOTATION_LABEL.test(text.slice(1))
}
