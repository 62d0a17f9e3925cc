/**
 * splitGazette, toDraftMarkdown and writeDrafts on small gazettes built from corpus lines (000:780–858 and
 * 002:10861–10979 shortened, in the narrow layout of 陵川/平顺; 004:610–642 shortened, in the wide one of
 * 绛县), so that they are tested even where ../shared is absent.
 */
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {draftFileName, splitGazette, toDraftMarkdown, writeDrafts} from '@gazette-lint/gazette'
import {afterEach, describe, expect, it} from 'vitest'

/** One physical line each; the extraction's blank line after every line is added below. */
const NARROW = [
  ' 陵川县人民政府公报（2023.04） 县政府文件',
  ' 陵川县人民政府',
  '关于印发陵川县人民政府房屋征收决定的',
  '通 知',
  '陵政发〔2023〕2号',
  '各乡镇人民政府，示范区管委会，县直相关单位：',
  '现将《陵川县人民政府房屋征收决定》印发给你们，请认真贯彻执行。',
  '陵川县人民政府',
  '2023 年2 月11日',
  '（此件公开发布）',
  '陵川县人民政府房屋征收决定陵川县人民政府房屋征收决定',
  '根据陵川县城总体规划及城市建设三年行动',
  '计划，为切实加快基础设施建设，改善县城交通环',
  '境，打通断头路。',
  '·· 12',
  '一、征收范围',
  '（（一一））征收范围征收范围。。本次征收范围为规划崇安东街',
  '（康复路—育才路）。',
  '1. 详见《陵川县五条路及烈士陵园提升改造工',
  '程房屋征收补偿安置实施方案》（陵政办发〔2023〕',
  ' 2号）。',
  '2. 自县政府做出征收决定之日起实施。',
  ' 平顺县人民政府封山禁火令',
  '当前，我县已进入森林防火期。为确保全县',
  '森林资源安全，严防森林火灾发生，县政府决定发',
  '布封山禁火令如下：',
  '森林火警电话：0355-8922413',
  '平顺县人民政府',
  '2023年10月1日',
]
const WIDE = [
  '绛县人民政府办公室 关于扎实做好住户调查大样本轮换工作的通知',
  '绛政办函〔2022〕5号',
  '各乡（镇）人民政府，县直各有关单位：',
  '一、强化组织领导，统筹安排部署',
  '住户调查大样本轮换是确保样本代表性、准确掌握新时代城乡居民收支情况的重要工作。绛县统计局负责组织实施全县住户调查大样本轮换工作，成立绛县住户调查大样本轮换工作领导小组。',
  '附件：绛县住户调查大样本轮换工作领导小组（见网络版）',
  '绛县人民政府办公室',
  '2022年4月7日',
  '（此件公开发布）',
  '《绛县人民政府公报》简介',
  '《绛县人民政府公报》由绛县人民政府办公室主管主办，是刊发政府信息的法定载体。',
]
const gazette = (lines: string[]) => lines.map((line) => line + '\n\n').join('')
/** Physical line of lines[i]: every printed line is followed by a blank one. */
const lineOf = (i: number) => 2 * i + 1

