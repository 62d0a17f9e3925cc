import {buildNotice, type Notice} from '@gazette-lint/core'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const build = (text: string): Notice => buildNotice(parser.parse(text), text)
const lineOf = (element: {position: {start: {line: number}}} | undefined) => element?.position.start.line

const COVER = `陵川县人民政府办公室

# 关于抓项目促投资确保首季“开门红”的通知

陵政办发〔2025〕2号

各乡镇人民政府，示范区管委会，县直有关单位：

现就有关事项通知如下。
`

describe('buildNotice: the issuer in a title without 关于', () => {
  it('reads the issuer of a 令 from its title, which is then its header', () => {
    const notice = build('# 平顺县人民政府封山禁火令\n\n当前，我县已进入森林防火期。\n\n平顺县人民政府\n\n2023年10月1日\n')
    expect(notice.kind).toBe('order')
    expect(notice.title?.issuer?.text).toBe('平顺县人民政府')
    expect(notice.title?.subject.text).toBe('封山禁火令')
    expect(notice.title?.issuer?.position.start.column).toBe(3)
    expect(notice.issuerHeader).toMatchObject({text: '平顺县人民政府', inTitle: true})
    expect([notice.signature?.text, lineOf(notice.signature)]).toEqual(['平顺县人民政府', 5])
    expect(notice.date?.misplaced).toBe(false)
  })

  it('finds no issuer in a title that does not start with one', () => {
    const notice = build('# 政府工作报告\n\n各位代表：\n')
    expect(notice.kind).toBe('report')
    expect(notice.title?.issuer).toBeUndefined()
    expect(notice.issuerHeader).toBeUndefined()
  })
})

describe('buildNotice: signature and date out of place', () => {
  it('a signature right before the date: both in place', () => {
    const notice = build(`${COVER}\n陵川县人民政府办公室\n\n2025年1月22日\n`)
    expect([lineOf(notice.signature), lineOf(notice.date), notice.date?.misplaced]).toEqual([11, 13, false])
  })

  it('a date written before the signature: the signature is found after it, the date is misplaced', () => {
    const notice = build(`${COVER}\n2025年1月22日\n\n陵川县人民政府办公室\n`)
    expect([notice.signature?.text, lineOf(notice.signature)]).toEqual(['陵川县人民政府办公室', 13])
    expect([lineOf(notice.date), notice.date?.misplaced]).toEqual([11, true])
    // The body ends before the first of them.
    expect(notice.anchors.afterBody.line).toBe(10)
  })

  it('a flag between signature and date: the signature is found, the date is misplaced', () => {
    const notice = build(`${COVER}\n陵川县人民政府办公室\n\n（此件公开发布）\n\n2025年1月22日\n`)
    expect(lineOf(notice.signature)).toBe(11)
    expect([lineOf(notice.date), notice.date?.misplaced]).toEqual([15, true])
  })

  it('a date without any signature: no signature, the date is misplaced', () => {
    const notice = build(`${COVER}\n2025年1月22日\n`)
    expect(notice.signature).toBeUndefined()
    expect([lineOf(notice.date), notice.date?.misplaced]).toEqual([11, true])
  })

  it('no date and a signature naming another issuer than the header: the signature is still found', () => {
    const notice = build(`${COVER}\n陵川县人民政府\n\n（此件公开发布）\n`)
    expect([notice.signature?.text, lineOf(notice.signature)]).toEqual(['陵川县人民政府', 11])
    expect(notice.date).toBeUndefined()
    expect(notice.anchors.afterSignature.line).toBe(12)
  })

  it('no date and no organ name closing the cover: no signature', () => {
    const notice = build(COVER)
    expect(notice.signature).toBeUndefined()
  })
})
