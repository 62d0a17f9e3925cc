/**
 * Bold text printed twice. The gazettes fake bold by drawing a run twice, and the extractor keeps both
 * copies token by token: `（（一一））切实提高政治站位切实提高政治站位。。`, `1111.. 推进…推进…。。`,
 * `““十四五十四五””`, `（（二二））加加强应急队伍建设强应急队伍建设。。`. Every token T of the bold run comes out as TT;
 * spaces between tokens come out once. Bold runs start a line (headings and enclosure titles), so only a
 * line's prefix is considered.
 *
 * Genuine doubled characters exist (`人人`, `常常`, `看看`, `11` in numbers, `——`, `……`), so a prefix is
 * un-doubled only when the whole prefix is an exact sequence of doubled tokens, it ends where a bold run
 * can end (the end of the line, a doubled punctuation mark such as `。。` `））` `..`, or right before a
 * punctuation mark printed once), and there is
 * evidence of bold rather than chance: a doubled token of two or more characters holding a CJK character
 * (`切实提高政治站位切实提高政治站位`), or at least two doubled tokens one of which is doubled punctuation
 * (`（（一一））`, `11..`). Nothing is ever added: the result only drops the second copy of each token.
 */

import {isCjk} from './text.js'

/** Punctuation whose doubling is evidence of bold (unlike `——` and `……`, which are doubled by nature). */
const EVIDENCE_PUNCT = new Set([...'（）()“”‘’《》〈〉〔〕【】。，、；：:.．！？,;'])
/** Marks a bold run can end with, when the line goes on in regular weight. */
const RUN_END_PUNCT = new Set([...'）)”’》〕】。，、；：:.．！？'])
/** Opening marks a regular-weight run can start with right after a bold run. */
const OPENING_PUNCT = new Set([...'（(“‘《〔【'])

interface Pair {
  /** The token that is printed twice. */
  token: string
  /** Index in the code-point array where the pair starts. */
  start: number
}

interface Step {
  from: number
  /** undefined for a single space kept between pairs. */
  pair?: Pair
}

export interface UndoubleResult {
  /** The repaired line (unchanged when nothing qualified). */
  text: string
  /** Whether a doubled prefix was removed. */
  changed: boolean
  /** Length, in code points of the original line, of the prefix that was un-doubled. */
  prefixLength: number
}

/**
 * Un-doubles the bold prefix of a line, if it has one that qualifies (see the module comment).
 * `（（一一））切实提高政治站位切实提高政治站位。。各乡镇各部门各单` → `（一）切实提高政治站位。各乡镇各部门各单`.
 */
export function undoubleLine(line: string): UndoubleResult {
  const chars = Array.from(line)
  const n = chars.length
  const unchanged: UndoubleResult = {text: line, changed: false, prefixLength: 0}
  if (n < 2) return unchanged

  // steps[i]: how position i was reached (undefined: not reachable).
  const steps: Array<Step | undefined> = new Array(n + 1)
  steps[0] = {from: -1}
  for (let i = 0; i < n; i++) {
    if (!steps[i]) continue
    if (i > 0 && chars[i] === ' ' && steps[i]!.pair) {
      // One space between two doubled tokens is printed once.
      if (!steps[i + 1]) steps[i + 1] = {from: i}
      continue
    }
    for (let length = 1; i + 2 * length <= n; length++) {
      if (chars[i + length - 1] === ' ') break
      let equal = true
      for (let k = 0; k < length; k++) {
        if (chars[i + k] !== chars[i + length + k]) {
          equal = false
          break
        }
      }
      if (!equal) continue
      const end = i + 2 * length
      if (!steps[end]) steps[end] = {from: i, pair: {token: chars.slice(i, i + length).join(''), start: i}}
    }
  }

  for (let end = n; end >= 2; end--) {
    const step = steps[end]
    if (!step?.pair) continue
    const pairs = pathTo(steps, end)
    const atLineEnd = chars.slice(end).every((c) => c === ' ')
    const endsRun = RUN_END_PUNCT.has(Array.from(step.pair.token).pop()!)
    // The bold run may also stop right before regular-weight punctuation: `26. 落实…政策〔责任单位：…`.
    const beforePunct = RUN_END_PUNCT.has(chars[end]) || OPENING_PUNCT.has(chars[end])
    if (!atLineEnd && !endsRun && !beforePunct) continue
    if (!isEvidence(pairs, atLineEnd)) continue
    const rebuilt: string[] = []
    let position = 0
    for (const pair of pairs) {
      // Spaces kept between pairs.
      while (position < pair.start) rebuilt.push(chars[position++])
      rebuilt.push(pair.token)
      position = pair.start + 2 * pair.token.length
    }
    const text = rebuilt.join('') + chars.slice(end).join('')
    return {text, changed: true, prefixLength: end}
  }
  return unchanged
}

function pathTo(steps: Array<Step | undefined>, end: number): Pair[] {
  const pairs: Pair[] = []
  let position = end
  while (position > 0) {
    const step = steps[position]!
    if (step.pair) pairs.push(step.pair)
    position = step.from
  }
  return pairs.reverse()
}

function isEvidence(pairs: Pair[], atLineEnd: boolean): boolean {
  const longCjk = pairs.some((p) => Array.from(p.token).length >= 2 && Array.from(p.token).some(isCjk))
  if (longCjk && (pairs.length >= 2 || atLineEnd)) return true
  const punct = pairs.some((p) => EVIDENCE_PUNCT.has(p.token))
  return pairs.length >= 2 && punct
}

/**
 * A whole string printed twice, `X` + `X` (the repeated enclosure title
 * `平顺县人民政府工作规则平顺县人民政府工作规则`): returns `X`, or the string unchanged when it is not an exact
 * repetition of a run holding at least two CJK characters.
 */
export function undoubleWhole(text: string): string {
  const chars = Array.from(text)
  if (chars.length % 2 !== 0 || chars.length < 4) return text
  const half = chars.length / 2
  const first = chars.slice(0, half).join('')
  if (first !== chars.slice(half).join('')) return text
  if (chars.slice(0, half).filter(isCjk).length < 2) return text
  return first
}
