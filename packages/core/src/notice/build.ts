import type {Root} from 'mdast'
import {ATTACHMENT_LABEL} from '../recognisers/attachment.js'
import {isDamagedDateLine, parseDateLine, parsePlaceholderDateLine} from '../recognisers/date.js'
import {canonicalDocNumber, parseNumberLine} from '../recognisers/doc-number.js'
import {parseFlagLine} from '../recognisers/flag.js'
import {isIssuerLine} from '../recognisers/issuer.js'
import {docTypeOf, documentNamedIn, documentsInName, endsWithDocType, issuesDocument, looksLikeTitle} from '../recognisers/title.js'
import {readAnnotations, readItems} from './items.js'
import {readAttachmentNote} from './attachments.js'
import {findSignatureWithDate, isSignatureCandidate} from './closing.js'
import {readCitations, readRepealNotes} from './references.js'
import {readFrontMatter, unclosedFrontMatter} from './front-matter.js'
import {createLocator} from './locator.js'
import {readUnits} from './units.js'
import {
  type DisclosureFlag,
  type DocNumber,
  type FlagPlacement,
  type IssuerHeader,
  type Located,
  type Locator,
  type Notice,
  type NoticeKind,
  type Section,
  type Title,
  type Unit,
  type WordFacts,
} from './types.js'

/**
 * Locates every element of draft-format.md in a parsed draft. The only code that walks the tree;
 * rules read what it returns. A draft read from a Word document brings what the document records beyond
 * its text (`word`), positioned in `text`.
 */
