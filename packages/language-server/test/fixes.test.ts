/** Fix-all applies fixes whole: a fix one of whose edits overlaps a fix already taken waits for the next pass. */
import {describe, expect, it} from 'vitest'
import {applyWholeFixes} from '../src/fixes.js'

describe('applyWholeFixes', () => {
  it('takes fixes in order of place, skips whole a fix that overlaps one taken, and keeps the text between', () => {
    const text = '甲,乙(丙)丁'
    const comma = [{start: 1, end: 2, text: '，'}]
    const brackets = [
      {start: 3, end: 4, text: '（'},
      {start: 5, end: 6, text: '）'},
    ]
    // Overlaps the closing bracket only; applying its other edit (丁 → 下) alone would be half a fix.
    const rival = [
      {start: 5, end: 6, text: '〕'},
      {start: 6, end: 7, text: '下'},
    ]
    expect(applyWholeFixes(text, [rival, comma, brackets])).toEqual({text: '甲，乙（丙）丁', applied: 2})
  })

  it('never applies two insertions at the same point in one pass', () => {
    expect(applyWholeFixes('ab', [[{start: 1, end: 1, text: 'x'}], [{start: 1, end: 1, text: 'y'}]])).toEqual({text: 'axb', applied: 1})
  })
})
