/**
 * What a draft holds, element by element, as written and where: the review sheet's checklist, the
 * editor's hovers and `--format json` read this instead of deriving it again. Plain data, so it
 * crosses worker threads and sits in the cache unchanged.
 */
import type {Located, Notice, NoticeKind} from './notice/types.js'
import {hasSubItems} from './notice/views.js'
import {isoOfParts} from './recognisers/date.js'

/** An element's text and span: 1-based lines and columns (UTF-16 code units, end exclusive) and 0-based offsets. */
export interface SummaryElement {
  text: string
  line: number
  column: number
  endLine: number
  endColumn: number
  offset: number
  endOffset: number
}

export interface DraftSummary {
  kind: NoticeKind
  /** Where the issuer was read: the header line, the title, the signature, or the front matter. */
  issuer?: SummaryElement & {from: 'header' | 'title' | 'signature' | 'front-matter'}
  title?: SummaryElement
  /** `canonical`: `代字〔YYYY〕N号` rebuilt, when the number can be read; `placeholder`: not assigned yet (`〔2026〕　号`). */
  number?: SummaryElement & {canonical?: string; misplaced: boolean; placeholder?: true}
  addressee?: SummaryElement
  signature?: SummaryElement & {misplaced: boolean}
  /** `iso`: `YYYY-MM-DD` when the date can be read; `placeholder`: not fixed yet (`2026年 月 日`). */
  date?: SummaryElement & {iso?: string; misplaced: boolean; placeholder?: true}
  disclosureFlags: Array<SummaryElement & {placement: string}>
  /** The attachment note's items (`附件：1.…`), each with its title as written. */
  attachments: Array<SummaryElement & {label: string; title: string}>
  repealNotes: Array<SummaryElement & {number?: string; title?: string}>
  annotations: {
    items: Array<SummaryElement & {units: string[]}>
    /** Task paragraphs (numbered items that are neither headings nor parents) and how many carry an annotation. */
    coverage: {tasks: number; annotated: number}
  }
}

function element(located: Located): SummaryElement {
  const {start, end} = located.position
  return {text: located.text, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset: start.offset, endOffset: end.offset}
}

/** An element with more fields after its own: built in place, as thousands of drafts a run are summarized. */
function elementWith<Extra extends object>(located: Located, extra: Extra): SummaryElement & Extra {
  return Object.assign(element(located), extra)
}

function issuerOf(notice: Notice): DraftSummary['issuer'] {
  if (notice.issuerHeader) return elementWith(notice.issuerHeader, {from: notice.issuerHeader.inTitle ? ('title' as const) : ('header' as const)})
  if (notice.title?.issuer) return elementWith(notice.title.issuer, {from: 'title' as const})
  if (notice.signature) return elementWith(notice.signature, {from: 'signature' as const})
  const span = notice.frontMatter?.keys.issuer
  const named = notice.frontMatter?.data?.issuer
  if (span && typeof named === 'string') return elementWith({text: named, position: span}, {from: 'front-matter' as const})
  return undefined
}

/** Task paragraphs (numbered items that are neither headings nor parents) and how many carry an annotation. */
function coverageOf(notice: Notice): DraftSummary['annotations']['coverage'] {
  let tasks = 0
  let annotated = 0
  for (const item of notice.items) {
    if (item.isHeading || hasSubItems(notice, item)) continue
    tasks++
    if (item.annotations.length > 0) annotated++
  }
  return {tasks, annotated}
}

export function summarize(notice: Notice): DraftSummary {
  const {number, date, signature} = notice
  const parts = date?.parts
  const summary: DraftSummary = {
    kind: notice.kind,
    issuer: issuerOf(notice),
    title: notice.title && element(notice.title),
    number: undefined,
    addressee: notice.addressee && element(notice.addressee),
    signature: signature && elementWith(signature, {misplaced: signature.misplaced}),
    date: undefined,
    disclosureFlags: notice.disclosureFlags.map((flag) => elementWith(flag, {placement: flag.placement})),
    attachments: (notice.attachmentNote?.items ?? []).map((item) => elementWith(item, {label: item.label, title: item.title.text})),
    repealNotes: notice.repealNotes.map((note) => elementWith(note, {number: note.number?.text, title: note.title?.text})),
    annotations: {
      items: notice.annotations.map((annotation) => elementWith(annotation, {units: annotation.units.map((unit) => unit.text)})),
      coverage: coverageOf(notice),
    },
  }
  if (number) {
    const summarized: NonNullable<DraftSummary['number']> = elementWith(number, {canonical: number.canonical, misplaced: number.misplaced})
    if (number.parts.placeholder) summarized.placeholder = true
    summary.number = summarized
  }
  if (date) {
    const summarized: NonNullable<DraftSummary['date']> = elementWith(date, {iso: parts && isoOfParts(parts), misplaced: date.misplaced})
    if (parts?.placeholder) summarized.placeholder = true
    summary.date = summarized
  }
  return summary
}