export function buildNotice(tree: Root, text: string, word?: WordFacts): Notice {
  const locator = createLocator(text)
  const {units, comments, frontMatterNode} = readUnits(tree, text, locator)
  const frontMatter = frontMatterNode ? readFrontMatter(frontMatterNode, text, locator) : unclosedFrontMatter(text, locator)

  const titleIndex = findTitle(units)
  const titleUnit = titleIndex >= 0 ? units[titleIndex] : undefined
  const title = titleUnit ? readTitle(titleUnit, locator) : undefined

  const coverEnd = findCoverEnd(units, titleIndex)
  const issuerHeader = readIssuerHeader(units, titleIndex, title)

  // Number: a number-shaped line in the cover (a placeholder or a damaged number too); expected right after
  // the title, or above it in the 版头 order of GB/T 9704-2012 (under the 发文机关标志, or above it).
  const numberCandidates: DocNumber[] = []
  for (let index = 0; index < coverEnd; index++) {
    const unit = units[index]
    if (unit.kind === 'heading' || unit.kind === 'table') continue
    const parts = parseNumberLine(unit.text)
    if (parts) numberCandidates.push({text: unit.text, position: unit.position, parts, canonical: canonicalDocNumber(parts), misplaced: !isNumberPlace(units, index, titleIndex)})
  }
  const numberUnitIndex = (candidate?: DocNumber) => (candidate ? units.findIndex((u) => u.position.start.offset === candidate.position.start.offset) : -1)
  const number = numberCandidates.find((c) => !c.misplaced) ?? numberCandidates.find((c) => numberUnitIndex(c) > titleIndex) ?? numberCandidates[0]
  const numberIndex = numberUnitIndex(number)

  let anchorIndex = Math.max(titleIndex, numberIndex > titleIndex ? numberIndex : -1)
  // Addressee: the paragraph after the number (or the title) when it ends in a colon.
  let addressee: Notice['addressee']
  const addresseeCandidate = units[anchorIndex + 1]
  if (
    titleUnit &&
    addresseeCandidate &&
    anchorIndex + 1 < coverEnd &&
    addresseeCandidate.kind !== 'heading' &&
    /[：:]$/.test(addresseeCandidate.text) &&
    addresseeCandidate.text.length <= 150 &&
    !/^附\s*件/.test(addresseeCandidate.text) &&
    !/。/.test(addresseeCandidate.text)
  ) {
    addressee = {text: addresseeCandidate.text, position: addresseeCandidate.position}
    anchorIndex += 1
  }

  // Date: a date line in the cover after the body started (a placeholder too), preferring one that follows a
  // signature; failing any, a damaged date line (`20171116`), which is the date malformed, not a missing one.
  const bodyStart = anchorIndex + 1
  const dateIndices: number[] = []
  const damagedDateIndices: number[] = []
  for (let index = Math.max(0, bodyStart); index < coverEnd; index++) {
    const unit = units[index]
    if (unit.kind === 'heading' || unit.kind === 'table') continue
    if (parseDateLine(unit.text) || parsePlaceholderDateLine(unit.text)) dateIndices.push(index)
    else if (isDamagedDateLine(unit.text)) damagedDateIndices.push(index)
  }
  if (dateIndices.length === 0) dateIndices.push(...damagedDateIndices)
  // Failing any, the signature and the date typed on one line (`陵川县人民政府办公室　2026年2月20日`).
  const sharedLine = dateIndices.length === 0 ? findSignatureWithDate(units, bodyStart, coverEnd) : undefined
  const dateIndex = sharedLine?.index ?? dateIndices.find((index) => index > 0 && isSignatureCandidate(units[index - 1])) ?? dateIndices[0] ?? -1
  let signatureIndex = sharedLine ? sharedLine.index : dateIndex > 0 && isSignatureCandidate(units[dateIndex - 1]) && dateIndex - 1 >= bodyStart ? dateIndex - 1 : -1
  const issuerName = issuerHeader?.text ?? title?.issuer?.text
  const namesIssuer = (unit: Unit | undefined) =>
    Boolean(unit) && unit!.kind !== 'heading' && unit!.kind !== 'table' && (issuerName ? unit!.text === issuerName : isIssuerLine(unit!.text))
  if (signatureIndex < 0 && dateIndex >= 0) {
    // A date without a signature before it: the signature may stand right after it (swapped) or one
    // line before it (a flag between them); then it is found, and the date is the misplaced element.
    signatureIndex = [dateIndex + 1, dateIndex - 2].find((index) => index >= bodyStart && index < coverEnd && namesIssuer(units[index])) ?? -1
  }
  if (signatureIndex < 0 && dateIndex < 0) {
    // No date: the signature is the last line in the cover naming the issuer.
    for (let index = coverEnd - 1; index >= bodyStart; index--) {
      if (namesIssuer(units[index])) {
        signatureIndex = index
        break
      }
    }
    // Or, naming another issuer than the header, the organ's name that closes the cover (flags aside).
    if (signatureIndex < 0) {
      let index = coverEnd - 1
      while (index >= bodyStart && parseFlagLine(units[index].text)) index--
      if (index >= bodyStart && isSignatureCandidate(units[index]) && isIssuerLine(units[index].text)) signatureIndex = index
    }
  }

  const signature: Notice['signature'] = sharedLine
    ? {...sharedLine.signature, misplaced: false}
    : signatureIndex >= 0
      ? {text: units[signatureIndex].text, position: units[signatureIndex].position, misplaced: false}
      : undefined
  const dateLine = sharedLine?.date ?? (dateIndex >= 0 ? units[dateIndex] : undefined)
  const dateParts = dateLine ? (parseDateLine(dateLine.text) ?? parsePlaceholderDateLine(dateLine.text)) : undefined
  const date: Notice['date'] = sharedLine
    ? {...sharedLine.date, parts: dateParts, misplaced: false, sharesSignatureLine: true}
    : dateLine
      ? {text: dateLine.text, position: dateLine.position, parts: dateParts, misplaced: signatureIndex < 0 || signatureIndex !== dateIndex - 1}
      : undefined

  // Disclosure flags anywhere; the one right after the date is in place.
  const disclosureFlags: DisclosureFlag[] = []
  const closingIndex = dateIndex >= 0 ? dateIndex : signatureIndex
  for (const unit of units) {
    if (unit.kind === 'heading' || unit.kind === 'table') continue
    const flag = parseFlagLine(unit.text)
    if (!flag) continue
    let placement: FlagPlacement
    if (dateIndex >= 0 && unit.index === dateIndex + 1) placement = 'after-date'
    else if (closingIndex >= 0 && unit.index < closingIndex) placement = 'before-signature'
    else if (unit.index >= coverEnd) placement = 'after-enclosure'
    else placement = 'elsewhere'
    disclosureFlags.push({text: unit.text, position: unit.position, placement, inner: flag.inner})
  }

  // The 附件说明 of the cover: before the signature (or the date, or the cover's end).
  const closingIndices = [signatureIndex, dateIndex].filter((index) => index >= 0)
  const bodyLimit = closingIndices.length > 0 ? Math.min(...closingIndices) : coverEnd
  const attachmentNote = readAttachmentNote(units, bodyStart, bodyLimit, locator, 'cover')
  const bodyEnd = (attachmentNote ? units.findIndex((u) => u.position.start.offset === attachmentNote.position.start.offset) : bodyLimit) - 1

  const sections = readSections(units, coverEnd, locator)
  const items = readItems(units, {firstUnit: bodyStart, lastUnit: bodyEnd}, sections, locator)
  const annotations = readAnnotations(units, items, locator, (unit) => isTextUnit(unit, {dateIndex, signatureIndex, numberIndex, titleIndex}))
  const repealNotes = readRepealNotes(units, locator, (unit) => unit.index > titleIndex && unit.index !== numberIndex)
  const citations = readCitations(units, locator, repealNotes, (unit) => unit.index > titleIndex && unit.index !== numberIndex)

  const kind = noticeKind(units, title)
  const end = locator.point(text.length)
  const afterUnit = (index: number) => {
    const unit = units[index]
    if (!unit) return locator.point(0)
    return {line: unit.position.end.line + 1, column: 1, offset: unit.position.end.offset}
  }
  // The body's last element, the 附件说明 included: a missing signature goes on the line after it.
  const noteEnd = attachmentNote ? units.findIndex((u) => u.position.end.offset === attachmentNote.position.end.offset) : -1
  const lastBodyUnit = units[Math.min(Math.max(bodyEnd, noteEnd, anchorIndex), coverEnd - 1)]
  const afterBody = lastBodyUnit ? afterUnit(lastBodyUnit.index) : end
  const afterTitle = titleIndex >= 0 ? afterUnit(titleIndex) : locator.point(0)
  return {
    text,
    locator,
    kind,
    frontMatter,
    units,
    comments,
    issuerHeader,
    title,
    number,
    numberCandidates,
    addressee,
    body: {firstUnit: bodyStart, lastUnit: bodyEnd},
    attachmentNote,
    signature,
    date,
    disclosureFlags,
    repealNotes,
    citations,
    items,
    annotations,
    sections,
    coverEnd,
    anchors: {
      start: locator.point(0),
      end,
      afterTitle,
      afterNumber: numberIndex > titleIndex ? afterUnit(numberIndex) : afterTitle,
      afterBody,
      afterSignature: signatureIndex >= 0 ? afterUnit(signatureIndex) : afterBody,
      afterDate: dateIndex >= 0 ? afterUnit(dateIndex) : signatureIndex >= 0 ? afterUnit(signatureIndex) : afterBody,
    },
    issuer: issuerHeader?.text ?? title?.issuer?.text ?? signature?.text ?? frontMatterIssuer(frontMatter?.data),
    numberRequired: kind === 'notice' || kind === 'empty',
    ...(word ? {word} : {}),
  }
}

