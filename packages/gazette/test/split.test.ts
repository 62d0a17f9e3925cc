/**
 * The splitter on the five corpus gazettes (../shared/corpus): it must find exactly the 74 documents of
 * CATALOG §1, with the same numbers, start lines (±2), printed dates, and write drafts whose key lines
 * survive the clean-up. Each file is split once.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {physicalLines, splitGazette, toDraftMarkdown, type SplitDocument} from '@gazette-lint/gazette'
import {beforeAll, describe, expect, it} from 'vitest'
import {SHARED_DIR, sharedAvailability} from '../../../test/helpers/shared.js'

const shared = sharedAvailability()
if (shared.skip) console.warn(shared.reason)

const FILES: Record<string, string> = {
  '000': '000_bbb95ae35cc114e5.txt',
  '001': '001_b39aa55e8743a23f.txt',
  '002': '002_81e8e216b636d032.txt',
  '003': '003_1ea08cf3bba0610d.txt',
  '004': '004_111d04e02e421ac8.txt',
}

/**
 * CATALOG §1, transcribed: alias, first line, last line, canonical number (or kind for the two unnumbered
 * documents), number as printed, 成文日期 as printed.
 */
type Row = [alias: string, start: number, end: number, key: string, number: string | null, date: string | null]
const CATALOG: Row[] = [
  ['000', 3, 779, '陵政发〔2023〕1号', '陵政发〔2023〕1号', '2022 年3月25日'],
  ['000', 780, 858, '陵政发〔2023〕2号', '陵政发〔2023〕2号', '2023 年2 月11日'],
  ['000', 860, 2790, '陵政发〔2023〕3号', '陵政发〔2023〕3号', '2023 年3 月1日'],
  ['000', 2791, 3554, '陵政办发〔2023〕1号', '陵政办发〔2023〕1号', '2023年1月12日'],
  ['000', 3556, 4015, '陵政办发〔2023〕2号', '陵政办发〔2023〕2号', '2023年2月11日'],
  ['000', 4016, 4364, '陵政办发〔2023〕3号', '陵政办发〔2023〕3号', '2023年2月11日'],
  ['000', 4365, 4793, '陵政办发〔2023〕4号', '陵政办发〔2023〕4号', '2023年2月28日'],
  ['000', 4794, 6922, '陵政办发〔2023〕5号', '陵政办发〔2023〕5号', '2023年3月16日'],
  ['001', 3, 687, '陵政发〔2025〕1号', '陵政发〔2025〕1号', '2025年4月7日'],
  ['001', 688, 2157, '陵政办发〔2025〕1号', '陵政办发〔2025〕1号', '2025年1月16日'],
  ['001', 2159, 2341, '陵政办发〔2025〕2号', '陵政办发〔2025〕2号', '2025年1月22日'],
  ['001', 2343, 2743, '陵政办发〔2025〕3号', '陵政办发〔2025〕3号', '2025年2月20日'],
  ['001', 2744, 2868, '陵政办发〔2025〕4号', '陵政办发〔2025〕4号', '2025年2月27日'],
  ['001', 2870, 2964, '陵政办发〔2025〕5号', '陵政办发〔2025〕5 号', '2025 年 3 月 3 日'],
  ['001', 2965, 3596, '陵政办发〔2025〕6号', '陵政办发〔2025〕6号', '2025年3月5日'],
  ['001', 3597, 3709, '陵政办发〔2025〕7号', '陵政办发〔2025〕7号', '2025年3月6日'],
  ['001', 3711, 4064, '陵政办发〔2025〕8号', '陵政办发〔2025〕8号', '2025年4月10日'],
  ['001', 4066, 4328, '陵政办发〔2025〕9号', '陵政办发〔2025〕9号', '2025年3月27日'],
  ['002', 1, 1383, '平政发〔2023〕47号', '平政发〔2023〕47号', '2023年7月20日'],
  ['002', 1384, 2209, '平政发〔2023〕50号', '平政发〔2023〕50号', '2023年8月5日'],
  ['002', 2211, 2742, '平政发〔2023〕52号', '平政发〔2023〕52号', '2023年8月15日'],
  ['002', 2744, 2949, '平政发〔2023〕54号', '平政发〔2023〕54号', '2023年8月15日'],
  ['002', 2950, 3234, '平政发〔2023〕56号', '平政发〔2023〕56号', '2023年8月31日'],
  ['002', 3235, 3503, '平政办发〔2023〕16号', '平政办发〔2023〕16号', '2023年7月3日'],
  ['002', 3505, 5348, '平政办发〔2023〕17号', '平政办发〔2023〕17号', '2023年7月7日'],
  ['002', 5350, 5844, '平政办发〔2023〕18号', '平政办发〔2023〕18号', '2023年7月10日'],
  ['002', 5846, 6042, '平政办发〔2023〕21号', '平政办发〔2023〕21号', '2023年7月14日'],
  ['002', 6044, 6362, '平政办发〔2023〕22号', '平政办发〔2023〕22号', '2023年7月20日'],
  ['002', 6364, 6596, '平政办发〔2023〕23号', '平政办发〔2023〕23号', '2023年7月24日'],
  ['002', 6598, 7400, '平政办发〔2023〕24号', '平政办发〔2023〕24号', '2023年7月31日'],
  ['002', 7402, 7826, '平政办发〔2023〕25号', '平政办发〔2023〕25号', '2023年8月4日'],
  ['002', 7827, 8132, '平政办发〔2023〕28号', '平政办发〔2023〕28号', '2023年8月14日'],
  ['002', 8134, 8778, '平政办发〔2023〕29号', '平政办发〔2023〕29号', '2023年8月14日'],
  ['002', 8780, 9006, '平政办发〔2023〕30号', '平政办发〔2023〕30号', '2023年8月18日'],
  ['002', 9008, 9116, '平政办发〔2023〕31号', '平政办发〔2023〕31号', '2023年8月21日'],
  ['002', 9118, 10773, '平政办发〔2023〕34号', '平政办发〔2023〕34号', '2023年9月22日'],
  ['002', 10775, 10860, '平政办发〔2023〕35号', '平政办发〔2023〕35号', '2023年9月27日'],
  ['002', 10861, 10979, 'order', null, '2023年10月1日'],
  ['003', 1, 22, '沁政发〔2021〕10号', '沁政发〔2021〕10号', '2021年 7月 6日'],
  ['003', 23, 287, '沁政发〔2021〕11号', '沁政发〔2021〕11号', '2021年 8月 20日'],
  ['003', 289, 3911, '沁政发〔2021〕12号', '沁政发〔2021〕12号', '2021年8月30日'],
  ['003', 3912, 4196, '沁政发〔2021〕13号', '沁政发〔2021〕13号', '2021年9月15日'],
  ['003', 4197, 4546, '沁政办发〔2021〕16号', '沁政办发〔2021〕16号', '2021年7月7日'],
  ['003', 4547, 4777, '沁政办发〔2021〕17号', '沁政办发〔2021〕17 号', '2021 年 7 月 14 日'],
  ['003', 4778, 5382, '沁政办发〔2021〕18号', '沁政办发〔2021〕18号', '2021年7月19日'],
  ['003', 5383, 7887, '沁政办发〔2021〕19号', '沁政办发〔2021〕19号', '2021 年 7月 19 日'],
  ['003', 7888, 8351, '沁政办发〔2021〕20号', '沁政办发〔2021〕20号', '2021年7月28日'],
  ['003', 8352, 8717, '沁政办发〔2021〕21号', '沁政办发〔2021〕21号', '2021年7月28日'],
  ['003', 8718, 9071, '沁政办发〔2021〕22号', '沁政办发〔2021〕22 号', '2021 年 7 月 30 日'],
  ['003', 9072, 9569, '沁政办发〔2021〕23号', '沁政办发〔2021〕23 号', '2021年7月30日'],
  ['003', 9570, 9802, '沁政办发〔2021〕24号', '沁政办发〔2021〕24 号', '2021年8月2日'],
  ['003', 9803, 10087, '沁政办发〔2021〕25号', '沁政办发〔2021〕25号', '2021年8月2日'],
  ['003', 10088, 11102, '沁政办发〔2021〕27号', '沁政办发〔2021〕27 号', '2021年8月5日'],
  ['003', 11103, 11667, '沁政办发〔2021〕28号', '沁政办发〔2021〕28号', '2021年8月5日'],
  ['003', 11668, 11851, '沁政办发〔2021〕31号', '沁政办发〔2021〕31 号', '2021 年 9月 2日'],
  ['003', 11852, 12090, '沁政办发〔2021〕32号', '沁政办发〔2021〕32 号', '2021 年 9月 1 日'],
  ['003', 12091, 12380, '沁政办发〔2021〕35号', '沁政办发〔2021〕35 号', '2021 年 9月 15 日'],
  ['003', 12381, 12989, '沁政办发〔2021〕36号', '沁政办发〔2021〕36 号', '2021年9月16日'],
  ['003', 12990, 14220, '沁政办发〔2021〕37号', '沁政办发〔2021〕37号', '2021年9月22日'],
  ['003', 14221, 14354, '沁政办发〔2021〕38号', '沁政办发〔2021〕38号', '2021年9月23日'],
  ['004', 82, 259, 'report', null, null],
  ['004', 261, 279, '绛政发〔2022〕11号', '绛政发〔2022〕11号', '2022年3月14日'],
  ['004', 281, 293, '绛政发〔2022〕12号', '绛政发〔2022〕12号', '2022年3月16日'],
  ['004', 295, 401, '绛政发〔2022〕13号', '绛政发〔2022〕13号', '2022年3月21日'],
  ['004', 403, 417, '绛政发〔2022〕14号', '绛政发〔2022〕14号', '2022年4月2日'],
  ['004', 419, 447, '绛政发〔2022〕21号', '绛政发〔2022〕21号', '2022年6月10日'],
  ['004', 449, 571, '绛政发〔2022〕20号', '绛政发〔2022〕20号', '2022年6月11日'],
  ['004', 573, 590, '绛政办发〔2022〕4号', '绛政办发〔2022〕4号', '2022年1月29日'],
  ['004', 592, 608, '绛政办函〔2022〕2号', '绛政办函〔2022〕2号', '2022年2月28日'],
  ['004', 610, 642, '绛政办函〔2022〕5号', '绛政办函〔2022〕5号', '2022年4月7日'],
  ['004', 644, 802, '绛政办发〔2022〕10号', '绛政办发〔2022〕10号', '2022年5月1日'],
  ['004', 804, 848, '绛政办函〔2022〕6号', '绛政办函〔2022〕6号', '2022年4月26日'],
  ['004', 850, 1080, '绛政办发〔2022〕11号', '绛政办发〔2022〕11号', '2022年6月10日'],
  ['004', 1082, 1094, '绛政办发〔2022〕13号', '绛政办发〔2022〕13号', '2022年6月20日'],
]

