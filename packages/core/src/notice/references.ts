import {INLINE_DATE} from '../recognisers/date.js'
import {BARE_CITED_NUMBER, CITED_NUMBER, UNCLOSED_CITED_NUMBER} from '../recognisers/doc-number.js'
import {namesDocument} from '../recognisers/title.js'
import type {Citation, Located, Locator, RepealNote, Unit} from './types.js'

const DATE = INLINE_DATE.source
const DATE_BEFORE_ISSUE = new RegExp(String.raw`(?<date>${DATE})\s*(?<issuer>[\u4e00-\u9fa5]{0,30}?)\s*(?:印发|发布|下发)的\s*$`, 'u')
const NUMBER_AFTER_TITLE = new RegExp(
  String.raw`^\s*(?:(?<group>[（(]\s*(?<inner>(?:[^（）()]|[（(][^（）()]*[）)])*?)\s*[）)])|(?<bare>${BARE_CITED_NUMBER}))?`,
  'u',
)
/** A repeal note whose title lacks `《》`: `原陵川县抗旱应急预案（陵政办发〔2017〕36号）同时` (before `废止`). */
const UNQUOTED_NOTE = new RegExp(
  String.raw`(?:^|[，,：:])\s*(?:(?<original>原)|(?<date>${DATE})\s*(?<issuer>[\u4e00-\u9fa5]{0,30}?)\s*(?:印发|发布|下发)的)\s*` +
    String.raw`(?<title>[^《》“”"‘’'，,；;：:（）()]{4,60}?)\s*(?<group>[（(]\s*(?<inner>(?:[^（）()]|[（(][^（）()]*[）)])*?号)\s*[）)])?\s*(?:同时)?\s*$`,
  'u',
)

/** A repeal note citing only a number (`民政发〔2012〕118号文件同时废止。`): the title is what is missing. */
const NUMBER_ONLY_NOTE = new RegExp(
  String.raw`(?:^|[，,：:])\s*(?<original>原)?\s*(?<group>[（(]\s*)?(?<number>${BARE_CITED_NUMBER})\s*[）)]?\s*(?:文件|文)?\s*(?:同时)?\s*$`,
  'u',
)

/**
 * Notes that repeal a predecessor: `原《title》（number）同时废止。` and
 * `YYYY年M月D日[issuer]印发的《title》（number）同时废止。`. A seal's repeal (`原“…”印章同时废止`) is not one.
 */
export function readRepealNotes(units: Unit[], locator: Locator, include: (unit: Unit) => boolean): RepealNote[] {
  const notes: RepealNote[] = []
  for (const unit of units) {
    if (unit.kind === 'heading' || unit.kind === 'table' || !include(unit)) continue
    const text = unit.text
    if (!text.includes('废止')) continue
    const base = unit.position.start.offset
    for (const found of text.matchAll(/(?:同时)?废止/gu)) {
      const stop = {at: found.index ?? 0, word: found[0]}
      const stopAt = stop.at
      // The sentence before `废止`, back to the previous full stop or semicolon.
      const sentenceStart = Math.max(text.lastIndexOf('。', stopAt - 1), text.lastIndexOf('；', stopAt - 1)) + 1
      const sentence = text.slice(sentenceStart, stopAt)
      const titleAt = sentence.lastIndexOf('《')
      if (titleAt < 0) {
        const where: NoteSentence = {text, base, sentenceStart, sentence, stop, locator}
        const unquoted = readUnquotedNote(where) ?? readNumberOnlyNote(where)
        if (unquoted) notes.push(unquoted)
        continue
      }
      const titleClose = sentence.indexOf('》', titleAt)
      if (titleClose < 0) continue
      const titleText = sentence.slice(titleAt + 1, titleClose)
      const title: Located = {
        text: titleText,
        position: locator.span(base + sentenceStart + titleAt + 1, base + sentenceStart + titleClose),
      }
      // What stands between the title and 废止: the number, bracketed or bare.
      const after = sentence.slice(titleClose + 1)
      const numberMatch = NUMBER_AFTER_TITLE.exec(after)
      let number: Located | undefined
      let numberGroup: Located | undefined
      let numberBracketed = false
      const afterStart = base + sentenceStart + titleClose + 1
      if (numberMatch?.groups?.group) {
        const groupAt = numberMatch.index + numberMatch[0].indexOf(numberMatch.groups.group)
        numberGroup = {text: numberMatch.groups.group, position: locator.span(afterStart + groupAt, afterStart + groupAt + numberMatch.groups.group.length)}
        const inner = numberMatch.groups.inner.trim()
        if (/号$/u.test(inner)) {
          const innerAt = afterStart + groupAt + numberMatch.groups.group.indexOf(inner)
          number = {text: inner, position: locator.span(innerAt, innerAt + inner.length)}
          numberBracketed = numberMatch.groups.group.startsWith('（') && numberMatch.groups.group.endsWith('）')
        }
      } else if (numberMatch?.groups?.bare) {
        const bareAt = afterStart + numberMatch[0].indexOf(numberMatch.groups.bare)
        number = {text: numberMatch.groups.bare, position: locator.span(bareAt, bareAt + numberMatch.groups.bare.length)}
      }

      const beforeTitle = sentence.slice(0, titleAt)
      let form: RepealNote['form'] = 'bare'
      let noteStart = sentenceStart + titleAt
      let date: Located | undefined
      let issuer: Located | undefined
      const dated = DATE_BEFORE_ISSUE.exec(beforeTitle)
      if (dated?.groups) {
        form = 'dated'
        noteStart = sentenceStart + dated.index
        const dateAt = base + noteStart
        date = {text: dated.groups.date, position: locator.span(dateAt, dateAt + dated.groups.date.length)}
        if (dated.groups.issuer) {
          const issuerAt = base + noteStart + dated[0].indexOf(dated.groups.issuer, dated.groups.date.length)
          issuer = {text: dated.groups.issuer, position: locator.span(issuerAt, issuerAt + dated.groups.issuer.length)}
        }
      } else if (/原\s*$/u.test(beforeTitle)) {
        form = 'original'
        noteStart = sentenceStart + beforeTitle.search(/原\s*$/u)
      }
      notes.push(closeNote(text, base, noteStart, stop, locator, {form, title, number, numberBracketed, numberGroup, date, issuer, titleQuoted: true}))
    }
  }
  return notes
}