function frontMatterIssuer(data: Record<string, unknown> | undefined): string | undefined {
  return typeof data?.issuer === 'string' ? data.issuer : undefined
}

/**
 * Where a 发文字号 stands in place: right after the title (draft-format.md), or above it as GB/T 9704-2012 prints
 * the 版头, right under the 发文机关标志 or right above it (`石柱府办发〔2023〕41号` / issuer / title).
 */
function isNumberPlace(units: Unit[], index: number, titleIndex: number): boolean {
  if (titleIndex < 0) return false
  if (index === titleIndex + 1 || index === titleIndex - 1) return true
  return index === titleIndex - 2 && isSignatureCandidate(units[titleIndex - 1])
}

function isTextUnit(unit: Unit, skip: {dateIndex: number; signatureIndex: number; numberIndex: number; titleIndex: number}): boolean {
  if (unit.kind === 'table' || unit.kind === 'other') return false
  return ![skip.dateIndex, skip.signatureIndex, skip.numberIndex, skip.titleIndex].includes(unit.index)
}

function findTitle(units: Unit[]): number {
  const heading = units.findIndex((unit) => unit.kind === 'heading' && unit.depth === 1)
  if (heading >= 0) return heading
  // A draft written without `#`: a title-shaped line among the first blocks.
  for (let index = 0; index < Math.min(units.length, 6); index++) {
    const unit = units[index]
    if (unit.kind !== 'table' && looksLikeTitle(unit.text)) return index
  }
  return -1
}

function readTitle(unit: Unit, locator: Locator): Title {
  const text = unit.text
  const start = unit.position.start.offset
  const about = text.indexOf('关于')
  let issuer: Located | undefined
  let subjectStart = 0
  if (about > 0) {
    const before = text.slice(0, about)
    const name = before.trimEnd()
    if (name && isIssuerLine(name)) {
      issuer = {text: name, position: locator.span(start, start + name.length)}
      subjectStart = about
    }
  } else if (about < 0 && endsWithDocType(text.replace(/\s+/gu, ''))) {
    // `平顺县人民政府封山禁火令`, `陵川县人民政府公告`: the issuer is the longest prefix naming an organ.
    for (let end = text.length - 1; end >= 2; end--) {
      const name = text.slice(0, end).trimEnd()
      if (name.length === end && isIssuerLine(name)) {
        issuer = {text: name, position: locator.span(start, start + name.length)}
        subjectStart = end + (text.slice(end).length - text.slice(end).trimStart().length)
        break
      }
    }
  }
  const subjectText = text.slice(subjectStart)
  // A 文种 printed letter-spaced on its own line (`通 知`) is the same 文种.
  const docType = docTypeOf(subjectText.replace(/\s+/gu, ''))
  const quotedTitles: Located[] = []
  for (const match of text.matchAll(/《([^《》]+)》/gu)) {
    const at = start + (match.index ?? 0) + 1
    quotedTitles.push({text: match[1], position: locator.span(at, at + match[1].length)})
  }
  const issues = issuesDocument(subjectText)
  return {
    text,
    position: unit.position,
    isHeading: unit.kind === 'heading',
    issuer,
    subject: {text: subjectText, position: locator.span(start + subjectStart, start + text.length)},
    docType,
    issuesDocument: issues,
    quotedTitles,
    issued: !issues ? [] : quotedTitles.length > 0 ? quotedTitles : namedDocuments(subjectText, start + subjectStart, locator),
  }
}

