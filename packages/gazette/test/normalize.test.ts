/**
 * The normalizers, one by one, on lines copied from the corpus (the reference after each snippet is
 * `alias:line`, CATALOG §4.4), and on the genuine doubled characters they must leave alone.
 */
import {numberKey} from '@gazette-lint/core'
import {
  cleanLine,
  cleanLines,
  dropStrayFlags,
  isBackMatterStart,
  isPageMark,
  isRunningHeader,
  joinLetterSpaced,
  joinParagraphs,
  measureLayout,
  normalizeText,
  physicalLines,
  removeCjkSpaces,
  stripConverterBold,
  trimLine,
  typicalLineWidth,
  undoubleLine,
  undoubleWhole,
  visualWidth,
} from '@gazette-lint/gazette'
import {describe, expect, it} from 'vitest'

describe('undoubleLine: bold printed twice', () => {
  const cases: Array<[string, string, string]> = [
    ['000:36', '（（一一））切实提高政治站位切实提高政治站位。。各乡镇各部门各单', '（一）切实提高政治站位。各乡镇各部门各单'],
    ['000:2995', '1111.. 推进住宿餐饮恢复增长推进住宿餐饮恢复增长。。积极组织参加', '11. 推进住宿餐饮恢复增长。积极组织参加'],
    ['000:2973', '1010..大力促进网络消费大力促进网络消费。。组织举办“网络年货', '10.大力促进网络消费。组织举办“网络年货'],
    ['000:4817', '11..11 编制目的编制目的', '1.1 编制目的'],
    ['001:401', '（（二二））加加强应急队伍建设强应急队伍建设。。进一步加强综合', '（二）加强应急队伍建设。进一步加强综合'],
    ['001:346', '（（二二））推进推进““一件事一件事””全链条专项整治全链条专项整治。。聚焦人', '（二）推进“一件事”全链条专项整治。聚焦人'],
    ['002:18', '平顺县平顺县““十四五十四五””生态环境保护规划生态环境保护规划（（20212021--20252025））', '平顺县“十四五”生态环境保护规划（2021-2025）'],
    ['002:19', '（（简版简版））', '（简版）'],
    ['002:1398', '平顺县人民政府工作规则平顺县人民政府工作规则', '平顺县人民政府工作规则'],
    ['000:1048', '工作工作', '工作'],
    ['000:3149', '2020.. 谋深谋实谋深谋实 20232023 年项目盘子年项目盘子。。聚焦112个', '20. 谋深谋实 2023 年项目盘子。聚焦112个'],
    ['000:4204', '资金计划安排资金计划安排10421042..567567万元万元。。对人口较为集中的', '资金计划安排1042.567万元。对人口较为集中的'],
    ['000:4426', '———提高政治站位抓落实—提高政治站位抓落实。。把旗帜鲜明讲政', '——提高政治站位抓落实。把旗帜鲜明讲政'],
    ['000:4678', '（（一一））动员部署阶段动员部署阶段（（22月月2828日—日—33月月22日日）。）。结', '（一）动员部署阶段（2月28日—3月2日）。结'],
    ['000:3280', '2626.. 落实好普惠性支持政策落实好普惠性支持政策〔责任单位：县人', '26. 落实好普惠性支持政策〔责任单位：县人'],
    ['000:3730', '内内，，新建住宅小区新建住宅小区，，带电梯的单元式住宅带电梯的单元式住宅。。', '内，新建住宅小区，带电梯的单元式住宅。'],
    ['000:239', '煤矿煤矿：：实施“一优三减”，大力推广“一井一', '煤矿：实施“一优三减”，大力推广“一井一'],
  ]
  for (const [where, input, output] of cases) {
    it(`${where}: ${input.slice(0, 16)}…`, () => {
      const result = undoubleLine(input)
      expect(result.text).toBe(output)
      expect(result.changed).toBe(true)
    })
  }

  const genuine: Array<[string, string]> = [
    ['000:1016, a real 11.', '11. 落实全面从严治党要求，坚定不移推进政'],
    ['000:1369, a real 11. at the end of a paragraph', '11. 积极培育创建省级中药材特色专业镇。'],
    ['004:84, the report subtitle', '——2022年1月26日在绛县第十七届人民代表大会第二次会议上'],
    ['人人 in prose', '人人持证、技能人才占比明显提高'],
    ['常常 in prose', '常常深入基层调研，了解群众所需'],
    ['看看 in prose', '看看是否落实到位'],
    ['reduplicated verb before a full stop', '研究研究。'],
    ['a year alone in a table cell', '2020'],
    ['a number alone in a table cell', '1111'],
    ['a dash and an ellipsis, doubled by nature', '——'],
    ['an ellipsis line', '……'],
    ['a single doubled character', '人人'],
    ['002:235, prose', '到新高度，全面建成文化强县；“人人持证、技能'],
  ]
  for (const [what, input] of genuine) {
    it(`leaves alone: ${what}`, () => {
      expect(undoubleLine(input)).toEqual({text: input, changed: false, prefixLength: 0})
    })
  }
})