/** The sentence of a unit before one of its `废止`, where a note without `《》` is looked for. */
interface NoteSentence {
  text: string
  /** Offset of the unit's text in the draft. */
  base: number
  sentenceStart: number
  sentence: string
  stop: {at: number; word: string}
  locator: Locator
}

/** A note naming its predecessor without `《》`: only with `原` or a date of issue before it, and a number or a document's name. */
function readUnquotedNote(where: NoteSentence): RepealNote | undefined {
  const {text, base, sentenceStart, sentence, stop, locator} = where
  const match = UNQUOTED_NOTE.exec(sentence)
  if (!match?.groups) return undefined
  const groups = match.groups
  const titleText = groups.title.trim()
  if (/印章|专用章/u.test(titleText) || /^(?:有|则|来|先|因)/u.test(titleText)) return undefined
  // Without a number, what it names must be a document, not a seal (`原“…”印章`).
  if (!groups.group && !namesDocument(titleText)) return undefined
  const at = (part: string, from: number) => sentenceStart + sentence.indexOf(part, from)
  const leadAt = (match.index ?? 0) + match[0].search(/原|\d/u)
  const titleAt = at(titleText, leadAt + 1)
  const title: Located = {text: titleText, position: locator.span(base + titleAt, base + titleAt + titleText.length)}
  let number: Located | undefined
  let numberGroup: Located | undefined
  let numberBracketed = false
  if (groups.group) {
    const groupAt = at(groups.group, titleAt - sentenceStart + titleText.length)
    numberGroup = {text: groups.group, position: locator.span(base + groupAt, base + groupAt + groups.group.length)}
    const inner = groups.inner.trim()
    const innerAt = groupAt + groups.group.indexOf(inner)
    number = {text: inner, position: locator.span(base + innerAt, base + innerAt + inner.length)}
    numberBracketed = groups.group.startsWith('（') && groups.group.endsWith('）')
  }
  let date: Located | undefined
  let issuer: Located | undefined
  if (groups.date) {
    const dateAt = sentenceStart + leadAt
    date = {text: groups.date, position: locator.span(base + dateAt, base + dateAt + groups.date.length)}
    if (groups.issuer) {
      const issuerAt = at(groups.issuer, leadAt + groups.date.length)
      issuer = {text: groups.issuer, position: locator.span(base + issuerAt, base + issuerAt + groups.issuer.length)}
    }
  }
  const form = groups.original ? 'original' : 'dated'
  return closeNote(text, base, sentenceStart + leadAt, stop, locator, {form, title, number, numberBracketed, numberGroup, date, issuer, titleQuoted: false})
}