/** The documents an issuing title names without `《》`, one per document (`甲预案、乙预案`), located in the title. */
function namedDocuments(subject: string, subjectStart: number, locator: Locator): Located[] {
  const named = documentNamedIn(subject)
  if (!named) return []
  const name = subject.slice(named.start, named.end)
  return documentsInName(name).map(({start, end}) => {
    const at = subjectStart + named.start + start
    return {text: name.slice(start, end), position: locator.span(at, at + end - start)}
  })
}

function readIssuerHeader(units: Unit[], titleIndex: number, title: Title | undefined): IssuerHeader | undefined {
  // Right above the title, or above the number that stands above the title (GB/T 9704-2012's 版头 order).
  const above = titleIndex > 1 && parseNumberLine(units[titleIndex - 1].text) ? [titleIndex - 1, titleIndex - 2] : [titleIndex - 1]
  for (const index of above) {
    const before = units[index]
    if (index >= 0 && before.kind !== 'heading' && before.kind !== 'table' && isSignatureCandidate(before)) {
      return {text: before.text, position: before.position, inTitle: false}
    }
  }
  if (title?.issuer) return {...title.issuer, inTitle: true}
  return undefined
}

/** The first enclosure heading or printed-attachment label after the title ends the cover. */
function findCoverEnd(units: Unit[], titleIndex: number): number {
  for (let index = titleIndex + 1; index < units.length; index++) {
    const unit = units[index]
    if (titleIndex >= 0 && unit.kind === 'heading' && unit.depth === 1) return index
    if (unit.kind !== 'heading' && ATTACHMENT_LABEL.test(unit.text)) {
      const next = units[index + 1]
      if (!next || (next.kind === 'heading' && next.depth === 1) || titleIndex >= 0) return index
    }
  }
  return units.length
}

function readSections(units: Unit[], coverEnd: number, locator: Locator): Section[] {
  const sections: Section[] = []
  let index = coverEnd
  while (index < units.length) {
    const unit = units[index]
    const labelMatch = unit.kind !== 'heading' ? ATTACHMENT_LABEL.exec(unit.text) : null
    const section: Section = {kind: labelMatch ? 'attachment' : 'enclosure', firstUnit: index, lastUnit: index}
    if (labelMatch?.groups) {
      section.label = {text: unit.text, position: unit.position}
      section.labelOrdinal = labelMatch.groups.ordinal ? Number(labelMatch.groups.ordinal) : undefined
      const next = units[index + 1]
      if (next && ((next.kind === 'heading' && next.depth === 1) || (next.kind !== 'table' && !ATTACHMENT_LABEL.test(next.text)))) {
        section.heading = {text: next.text, position: next.position}
        index += 1
      }
    } else if (unit.kind === 'heading' && unit.depth === 1) {
      section.heading = {text: unit.text, position: unit.position}
    }
    index += 1
    while (index < units.length) {
      const next = units[index]
      if (next.kind === 'heading' && next.depth === 1) break
      if (next.kind !== 'heading' && ATTACHMENT_LABEL.test(next.text)) break
      index += 1
    }
    section.lastUnit = index - 1
    section.attachmentNote = readAttachmentNote(units, section.firstUnit + 1, index, locator, 'enclosure')
    sections.push(section)
  }
  return sections
}

function noticeKind(units: Unit[], title: Title | undefined): NoticeKind {
  if (units.length === 0) return 'empty'
  if (!title) return 'notice'
  const subject = title.subject.text
  if (/令$/u.test(subject) && !/关于/u.test(subject)) return 'order'
  if (/工作报告$/u.test(subject) && !/关于/u.test(subject)) return 'report'
  if (/公告$/u.test(subject)) return 'announcement'
  return 'notice'
}
