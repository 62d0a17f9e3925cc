/**
 * The bench's corpora, generated from the five gazettes of ../shared/corpus (never committed):
 * - `notices/`: 1,000 notices of about 3.5 KB, each re-joined from the paragraphs of one of the 74 notices
 *   the gazettes split into: its cover letter (title, number, addressee, first paragraphs, signature, date,
 *   disclosure), then body paragraphs from a section that moves on with every copy, under a number of its
 *   own, so the 1,000 do not share numbers as 14 copies of one notice would;
 * - `gazettes.md`: the 74 notices as one file (1.25 MB), the large-file case;
 * - `one.md`: one real notice of about 3 KB.
 * The same gazettes give the same bytes: the notices are chosen by rule, not at random.
 */
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {splitGazette, toDraftMarkdown} from '@gazette-lint/gazette'

export const NOTICE_COUNT = 1000
const NOTICE_BYTES = 4000
const bytesOf = (text) => Buffer.byteLength(text)
const DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/u
const SECTION = /^(#|[一二三四五六七八九十]+、)/u
const NUMBER = /〔(\d{4})〕(\d+)号/u

/** The 74 notices of the gazettes, as the splitter writes them (without its provenance comment). */
export function corpusNotices(corpus) {
  return readdirSync(corpus)
    .filter((name) => /^\d{3}_.*\.txt$/.test(name))
    .sort()
    .flatMap((name) => splitGazette(readFileSync(path.join(corpus, name), 'utf8'), {source: name.slice(0, 3)}))
    .map((doc) => toDraftMarkdown(doc, {provenance: false}))
}

/** A notice split where its cover letter ends (the date under the signature, and the disclosure after it). */
function coverAndBody(paragraphs) {
  const date = paragraphs.findIndex((paragraph, index) => index > 2 && DATE.test(paragraph))
  if (date < 0) return {cover: paragraphs, closing: [], body: []}
  const end = /^（此件/u.test(paragraphs[date + 1] ?? '') ? date + 2 : date + 1
  // The signature and date close the cover letter; what the letter says before them is its opening.
  const closingFrom = Math.max(1, date - 1)
  return {cover: paragraphs.slice(0, closingFrom), closing: paragraphs.slice(closingFrom, end), body: paragraphs.slice(end)}
}

/** The `copy`th notice re-joined from `source`: about NOTICE_BYTES, its own number. */
function rejoined(source, copy) {
  const paragraphs = source.trimEnd().split(/\n{2,}/u)
  const {cover, closing, body} = coverAndBody(paragraphs)
  const kept = []
  let size = bytesOf(closing.join('\n\n'))
  for (const paragraph of cover) {
    if (kept.length > 3 && size + bytesOf(paragraph) > NOTICE_BYTES) break
    kept.push(paragraph)
    size += bytesOf(paragraph) + 2
  }
  kept.push(...closing)
  const sections = body.flatMap((paragraph, index) => (SECTION.test(paragraph) ? [index] : []))
  if (sections.length > 0) {
    const start = sections[copy % sections.length]
    for (let index = start; index < body.length && size < NOTICE_BYTES; index++) {
      kept.push(body[index])
      size += bytesOf(body[index]) + 2
    }
  }
  let numbered = false
  const text = kept
    .map((paragraph) => {
      if (numbered || !NUMBER.test(paragraph) || paragraph.length > 40) return paragraph
      numbered = true
      return paragraph.replace(NUMBER, (_, year, number) => `〔${year}〕${Number(number) + 100 * (copy + 1)}号`)
    })
    .join('\n\n')
  return `${text}\n`
}

/** Writes the three corpora under `folder` (emptied first); returns their paths and sizes. */
export function writeCorpora(corpus, folder) {
  const notices = corpusNotices(corpus)
  rmSync(folder, {recursive: true, force: true})
  const noticeFolder = path.join(folder, 'notices')
  mkdirSync(noticeFolder, {recursive: true})
  let noticeBytes = 0
  for (let index = 0; index < NOTICE_COUNT; index++) {
    const text = rejoined(notices[index % notices.length], Math.floor(index / notices.length))
    noticeBytes += bytesOf(text)
    writeFileSync(path.join(noticeFolder, `n${String(index).padStart(4, '0')}.md`), text)
  }
  const gazettes = notices.join('\n')
  const large = path.join(folder, 'gazettes.md')
  writeFileSync(large, gazettes)
  // The real notice closest to 3 KB.
  const one = notices.reduce((best, text) => (Math.abs(bytesOf(text) - 3072) < Math.abs(bytesOf(best) - 3072) ? text : best))
  const small = path.join(folder, 'one.md')
  writeFileSync(small, one)
  return {
    notices: {path: noticeFolder, files: NOTICE_COUNT, bytes: noticeBytes},
    large: {path: large, files: 1, bytes: bytesOf(gazettes)},
    one: {path: small, files: 1, bytes: bytesOf(one)},
  }
}