describe('splitGazette and toDraftMarkdown on an excerpt', () => {
  const docs = [...splitGazette(gazette(NARROW), {source: '000'}), ...splitGazette(gazette(WIDE), {source: '004'})]

  it('finds the notices and the 令, and stops at the back matter', () => {
    expect(docs.map((d) => [d.source, d.index, d.kind, d.canonicalNumber ?? null, d.startLine, d.endLine])).toEqual([
      ['000', 1, 'notice', '陵政发〔2023〕2号', lineOf(1), lineOf(21)],
      ['000', 2, 'order', null, lineOf(22), lineOf(28)],
      ['004', 1, 'notice', '绛政办函〔2022〕5号', lineOf(0), lineOf(8)],
    ])
    expect(docs[0]).toMatchObject({
      source: '000',
      index: 1,
      issuer: '陵川县人民政府',
      title: '关于印发陵川县人民政府房屋征收决定的通知',
      number: '陵政发〔2023〕2号',
      date: '2023 年2 月11日',
      flag: '（此件公开发布）',
    })
    expect(docs[2].title).toBe('关于扎实做好住户调查大样本轮换工作的通知')
  })

  it('writes the cover notice in the draft layout, the enclosure under its own heading', () => {
    expect(toDraftMarkdown(docs[0], {provenance: false})).toBe(
      [
        '陵川县人民政府',
        '# 关于印发陵川县人民政府房屋征收决定的通知',
        '陵政发〔2023〕2号',
        '各乡镇人民政府，示范区管委会，县直相关单位：',
        '现将《陵川县人民政府房屋征收决定》印发给你们，请认真贯彻执行。',
        '陵川县人民政府',
        '2023 年2 月11日',
        '（此件公开发布）',
        '# 陵川县人民政府房屋征收决定',
        '根据陵川县城总体规划及城市建设三年行动计划，为切实加快基础设施建设，改善县城交通环境，打通断头路。',
        '一、征收范围',
        '（一）征收范围。本次征收范围为规划崇安东街（康复路—育才路）。',
        '1. 详见《陵川县五条路及烈士陵园提升改造工程房屋征收补偿安置实施方案》（陵政办发〔2023〕2号）。',
        '2. 自县政府做出征收决定之日起实施。',
      ].join('\n\n') + '\n',
    )
  })

  it('puts a direct notice’s 附件说明 before the signature', () => {
    const md = toDraftMarkdown(docs[2])
    expect(md.startsWith('<!-- gazette-lint split: 004:1-17 绛政办函〔2022〕5号 -->\n\n绛县人民政府办公室\n\n# 关于扎实')).toBe(true)
    expect(md).toContain('附件：绛县住户调查大样本轮换工作领导小组（见网络版）\n\n绛县人民政府办公室\n\n2022年4月7日\n\n（此件公开发布）\n')
    expect(docs[2].blocks.map((b) => b.kind)).toEqual([
      'issuer',
      'title',
      'number',
      'addressee',
      'paragraph',
      'paragraph',
      'attachment-note',
      'signature',
      'date',
      'flag',
    ])
  })

  it('writes the 令 with its title as the heading and no number', () => {
    expect(toDraftMarkdown(docs[1], {provenance: false})).toBe(
      '# 平顺县人民政府封山禁火令\n\n当前，我县已进入森林防火期。为确保全县森林资源安全，严防森林火灾发生，县政府决定发布封山禁火令如下：\n\n森林火警电话：0355-8922413\n\n平顺县人民政府\n\n2023年10月1日\n',
    )
  })

  it('finds nothing in text without a notice', () => {
    expect(splitGazette('', {source: '009'})).toEqual([])
    expect(splitGazette('陵川县人民政府\n\n各位同事：\n', {source: '009'})).toEqual([])
  })
})

describe('writeDrafts', () => {
  let dir: string | undefined
  afterEach(() => {
    if (dir) rmSync(dir, {recursive: true, force: true})
    dir = undefined
  })

  it('writes <alias>-<index>-<number or kind>.md, atomically, replacing older drafts', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-drafts-'))
    const out = path.join(dir, 'drafts', 'nested')
    const docs = [...splitGazette(gazette(NARROW), {source: '000'}), ...splitGazette(gazette(WIDE), {source: '004'})]
    expect(docs.map(draftFileName)).toEqual(['000-01-陵政发〔2023〕2号.md', '000-02-order.md', '004-01-绛政办函〔2022〕5号.md'])
    writeFileSync(path.join(dir, 'placeholder'), '')
    const first = writeDrafts(docs, out)
    expect(first.map((file) => path.basename(file))).toEqual(docs.map(draftFileName))
    writeFileSync(first[0], 'stale')
    writeDrafts(docs, out)
    expect(readdirSync(out).sort()).toEqual([...docs.map(draftFileName)].sort())
    expect(readFileSync(first[0], 'utf8')).toBe(toDraftMarkdown(docs[0]))
  })
})