describe('undoubleWhole', () => {
  it('un-doubles a whole title printed twice (002:1398)', () => {
    expect(undoubleWhole('平顺县人民政府工作规则平顺县人民政府工作规则')).toBe('平顺县人民政府工作规则')
  })
  it('leaves a string that is not exactly X+X, or too short to tell', () => {
    expect(undoubleWhole('平顺县人民政府工作规则')).toBe('平顺县人民政府工作规则')
    expect(undoubleWhole('人人')).toBe('人人')
    expect(undoubleWhole('1111')).toBe('1111')
    expect(undoubleWhole('研究研究。')).toBe('研究研究。')
  })
})

describe('running headers and page marks', () => {
  it('recognises the running headers (000:1, 000:5546, 002:1472, 002:1609)', () => {
    expect(isRunningHeader(' 陵川县人民政府公报（2023.04） 县政府文件')).toBe(true)
    expect(isRunningHeader('陵川县人民政府公报（2025.3） 县政府办公室文件')).toBe(true)
    expect(isRunningHeader('县政府办公室文件 陵川县人民政府公报（2023.04）')).toBe(true)
    expect(isRunningHeader('3 / 2023 平顺县人民政府公报 县政府文件')).toBe(true)
    expect(isRunningHeader('3 / 2023 平顺县人民政府公报县政府办公室文件')).toBe(true)
  })
  it('does not take the masthead, an issuer or prose for a running header', () => {
    expect(isRunningHeader('绛县人民政府公报')).toBe(false)
    expect(isRunningHeader('陵川县人民政府')).toBe(false)
    expect(isRunningHeader('（三）拓展信息公开渠道。要积极创办政府公报，加强政府公报数')).toBe(false)
    expect(isRunningHeader('《绛县人民政府公报》简介')).toBe(false)
  })
  it('recognises page marks (002:2226, 003:12400, 003:4027, 000:1461)', () => {
    for (const mark of ['—— 18', '- 276 -', '—102', '·· 12', '- 9 -']) expect(isPageMark(mark), mark).toBe(true)
  })
  it('does not take text, years or dashes for page marks (002:8325, 004:84)', () => {
    for (const text of ['—3个县级“名医工作室”。抢抓省市三甲医院对', '2023', '——2022年1月26日在绛县第十七届人民代表大会第二次会议上', '——', '3.2.3 干旱预警发布内容']) {
      expect(isPageMark(text), text).toBe(false)
    }
  })
  it('finds the back matter of 004 (004:1096)', () => {
    expect(isBackMatterStart('《绛县人民政府公报》简介')).toBe(true)
    expect(isBackMatterStart('《绛县人民政府公报》由绛县人民政府办公室主管主办，是刊发政府信息的法定载体。')).toBe(false)
  })
})

