import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildNotice, type Notice} from '../src/index.js'

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/notice/', import.meta.url))
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

function notice(name: string): Notice {
  const text = readFileSync(path.join(FIXTURES, name), 'utf8')
  return buildNotice(parser.parse(text), text)
}
const line = (element: {position: {start: {line: number}}} | undefined) => element?.position.start.line

describe('buildNotice: a cover notice with front matter, a repeal note and an enclosure', () => {
  const model = notice('cover-with-repeal.md')

  it('finds the cover elements where draft-format.md puts them', () => {
    expect(model.kind).toBe('notice')
    expect(model.frontMatter?.data).toMatchObject({issuer: '陵川县人民政府办公室', number: '陵政办发〔2026〕21号', date: '2026-06-08'})
    expect(line(model.frontMatter?.keys.number && {position: model.frontMatter.keys.number})).toBe(3)
    expect([model.issuerHeader?.text, line(model.issuerHeader), model.issuerHeader?.inTitle]).toEqual(['陵川县人民政府办公室', 11, false])
    expect([model.title?.text, line(model.title), model.title?.docType, model.title?.issuesDocument]).toEqual(['关于印发《陵川县抗旱应急预案》的通知', 13, '通知', true])
    expect(model.title?.quotedTitles.map((t) => t.text)).toEqual(['陵川县抗旱应急预案'])
    expect([model.number?.text, line(model.number), model.number?.misplaced]).toEqual(['陵政办发〔2026〕21号', 15, false])
    expect(model.number?.parts).toMatchObject({prefix: '陵政办发', year: '2026', sequence: '21', openBracket: '〔'})
    expect([model.addressee?.text, line(model.addressee)]).toEqual(['各乡镇人民政府，示范区管委会，县直有关单位：', 17])
    expect([model.signature?.text, line(model.signature)]).toEqual(['陵川县人民政府办公室', 21])
    expect([model.date?.text, line(model.date), model.date?.parts?.month]).toEqual(['2026年6月8日', 23, 6])
    expect(model.disclosureFlags.map((flag) => [flag.text, line(flag), flag.placement])).toEqual([['（此件公开发布）', 25, 'after-date']])
    expect(model.issuer).toBe('陵川县人民政府办公室')
  })

  it('reads the repeal note with its title and bracketed number', () => {
    expect(model.repealNotes).toHaveLength(1)
    const [note] = model.repealNotes
    expect([note.text, note.form, note.title?.text, note.number?.text, note.numberBracketed, note.endsProperly]).toEqual([
      '原《陵川县抗旱应急预案》（陵政办发〔2023〕5号）同时废止。', 'original', '陵川县抗旱应急预案', '陵政办发〔2023〕5号', true, true,
    ])
    expect([note.position.start.line, note.position.start.column]).toEqual([19, 41])
  })

  it('splits off the enclosure, reads its numbering from source and its annotations', () => {
    expect(model.sections.map((s) => [s.kind, s.heading?.text, line(s.heading)])).toEqual([['enclosure', '陵川县抗旱应急预案', 27]])
    // CommonMark would renumber 1. 2. 4. as 1. 2. 3.; the drafter wrote 4.
    expect(model.items.map((item) => [item.level, item.ordinal, line(item)])).toEqual([
      [3, 1, 37],
      [3, 2, 38],
      [3, 4, 39],
    ])
    expect(model.annotations.map((a) => [line(a), a.form, a.units.map((u) => u.text)])).toEqual([
      [37, 'labelled', ['县水务局']],
      [38, 'labelled', ['各乡镇人民政府']],
      [39, 'labelled', ['县气象局']],
    ])
    expect(model.items.map((item) => item.annotations.length)).toEqual([1, 1, 1])
  })

  it('finds numbers cited in the text, apart from the repeal note', () => {
    expect(model.citations.map((c) => [c.text, line(c), c.afterTitle, c.parenthesized])).toEqual([['晋政发〔2021〕48号', 33, true, true]])
  })
})

describe('buildNotice: a direct notice with printed attachments', () => {
  const model = notice('direct-with-attachments.md')

  it('reads signature, date and a half-width flag written in one paragraph', () => {
    expect([model.signature?.text, line(model.signature)]).toEqual(['绛县人民政府办公室', 18])
    expect([model.date?.text, line(model.date)]).toEqual(['2026年5月6日', 19])
    expect(model.disclosureFlags.map((flag) => [flag.text, flag.placement])).toEqual([['(此件公开发布)', 'after-date']])
  })

  it('reads the 附件说明 items and the printed attachments', () => {
    expect(model.attachmentNote?.items.map((item) => [item.label, item.title.text, line(item)])).toEqual([
      ['1.', '绛县2026年防汛物资储备清单', 15],
      ['2.', '绛县防汛物资调用审批表', 16],
    ])
    expect(model.sections.map((s) => [s.kind, s.label?.text, s.labelOrdinal, s.heading?.text])).toEqual([
      ['attachment', '附件1', 1, '绛县2026年防汛物资储备清单'],
      ['attachment', '附件2', 2, '绛县防汛物资调用审批表'],
    ])
  })

  it('keeps the body numbering with parents, and a bare citation in prose', () => {
    expect(model.items.map((item) => [item.level, item.ordinal, item.parent])).toEqual([
      [1, 1, undefined],
      [2, 1, 0],
      [2, 2, 0],
    ])
    expect(model.citations.map((c) => [c.text, c.afterTitle, c.parenthesized])).toEqual([['长政办发〔2022〕47号', false, false]])
  })
})

describe('buildNotice: elements out of place and documents that are not notices', () => {
  it('marks what stands in the wrong place instead of calling it missing', () => {
    const model = notice('misplaced.md')
    expect(model.issuerHeader?.text).toBe('县政府办')
    expect(model.title?.issuer?.text).toBe('绛县人民政府办公室')
    expect(model.number).toBeUndefined()
    expect(model.disclosureFlags.map((flag) => [line(flag), flag.placement])).toEqual([[7, 'before-signature']])
    expect(model.signature).toBeUndefined()
    expect([line(model.date), model.date?.misplaced]).toEqual([11, true])
    expect(model.repealNotes.map((note) => [note.form, note.date?.text, note.number?.text])).toEqual([['dated', '2017年9月11日', '沁政办发〔2017〕93号']])
  })

  it('an empty file gives an empty model, with anchors at the start', () => {
    const model = notice('empty.md')
    expect(model.kind).toBe('empty')
    expect([model.title, model.number, model.date, model.signature]).toEqual([undefined, undefined, undefined, undefined])
    expect(model.anchors.afterTitle).toEqual({line: 1, column: 1, offset: 0})
  })

  it('a README is read without a crash and without invented elements', () => {
    const model = notice('readme.md')
    expect(model.title?.text).toBe('Project notes')
    expect(model.title?.docType).toBeUndefined()
    expect([model.number, model.date, model.signature, model.addressee]).toEqual([undefined, undefined, undefined, undefined])
    expect(model.disclosureFlags).toEqual([])
  })

  it('reads CRLF line endings at the same lines and columns', () => {
    const text = readFileSync(path.join(FIXTURES, 'cover-with-repeal.md'), 'utf8').replace(/\n/g, '\r\n')
    const model = buildNotice(parser.parse(text), text)
    expect([model.number?.text, line(model.number), model.number?.position.end.column]).toEqual(['陵政办发〔2026〕21号', 15, 14])
    expect(model.date?.text).toBe('2026年6月8日')
  })
})