const texts: Record<string, string> = {}
const split: Record<string, SplitDocument[]> = {}
const all = () => Object.keys(FILES).flatMap((alias) => split[alias])
const byNumber = (number: string) => {
  const found = all().find((doc) => doc.canonicalNumber === number)
  if (!found) throw new Error(`no document ${number}`)
  return found
}

describe.skipIf(shared.skip)('splitGazette on the corpus', () => {
  beforeAll(() => {
    for (const [alias, file] of Object.entries(FILES)) {
      texts[alias] = readFileSync(path.join(SHARED_DIR, 'corpus', file), 'utf8')
      split[alias] = splitGazette(texts[alias], {source: alias})
    }
  })

  it('finds 74 documents: 72 numbered, the 令 and the 政府工作报告', () => {
    expect(CATALOG).toHaveLength(74)
    const docs = all()
    expect(docs).toHaveLength(74)
    expect(docs.filter((doc) => doc.kind === 'notice')).toHaveLength(72)
    expect(docs.filter((doc) => doc.kind === 'order').map((doc) => doc.title)).toEqual(['平顺县人民政府封山禁火令'])
    expect(docs.filter((doc) => doc.kind === 'report').map((doc) => doc.title)).toEqual(['政府工作报告'])
  })

  for (const alias of Object.keys(FILES)) {
    it(`${alias}: the documents of CATALOG §1, in order, with their numbers and start lines (±2)`, () => {
      const expected = CATALOG.filter((row) => row[0] === alias)
      const docs = split[alias]
      expect(docs.map((doc) => doc.canonicalNumber ?? doc.kind)).toEqual(expected.map((row) => row[3]))
      docs.forEach((doc, i) => {
        const [, start, end] = expected[i]
        expect(Math.abs(doc.startLine - start), `${alias} #${i + 1} starts at ${doc.startLine}, catalogued ${start}`).toBeLessThanOrEqual(2)
        expect(Math.abs(doc.endLine - end), `${alias} #${i + 1} ends at ${doc.endLine}, catalogued ${end}`).toBeLessThanOrEqual(2)
        expect(doc.source).toBe(alias)
        expect(doc.index).toBe(i + 1)
      })
    })
  }

  it('keeps the number and date as printed, spaces and the 2022 date included', () => {
    const docs = all()
    CATALOG.forEach(([alias, start, , , number, date], i) => {
      expect(docs[i].number ?? null, `${alias}:${start}`).toBe(number)
      expect(docs[i].date ?? null, `${alias}:${start}`).toBe(date)
    })
    expect(byNumber('陵政发〔2023〕1号').date).toBe('2022 年3月25日')
    const spaced = byNumber('沁政办发〔2021〕17号')
    expect(spaced.number).toBe('沁政办发〔2021〕17 号')
    expect(spaced.date).toBe('2021 年 7 月 14 日')
  })

  it('records issuer and one-line title; the 绛县 masthead, table of contents and back matter are outside', () => {
    const doc = byNumber('陵政办发〔2023〕5号')
    expect(doc.issuer).toBe('陵川县人民政府办公室')
    expect(doc.title).toBe('关于印发陵川县抗旱应急预案的通知')
    const jiang = split['004']
    expect(jiang[0].startLine).toBe(82)
    expect(jiang[0].issuer).toBeUndefined()
    expect(jiang.at(-1)!.endLine).toBe(1094)
    expect(jiang.find((d) => d.canonicalNumber === '绛政发〔2022〕11号')!.title).toBe(
      '关于承接落实山西省人民政府取消和下放一批行政职权事项的通知',
    )
    expect(byNumber('绛政发〔2022〕12号').title).toBe('关于印发《绛县县级政府调控粮管理办法》的通知')
    const order = split['002'].at(-1)!
    expect([order.kind, order.issuer, order.startLine, order.date]).toEqual(['order', '平顺县人民政府', 10861, '2023年10月1日'])
  })

  it('drafts only delete and join: every draft is a subsequence of its source lines, without doubled bold', () => {
    for (const doc of all()) {
      const raws = physicalLines(texts[doc.source]).slice(doc.startLine - 1, doc.endLine)
      const source = Array.from(raws.join('').replace(/\s+/gu, ''))
      const draft = Array.from(doc.blocks.map((b) => b.text).join('').replace(/\s+/gu, ''))
      let j = 0
      let added: string | undefined
      for (const char of draft) {
        while (j < source.length && source[j] !== char) j++
        if (j >= source.length) {
          added = char
          break
        }
        j++
      }
      expect(added, `${doc.source}:${doc.startLine} adds a character`).toBeUndefined()
      expect(draft.length / source.length).toBeGreaterThan(0.8)
      const md = toDraftMarkdown(doc)
      expect(md, `${doc.source}:${doc.startLine}`).not.toMatch(/（（|））|。。|““|””|\d\.\.|\*\*/u)
      expect(md).not.toMatch(/县人民政府公报|^—— \d+$|^- \d+ -$/mu)
    }
  })

  it('陵政办发〔2023〕5号: the repeal note on one line, the enclosure heading', () => {
    const md = toDraftMarkdown(byNumber('陵政办发〔2023〕5号'))
    const lines = md.split('\n')
    expect(lines.some((line) => line.includes('原《陵川县抗旱应急预案》（陵政办发〔2017〕36号）同时废止。'))).toBe(true)
    expect(lines).toContain('# 陵川县抗旱应急预案')
    // The layout of the cover, in order.
    const order = ['陵川县人民政府办公室', '# 关于印发陵川县抗旱应急预案的通知', '陵政办发〔2023〕5号', '各乡镇人民政府，县直有关单位：']
    const at = order.map((line) => lines.indexOf(line))
    expect(at.every((index, i) => index >= 0 && (i === 0 || index > at[i - 1])), at.join()).toBe(true)
    const signature = lines.lastIndexOf('陵川县人民政府办公室')
    expect(lines.slice(signature, signature + 7).filter(Boolean)).toEqual([
      '陵川县人民政府办公室',
      '2023年3月16日',
      '（此件公开发布）',
      '# 陵川县抗旱应急预案',
    ])
    // `1.1` headings and un-doubled bold: `11..11 编制目的编制目的` → `1.1 编制目的`.
    expect(lines).toContain('1.1 编制目的')
  })

  it('沁政办发〔2021〕37号: both repeal notes, the 附件说明 and the printed attachments', () => {
    const doc = byNumber('沁政办发〔2021〕37号')
    const md = toDraftMarkdown(doc)
    const lines = md.split('\n')
    expect(lines.some((line) => line.endsWith('2017 年 9 月 11 日印发的《沁县地震应急预案》（沁政办发〔2017〕93 号）同时废止。'))).toBe(true)
    expect(lines.some((line) => line.includes('本预案自印发之日起实施。2017 年9月18日印发的《沁县地震应急预案》（沁政办发〔2017〕93号）同时废止。'))).toBe(true)
    expect(doc.flag).toBe('（此件公开发布）')
    expect(lines).toContain('# 沁县地震应急预案')
    const note = doc.blocks.find((b) => b.kind === 'attachment-note')!
    expect(note.text.split('\n')).toEqual([
      '附件：1.沁县地震灾害应急响应示意图',
      '2.沁县震救灾指挥机构及职责',
      '3.地震灾害分级和对应响应级别',
      '4.地震应急措施',
    ])
    expect(md).toContain('附件1\n\n# 沁县地震灾害应急响应示意图')
    expect(md).toContain('附件4\n\n# 地震应急措施')
  })

  it('绛政办函〔2022〕5号: the 附件说明 precedes the signature; headings stay paragraphs of their own', () => {
    const doc = byNumber('绛政办函〔2022〕5号')
    const kinds = doc.blocks.map((b) => b.kind)
    expect(kinds.slice(-4)).toEqual(['attachment-note', 'signature', 'date', 'flag'])
    const md = toDraftMarkdown(doc)
    expect(md).toContain('附件：绛县住户调查大样本轮换工作领导小组（见网络版）\n\n绛县人民政府办公室\n\n2022年4月7日\n\n（此件公开发布）\n')
    expect(md.split('\n')).toContain('一、强化组织领导，统筹安排部署')
    expect(md).toContain('# 关于扎实做好住户调查大样本轮换工作的通知\n\n绛政办函〔2022〕5号\n\n各乡（镇）人民政府，县直各有关单位：\n')
  })

  it('陵政发〔2023〕1号: doubled bold headings un-doubled, sentences joined, the 2022 date kept', () => {
    const md = toDraftMarkdown(byNumber('陵政发〔2023〕1号'))
    const lines = md.split('\n')
    expect(lines).toContain('# 关于做好2023年安全生产和应急管理工作的通知')
    expect(lines.some((line) => line.startsWith('（一）切实提高政治站位。各乡镇各部门各单位要认真贯彻落实党的二十大精神'))).toBe(true)
    expect(lines).toContain('一、提高政治站位，强化责任落实')
    expect(md).toContain('陵川县人民政府\n\n2022 年3月25日\n\n（此件公开发布）\n')
  })

  it('平顺: doubled enclosure titles, four enclosures of one cover, the 令', () => {
    expect(toDraftMarkdown(byNumber('平政发〔2023〕50号')).split('\n')).toContain('# 平顺县人民政府工作规则')
    expect(toDraftMarkdown(byNumber('平政发〔2023〕47号')).split('\n')).toContain('# 平顺县“十四五”生态环境保护规划（2021-2025）（简版）')
    const four = byNumber('平政办发〔2023〕17号').blocks.filter((b) => b.kind === 'enclosure-title')
    expect(four.map((b) => b.startLine)).toEqual([3525, 3978, 4565, 5055])
    const order = toDraftMarkdown(split['002'].at(-1)!)
    expect(order).toMatch(/^<!--.*-->\n\n# 平顺县人民政府封山禁火令\n\n当前，我县已进入森林防火期。/u)
    expect(order).toMatch(/森林火警电话：0355-8922413\n\n平顺县人民政府\n\n2023年10月1日\n$/u)
  })

  it('numbered paragraphs keep their marker as written', () => {
    const lines = toDraftMarkdown(byNumber('陵政办发〔2023〕1号')).split('\n')
    expect(lines.some((line) => line.startsWith('11. 推进住宿餐饮恢复增长。积极组织参加冬季美食节'))).toBe(true)
    expect(lines.some((line) => line.startsWith('1.统筹做好煤炭增产增供。'))).toBe(true)
  })
})
