import {buildNotice, cleanUnitName, editDistance, nearestNames, type Notice} from '@gazette-lint/core'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const build = (text: string): Notice => buildNotice(parser.parse(text), text)

describe('buildNotice: repeal notes', () => {
  it('reads the corpus forms: 原《…》（…）, dated, and a bare number (002:9002)', () => {
    const notice = build(
      '原《陵川县抗旱应急预案》（陵政办发〔2017〕36号）同时废止。\n\n' +
        '2014年 12月 3日平顺县人民政府办公室印发的《平顺县森林生态效益补偿基金管理暂行办法》平政办发〔2014〕84号同时废止。\n',
    )
    expect(notice.repealNotes.map((note) => [note.form, note.title?.text, note.number?.text, note.numberBracketed, note.titleQuoted])).toEqual([
      ['original', '陵川县抗旱应急预案', '陵政办发〔2017〕36号', true, true],
      ['dated', '平顺县森林生态效益补偿基金管理暂行办法', '平政办发〔2014〕84号', false, true],
    ])
    expect(notice.repealNotes[1].issuer?.text).toBe('平顺县人民政府办公室')
    expect(notice.repealNotes[1].numberGroup).toBeUndefined()
  })

  it('reads a number whose year stands in round brackets inside the round brackets', () => {
    const [note] = build('原《乙方案》（陵政办发（2017）38号）同时废止。\n').repealNotes
    expect(note.number?.text).toBe('陵政办发（2017）38号')
    expect(note.numberGroup?.text).toBe('（陵政办发（2017）38号）')
    expect(note.numberBracketed).toBe(true)
  })

  it('reads a note whose title lacks 《》, with its title located', () => {
    const text = '本预案自印发之日起实施，原陵川县抗旱应急预案（陵政办发〔2017〕36号）同时废止。\n'
    const [note] = build(text).repealNotes
    expect(note.titleQuoted).toBe(false)
    expect(note.form).toBe('original')
    expect(note.title?.text).toBe('陵川县抗旱应急预案')
    expect(text.slice(note.title!.position.start.offset, note.title!.position.end.offset)).toBe('陵川县抗旱应急预案')
    expect(note.number?.text).toBe('陵政办发〔2017〕36号')
    expect(note.text).toBe('原陵川县抗旱应急预案（陵政办发〔2017〕36号）同时废止。')
  })

  it('reads a dated note without 《》 and without a number when it names a document', () => {
    const [note] = build('自印发之日起，2017年9月11日印发的沁县地震应急预案同时废止。\n').repealNotes
    expect([note.form, note.title?.text, note.date?.text, note.number]).toEqual(['dated', '沁县地震应急预案', '2017年9月11日', undefined])
  })

  it('takes neither a seal (004:598) nor 原有… for a repeal note', () => {
    const notice = build('自2022年3月1日启用新印章，原“绛县人民政府行政复议专用章”印章同时废止。原有的工作制度同时废止。\n')
    expect(notice.repealNotes).toEqual([])
  })
})

describe('buildNotice: responsible-unit annotations', () => {
  it('reads a unit with its alias in 〔〕 (003:12463) and strips 牵头/配合落实', () => {
    const notice = build(
      '1.建立组织协调机构。（县行政审批服务管理局〔县政务信息管理局〕、县财政局牵头，县直相关部门配合）\n\n' +
        '2.加强监管。（县工信局牵头，市生态环境局沁县分局配合落实）\n',
    )
    expect(notice.annotations.map((annotation) => annotation.units.map((unit) => unit.text))).toEqual([
      ['县行政审批服务管理局', '县财政局', '县直相关部门'],
      ['县工信局', '市生态环境局沁县分局'],
    ])
    expect(cleanUnitName('县行政审批服务管理局〔县政务信息管理局〕牵头')).toBe('县行政审批服务管理局')
    expect(cleanUnitName('各乡（镇）人民政府')).toBe('各乡（镇）人民政府')
  })

  it('keeps 各乡、镇人民政府 as one name', () => {
    const [annotation] = build('（一）加强统计。（县统计局、各乡、镇人民政府负责）\n').annotations
    expect(annotation.units.map((unit) => unit.text)).toEqual(['县统计局', '各乡、镇人民政府'])
  })

  it('reads a bare unit list after a sentence (003:9911–9916), but not `方案（试行）`', () => {
    const notice = build('（七）做好信息公开。（县卫体局、县疾控中心、县医疗集团，各乡镇人民政府）\n\n沁县进一步优化营商环境工作方案（试行）\n')
    expect(notice.annotations.map((annotation) => [annotation.form, annotation.text])).toEqual([
      ['list', '（县卫体局、县疾控中心、县医疗集团，各乡镇人民政府）'],
    ])
  })
})

describe('suggestions by edit distance', () => {
  it('counts code points', () => {
    expect(editDistance('县财局', '县财政局')).toBe(1)
    expect(editDistance('陵川政办发', '陵政办发')).toBe(1)
  })

  it('gives the nearest names first, within a third of the length', () => {
    const known = ['县财政局', '县林业局', '市生态环境局沁县分局', '县统计局']
    expect(nearestNames('县财局', known).map((found) => found.name)).toEqual(['县财政局'])
    expect(nearestNames('市生态环境局沁分局', known)[0]).toEqual({name: '市生态环境局沁县分局', distance: 1})
    expect(nearestNames('沁州黄小米产业协会', known)).toEqual([])
  })
})