describe('in-line artifacts', () => {
  it('removes the converter’s ** markers (004:181)', () => {
    expect(stripConverterBold('带动全县服务业提质增效。**打造特色文旅品牌。**推动绛北大峡谷A级景区')).toBe(
      '带动全县服务业提质增效。打造特色文旅品牌。推动绛北大峡谷A级景区',
    )
    expect(stripConverterBold('没有标记')).toBe('没有标记')
  })
  it('joins letter-spaced lines (000:6, 003:40) and nothing else', () => {
    expect(joinLetterSpaced('通 知')).toBe('通知')
    expect(joinLetterSpaced('实 施 方 案')).toBe('实施方案')
    expect(joinLetterSpaced('第一章 总 则')).toBe('第一章 总 则')
    expect(joinLetterSpaced('县长 李翔')).toBe('县长 李翔')
    expect(joinLetterSpaced('2021 年 7 月 14 日')).toBe('2021 年 7 月 14 日')
    expect(joinLetterSpaced('组 长：司慧军 县委副书记、县长')).toBe('组 长：司慧军 县委副书记、县长')
  })
  it('removes wrap spaces between CJK characters in a title (004:261, 004:281) but keeps spaces at digits (000:861)', () => {
    expect(removeCjkSpaces('关于承接落实山西省人民政府取消和下放一批 行政职权事项的通知')).toBe(
      '关于承接落实山西省人民政府取消和下放一批行政职权事项的通知',
    )
    expect(removeCjkSpaces('关于印发《绛县县级政府调控粮管理办法》的 通 知')).toBe('关于印发《绛县县级政府调控粮管理办法》的通知')
    expect(removeCjkSpaces('关于印发2023 年政府工作报告目标任务责任分解的通知')).toBe('关于印发2023 年政府工作报告目标任务责任分解的通知')
  })
  it('trims leading spaces (000:780) and keeps spaces inside number and date lines (003:4552, 003:4562)', () => {
    expect(trimLine(' 陵川县人民政府')).toBe('陵川县人民政府')
    expect(cleanLine('沁政办发〔2021〕17 号')).toEqual({text: '沁政办发〔2021〕17 号'})
    expect(cleanLine('2021 年 7 月 14 日')).toEqual({text: '2021 年 7 月 14 日'})
    expect(numberKey('沁政办发〔2021〕17 号')).toBe('沁政办发〔2021〕17号')
  })
  it('drops a flag printed again in the middle of a sentence (004:555–559)', () => {
    const lines = [
      {text: '第十七条 各管护主体严格遵守法律和行政', line: 555, raw: ''},
      {text: '(此件公开发布)', line: 557, raw: ''},
      {text: '法规等有关规定,不得以任何理由擅自收取有关费用,不得擅自将工程及设备变卖,不得破坏水土资源和生态环境。', line: 559, raw: ''},
      {text: '第十八条 管护主体为企业或农民专业合作社的,管护资金原则上由其自行解决。', line: 561, raw: ''},
    ]
    const out = dropStrayFlags(lines)
    expect(out.map((l) => l.line)).toEqual([555, 561])
    expect(out[0].text).toBe(
      '第十七条 各管护主体严格遵守法律和行政法规等有关规定,不得以任何理由擅自收取有关费用,不得擅自将工程及设备变卖,不得破坏水土资源和生态环境。',
    )
    // A flag after a finished sentence is not stray.
    const kept = [
      {text: '2022年6月11日', line: 461, raw: ''},
      {text: '(此件公开发布)', line: 463, raw: ''},
      {text: '绛县高标准农田建设项目建后管护办法（试行）', line: 465, raw: ''},
    ]
    expect(dropStrayFlags(kept)).toEqual(kept)
  })
})

