/**
 * What a draft holds, element by element, as written and where: the review sheet's checklist, the
 * editor's hovers and `--format json` read this instead of deriving it again. Plain data, so it
 * crosses worker threads and sits in the cache unchanged.
 */
import type {Located, Notice, NoticeKind} from './notice/types.js'
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

function issuerOf(notice: Notice): DraftSummary['issuer'] {
  if (notice.issuerHeader) return {...element(notice.issuerHeader), from: notice.issuerHeader.inTitle ? 'title' : 'header'}
  if (notice.title?.issuer) return {...element(notice.title.issuer), from: 'title'}
  if (notice.signature) return {...element(notice.signature), from: 'signature'}
  const span = notice.frontMatter?.keys.issuer
  const named = notice.frontMatter?.data?.issuer
  if (span && typeof named === 'string') return {...element({text: named, position: span}), from: 'front-matter'}
  return undefined
}

export function summarize(notice: Notice): DraftSummary {
  const parents = new Set(notice.items.flatMap((item) => (item.parent === undefined ? [] : [item.parent])))
  const tasks = notice.items.filter((item, index) => !item.isHeading && !parents.has(index))
  const {number, date, signature} = notice
  const parts = date?.parts
  return {
    kind: notice.kind,
    issuer: issuerOf(notice),
    title: notice.title && element(notice.title),
    number: number && {...element(number), canonical: number.canonical, misplaced: number.misplaced, ...(number.parts.placeholder ? {placeholder: true as const} : {})},
    addressee: notice.addressee && element(notice.addressee),
    signature: signature && {...element(signature), misplaced: signature.misplaced},
    date: date && {
      ...element(date),
      iso: parts && isoOfParts(parts),
      misplaced: date.misplaced,
      ...(parts?.placeholder ? {placeholder: true as const} : {}),
    },
    disclosureFlags: notice.disclosureFlags.map((flag) => ({...element(flag), placement: flag.placement})),
    attachments: (notice.attachmentNote?.items ?? []).map((item) => ({...element(item), label: item.label, title: item.title.text})),
    repealNotes: notice.repealNotes.map((note) => ({...element(note), number: note.number?.text, title: note.title?.text})),
    annotations: {
      items: notice.annotations.map((annotation) => ({...element(annotation), units: annotation.units.map((unit) => unit.text)})),
      coverage: {tasks: tasks.length, annotated: tasks.filter((item) => item.annotations.length > 0).length},
    },
  }
}
