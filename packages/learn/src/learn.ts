/**
 * Learns a county profile from its published notices: the drafts `split` makes of its gazettes, or
 * drafts already in Markdown. Everything is counted from the Notice model the rules read, so the
 * profile describes the text the way the linter sees it. Output is sorted: the same input gives the
 * same bytes.
 */
import {
  addresseeSeparators,
  annotationForm,
  compareNumbers,
  countyOfIssuer,
  isoDate,
  noticeFromText,
  numberKey,
  parseDocNumber,
  registryEntryFromNotice,
  STANDARD_FLAGS,
  letterSeriesOf,
  type Notice,
  type Profile,
  type ProfileConventions,
  type RegistryEntry,
} from '@gazette-lint/core'

export interface LearnSource {
  /** Where the draft came from (`000:4794` for a gazette, a path for a draft), for `registry[].source`. */
  source: string
  /** The draft's Markdown. */
  markdown: string
  /** For a notice split from a gazette: its lines, with the gazette's line numbers. */
  lines?: Array<{text: string; line: number}>
  /**
   * A draft (`false`) shows the county's conventions (issuers, 代字, units, flags) but was never published: it
   * never enters the registry, nor do the predecessors its repeal notes name. Default: published.
   */
  published?: boolean
}

export interface LearnOptions {
  id: string
  /** County name; default: the common start of the issuers' names (`陵川县`). */
  county?: string
  generatedFrom?: string[]
}



const counted = (counts: Map<string, number>) =>
  [...counts]
    .map(([name, count]) => ({name, count}))
    .sort((a, b) => b.count - a.count || compareText(a.name, b.name))

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function bump(counts: Map<string, number>, key: string, by = 1) {
  counts.set(key, (counts.get(key) ?? 0) + by)
}

/** A 乡镇 name (`崇文镇`, `马圪当乡`), with or without `人民政府`. */
const TOWN_TOKEN = /^([\u4e00-\u9fa5]{1,3}[镇乡])(?:人民政府|政府)?$/u
const NOT_TOWN = /^(?:各|城|县|全|本|该|有关|相关|所在|乡|镇|农村|城镇|村镇|事发|发生|指导|超出|依靠)|乡镇|城乡|下乡|返乡|家乡|老乡/u
/** A county organ's name as member lists print it (`县委宣传部`, `国网绛县供电公司`, `武警绛县中队`). */
const UNIT_TOKEN =
  /^(?:县|市|国网|武警|中国|人行|国家|团县委)[\u4e00-\u9fa5]{0,18}(?:局|办|委|部|中心|大队|中队|公司|支行|分行|段|站|所|院|会|联|队|组|室)$/u
const CLAUSE_SEPARATORS = /[，,；;。：:（）()〔〕“”《》\s]+/u

/**
 * Names that stand in a list mostly of their own kind (`崇文镇、礼义镇、附城镇`, `县委宣传部、县委网信办、…`)
 * or before `人民政府`: a word inside a sentence never qualifies.
 */
function listedNames(text: string, shape: RegExp, exclude?: RegExp): string[] {
  const names: string[] = []
  for (const clause of text.split(CLAUSE_SEPARATORS)) {
    const items = clause.split('、')
    const matches = items.map((item) => shape.exec(item)?.[1] ?? shape.exec(item)?.[0]).filter((name): name is string => Boolean(name))
    // A list is one of names when most of its items are names (member lists end `…等组成`).
    if (items.length >= 2 && matches.length >= Math.max(2, Math.ceil(items.length * 0.6))) names.push(...matches.filter((name) => !exclude?.test(name)))
    else if (items.length === 1 && /人民政府$/u.test(clause)) {
      const single = shape.exec(clause)?.[1]
      if (single && !exclude?.test(single)) names.push(single)
    }
  }
  return names
}

