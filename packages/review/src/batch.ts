/**
 * The checks only a batch shows, from the summaries of its notices: a number used twice, each 代字's numbers
 * of a year in order with the gaps between them, a higher number dated before a lower one, one title issued
 * twice, and a repeal note that names a notice of the same batch (a notice cannot repeal one not yet
 * published). Browser-safe.
 */
import type {DraftSummary, SummaryElement} from '@gazette-lint/core'
import {numberKey, parseNumberLine} from '@gazette-lint/core/recognisers/doc-number.js'
import {normalizeTitle} from '@gazette-lint/core/recognisers/title.js'
import type {BatchChecks, NoticeRef, NumberSeries, SeriesEntry} from './model.js'

/** A notice of the batch as the checks read it: its path, its anchor in the sheet and its summary. */
export interface BatchNotice {
  path: string
  anchor: string
  summary?: DraftSummary
}

const CANONICAL = /^(?<prefix>.+)〔(?<year>\d{4})〕(?<sequence>[1-9]\d*)号$/u

/** A repealed title is looked for inside another notice's title only when it is this long (not `通知`). */
const MIN_TITLE_INSIDE = 8

function ref(notice: BatchNotice, element: SummaryElement): NoticeRef {
  return {path: notice.path, anchor: notice.anchor, text: element.text, place: {line: element.line, column: element.column, endLine: element.endLine, endColumn: element.endColumn}}
}

function groupsOf<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    if (key === undefined) continue
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  return groups
}

/** Missing whole numbers between the lowest and the highest of `sequences`, as ranges. */
export function gapsIn(sequences: readonly number[]): Array<[number, number]> {
  const sorted = [...new Set(sequences)].sort((a, b) => a - b)
  const gaps: Array<[number, number]> = []
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] - sorted[i - 1] > 1) gaps.push([sorted[i - 1] + 1, sorted[i] - 1])
  }
  return gaps
}

const numberKeyOf = (summary: DraftSummary | undefined) =>
  summary?.number && !summary.number.placeholder ? (summary.number.canonical ?? numberKey(summary.number.text)) : undefined

function numberSeries(notices: readonly BatchNotice[]): NumberSeries[] {
  const series = new Map<string, NumberSeries>()
  const seriesOf = (prefix: string, year: string) => {
    const key = `${prefix}\u0000${year}`
    if (!series.has(key)) series.set(key, {prefix, year, entries: [], gaps: [], pending: []})
    return series.get(key)!
  }
  for (const notice of notices) {
    const number = notice.summary?.number
    if (!number) continue
    if (number.placeholder) {
      const parts = parseNumberLine(number.text)
      if (parts && /^\d{4}$/u.test(parts.year)) seriesOf(parts.prefix, parts.year).pending.push(ref(notice, number))
      continue
    }
    const groups = number.canonical ? CANONICAL.exec(number.canonical)?.groups : undefined
    if (!groups) continue
    const entry: SeriesEntry = {...ref(notice, number), sequence: Number(groups.sequence), ...(notice.summary?.date?.iso ? {date: notice.summary.date.iso} : {})}
    seriesOf(groups.prefix, groups.year).entries.push(entry)
  }
  const all = [...series.values()]
  for (const one of all) {
    one.entries.sort((a, b) => a.sequence - b.sequence || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    one.gaps = gapsIn(one.entries.map((entry) => entry.sequence))
  }
  return all.sort((a, b) => (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : Number(a.year) - Number(b.year)))
}

/** Neighbours in number order whose dates run the other way. */
function outOfDateOrder(series: readonly NumberSeries[]): BatchChecks['outOfDateOrder'] {
  const found: BatchChecks['outOfDateOrder'] = []
  for (const {prefix, year, entries} of series) {
    const dated = entries.filter((entry) => entry.date !== undefined)
    for (let i = 1; i < dated.length; i++) {
      const [lower, higher] = [dated[i - 1], dated[i]]
      if (higher.sequence > lower.sequence && higher.date! < lower.date!) found.push({lower, higher, prefix, year})
    }
  }
  return found
}

function repealsInBatch(notices: readonly BatchNotice[]): BatchChecks['repealsInBatch'] {
  const found: BatchChecks['repealsInBatch'] = []
  const titled = notices.filter((notice) => notice.summary?.title)
  for (const notice of notices) {
    for (const note of notice.summary?.repealNotes ?? []) {
      const others = notices.filter((other) => other !== notice)
      const key = note.number ? numberKey(note.number) : undefined
      // A note that names a number repeals that number: its title is then the title of that document.
      let target = key ? others.find((other) => numberKeyOf(other.summary) === key) : undefined
      if (!key && note.title) {
        const title = normalizeTitle(note.title)
        target = titled.find((other) => {
          if (other === notice) return false
          const otherTitle = normalizeTitle(other.summary!.title!.text)
          return otherTitle === title || (title.length >= MIN_TITLE_INSIDE && otherTitle.includes(title))
        })
      }
      if (target) found.push({note: ref(notice, note), target: ref(target, target.summary!.number && key ? target.summary!.number : target.summary!.title!)})
    }
  }
  return found
}

export function batchChecks(notices: readonly BatchNotice[]): BatchChecks {
  const numbered = notices.filter((notice) => numberKeyOf(notice.summary) !== undefined)
  const duplicateNumbers = [...groupsOf(numbered, (notice) => numberKeyOf(notice.summary))]
    .filter(([, group]) => group.length > 1)
    .map(([number, group]) => ({number, notices: group.map((notice) => ref(notice, notice.summary!.number!))}))
  const repeatedTitles = [...groupsOf(notices, (notice) => (notice.summary?.title ? normalizeTitle(notice.summary.title.text) : undefined))]
    .filter(([, group]) => group.length > 1)
    .map(([, group]) => ({title: group[0].summary!.title!.text, notices: group.map((notice) => ref(notice, notice.summary!.title!))}))
  const series = numberSeries(notices)
  return {duplicateNumbers, series, outOfDateOrder: outOfDateOrder(series), repeatedTitles, repealsInBatch: repealsInBatch(notices)}
}
