/**
 * The sheet's own words, in Chinese and English: headings, the names of the elements, marks, notes on a
 * value and the sentences of the batch checks. Draft text is never part of a label's template: renderers
 * escape it and put it where a label says. Browser-safe.
 */
import type {Lang} from '@gazette-lint/core'
import type {ChecklistElement, Mark, NoticeStatus, Place, SeverityName, ValueNote} from './model.js'

export interface SheetLabels {
  /** The punctuation between the sheet's own words and what follows: `：`, `、`, `；`, `（…）`. */
  colon: string
  comma: string
  semicolon: string
  aside: (text: string) => string
  sheetTitle: string
  subtitle: string
  reviewDate: string
  summary: string
  noticesChecked: string
  passed: string
  withErrors: string
  withWarnings: string
  unchecked: string
  findingsPerRule: string
  rule: string
  severities: Record<SeverityName, string>
  batch: string
  duplicateNumbers: string
  series: string
  seriesColumns: {prefix: string; year: string; numbers: string; gaps: string; pending: string}
  betweenLowestAndHighest: string
  outOfDateOrder: string
  repeatedTitles: string
  repealsInBatch: string
  none: string
  notices: string
  status: Record<NoticeStatus, string>
  checklist: string
  checklistColumns: {element: string; mark: string; value: string; place: string}
  elements: Record<ChecklistElement, string>
  marks: Record<Mark, string>
  findings: string
  noFindings: string
  uncheckedChecklist: string
  explanation: string
  fixWouldChange: string
  fixInserts: string
  fixDeletes: string
  fixPass: (pass: number) => string
  fixCount: (count: number) => string
  /** A Word draft's fixes: shown for the office to make in Word. */
  wordFixWouldChange: string
  wordFixCount: (count: number) => string
  laterFixes: string
  expected: string
  related: string
  coverage: (tasks: number, annotated: number) => string
  note: (note: ValueNote) => string
  place: (place: Place) => string
  dated: (date: string | undefined) => string
  numberedAfter: string
  butDatedEarlier: string
  signOff: string
  opinion: string
  reviewer: string
  signDate: string
}

const PLACEMENTS: Record<Lang, Record<string, string>> = {
  zh: {'before-signature': '位于署名之前', 'after-enclosure': '位于附件之后', elsewhere: '不在成文日期之后'},
  en: {'before-signature': 'before the signature', 'after-enclosure': 'after the enclosure', elsewhere: 'not after the date'},
}

const FROM: Record<Lang, Record<string, string>> = {
  zh: {header: '据发文机关标志', title: '据标题', signature: '据署名', 'front-matter': '据前置元数据'},
  en: {header: 'from the header', title: 'from the title', signature: 'from the signature', 'front-matter': 'from the front matter'},
}

const zh: SheetLabels = {
  colon: '：',
  comma: '、',
  semicolon: '；',
  aside: (text) => `（${text}）`,
  sheetTitle: '公文审核单',
  subtitle: '印发前审核（按印发阶段检查：待填的文号、日期和晚于今天的成文日期均为错误）',
  reviewDate: '审核日期',
  summary: '概况',
  noticesChecked: '审核公文',
  passed: '通过',
  withErrors: '有错误',
  withWarnings: '有警告',
  unchecked: '未能检查',
  findingsPerRule: '各规则问题数',
  rule: '规则',
  severities: {error: '错误', warning: '警告', info: '提示'},
  batch: '本批公文交叉核对',
  duplicateNumbers: '重复的发文字号',
  series: '各机关代字本年文号',
  seriesColumns: {prefix: '机关代字', year: '年份', numbers: '本批文号（按序号）', gaps: '缺号', pending: '待编号'},
  betweenLowestAndHighest: '缺号指本批最小与最大序号之间未出现的序号。',
  outOfDateOrder: '文号顺序与成文日期不一致',
  repeatedTitles: '同一标题重复发文',
  repealsInBatch: '废止说明指向本批公文',
  none: '无',
  notices: '逐件审核',
  status: {passed: '通过', errors: '有错误', unchecked: '未能检查'},
  checklist: '要素核对表',
  checklistColumns: {element: '要素', mark: '核对', value: '所写内容', place: '位置'},
  elements: {
    issuer: '发文机关',
    title: '标题',
    number: '发文字号',
    addressee: '主送机关',
    signature: '署名',
    date: '成文日期',
    disclosure: '公开属性',
    attachments: '附件说明',
    repealNotes: '废止说明',
    responsibleUnits: '责任单位标注',
  },
  marks: {ok: '符合', problem: '有问题', absent: '无此要素'},
  findings: '问题',
  noFindings: '未发现问题。',
  uncheckedChecklist: '本草稿未能读取或识别，无法列出要素，请先处理下列问题。',
  explanation: '规则说明',
  fixWouldChange: 'gazette-lint --fix 将修改为',
  fixInserts: '插入',
  fixDeletes: '删除',
  fixPass: (pass) => (pass > 1 ? `（第 ${pass} 轮修复）` : ''),
  fixCount: (count) => `gazette-lint --fix 可自动修复 ${count} 处。`,
  wordFixWouldChange: '请在 Word 中改为',
  wordFixCount: (count) => `这是 Word 文档，gazette-lint 不改写 Word 文件：以上 ${count} 处修改请在 Word 中照改（或用 gazette-lint convert 转为 Markdown 草稿后用 --fix 修复）。`,
  laterFixes: '修复后续轮次中的修改',
  expected: '建议',
  related: '相关位置',
  coverage: (tasks, annotated) => `任务事项 ${tasks} 项，其中 ${annotated} 项标注了责任单位`,
  note: (note) => {
    switch (note.kind) {
      case 'placeholder':
        return '待填'
      case 'canonical':
        return `规范写法：${note.text}`
      case 'misplaced':
        return '位置不当'
      case 'from':
        return FROM.zh[note.from] ?? note.from
      case 'placement':
        return PLACEMENTS.zh[note.placement] ?? note.placement
      case 'units':
        return `单位：${note.units.join('、')}`
    }
  },
  place: (place) => (place.paragraph !== undefined ? `第 ${place.paragraph} 段第 ${place.character} 字` : `第 ${place.line} 行第 ${place.column} 列`),
  dated: (date) => (date ? `成文日期 ${date}` : '成文日期未填'),
  numberedAfter: '编号在',
  butDatedEarlier: '之后，成文日期却更早',
  signOff: '审核意见',
  opinion: '审核意见',
  reviewer: '审核人（签字）',
  signDate: '日期',
}

