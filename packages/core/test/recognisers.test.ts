/**
 * The recognisers read an element once for drafts (tolerant, so a malformed element is reported rather
 * than missed) and, with print's narrower bounds, for the gazette splitter: the same shape, two readings.
 */
import * as core from '@gazette-lint/core'
import {describe, expect, it} from 'vitest'

/** Lines each element's draft reader reads, and whether print's narrower reading takes them too. */
const READINGS: Array<{element: string; read: (text: string) => unknown; printed: (text: string) => boolean; lines: Record<string, boolean>}> = [
  {
    element: 'doc-number',
    read: core.parseDocNumber,
    printed: core.isPrintedNumberLine,
    lines: {
      '陵政办发〔2023〕5号': true, '沁政办发〔2021〕17 号': true, '陵政办发[2023]5号': true, '陵政办发 〔2023〕5号': false,
      '陵政办发〔23〕5号': false, '陵政办发2023年5号': false, '陵政办发〔2023〕12345号': false, '陵政办发｛2023｝5号': false,
      ' 陵政办发〔2023〕5号': false,
    },
  },
  {
    element: 'date',
    read: core.parseDateLine,
    printed: core.isPrintedDateLine,
    lines: {'2023年3月16日': true, '2021 年 7 月 14 日': true, '二〇二五年二月二十日': false, '２０２５年２月２０日': false, '2025-02-20': false},
  },
  {
    element: 'flag',
    read: core.parseFlagLine,
    printed: core.isPrintedFlagLine,
    lines: {
      '（此件公开发布）': true, '(此件详见县政府网站)': true, '（依申请公开）': true, '【此件公开发布】': false, '（此件公开发布）。': false,
      '（ 此件公开发布）': false, '此件公开发布': false,
    },
  },
  {
    element: 'numbering',
    read: core.readMarker,
    printed: core.opensPrintedNumbering,
    lines: {'一、总体要求': true, '（一）工作目标': true, '1.加强领导': true, '（1）县应急局': true, '一.总体要求': false, '1..加强领导': false, '*1.加强领导': false},
  },
]

describe.each(READINGS)('$element', ({read, printed, lines}) => {
  it.each(Object.entries(lines))('%s is read in a draft; as printed: %s', (text, asPrinted) => {
    expect(read(text)).toBeDefined()
    expect(printed(text)).toBe(asPrinted)
  })
})

describe('the one number key', () => {
  it('is canonical where the number can be rebuilt, else the number without spaces', () => {
    const numbers = ['沁政办发〔2021〕17 号', '陵政办发（2025）第03号', '陵政办发〔二〇二五〕3号', '陵政办发〔25〕 3号']
    expect(numbers.map(core.numberKey)).toEqual(['沁政办发〔2021〕17号', '陵政办发〔2025〕3号', '陵政办发〔2025〕3号', '陵政办发〔25〕3号'])
  })
})

describe('print’s own openings of numbered paragraphs', () => {
  it('takes sub-items, chapters and dashes, which are no item markers in a draft', () => {
    const lines = ['3-1.务工台账', '第三条 管护责任', '——加强领导']
    expect(lines.map(core.opensPrintedNumbering)).toEqual([true, true, true])
    expect(lines.map(core.readMarker)).toEqual([undefined, undefined, undefined])
  })
})

describe('attachment and annotation, as printed', () => {
  it('takes a label of at most two digits and an item number before its title', () => {
    expect(['附件', '附件 2', '附表12', '附件123'].map(core.isPrintedAttachmentLabel)).toEqual([true, true, true, false])
    expect(['1.务工台账', '3-1.务工台账', '2、', '123.标题', '（1）标题'].map(core.printedItemLabel)).toEqual(['1.', '3-1.', '2、', undefined, undefined])
  })

  it('opens an annotation with a bracket and a label', () => {
    expect(['（责任单位：县应急局）', '〔牵头单位:县教育局', '（县教育局负责）', '责任单位：县应急局'].map(core.opensPrintedAnnotation)).toEqual([true, true, false, false])
  })
})