function readNumberOnlyNote(where: NoteSentence): RepealNote | undefined {
  const {text, base, sentenceStart, sentence, stop, locator} = where
  const match = NUMBER_ONLY_NOTE.exec(sentence)
  if (!match?.groups) return undefined
  const lead = (match.index ?? 0) + match[0].search(/[^，,：:\s]/u)
  const numberAt = sentenceStart + (match.index ?? 0) + match[0].indexOf(match.groups.number)
  const number: Located = {text: match.groups.number, position: locator.span(base + numberAt, base + numberAt + match.groups.number.length)}
  const form = match.groups.original ? 'original' : 'bare'
  return closeNote(text, base, sentenceStart + lead, stop, locator, {form, number, numberBracketed: false})
}

/** The note from its start through `废止` and the full stop after it, with what was read of it. */
function closeNote(
  text: string,
  base: number,
  noteStart: number,
  stop: {at: number; word: string},
  locator: Locator,
  read: Omit<RepealNote, 'text' | 'position' | 'endsProperly'>,
): RepealNote {
  const stopEnd = stop.at + stop.word.length
  const noteEnd = text[stopEnd] === '。' ? stopEnd + 1 : stopEnd
  return {
    text: text.slice(noteStart, noteEnd),
    position: locator.span(base + noteStart, base + noteEnd),
    ...read,
    endsProperly: stop.word === '同时废止' && text[stopEnd] === '。',
  }
}

const PREFIX_BOUNDARY = /^(?:.*?(?:按照|根据|依据|依照|参照|执行|落实|贯彻|见|及|和|与|或|的|是|由|经|对|在|将|把|为|以))/u
/** After a bracket or a mark the prefix is the 代字 itself (`（长农经发〔2020〕38号）`), less any verb before it (`）和按照长政办发`). */
const LEADING_VERB = /^(?:.*?(?:按照|根据|依据|依照|参照|执行|落实|贯彻|详见|参见))/u

/** What CITED_NUMBER and UNCLOSED_CITED_NUMBER both hold: an opening bracket, then the year. */
const BRACKETED_YEAR = /[〔\[【（(]\s*\d{4}/u

/** 文号 cited in the text, outside repeal notes (those belong to the repeal-note rules). */
export function readCitations(units: Unit[], locator: Locator, repealNotes: RepealNote[], include: (unit: Unit) => boolean): Citation[] {
  const citations: Citation[] = []
  const inRepeal = (offset: number) =>
    repealNotes.some((note) => offset >= note.position.start.offset && offset < note.position.end.offset)
  for (const unit of units) {
    if (unit.kind === 'table' || !include(unit)) continue
    const text = unit.text
    // Both number patterns need a bracket before four digits: without one, neither is tried at every character.
    if (!text.includes('号') || !BRACKETED_YEAR.test(text)) continue
    const base = unit.position.start.offset
    const matches = [...text.matchAll(CITED_NUMBER)]
    // A number whose closing bracket was lost, where no whole number stands.
    for (const unclosed of text.matchAll(UNCLOSED_CITED_NUMBER)) {
      const end = unclosed.index + unclosed[0].length
      if (!matches.some((match) => match.index < end && unclosed.index < match.index + match[0].length)) matches.push(unclosed)
    }
    matches.sort((a, b) => a.index - b.index)
    for (const match of matches) {
      const groups = match.groups!
      // The greedy-free prefix may still start with running words (`按照长政办发`): cut them off.
      let prefix = groups.prefix
      const inRunningText = /[\u4e00-\u9fa5]/u.test(text[(match.index ?? 0) - 1] ?? '')
      const boundary = (inRunningText ? PREFIX_BOUNDARY : LEADING_VERB).exec(prefix)
      if (boundary && boundary[0].length < prefix.length) prefix = prefix.slice(boundary[0].length)
      const start = (match.index ?? 0) + (groups.prefix.length - prefix.length)
      const end = (match.index ?? 0) + match[0].length
      if (inRepeal(base + start)) continue
      const before = text.slice(0, start)
      const after = text.slice(end)
      const parenthesized = /[（(]\s*$/u.test(before) && /^\s*[）)]/u.test(after)
      citations.push({
        text: text.slice(start, end),
        position: locator.span(base + start, base + end),
        prefix,
        year: groups.year,
        openBracket: groups.open,
        closeBracket: groups.close ?? '',
        sequence: groups.seq,
        afterTitle: /》\s*[（(]?\s*$/u.test(before),
        parenthesized,
        ...(groups.close === undefined ? {missing: ['〕']} : {}),
      })
    }
  }
  return citations
}