export function learnProfile(sources: LearnSource[], options: LearnOptions): Profile {
  const issuerCounts = new Map<string, Map<string, number>>()
  const flagCounts = new Map<string, number>()
  const units = new Map<string, number>()
  const towns = new Map<string, number>()
  const forms = new Map<string, {count: number; example: string}>()
  const townGroups = new Map<string, number>()
  const registry = new Map<string, RegistryEntry>()
  const repealed = new Map<string, RegistryEntry>()
  const cited = new Map<string, number>()
  /** 代字 of the numbers the notices cite or repeal: a series of the county's own issuers among them is recorded. */
  const mentioned = new Map<string, number>()
  const townNames = new Set<string>()
  const texts: string[] = []
  const habits = {addressee: new Map<string, number>(), addresseeNotices: 0, flagged: 0, notices: 0, brackets: new Map<string, number>()}

  for (const {source, markdown, lines, published: isPublished = true} of sources) {
    const notice = noticeFromText(markdown)
    const issuer = notice.issuerHeader?.text ?? notice.title?.issuer?.text
    const ownNumber = notice.number && !notice.number.misplaced ? notice.number : undefined
    if (issuer && ownNumber) {
      const prefixes = issuerCounts.get(issuer) ?? new Map<string, number>()
      bump(prefixes, ownNumber.parts.prefix)
      issuerCounts.set(issuer, prefixes)
    }
    for (const flag of notice.disclosureFlags) {
      if (flag.placement !== 'after-date') continue
      // The literal, in the full-width brackets a profile keeps (half-width ones are faults to report).
      bump(flagCounts, `（${flag.inner}）`)
    }
    if (notice.kind === 'notice' || notice.kind === 'announcement') {
      habits.notices += 1
      if (notice.disclosureFlags.length > 0) habits.flagged += 1
    }
    const addressee = notice.addressee?.text ?? ''
    const boundaries = addresseeSeparators(addressee).filter((separator) => separator.betweenGroups)
    if (boundaries.length > 0) {
      habits.addresseeNotices += 1
      const kinds = new Set(boundaries.map((separator) => (separator.char === '、' ? '、' : '，')))
      // An addressee with both separators between its groups agrees with neither habit.
      if (kinds.size === 1) bump(habits.addressee, [...kinds][0])
    }
    const group = /^(各乡[、（(]?镇[）)]?(?:人民)?政府)/u.exec(addressee)
    if (group) bump(townGroups, group[1].replace('(', '（').replace(')', '）'))
    for (const annotation of notice.annotations) {
      for (const unit of annotation.units) {
        bump(units, unit.text)
        const town = TOWN_TOKEN.exec(unit.text)?.[1]
        if (town && !NOT_TOWN.test(town)) townNames.add(town)
      }
      bump(habits.brackets, annotation.open === '〔' ? '〔〕' : '（）')
      const form = annotationForm(annotation)
      const known = forms.get(form)
      if (known) known.count += 1
      else forms.set(form, {count: 1, example: annotation.text})
    }
    const annotated = new Set(notice.annotations.map((annotation) => annotation.unitIndex))
    for (const unit of notice.units) {
      if (unit.kind === 'table') continue
      for (const town of listedNames(unit.text, TOWN_TOKEN, NOT_TOWN)) townNames.add(town)
      // A table cell holding only a town's name.
      const cell = TOWN_TOKEN.exec(unit.text)?.[1]
      if (cell && !NOT_TOWN.test(cell)) townNames.add(cell)
      texts.push(unit.text)
      // Units named outside annotations: member lists and prose lists (绛县 writes no annotations).
      if (!annotated.has(unit.index)) for (const name of listedNames(unit.text, UNIT_TOKEN)) bump(units, name)
    }
    for (const citation of notice.citations) bump(cited, citation.prefix)
    for (const note of notice.repealNotes) {
      const prefix = note.number ? parseDocNumber(note.number.text)?.prefix : undefined
      if (prefix) bump(mentioned, prefix)
    }
    if (isPublished) register(notice, {source, lines}, registry, repealed)
  }

  // A town found in a list, a table or before 人民政府 is then counted wherever its name occurs.
  const allText = texts.join('\n')
  for (const town of townNames) bump(towns, town, allText.split(town).length - 1)

  for (const [prefix, count] of cited) bump(mentioned, prefix, count)
  // An issuer's count is its own numbers; its 代字 most used first (绛政办发 before 绛政办函), then the series of
  // its own that the notices only cite or repeal (`陵政办函` beside `陵政办发`); its 函 series seen or implied.
  const issuers = [...issuerCounts]
    .map(([name, prefixes]) => {
      const own = [...prefixes].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([prefix]) => prefix)
      const series = [...mentioned]
        .filter(([prefix]) => !own.includes(prefix) && own.some((ownPrefix) => isSeriesOf(prefix, ownPrefix)))
        .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
        .map(([prefix]) => prefix)
      const all = [...own, ...series]
      const letters = [...new Set(all.flatMap((prefix) => (prefix.endsWith('函') ? [prefix] : (letterSeriesOf(prefix) ?? []))))]
      return {name, prefixes: all, letterPrefixes: letters.length > 0 ? letters : undefined, count: [...prefixes.values()].reduce((sum, count) => sum + count, 0)}
    })
    .map(stripUndefined)
    .sort((a, b) => compareText(a.name, b.name))
  const ownPrefixes = new Set(issuers.flatMap((issuer) => issuer.prefixes))
  for (const [number, entry] of repealed) {
    // Predecessors are the county's own documents (CATALOG §3.12); a number with another 代字 in a
    // repeal note is a drafting error (`陵川政办发`), not a document to register.
    const prefix = parseDocNumber(number)?.prefix
    const owner = issuers.find((issuer) => prefix && issuer.prefixes.includes(prefix))
    if (!owner) continue
    entry.issuer = owner.name
    if (!registry.has(number)) registry.set(number, stripUndefined(entry))
  }
  const county = options.county ?? countyOfIssuer(issuers[0]?.name ?? '')
  const townGroup = counted(townGroups)[0]?.name
  return stripUndefined({
    id: options.id,
    county,
    generatedFrom: options.generatedFrom,
    issuers,
    disclosureLiterals: [...STANDARD_FLAGS, ...[...flagCounts].filter(([flag]) => !STANDARD_FLAGS.includes(flag)).sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([flag]) => flag)],
    townGroup,
    units: counted(units),
    towns: counted(towns),
    citedPrefixes: [...cited.keys()].filter((prefix) => !ownPrefixes.has(prefix)).sort(compareText),
    conventions: conventionsOf(habits),
    annotationForms: [...forms]
      .map(([form, {count, example}]) => ({form, count, example}))
      .sort((a, b) => b.count - a.count || compareText(a.form, b.form)),
    registry: [...registry.values()].map(stripUndefined).sort((a, b) => compareNumbers(a.number, b.number)),
  }) as Profile
}