const en: SheetLabels = {
  colon: ': ',
  comma: ', ',
  semicolon: '; ',
  aside: (text) => ` (${text})`,
  sheetTitle: 'Review sheet',
  subtitle: 'Pre-publication review (checked at the publish stage: unfilled numbers and dates, and a date after today, are errors)',
  reviewDate: 'Review date',
  summary: 'Summary',
  noticesChecked: 'Notices checked',
  passed: 'Passed',
  withErrors: 'With errors',
  withWarnings: 'With warnings',
  unchecked: 'Not checked',
  findingsPerRule: 'Findings per rule',
  rule: 'Rule',
  severities: {error: 'error', warning: 'warning', info: 'info'},
  batch: 'Cross-notice checks of the batch',
  duplicateNumbers: 'Duplicate document numbers',
  series: 'Each 代字\'s numbers by year',
  seriesColumns: {prefix: '代字', year: 'Year', numbers: 'Numbers in this batch (in order)', gaps: 'Gaps', pending: 'Not numbered yet'},
  betweenLowestAndHighest: 'A gap is a number missing between the lowest and the highest of this batch.',
  outOfDateOrder: 'Number order against date order',
  repeatedTitles: 'The same title issued twice',
  repealsInBatch: 'Repeal notes naming a notice of this batch',
  none: 'none',
  notices: 'Notice by notice',
  status: {passed: 'passed', errors: 'errors', unchecked: 'not checked'},
  checklist: 'Element checklist (要素核对表)',
  checklistColumns: {element: 'Element', mark: 'Check', value: 'As written', place: 'Where'},
  elements: {
    issuer: 'Issuer',
    title: 'Title',
    number: 'Document number',
    addressee: 'Addressee',
    signature: 'Signature',
    date: 'Date',
    disclosure: 'Disclosure flag',
    attachments: 'Attachments',
    repealNotes: 'Repeal notes',
    responsibleUnits: 'Responsible units',
  },
  marks: {ok: 'fine', problem: 'problem', absent: 'absent'},
  findings: 'Findings',
  noFindings: 'No findings.',
  uncheckedChecklist: 'This draft could not be read or modelled, so its elements cannot be listed: see the finding below.',
  explanation: 'The rule',
  fixWouldChange: 'gazette-lint --fix changes it to',
  fixInserts: 'insert',
  fixDeletes: 'delete',
  fixPass: (pass) => (pass > 1 ? ` (fix pass ${pass})` : ''),
  fixCount: (count) => `gazette-lint --fix fixes ${count} ${count === 1 ? 'place' : 'places'} by itself.`,
  wordFixWouldChange: 'In Word, change it to',
  wordFixCount: (count) => `A Word document, which gazette-lint never rewrites: make the ${count === 1 ? 'change' : `${count} changes`} above in Word (or convert it with gazette-lint convert and fix the Markdown draft with --fix).`,
  laterFixes: 'Changes of later fix passes',
  expected: 'Suggested',
  related: 'Related',
  coverage: (tasks, annotated) => `${annotated} of ${tasks} task items name their responsible units`,
  note: (note) => {
    switch (note.kind) {
      case 'placeholder':
        return 'to be filled in'
      case 'canonical':
        return `canonical: ${note.text}`
      case 'misplaced':
        return 'out of place'
      case 'from':
        return FROM.en[note.from] ?? note.from
      case 'placement':
        return PLACEMENTS.en[note.placement] ?? note.placement
      case 'units':
        return `units: ${note.units.join(', ')}`
    }
  },
  place: (place) => (place.paragraph !== undefined ? `paragraph ${place.paragraph}, character ${place.character}` : `line ${place.line}, column ${place.column}`),
  dated: (date) => (date ? `dated ${date}` : 'date not filled in'),
  numberedAfter: 'is numbered after',
  butDatedEarlier: 'but dated earlier',
  signOff: 'Sign-off',
  opinion: 'Opinion',
  reviewer: 'Reviewer (signature)',
  signDate: 'Date',
}

export const LABELS: Readonly<Record<Lang, SheetLabels>> = {zh, en}

/** A checklist mark as every sheet and the web page draw it, beside its label. */
export const MARK_SYMBOL: Readonly<Record<Mark, string>> = {ok: '✓', problem: '✗', absent: '—'}

/** A gap as the sheet writes it: `4`, or `4–6`. */
export function gapText([from, to]: [number, number]): string {
  return from === to ? String(from) : `${from}–${to}`
}
