/**
 * A disclosure flag printed a second time inside an enclosure, in the middle of a sentence
 * (004:555–559 `严格遵守法律和行政` / `(此件公开发布)` / `法规等有关规定…`). Only meaningful after a notice's
 * real flag: there, a flag line between a line that has not finished its sentence and a line that goes on
 * with it is an artifact. It is dropped and the two halves are put back on one line.
 */

import {isPrintedFlagLine} from '@gazette-lint/core'
import type {CleanLine} from './lines.js'
import {isStandaloneLine, joinWrapped, startsElement} from './paragraphs.js'

export function dropStrayFlags(lines: readonly CleanLine[]): CleanLine[] {
  const out: CleanLine[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const prev = out[out.length - 1]
    const next = lines[i + 1]
    if (
      isPrintedFlagLine(line.text) &&
      prev !== undefined &&
      next !== undefined &&
      !/[。！？：；:;）)〕”]$/u.test(prev.text) &&
      !isStandaloneLine(prev.text) &&
      !startsElement(next.text)
    ) {
      out[out.length - 1] = {...prev, text: joinWrapped(prev.text, next.text)}
      i++
      continue
    }
    out.push(line)
  }
  return out
}