describe('cleanLines and paragraphs', () => {
  // 000:1459–1467: a sentence broken by a page mark and a running header.
  const excerpt = [
    '3. 认真落实“三无”“三可”要求，推动“五大环',
    '',
    '·· 12',
    '',
    '',
    '',
    '陵川县人民政府公报（2023.04） 县政府文件',
    '',
    '境”“五有套餐”创新提升，完成11个乡镇便民服',
    '',
    '务中心标准化建设，全链条优化审批、全过程公开',
    '',
  ].join('\n')

  it('counts physical lines as grep -n does and keeps each cleaned line’s number', () => {
    expect(physicalLines('a\n\nb\n')).toEqual(['a', '', 'b'])
    expect(physicalLines('a\r\nb')).toEqual(['a', 'b'])
    const result = cleanLines(excerpt)
    expect(result.lines.map((l) => l.line)).toEqual([1, 9, 11])
    expect(result.dropped).toEqual([
      {line: 3, kind: 'page-mark', raw: '·· 12'},
      {line: 7, kind: 'running-header', raw: '陵川县人民政府公报（2023.04） 县政府文件'},
    ])
  })

  it('joins a paragraph across a page break', () => {
    expect(normalizeText(excerpt)).toBe('3. 认真落实“三无”“三可”要求，推动“五大环境”“五有套餐”创新提升，完成11个乡镇便民服务中心标准化建设，全链条优化审批、全过程公开')
  })

  it('joins a number split across two lines (002:10453–10455, 003:8501–8503)', () => {
    const text = [
      '区，按有关规定和《山西省人民政府山西省军区',
      '',
      '关于加强省军区部队应急能力建设的意见》（晋',
      '',
      '政发〔2011〕37号）组织实施。',
      '',
      '各乡（镇）、各部门要加强应急队伍建设，加',
    ].join('\n')
    expect(normalizeText(text).split('\n')).toEqual([
      '区，按有关规定和《山西省人民政府山西省军区关于加强省军区部队应急能力建设的意见》（晋政发〔2011〕37号）组织实施。',
      '各乡（镇）、各部门要加强应急队伍建设，加',
    ])
    expect(normalizeText('府办公厅《山西省企业上市挂牌相关政务服务事项办理规程》（晋政办\n\n函〔2018〕63号），将企业上市挂牌相关工作纳入本级政府政务大厅')).toBe(
      '府办公厅《山西省企业上市挂牌相关政务服务事项办理规程》（晋政办函〔2018〕63号），将企业上市挂牌相关工作纳入本级政府政务大厅',
    )
  })

  it('ends a paragraph at a heading and before a numbering marker (000:819–827)', () => {
    const text = [
      '法权益，征收范围内的单位和个人应积极配合做',
      '好房屋征收工作。',
      '一、征收范围',
      '本次征收范围为规划崇安东街（康复路—育',
      '才路）长约620 米，宽约25—43米；凌云街西延（望',
      '洛路—过境路）长420米，宽27—43米；育才路（开',
      '二、房屋征收部门',
      '陵川县住房和城乡建设管理局',
      '三、房屋征收实施单位',
    ].join('\n\n')
    expect(normalizeText(text).split('\n')).toEqual([
      '法权益，征收范围内的单位和个人应积极配合做好房屋征收工作。',
      '一、征收范围',
      '本次征收范围为规划崇安东街（康复路—育才路）长约620 米，宽约25—43米；凌云街西延（望洛路—过境路）长420米，宽27—43米；育才路（开',
      '二、房屋征收部门',
      '陵川县住房和城乡建设管理局',
      '三、房屋征收实施单位',
    ])
  })

  it('keeps an annotation with its task paragraph (003:4235–4249)', () => {
    const text = [
      '耗能、高排放项目建设，为转型发展项目腾出环境容量。（县工信局、',
      '县发改局、县行政审批局、市生态环境局沁县分局、县自然资源局分别',
      '按照职责落实）',
      '2.发挥主要污染物总量约束引导作用。严格执行主要污染物排放总',
      '量控制制度。',
      '（市生态环境局沁县分局落实）',
      '（二）加强组织领导',
    ].join('\n\n')
    expect(normalizeText(text).split('\n')).toEqual([
      '耗能、高排放项目建设，为转型发展项目腾出环境容量。（县工信局、县发改局、县行政审批局、市生态环境局沁县分局、县自然资源局分别按照职责落实）',
      '2.发挥主要污染物总量约束引导作用。严格执行主要污染物排放总量控制制度。（市生态环境局沁县分局落实）',
      '（二）加强组织领导',
    ])
  })

  it('joins a sentence wrapped before a numeral that only looks like a marker (002:10805–10812, 000:2129–2131, 000:1194–1196)', () => {
    const at = (first: number, texts: string[]) => texts.map((text, i) => ({text, line: first + 2 * i}))
    const enumeration = at(10805, [
      '2、未消除风险的防返贫监测对象中因病（省',
      '定 39种重特大疾病及其他癌症患者）、因残（持',
      '中华人民共和国残疾人证的一级、二级残疾和',
      '三、四级智力精神残疾的残疾人员）、因老（75周',
      '岁以上老年人）等无劳动能力人员：每人每月发',
    ])
    expect(joinParagraphs(enumeration, {width: 42}).map((p) => p.lines.length)).toEqual([5])
    const decimal = at(2127, ['2. 用足用好巩固衔接补助资金和县际结对帮', '扶资金，加大脱贫群众政策、产业帮扶力度，确保', '2. 5万名脱贫人口持续稳定增收。'])
    expect(joinParagraphs(decimal, {width: 44}).map((p) => p.text)).toEqual([
      '2. 用足用好巩固衔接补助资金和县际结对帮扶资金，加大脱贫群众政策、产业帮扶力度，确保2. 5万名脱贫人口持续稳定增收。',
    ])
    const deadline = at(1194, ['项目推进中心；责任人：侯杨勇；完成时限：2023年', '9月底）'])
    expect(joinParagraphs(deadline, {width: 44}).map((p) => p.text)).toEqual(['项目推进中心；责任人：侯杨勇；完成时限：2023年9月底）'])
    // A heading stays apart from the numbered heading under it.
    const headings = at(2900, ['七、副县长、县公安局局长贾毅兵负责的工作', '（一）县公安局牵头的工作', '1. 实施新一期县城背街小巷提升改造项目。'])
    expect(joinParagraphs(headings, {width: 44}).map((p) => p.text)).toEqual(headings.map((l) => l.text))
  })

  it('keeps the 附件说明 label, items and signature block apart (000:2780–2790)', () => {
    const text = ['附件：', '1. 2023年度经济社会发展指标任务责任分解', '清单', '2. 2023年度重点工程项目任务责任分解清单', '（注：此件详见县政府网站）'].join('\n\n')
    expect(normalizeText(text).split('\n')).toEqual([
      '附件：',
      '1. 2023年度经济社会发展指标任务责任分解清单',
      '2. 2023年度重点工程项目任务责任分解清单',
      '（注：此件详见县政府网站）',
    ])
  })

  it('measures the page width from the lines', () => {
    expect(visualWidth('陵川A1')).toBe(6)
    const lines = Array.from({length: 30}, () => ({text: '一二三四五六七八九十一二三四五六七八九十一二'}))
    expect(typicalLineWidth(lines)).toBe(44)
    expect(typicalLineWidth([{text: '短'}])).toBeUndefined()
    expect(typicalLineWidth([{text: '一二三四五六七八九十一二三四五六七八九十一二'}, {text: '一二三四五六七八九十一二三'}])).toBeUndefined()
    expect(measureLayout(lines)).toEqual({width: 44})
    // An excerpt of narrow lines: short is 0.6 of the median length; of long lines, at most 30 characters.
    expect(measureLayout([{text: '一二三四五六七八九十一二三四五六七八九十'}, {text: '短'}])).toEqual({shortLength: 12})
    expect(measureLayout([{text: '一'.repeat(90)}])).toEqual({shortLength: 30})
  })
})
