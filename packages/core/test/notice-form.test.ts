import {buildNotice, type Notice} from '@gazette-lint/core'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const build = (text: string): Notice => buildNotice(parser.parse(text), text)
const span = (element: {position: {start: {line: number; column: number}; end: {line: number; column: number}}}) =>
  `${element.position.start.line}:${element.position.start.column}-${element.position.end.line}:${element.position.end.column}`

const COVER = `沁县人民政府办公室

# 关于印发《沁县气象灾害应急预案》的通知

沁政办发〔2021〕19号

各乡、镇人民政府，县直各有关单位：

《沁县气象灾害应急预案》已经县人民政府同意，现印发给你们，请认真贯彻执行。

沁县人民政府办公室

2021年7月19日

（此件公开发布）

# 沁县气象灾害应急预案

## 1 总则

### 1.1 编制目的

（1）甲。

（2）乙。

`

describe('buildNotice: the 附件说明 of an enclosure (form of the rest of the notice)', () => {
  const notice = build(`${COVER}附件：1.沁县气象灾害应急响应程序示意图
2.沁县气象灾害应急指挥部及其办公室、
成员单位职责
3.名词术语

附件 1

# 沁县气象灾害应急响应程序示意图
`)

  it('keeps a title wrapped onto the next line of the paragraph in its item, and reads every item', () => {
    const note = notice.sections[0].attachmentNote
    expect(note?.items.map((item) => [item.label, item.title.text])).toEqual([
      ['1.', '沁县气象灾害应急响应程序示意图'],
      ['2.', '沁县气象灾害应急指挥部及其办公室、成员单位职责'],
      ['3.', '名词术语'],
    ])
    // The wrapped title's span runs to the end of its last line.
    expect(span(note!.items[1].title)).toBe('28:3-29:7')
  })

  it('does not count the items of the 附件说明 as numbered items of the enclosure', () => {
    expect(notice.items.map((item) => item.marker.text)).toEqual(['（1）', '（2）'])
  })
})

describe('buildNotice: the title span of an attachment item ends before its note', () => {
  it('stops a title before `（见网络版）`', () => {
    const notice = build(`绛县人民政府

# 关于公布绛县未定级文物保护单位的通知

绛政发〔2022〕21号

各乡（镇）人民政府，县直各有关单位：

现予公布。

附件：1.绛县未定级文物保护单位名单（见网络版）
2.绛县文物保护单位位置图。（见网络版）

绛县人民政府

2022年6月10日
`)
    const items = notice.attachmentNote!.items
    expect(items.map((item) => item.title.text)).toEqual(['绛县未定级文物保护单位名单', '绛县文物保护单位位置图。'])
    expect(items.map(span)).toEqual(['11:4-11:25', '12:1-12:21'])
    expect(items.map((item) => span(item.title))).toEqual(['11:6-11:19', '12:3-12:15'])
  })
})

describe('buildNotice: cited numbers whose 代字 holds a boundary word', () => {
  it('keeps `长农经发` whole after a bracket, and cuts a leading verb in running text', () => {
    const notice = build(`沁县人民政府办公室

# 关于印发沁县创建家庭农场示范县实施方案的通知

沁政办发〔2021〕24号

各乡、镇人民政府，县直各有关单位：

根据《关于开展家庭农场培育行动的实施意见》（长农经发〔2020〕38号）和按照长政办发〔2022〕47号文件规定，，按照晋政发〔2021〕48号执行。
`)
    expect(notice.citations.map((citation) => citation.prefix)).toEqual(['长农经发', '长政办发', '晋政发'])
  })
})