/**
 * A published notice into the registry, and the predecessors its repeal notes name as repealed (a draft's
 * notes name documents still in force until it is published).
 */
function register(notice: Notice, {source, lines}: Pick<LearnSource, 'source' | 'lines'>, registry: Map<string, RegistryEntry>, repealed: Map<string, RegistryEntry>): void {
  const published = registryEntryFromNotice(notice, source)
  if (published) registry.set(published.number, published)
  for (const note of notice.repealNotes) {
    if (!note.number) continue
    const number = numberKey(note.number.text)
    if (!repealed.has(number)) {
      const line = noteLine(lines, number, note.title?.text)
      repealed.set(number, {
        number,
        title: note.title?.text.replace(/\s+/gu, ''),
        date: isoDate(note.date?.text),
        issuer: note.issuer?.text,
        status: 'repealed',
        source: line ? `${source.replace(/:\d+$/u, '')}:${line}` : source,
      })
    }
  }
}

/**
 * The gazette line where a repeal note starts: the line holding the repealed number's 〔year〕sequence,
 * or the line above it where the note's 《title》 begins (notes wrap over two or three lines).
 */
function noteLine(lines: LearnSource['lines'], number: string, title: string | undefined): number | undefined {
  const parts = parseDocNumber(number)
  if (!lines || !parts) return undefined
  const flat = lines.map((line) => line.text.replace(/\s+/gu, ''))
  const end = flat.findIndex((text) => text.includes(`〔${parts.year}〕${parts.sequence}`))
  if (end < 0) return undefined
  const head = title ? `《${title.replace(/\s+/gu, '').slice(0, 3)}` : undefined
  for (let index = end; head && index >= Math.max(0, end - 3); index--) {
    if (flat[index].includes(head) && flat.slice(index, end + 1).join('').includes('废止')) return lines[index].line
  }
  return lines[end].line
}

/** Another series of the issuer of `own`: its stem with another last character (`陵政办发` → `陵政办函`, `陵政办字`). */
function isSeriesOf(prefix: string, own: string): boolean {
  return prefix.length === own.length && prefix.length >= 3 && prefix.slice(0, -1) === own.slice(0, -1) && /[发函字规文电便通令复]$/u.test(prefix)
}

/** A habit is recorded when at least this share of the notices that show it agree. */
const HABIT_SHARE = 0.8

function conventionsOf(habits: {addressee: Map<string, number>; addresseeNotices: number; flagged: number; notices: number; brackets: Map<string, number>}): ProfileConventions | undefined {
  const conventions: ProfileConventions = {}
  const [separator, agreeing] = [...habits.addressee].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0] ?? []
  if (separator && agreeing !== undefined && agreeing >= habits.addresseeNotices * HABIT_SHARE) {
    conventions.addressee = {groupSeparator: separator as '，' | '、', agreeing, notices: habits.addresseeNotices}
  }
  if (habits.notices > 0) conventions.flags = {printed: habits.flagged, notices: habits.notices}
  if (habits.brackets.size > 0) conventions.annotations = {brackets: counted(habits.brackets).map(({name}) => name as '（）' | '〔〕')}
  return Object.keys(conventions).length > 0 ? conventions : undefined
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T
}
