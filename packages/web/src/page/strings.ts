/**
 * The page's own words, in Chinese (first) and English. Rule messages and explanations come from the rules,
 * in the language the session is asked for, and the element checklist's from the review sheet (`LABELS`);
 * these are only the page's labels around them.
 */
import {LABELS} from '@gazette-lint/review/data'
import type {Lang} from '../protocol.js'

export interface PageStrings {
  title: string
  lead: string
  switchLanguage: string
  countyLabel: string
  countyAuto: string
  stageLabel: string
  stageDraft: string
  stagePublish: string
  openFile: string
  fixAll: string
  copy: string
  download: string
  draftHeading: string
  findingsHeading: string
  checklistHeading: string
  columnElement: string
  columnMark: string
  columnValue: string
  footer: string
  placeholder: string
  starting: string
  checking: string
  checked: string
  failed: (reason: string) => string
  noFindings: string
  counts: (errors: number, warnings: number, infos: number) => string
  severity: Record<'error' | 'warning' | 'info', string>
  position: (line: number, column: number) => string
  wholeDraft: string
  fix: string
  expected: (choices: string[]) => string
  fixedSome: (count: number) => string
  fixedNothing: string
  copied: string
  copyFailed: string
  chosenByIssuer: (county: string) => string
  chosenPicked: (county: string) => string
  chosenNone: string
  unsupportedFile: (name: string, accepted: string) => string
  readFile: (name: string) => string
  lineOf: (line: number) => string
  notFound: string
}

export const STRINGS: Record<Lang, PageStrings> = {
  zh: {
    title: '公文草稿检查',
    lead: '粘贴或拖入草稿，逐项检查发文字号、发文机关、成文日期、公开属性等要素。检查全部在本机浏览器中完成，草稿不会离开本页。',
    switchLanguage: 'English',
    countyLabel: '县级配置',
    countyAuto: '自动（按发文机关）',
    stageLabel: '阶段',
    stageDraft: '起草',
    stagePublish: '发布',
    openFile: '打开文件…',
    fixAll: '全部修正',
    copy: '复制文本',
    download: '下载',
    draftHeading: '草稿',
    findingsHeading: '检查结果',
    // The checklist's words are the review sheet's.
    checklistHeading: LABELS.zh.checklist,
    columnElement: LABELS.zh.checklistColumns.element,
    columnMark: LABELS.zh.checklistColumns.mark,
    columnValue: LABELS.zh.checklistColumns.value,
    footer: 'gazette-lint：与命令行 gazette-lint 相同的规则和县级配置，离线运行。',
    placeholder: '在此粘贴公文草稿，或把 .md、.txt 文件拖到这里。',
    starting: '正在准备检查……',
    checking: '正在检查……',
    checked: '已检查',
    failed: (reason) => `检查出错：${reason}`,
    noFindings: '未发现问题',
    counts: (errors, warnings, infos) => `${errors + warnings + infos} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 条提示）`,
    severity: {error: '错误', warning: '警告', info: '提示'},
    position: (line, column) => `第 ${line} 行第 ${column} 列`,
    wholeDraft: '全文',
    fix: '修正',
    expected: (choices) => `是否应为：${choices.join('、')}`,
    fixedSome: (count) => `已修正 ${count} 处。`,
    fixedNothing: '没有可以自动修正的问题。',
    copied: '已复制到剪贴板。',
    copyFailed: '无法复制：请选中草稿后按 Ctrl+C。',
    chosenByIssuer: (county) => `按发文机关使用${county}的配置`,
    chosenPicked: (county) => `使用${county}的配置`,
    chosenNone: '没有适用的县级配置：只检查全国通用的规则',
    unsupportedFile: (name, accepted) => `无法打开“${name}”：目前只能打开 ${accepted} 文件。`,
    readFile: (name) => `已打开“${name}”。`,
    lineOf: (line) => `第 ${line} 行`,
    notFound: '未找到',
  },
  en: {
    title: 'Gazette draft check',
    lead: 'Paste or drop a draft to check its document number, issuer, date, disclosure flag and the other elements. Everything runs in this browser: the draft never leaves the page.',
    switchLanguage: '中文',
    countyLabel: 'County profile',
    countyAuto: 'Automatic (by the issuer)',
    stageLabel: 'Stage',
    stageDraft: 'Draft',
    stagePublish: 'Publish',
    openFile: 'Open a file…',
    fixAll: 'Fix all',
    copy: 'Copy text',
    download: 'Download',
    draftHeading: 'Draft',
    findingsHeading: 'Findings',
    checklistHeading: LABELS.en.checklist,
    columnElement: LABELS.en.checklistColumns.element,
    columnMark: LABELS.en.checklistColumns.mark,
    columnValue: LABELS.en.checklistColumns.value,
    footer: 'gazette-lint: the rules and county profiles of the gazette-lint command, offline.',
    placeholder: 'Paste a draft here, or drop a .md or .txt file on it.',
    starting: 'Getting ready…',
    checking: 'Checking…',
    checked: 'Checked',
    failed: (reason) => `The check failed: ${reason}`,
    noFindings: 'No problems found',
    counts: (errors, warnings, infos) => `${errors + warnings + infos} problems (${errors} errors, ${warnings} warnings, ${infos} infos)`,
    severity: {error: 'error', warning: 'warning', info: 'info'},
    position: (line, column) => `line ${line}, column ${column}`,
    wholeDraft: 'whole draft',
    fix: 'Fix',
    expected: (choices) => `Did you mean: ${choices.join(', ')}`,
    fixedSome: (count) => `Fixed ${count} ${count === 1 ? 'place' : 'places'}.`,
    fixedNothing: 'Nothing could be fixed automatically.',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy: select the draft and press Ctrl+C.',
    chosenByIssuer: (county) => `The profile of ${county}, by the issuer`,
    chosenPicked: (county) => `The profile of ${county}`,
    chosenNone: 'No county profile applies: national rules only',
    unsupportedFile: (name, accepted) => `Cannot open “${name}”: only ${accepted} files can be opened for now.`,
    readFile: (name) => `Opened “${name}”.`,
    lineOf: (line) => `line ${line}`,
    notFound: 'not found',
  },
}
