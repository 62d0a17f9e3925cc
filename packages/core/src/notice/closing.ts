/**
 * The closing block of a notice as the model reads it: which line can be a signature (an organ's name, not a
 * closing formula such as `特此公告`), and a signature and a date a drafter typed on one line.
 */
import {isDamagedDateLine, parseDateLine, parsePlaceholderDateLine} from '../recognisers/date.js'
import {parseNumberLine} from '../recognisers/doc-number.js'
import {parseFlagLine} from '../recognisers/flag.js'
import {isIssuerLine} from '../recognisers/issuer.js'
import type {Located, Span, Unit} from './types.js'

const SENTENCE_PUNCTUATION = /[。，；！？,;!?：:]/u
/** The formula that closes a 公告, 批复 or 函 (`特此公告`, `此复`): the body's last line, never a signature. */
const CLOSING_FORMULA = /^(?:特此|专此|此复|此致|现予|以上)/u
/** An organ's name and a date on one line, as typed by a drafter who forgot the line break. */
const NAME_THEN_DATE = /^(?<name>[\u4e00-\u9fa5（）()]{2,30}?)[\s\u3000]+(?<date>(?:\d{4}|[〇零一二三四五六七八九]{4})?\s*年.*日)$/u

/** A line that can be an issuer header or a signature: a short organ's name, no sentence, no other element. */
export function isSignatureCandidate(unit: Unit | undefined): boolean {
  if (!unit || unit.kind === 'heading' || unit.kind === 'table') return false
  const text = unit.text
  if (text.length > 40 || SENTENCE_PUNCTUATION.test(text) || text.includes('\n') || CLOSING_FORMULA.test(text)) return false
  if (parseDateLine(text) || parsePlaceholderDateLine(text) || isDamagedDateLine(text) || parseFlagLine(text) || parseNumberLine(text)) return false
  return isIssuerLine(text) || /^[\u4e00-\u9fa5（）()]{2,30}$/u.test(text)
}

/** The last unit of units[from, to) holding the signature and the date on one line, each located. */
export function findSignatureWithDate(units: Unit[], from: number, to: number): {index: number; signature: Located; date: Located} | undefined {
  for (let index = to - 1; index >= Math.max(0, from); index--) {
    const unit = units[index]
    if (unit.kind === 'heading' || unit.kind === 'table') continue
    const match = NAME_THEN_DATE.exec(unit.text)
    if (!match?.groups || !isIssuerLine(match.groups.name)) continue
    if (!parseDateLine(match.groups.date) && !parsePlaceholderDateLine(match.groups.date)) continue
    const dateAt = unit.text.length - match.groups.date.length
    return {
      index,
      signature: {text: match.groups.name, position: spanIn(unit, 0, match.groups.name.length)},
      date: {text: match.groups.date, position: spanIn(unit, dateAt, unit.text.length)},
    }
  }
  return undefined
}

/** A span inside a one-line unit, by offsets into its text. */
function spanIn(unit: Unit, from: number, to: number): Span {
  const {start} = unit.position
  return {start: {line: start.line, column: start.column + from, offset: start.offset + from}, end: {line: start.line, column: start.column + to, offset: start.offset + to}}
}
