/**
 * Whole-line artifacts of PDF extraction (running headers, page marks) and the small in-line ones
 * (converter `**` markers, letter spacing). Each function only recognises or deletes; none adds text.
 */

import {isCjk} from './text.js'

const GAZETTE_NAME = String.raw`[\u4e00-\u9fa5]{1,8}县人民政府公报`
const ISSUE_LABEL = String.raw`[（(][\d.．]+[）)]`
const SECTION_LABEL = String.raw`县政府(?:办公室)?文件`
const ISSUE_PREFIX = String.raw`\d{1,2}\s*\/\s*\d{4}`

const RUNNING_HEADER = new RegExp(
  '^' +
    `(?:(?<prefix>${ISSUE_PREFIX})\\s*)?` +
    `(?:(?<section1>${SECTION_LABEL})\\s*)?` +
    GAZETTE_NAME +
    `(?<issue>${ISSUE_LABEL})?` +
    `\\s*(?<section2>${SECTION_LABEL})?` +
    '$',
  'u',
)

/**
 * A running header printed at the top of a page: `陵川县人民政府公报（2023.04） 县政府文件`,
 * `县政府办公室文件 陵川县人民政府公报（2023.04）`, `3 / 2023 平顺县人民政府公报县政府办公室文件`.
 * The bare gazette name (a masthead line such as `绛县人民政府公报`) is not a running header.
 */
export function isRunningHeader(line: string): boolean {
  const match = RUNNING_HEADER.exec(line.trim())
  if (!match?.groups) return false
  const g = match.groups
  return Boolean(g.prefix || g.issue || g.section1 || g.section2)
}

const PAGE_MARK = /^(?:[·•・]+\s*\d{1,4}|[-—–]+\s*\d{1,4}\s*[-—–]*)$/u

/** A page number on a line of its own: `—— 18`, `- 276 -`, `—102`, `·· 12`. */
export function isPageMark(line: string): boolean {
  return PAGE_MARK.test(line.trim())
}

/** Removes the `**` bold markers the PDF-to-text converter wrote (`**脱贫攻坚有效衔接。**`). */
export function stripConverterBold(line: string): string {
  return line.includes('**') ? line.replace(/\*\*/g, '') : line
}

/**
 * Joins a letter-spaced line: `通 知` → `通知`, `实 施 方 案` → `实施方案`. Only a whole line made of single
 * CJK characters separated by spaces qualifies (at least two characters); anything else is returned as is.
 */
export function joinLetterSpaced(line: string): string {
  const trimmed = line.trim()
  if (!/^[\u4e00-\u9fa5](?:[ \u3000]+[\u4e00-\u9fa5])+$/u.test(trimmed)) return line
  return trimmed.replace(/[ \u3000]+/gu, '')
}

/**
 * Removes spaces standing between two CJK characters, as line wrapping and letter spacing leave them in a
 * title: `…取消和下放一批 行政职权事项的通知`, `…管理办法》的 通 知`. Spaces next to digits or Latin letters
 * (`2023 年`) are kept: those are in the text layer and a linter should see them.
 */
export function removeCjkSpaces(text: string): string {
  const chars = Array.from(text)
  const out: string[] = []
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]
    if (char === ' ' || char === '\u3000') {
      let j = i
      while (j < chars.length && (chars[j] === ' ' || chars[j] === '\u3000')) j++
      const before = out[out.length - 1]
      const after = chars[j]
      if (isCjkOrFullWidth(before) && isCjkOrFullWidth(after)) {
        i = j - 1
        continue
      }
    }
    out.push(char)
  }
  return out.join('')
}

function isCjkOrFullWidth(char: string | undefined): boolean {
  if (char === undefined) return false
  return isCjk(char) || /[\u3000-\u303f\uff00-\uffef“”‘’《》]/u.test(char)
}

/** The start of the 绛县 back matter (`《绛县人民政府公报》简介`): nothing after it belongs to a notice. */
export function isBackMatterStart(line: string): boolean {
  return /^《[\u4e00-\u9fa5]{1,12}人民政府公报》简介$/u.test(line.trim())
}
