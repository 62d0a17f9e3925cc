/**
 * The recognisers read an element once for drafts (tolerant, so a malformed element is reported rather
 * than missed) and, with print's narrower bounds, for the gazette splitter: the same shape, two readings.
 */
import {
  isPrintedAttachmentLabel,
  isPrintedDateLine,
  isPrintedFlagLine,
  isPrintedNumberLine,
  numberKey,
  opensPrintedAnnotation,
  opensPrintedNumbering,
  parseDateLine,
  parseDocNumber,
  parseFlagLine,
  printedItemLabel,
  readMarker,
} from '@gazette-lint/core'
import {describe, expect, it} from 'vitest'

describe('doc-number', () => {
  it.each([
    ['陵政办发〔2023〕5号', true],
    ['沁政办发〔2021〕17 号', true],
    ['陵政办发[2023]5号', true],
    ['陵政办发 〔2023〕5号', false],
    ['陵政办发〔23〕5号', false],
    ['陵政办发2023年5号', false],
    ['陵政办发〔2023〕12345号', false],
    ['陵政办发｛2023｝5号', false],
    [' 陵政办发〔2023〕5号', false],
  ])('%s: a draft number; printed: %s', (text, printed) => {
    expect(parseDocNumber(text)).toBeDefined()
    expect(isPrintedNumberLine(text)).toBe(printed)
  })

  it('compares numbers by one key: canonical where it can be rebuilt, else without spaces', () => {
    expect(numberKey('沁政办发〔2021〕17 号')).toBe('沁政办发〔2021〕17号')
    expect(numberKey('陵政办发（2025）第03号')).toBe('陵政办发〔2025〕3号')
    expect(numberKey('陵政办发〔二〇二五〕3号')).toBe('陵政办发〔2025〕3号')
    expect(numberKey('陵政办发〔25〕 3号')).toBe('陵政办发〔25〕3号')
  })
})

describe('date', () => {
  it.each([
    ['2023年3月16日', true],
    ['2021 年 7 月 14 日', true],
    ['二〇二五年二月二十日', false],
    ['２０２５年２月２０日', false],
    ['2025-02-20', false],
  ])('%s: a draft date; printed: %s', (text, printed) => {
    expect(parseDateLine(text)).toBeDefined()
    expect(isPrintedDateLine(text)).toBe(printed)
  })
})

describe('flag', () => {
  it.each([
    ['（此件公开发布）', true],
    ['(此件详见县政府网站)', true],
    ['（依申请公开）', true],
    ['【此件公开发布】', false],
    ['（此件公开发布）。', false],
    ['（ 此件公开发布）', false],
    ['此件公开发布', false],
  ])('%s: a draft flag; printed: %s', (text, printed) => {
    expect(parseFlagLine(text)).toBeDefined()
    expect(isPrintedFlagLine(text)).toBe(printed)
  })
})

describe('numbering', () => {
  it.each([
    ['一、总体要求', true],
    ['（一）工作目标', true],
    ['1.加强领导', true],
    ['（1）县应急局', true],
    ['一.总体要求', false],
    ['1..加强领导', false],
    ['*1.加强领导', false],
  ])('%s: an item marker in a draft; printed: %s', (text, printed) => {
    expect(readMarker(text)).toBeDefined()
    expect(opensPrintedNumbering(text)).toBe(printed)
  })

  it('reads print’s own openings as well: sub-items, chapters and dashes', () => {
    expect(['3-1.务工台账', '第三条 管护责任', '——加强领导'].map(opensPrintedNumbering)).toEqual([true, true, true])
    expect(['3-1.务工台账', '第三条 管护责任', '——加强领导'].map(readMarker)).toEqual([undefined, undefined, undefined])
  })
})

describe('attachment and annotation, as printed', () => {
  it('takes a label of at most two digits and an item number before its title', () => {
    expect(['附件', '附件 2', '附表12', '附件123'].map(isPrintedAttachmentLabel)).toEqual([true, true, true, false])
    expect(['1.务工台账', '3-1.务工台账', '2、', '123.标题', '（1）标题'].map(printedItemLabel)).toEqual(['1.', '3-1.', '2、', undefined, undefined])
  })

  it('opens an annotation with a bracket and a label', () => {
    expect(['（责任单位：县应急局）', '〔牵头单位:县教育局', '（县教育局负责）', '责任单位：县应急局'].map(opensPrintedAnnotation)).toEqual([true, true, false, false])
  })
})
